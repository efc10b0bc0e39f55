import { describe, expect, it } from '@jest/globals';
import { OVERLAYS, renderOverlay, type K8sObject } from './render.js';
import { strictTypeCheck, validateWithModels } from './schema.js';

function find(objects: K8sObject[], kind: string, name: string): Record<string, any> {
  const object = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!object) throw new Error(`${kind}/${name} is not rendered`);
  return object;
}

describe('schema validation', () => {
  it.each(OVERLAYS)(
    'validates every built-in object of %s against the Kubernetes JSON schemas',
    async (overlay) => {
      expect(await validateWithModels(renderOverlay(overlay))).toEqual([]);
    },
  );

  it('finds no unknown field, wrong type or bad enum value in any object of either overlay', () => {
    expect(strictTypeCheck(OVERLAYS.flatMap((overlay) => renderOverlay(overlay)))).toEqual([]);
  });

  describe('rejects broken objects', () => {
    it('a value of the wrong type (JSON schema)', async () => {
      const objects = renderOverlay('prod');
      find(objects, 'HorizontalPodAutoscaler', 'gateway')['spec'].minReplicas = 'three';
      const errors = await validateWithModels(objects);
      expect(errors).toContainEqual(
        expect.objectContaining({ object: 'HorizontalPodAutoscaler/gateway', path: '/spec/minReplicas' }),
      );
    });

    it('a misspelt field, which the JSON schemas let through', async () => {
      const objects = renderOverlay('prod');
      const container = find(objects, 'Deployment', 'billing')['spec'].template.spec.containers[0];
      container.securityContext.readOnlyRootFileSystem = true;
      expect(await validateWithModels(objects)).toEqual([]);
      expect(strictTypeCheck(objects)).toEqual([
        expect.objectContaining({
          object: 'Deployment/billing',
          path: '/spec/template/spec/containers/0/securityContext/readOnlyRootFileSystem',
          message: expect.stringMatching(
            /readOnlyRootFileSystem.* does not exist in type 'ISecurityContext'/,
          ),
        }),
      ]);
    });

    it('custom resources: a misspelt Cluster field, a bad enum value, a malformed retention', () => {
      const objects = renderOverlay('prod');
      find(objects, 'Cluster', 'residents-db')['spec'].instance = 3;
      find(objects, 'Cluster', 'billing-db')['spec'].postgresql.synchronous.method = 'all';
      find(objects, 'ObjectStore', 'pcs-db-backups')['spec'].retentionPolicy = '30 days';
      const errors = strictTypeCheck(objects);
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ object: 'Cluster/residents-db', path: '/spec/instance' }),
          expect.objectContaining({
            object: 'Cluster/billing-db',
            path: '/spec/postgresql/synchronous/method',
          }),
          expect.objectContaining({ object: 'ObjectStore/pcs-db-backups', path: '/spec/retentionPolicy' }),
        ]),
      );
      expect(errors).toHaveLength(3);
    });

    it('monitoring resources: a misspelt selector field, a bad duration, a bad scheme', () => {
      const objects = renderOverlay('prod');
      find(objects, 'ServiceMonitor', 'pcs')['spec'].namespaceSelector = { matchName: ['pcs'] };
      find(objects, 'ServiceMonitor', 'pcs')['spec'].endpoints[0].scheme = 'ftp';
      find(objects, 'PrometheusRule', 'pcs-alerts')['spec'].groups[0].rules[0].for = '5 minutes';
      const errors = strictTypeCheck(objects);
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            object: 'ServiceMonitor/pcs',
            path: '/spec/namespaceSelector/matchName',
          }),
          expect.objectContaining({ object: 'ServiceMonitor/pcs', path: '/spec/endpoints/0/scheme' }),
          expect.objectContaining({
            object: 'PrometheusRule/pcs-alerts',
            path: '/spec/groups/0/rules/0/for',
          }),
        ]),
      );
      expect(errors).toHaveLength(3);
    });

    it('a kind it has no schema for', async () => {
      const unknown: K8sObject = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } };
      expect(await validateWithModels([unknown])).toEqual([expect.objectContaining({ object: 'Widget/w' })]);
      expect(strictTypeCheck([unknown])).toEqual([expect.objectContaining({ object: 'Widget/w' })]);
    });
  });
});
