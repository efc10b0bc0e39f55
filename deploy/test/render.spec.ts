import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { CnpgCluster } from './crd-types.js';
import { K8S_DIR, OVERLAYS, objectId, renderKustomization, renderOverlay, type K8sObject } from './render.js';

const SERVICES = ['complaints', 'maintenance', 'billing', 'residents'];
const NAMESPACES = { dev: 'pcs-dev', prod: 'pcs' } as const;
const CLUSTER_SCOPED = new Set(['Namespace']);

function names(objects: K8sObject[], kind: string): string[] {
  return objects
    .filter((o) => o.kind === kind)
    .map((o) => o.metadata.name)
    .sort();
}

describe('kustomize rendering', () => {
  it('renders the base on its own', () => {
    expect(renderKustomization(join(K8S_DIR, 'base')).length).toBeGreaterThan(0);
  });

  describe.each(OVERLAYS)('overlay %s', (overlay) => {
    const objects = renderOverlay(overlay);

    it('has the gateway, the four services with their migrations and databases, and NATS', () => {
      expect(names(objects, 'Deployment')).toEqual(['gateway', ...SERVICES].sort());
      expect(names(objects, 'Job')).toEqual(SERVICES.map((s) => `${s}-migrate`).sort());
      expect(names(objects, 'Cluster')).toEqual(SERVICES.map((s) => `${s}-db`).sort());
      expect(names(objects, 'StatefulSet')).toEqual(['nats']);
      expect(names(objects, 'Ingress')).toEqual(['gateway']);
      for (const kind of [
        'Service',
        'ServiceAccount',
        'PodDisruptionBudget',
        'HorizontalPodAutoscaler',
        'NetworkPolicy',
      ]) {
        for (const name of ['gateway', ...SERVICES]) expect(names(objects, kind)).toContain(name);
      }
    });

    it(`puts every namespaced object in ${NAMESPACES[overlay]}`, () => {
      const elsewhere = objects.filter(
        (o) => !CLUSTER_SCOPED.has(o.kind) && o.metadata.namespace !== NAMESPACES[overlay],
      );
      expect(elsewhere.map(objectId)).toEqual([]);
      expect(names(objects, 'Namespace')).toEqual([NAMESPACES[overlay]]);
    });

    it('labels every object as part of the platform', () => {
      const unlabelled = objects.filter(
        (o) => o.kind !== 'Namespace' && o.metadata.labels?.['app.kubernetes.io/part-of'] !== 'pcs',
      );
      expect(unlabelled.map(objectId)).toEqual([]);
    });
  });

  it('scrapes and alerts in prod only (the prometheus-operator is a prerequisite there)', () => {
    const monitoring = (objects: K8sObject[]) => [
      ...names(objects, 'ServiceMonitor'),
      ...names(objects, 'PrometheusRule'),
    ];
    expect(monitoring(renderOverlay('prod'))).toEqual(['pcs', 'pcs-alerts']);
    expect(monitoring(renderOverlay('dev'))).toEqual([]);
  });

  it('runs one replica of everything in dev and three in prod', () => {
    const sizes = (objects: K8sObject[]) => ({
      minReplicas: [
        ...new Set(
          objects
            .filter((o) => o.kind === 'HorizontalPodAutoscaler')
            .map((o) => (o as unknown as IHorizontalPodAutoscaler).spec?.minReplicas),
        ),
      ],
      nats: (objects.find((o) => o.kind === 'StatefulSet') as unknown as IStatefulSet).spec?.replicas,
      postgres: [
        ...new Set(
          objects
            .filter((o) => o.kind === 'Cluster')
            .map((o) => (o as unknown as CnpgCluster).spec.instances),
        ),
      ],
    });
    expect(sizes(renderOverlay('dev'))).toEqual({ minReplicas: [1], nats: 1, postgres: [1] });
    expect(sizes(renderOverlay('prod'))).toEqual({ minReplicas: [3], nats: 3, postgres: [3] });
  });
});
