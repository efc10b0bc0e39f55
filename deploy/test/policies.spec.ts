import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import {
  checkAll,
  DEV_POLICY,
  PROD_POLICY,
  RULES,
  type PolicyOptions,
  type Rule,
  type Violation,
} from './policies.js';
import { readManifests, renderOverlay, type K8sObject, type Overlay } from './render.js';

const POLICIES: Record<Overlay, PolicyOptions> = { dev: DEV_POLICY, prod: PROD_POLICY };

/** The object, loosely typed: the breakages below reach into arbitrary paths. */
function find(objects: K8sObject[], kind: string, name: string): Record<string, any> {
  const object = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!object) throw new Error(`${kind}/${name} is not rendered`);
  return object;
}

function container(objects: K8sObject[], kind: string, name: string): Record<string, any> {
  return find(objects, kind, name)['spec'].template.spec.containers[0];
}

function env(objects: K8sObject[], kind: string, name: string, variable: string): Record<string, any> {
  const entry = container(objects, kind, name)['env'].find((e: { name: string }) => e.name === variable);
  if (!entry) throw new Error(`${kind}/${name} has no ${variable}`);
  return entry;
}

function configMap(objects: K8sObject[], prefix: string): Record<string, any> {
  const object = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith(`${prefix}-`));
  if (!object) throw new Error(`no ConfigMap ${prefix}`);
  return object;
}

function without(objects: K8sObject[], kind: string, name: string): K8sObject[] {
  find(objects, kind, name);
  return objects.filter((o) => !(o.kind === kind && o.metadata.name === name));
}

function rulesFor(violations: Violation[], object: string): Rule[] {
  return [...new Set(violations.filter((v) => v.object === object).map((v) => v.rule))].sort();
}

describe('deployment policies', () => {
  it.each(['dev', 'prod'] as const)('hold for every object of %s', (overlay) => {
    expect(checkAll(renderOverlay(overlay), POLICIES[overlay])).toEqual([]);
  });

  describe('fire on a deliberately bad manifest', () => {
    const bad = readManifests(join(import.meta.dirname, 'fixtures', 'bad-manifest.yaml'));
    const violations = checkAll([...renderOverlay('prod'), ...bad], PROD_POLICY);

    it('for the bad Deployment, once per broken rule', () => {
      expect(rulesFor(violations, 'Deployment/bad')).toEqual(
        [
          'database',
          'environment',
          'graceful-shutdown',
          'hpa',
          'image-pinned',
          'migration-job',
          'no-plaintext-secrets',
          'pdb',
          'pod-security',
          'probes',
          'read-only-root',
          'resources',
          'service-account-token',
          'writable-tmp',
          'network-isolation',
          'nats-users',
          'bus-identity',
        ].sort(),
      );
      // Its NetworkPolicy exists but admits everything.
      expect(violations).toContainEqual(
        expect.objectContaining({
          rule: 'network-isolation',
          object: 'Deployment/bad',
          message: expect.stringContaining('admits every address'),
        }),
      );
    });

    it('for the committed Secret, the secret-looking ConfigMap and the Ingress to a service', () => {
      expect(rulesFor(violations, 'Secret/bad-credentials')).toEqual(['no-plaintext-secrets']);
      expect(violations.filter((v) => v.object === 'ConfigMap/bad-config').map((v) => v.message)).toEqual([
        expect.stringContaining('DATABASE_PASSWORD looks like a secret'),
        expect.stringContaining('BUS_SIGNING_KEY looks like a secret'),
        expect.stringContaining('nats.conf contains a literal password'),
      ]);
      // The bad Deployment's literal private key, besides its own rule.
      expect(violations).toContainEqual(
        expect.objectContaining({
          rule: 'bus-identity',
          object: 'Deployment/bad',
          message: expect.stringContaining('BUS_SIGNING_KEY is a private key'),
        }),
      );
      expect(rulesFor(violations, 'Ingress/bad')).toEqual(['ingress']);
    });

    it('for the alert on a misspelt metric and the ServiceMonitor scraping the wrong things', () => {
      expect(rulesFor(violations, 'PrometheusRule/bad')).toEqual(['alerts']);
      expect(violations.filter((v) => v.object === 'PrometheusRule/bad').map((v) => v.message)).toEqual([
        expect.stringContaining('pcs_dead_letter_open is not a metric'),
        expect.stringContaining('labels.severity'),
        expect.stringContaining('summary_zh'),
        expect.stringContaining('npm run ops --'),
      ]);
      expect(rulesFor(violations, 'ServiceMonitor/bad')).toEqual(['scraping']);
      expect(violations.filter((v) => v.object === 'ServiceMonitor/bad').map((v) => v.message)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('other namespaces'),
          expect.stringContaining('Service/nats'),
          expect.stringContaining('does not scrape Service/gateway'),
          'no endpoint on the port named http',
        ]),
      );
    });

    it('and nowhere else', () => {
      const fromBad = new Set([
        'Deployment/bad',
        'Secret/bad-credentials',
        'ConfigMap/bad-config',
        'Ingress/bad',
        'PrometheusRule/bad',
        'ServiceMonitor/bad',
      ]);
      expect(violations.filter((v) => !fromBad.has(v.object))).toEqual([]);
    });
  });

  /** One change to a good rendering, and the violation it must cause. */
  interface Breakage {
    rule: Rule;
    object: string;
    overlay?: Overlay;
    change: (objects: K8sObject[]) => K8sObject[] | void;
  }

  const breakages: Record<string, Breakage> = {
    'an image tagged latest': {
      rule: 'image-pinned',
      object: 'Deployment/gateway',
      change: (o) =>
        void (container(o, 'Deployment', 'gateway')['image'] = 'registry.example.com/pcs/gateway:latest'),
    },
    'an untagged NATS image': {
      rule: 'image-pinned',
      object: 'StatefulSet/nats',
      change: (o) => void (container(o, 'StatefulSet', 'nats')['image'] = 'nats'),
    },
    'no memory limit': {
      rule: 'resources',
      object: 'Job/billing-migrate',
      change: (o) => void delete container(o, 'Job', 'billing-migrate')['resources'].limits.memory,
    },
    'a request above its limit': {
      rule: 'resources',
      object: 'Deployment/residents',
      change: (o) => void (container(o, 'Deployment', 'residents')['resources'].requests.memory = '4Gi'),
    },
    'a container that may run as root': {
      rule: 'pod-security',
      object: 'Deployment/complaints',
      change: (o) => {
        delete find(o, 'Deployment', 'complaints')['spec'].template.spec.securityContext.runAsNonRoot;
        delete container(o, 'Deployment', 'complaints')['securityContext'].runAsNonRoot;
      },
    },
    'privilege escalation': {
      rule: 'pod-security',
      object: 'StatefulSet/nats',
      change: (o) =>
        void (container(o, 'StatefulSet', 'nats')['securityContext'].allowPrivilegeEscalation = true),
    },
    'capabilities not dropped': {
      rule: 'pod-security',
      object: 'Job/maintenance-migrate',
      change: (o) =>
        void (container(o, 'Job', 'maintenance-migrate')['securityContext'].capabilities.drop = []),
    },
    'no seccomp profile': {
      rule: 'pod-security',
      object: 'Deployment/gateway',
      change: (o) =>
        void delete find(o, 'Deployment', 'gateway')['spec'].template.spec.securityContext.seccompProfile,
    },
    'a writable root filesystem': {
      rule: 'read-only-root',
      object: 'Deployment/billing',
      change: (o) =>
        void (container(o, 'Deployment', 'billing')['securityContext'].readOnlyRootFilesystem = false),
    },
    'no emptyDir at /tmp': {
      rule: 'writable-tmp',
      object: 'Deployment/gateway',
      change: (o) => void (container(o, 'Deployment', 'gateway')['volumeMounts'] = []),
    },
    'a mounted service-account token': {
      rule: 'service-account-token',
      object: 'Deployment/maintenance',
      change: (o) =>
        void delete find(o, 'Deployment', 'maintenance')['spec'].template.spec.automountServiceAccountToken,
    },
    'no readiness probe': {
      rule: 'probes',
      object: 'Deployment/complaints',
      change: (o) => void delete container(o, 'Deployment', 'complaints')['readinessProbe'],
    },
    'liveness on the readiness path': {
      rule: 'probes',
      object: 'Deployment/billing',
      change: (o) =>
        void (container(o, 'Deployment', 'billing')['livenessProbe'].httpGet.path = '/health/ready'),
    },
    'no preStop delay': {
      rule: 'graceful-shutdown',
      object: 'Deployment/gateway',
      change: (o) => void delete container(o, 'Deployment', 'gateway')['lifecycle'],
    },
    'a grace period shorter than preStop + SHUTDOWN_GRACE_MS': {
      rule: 'graceful-shutdown',
      object: 'Deployment/residents',
      change: (o) =>
        void (find(o, 'Deployment', 'residents')['spec'].template.spec.terminationGracePeriodSeconds = 15),
    },
    'a longer SHUTDOWN_GRACE_MS than the grace period allows': {
      rule: 'graceful-shutdown',
      object: 'Deployment/complaints',
      change: (o) => void (configMap(o, 'pcs-common')['data'].SHUTDOWN_GRACE_MS = '25000'),
    },
    'a Deployment without a PodDisruptionBudget': {
      rule: 'pdb',
      object: 'Deployment/billing',
      change: (o) => without(o, 'PodDisruptionBudget', 'billing'),
    },
    'a PodDisruptionBudget that blocks every drain': {
      rule: 'pdb',
      object: 'StatefulSet/nats',
      change: (o) => {
        const spec = find(o, 'PodDisruptionBudget', 'nats')['spec'];
        delete spec.maxUnavailable;
        spec.minAvailable = 3;
      },
    },
    'a Deployment without an autoscaler': {
      rule: 'hpa',
      object: 'Deployment/maintenance',
      change: (o) => without(o, 'HorizontalPodAutoscaler', 'maintenance'),
    },
    'fewer than three replicas in prod': {
      rule: 'hpa',
      object: 'Deployment/gateway',
      change: (o) => void (find(o, 'HorizontalPodAutoscaler', 'gateway')['spec'].minReplicas = 2),
    },
    'replicas set beside an autoscaler': {
      rule: 'hpa',
      object: 'Deployment/billing',
      change: (o) => void (find(o, 'Deployment', 'billing')['spec'].replicas = 3),
    },
    'a Deployment without its own NetworkPolicy': {
      rule: 'network-policy',
      object: 'Deployment/residents',
      change: (o) => without(o, 'NetworkPolicy', 'residents'),
    },
    'no default-deny ingress policy': {
      rule: 'network-policy',
      object: 'Namespace',
      change: (o) => without(o, 'NetworkPolicy', 'default-deny-ingress'),
    },
    "a service reaching another service's database": {
      rule: 'network-isolation',
      object: 'Deployment/complaints',
      change: (o) => {
        const egress = find(o, 'NetworkPolicy', 'complaints')['spec'].egress;
        egress.push({
          to: [{ podSelector: { matchLabels: { 'cnpg.io/cluster': 'billing-db' } } }],
          ports: [{ protocol: 'TCP', port: 5432 }],
        });
      },
    },
    'a service reachable from the ingress controller': {
      rule: 'network-isolation',
      object: 'Deployment/maintenance',
      change: (o) => {
        const ingress = find(o, 'NetworkPolicy', 'maintenance')['spec'].ingress;
        ingress.push({
          from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }],
          ports: [{ protocol: 'TCP', port: 8080 }],
        });
      },
    },
    'the gateway calling a service over HTTP': {
      rule: 'network-isolation',
      object: 'Deployment/gateway',
      change: (o) => {
        const egress = find(o, 'NetworkPolicy', 'gateway')['spec'].egress;
        egress.push({
          to: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'billing' } } }],
          ports: [{ protocol: 'TCP', port: 8080 }],
        });
      },
    },
    'egress to the internet': {
      rule: 'network-isolation',
      object: 'Deployment/residents',
      change: (o) =>
        void find(o, 'NetworkPolicy', 'residents')['spec'].egress.push({
          to: [{ ipBlock: { cidr: '0.0.0.0/0' } }],
        }),
    },
    'a database open to another service': {
      rule: 'network-isolation',
      object: 'Cluster/billing-db',
      change: (o) => {
        const from = find(o, 'NetworkPolicy', 'billing-db')['spec'].ingress[0].from;
        from.push({ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'residents' } } });
      },
    },
    'a service cut off from its database': {
      rule: 'network-isolation',
      object: 'Deployment/billing',
      change: (o) => void find(o, 'NetworkPolicy', 'billing')['spec'].egress.pop(),
    },
    'the gateway unreachable from the ingress controller': {
      rule: 'network-isolation',
      object: 'Deployment/gateway',
      change: (o) => void find(o, 'NetworkPolicy', 'gateway')['spec'].ingress.shift(),
    },
    'a committed Secret': {
      rule: 'no-plaintext-secrets',
      object: 'Secret/billing-nats',
      change: (o) => [
        ...o,
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'billing-nats' },
          stringData: { NATS_PASSWORD: 'x' },
        },
      ],
    },
    'a password as a literal value': {
      rule: 'no-plaintext-secrets',
      object: 'Deployment/gateway',
      change: (o) => {
        const entry = env(o, 'Deployment', 'gateway', 'NATS_PASSWORD');
        delete entry['valueFrom'];
        entry['value'] = 'hunter2';
      },
    },
    'a database URL with a literal password': {
      rule: 'no-plaintext-secrets',
      object: 'Deployment/billing',
      change: (o) =>
        void (env(o, 'Deployment', 'billing', 'DATABASE_URL')['value'] =
          'postgres://pcs_billing_app:hunter2@billing-db-rw:5432/pcs_billing'),
    },
    'a literal password in the NATS configuration': {
      rule: 'no-plaintext-secrets',
      object: 'ConfigMap',
      change: (o) => {
        const data = configMap(o, 'nats-config')['data'];
        data['nats-users.conf'] = String(data['nats-users.conf']).replace(
          'password: $BILLING_NATS_PASSWORD',
          'password: hunter2',
        );
      },
    },
    'two processes sharing a NATS user': {
      rule: 'nats-users',
      object: 'Deployment/billing',
      change: (o) => void (env(o, 'Deployment', 'billing', 'NATS_USER')['value'] = 'residents'),
    },
    "a process connecting with another's NATS password": {
      rule: 'nats-users',
      object: 'Deployment/complaints',
      change: (o) =>
        void (env(o, 'Deployment', 'complaints', 'NATS_PASSWORD')['valueFrom'].secretKeyRef.name =
          'residents-nats'),
    },
    'NATS pods without the password of a process': {
      rule: 'nats-users',
      object: 'StatefulSet/nats',
      change: (o) => {
        const natsContainer = container(o, 'StatefulSet', 'nats');
        natsContainer['env'] = natsContainer['env'].filter(
          (e: { name: string }) => e.name !== 'MAINTENANCE_NATS_PASSWORD',
        );
      },
    },
    'the users file left out of the NATS configuration': {
      rule: 'nats-users',
      object: 'Deployment/gateway',
      change: (o) => {
        const data = configMap(o, 'nats-config')['data'];
        data['nats.conf'] = String(data['nats.conf']).replace('include ./nats-users.conf', '');
      },
    },
    'a NATS user without permissions': {
      rule: 'nats-users',
      object: 'ConfigMap',
      change: (o) => {
        const data = configMap(o, 'nats-config')['data'];
        data['nats-users.conf'] = String(data['nats-users.conf']).replace(
          /(password: \$RESIDENTS_NATS_PASSWORD\n\s*)permissions:/,
          '$1unrestricted:',
        );
      },
    },
    'a single shared NATS user': {
      rule: 'nats-users',
      object: 'ConfigMap',
      change: (o) => {
        const data = configMap(o, 'nats-config')['data'];
        data['nats.conf'] =
          `${String(data['nats.conf'])}\nauthorization {\n  user: $NATS_USER\n  password: $NATS_PASSWORD\n}\n`;
      },
    },
    'a process without its signing key': {
      rule: 'bus-identity',
      object: 'Deployment/residents',
      change: (o) => {
        const c = container(o, 'Deployment', 'residents');
        c['env'] = c['env'].filter((e: { name: string }) => e.name !== 'BUS_SIGNING_KEY');
      },
    },
    'a signing key in a ConfigMap': {
      rule: 'bus-identity',
      object: 'Deployment/billing',
      change: (o) => {
        const entry = env(o, 'Deployment', 'billing', 'BUS_SIGNING_KEY');
        entry['valueFrom'] = { configMapKeyRef: { name: 'bus-trusted-keys', key: 'BUS_SIGNING_KEY' } };
      },
    },
    "a process signing with another's key": {
      rule: 'bus-identity',
      object: 'Deployment/gateway',
      change: (o) =>
        void (env(o, 'Deployment', 'gateway', 'BUS_SIGNING_KEY')['valueFrom'].secretKeyRef.name =
          'complaints-bus-key'),
    },
    'no trusted keys': {
      rule: 'bus-identity',
      object: 'Deployment/maintenance',
      change: (o) => {
        const c = container(o, 'Deployment', 'maintenance');
        c['env'] = c['env'].filter((e: { name: string }) => e.name !== 'BUS_TRUSTED_KEYS');
      },
    },
    'prod without alerts': {
      rule: 'alerts',
      object: 'PrometheusRule',
      change: (o) => without(o, 'PrometheusRule', 'pcs-alerts'),
    },
    'no alert on parked outbox events': {
      rule: 'alerts',
      object: 'PrometheusRule/pcs-alerts',
      change: (o) => {
        const rules = find(o, 'PrometheusRule', 'pcs-alerts')['spec'].groups[0].rules;
        rules.splice(
          rules.findIndex((r: { alert: string }) => r.alert === 'PcsOutboxEventsParked'),
          1,
        );
      },
    },
    'a consumer-lag alert that fires at once': {
      rule: 'alerts',
      object: 'PrometheusRule/pcs-alerts',
      change: (o) => {
        const rules = find(o, 'PrometheusRule', 'pcs-alerts')['spec'].groups[0].rules;
        rules.find((r: { alert: string }) => r.alert === 'PcsConsumerLagging').for = '1m';
      },
    },
    'an alert without its Chinese summary': {
      rule: 'alerts',
      object: 'PrometheusRule/pcs-alerts',
      change: (o) =>
        void delete find(o, 'PrometheusRule', 'pcs-alerts')['spec'].groups[0].rules[1].annotations.summary_zh,
    },
    'prod without scraping': {
      rule: 'scraping',
      object: 'ServiceMonitor',
      change: (o) => without(o, 'ServiceMonitor', 'pcs'),
    },
    'a service Prometheus does not scrape': {
      rule: 'scraping',
      object: 'ServiceMonitor/pcs',
      change: (o) =>
        void (find(o, 'Service', 'billing')['metadata'].labels['app.kubernetes.io/component'] = 'api'),
    },
    'scraping the wrong path': {
      rule: 'scraping',
      object: 'ServiceMonitor/pcs',
      change: (o) => void (find(o, 'ServiceMonitor', 'pcs')['spec'].endpoints[0].path = '/health/ready'),
    },
    'inbox rows pruned while the stream still holds their events': {
      rule: 'environment',
      object: 'Deployment/complaints',
      change: (o) => void (configMap(o, 'pcs-data-service')['data'].INBOX_RETENTION_DAYS = '60'),
    },
    'development mode in a container': {
      rule: 'environment',
      object: 'Deployment/maintenance',
      change: (o) => void (configMap(o, 'pcs-common')['data'].NODE_ENV = 'development'),
    },
    'a PORT that is not the container port': {
      rule: 'environment',
      object: 'Deployment/gateway',
      change: (o) => void (configMap(o, 'pcs-common')['data'].PORT = '3000'),
    },
    'migrations at start-up': {
      rule: 'environment',
      object: 'Deployment/residents',
      change: (o) =>
        void container(o, 'Deployment', 'residents')['env'].push({ name: 'MIGRATE_ON_START', value: 'true' }),
    },
    'a gateway with no token key': {
      rule: 'environment',
      object: 'Deployment/gateway',
      change: (o) => void delete configMap(o, 'gateway')['data'].AUTH_JWKS_URL,
    },
    'no DNS for the workloads': {
      rule: 'network-isolation',
      object: 'Job/residents-migrate',
      change: (o) => without(o, 'NetworkPolicy', 'allow-dns'),
    },
    'a migration Job without the common configuration': {
      rule: 'migration-job',
      object: 'Job/complaints-migrate',
      change: (o) => void delete container(o, 'Job', 'complaints-migrate')['envFrom'],
    },
    'a migration Job that retries blindly': {
      rule: 'migration-job',
      object: 'Job/complaints-migrate',
      change: (o) => void (find(o, 'Job', 'complaints-migrate')['spec'].backoffLimit = 6),
    },
    'a migration Job of another version': {
      rule: 'migration-job',
      object: 'Job/billing-migrate',
      change: (o) =>
        void (container(o, 'Job', 'billing-migrate')['image'] = 'registry.example.com/pcs/billing:0.0.9'),
    },
    'a migration Job running as the application role': {
      rule: 'migration-job',
      object: 'Job/residents-migrate',
      change: (o) =>
        void (env(o, 'Job', 'residents-migrate', 'DATABASE_URL')['valueFrom'].secretKeyRef.name =
          'residents-db-runtime'),
    },
    'a migration Job that creates databases': {
      rule: 'migration-job',
      object: 'Job/maintenance-migrate',
      change: (o) => void (env(o, 'Job', 'maintenance-migrate', 'CREATE_DATABASE')['value'] = 'true'),
    },
    'a service without a migration Job': {
      rule: 'migration-job',
      object: 'Deployment/billing',
      change: (o) => without(o, 'Job', 'billing-migrate'),
    },
    'a service connecting as the database owner': {
      rule: 'database',
      object: 'Deployment/complaints',
      change: (o) =>
        void (env(o, 'Deployment', 'complaints', 'DATABASE_PASSWORD')['valueFrom'].secretKeyRef.name =
          'complaints-db-app'),
    },
    "a service pointed at another service's database": {
      rule: 'database',
      object: 'Deployment/residents',
      change: (o) =>
        void (env(o, 'Deployment', 'residents', 'DATABASE_URL')['value'] =
          'postgres://$(DATABASE_USER):$(DATABASE_PASSWORD)@billing-db-rw:5432/pcs_billing'),
    },
    'an application role that bypasses row-level security': {
      rule: 'database',
      object: 'Cluster/maintenance-db',
      change: (o) => void (find(o, 'Cluster', 'maintenance-db')['spec'].managed.roles[0].bypassrls = true),
    },
    'a database without its owner role': {
      rule: 'database',
      object: 'Cluster/billing-db',
      change: (o) => void delete find(o, 'Cluster', 'billing-db')['spec'].bootstrap.initdb.owner,
    },
    'a service without a database cluster': {
      rule: 'database',
      object: 'Deployment/complaints',
      change: (o) => without(o, 'Cluster', 'complaints-db'),
    },
    'a prod database without WAL archiving': {
      rule: 'backups',
      object: 'Cluster/residents-db',
      change: (o) => void delete find(o, 'Cluster', 'residents-db')['spec'].plugins,
    },
    'a prod database without a backup schedule': {
      rule: 'backups',
      object: 'Cluster/complaints-db',
      change: (o) => without(o, 'ScheduledBackup', 'complaints-db-nightly'),
    },
    'JetStream without fsync on every write': {
      rule: 'nats',
      object: 'ConfigMap',
      change: (o) => {
        const data = configMap(o, 'nats-config')['data'];
        data['nats.conf'] = String(data['nats.conf']).replace('sync_interval: always', 'sync_interval: 2m');
      },
    },
    'a NATS image older than 2.10': {
      rule: 'nats',
      object: 'StatefulSet/nats',
      change: (o) => void (container(o, 'StatefulSet', 'nats')['image'] = 'nats:2.9.10-alpine'),
    },
    'a 3-node cluster without a route to one node': {
      rule: 'nats',
      object: 'ConfigMap',
      change: (o) => {
        const data = configMap(o, 'nats-config')['data'];
        data['nats.conf'] = String(data['nats.conf']).replace('nats://nats-2.nats-headless:6222', '');
      },
    },
    'a single NATS node in prod': {
      rule: 'nats',
      object: 'StatefulSet/nats',
      change: (o) => void (find(o, 'StatefulSet', 'nats')['spec'].replicas = 1),
    },
    'three stream replicas on one NATS node (dev)': {
      rule: 'nats',
      object: 'Deployment/billing',
      overlay: 'dev',
      change: (o) => void (configMap(o, 'pcs-data-service')['data'].STREAM_REPLICAS = '3'),
    },
    'one stream replica on a 3-node cluster': {
      rule: 'nats',
      object: 'Deployment/complaints',
      change: (o) => void (configMap(o, 'pcs-data-service')['data'].STREAM_REPLICAS = '1'),
    },
    'JetStream on the container filesystem': {
      rule: 'nats',
      object: 'ConfigMap',
      change: (o) => {
        const data = configMap(o, 'nats-config')['data'];
        data['nats.conf'] = String(data['nats.conf']).replace(
          'store_dir: /data/jetstream',
          'store_dir: /tmp/jetstream',
        );
      },
    },
    'an Ingress routing to a service': {
      rule: 'ingress',
      object: 'Ingress/gateway',
      change: (o) =>
        void (find(o, 'Ingress', 'gateway')['spec'].rules[0].http.paths[0].backend.service.name = 'billing'),
    },
    'metrics exposed publicly': {
      rule: 'ingress',
      object: 'Ingress/gateway',
      change: (o) => void (find(o, 'Ingress', 'gateway')['spec'].rules[0].http.paths[0].path = '/'),
    },
    'a Service selecting nothing': {
      rule: 'service',
      object: 'Service/billing',
      change: (o) =>
        void (find(o, 'Service', 'billing')['spec'].selector['app.kubernetes.io/name'] = 'biling'),
    },
  };

  it('cover every rule with at least one breakage', () => {
    const covered = new Set([...Object.values(breakages).map((b) => b.rule), 'network-policy', 'service']);
    expect(RULES.filter((r) => !covered.has(r))).toEqual([]);
  });

  it.each(Object.entries(breakages))('fire on %s', (_, { rule, object, overlay = 'prod', change }) => {
    const good = renderOverlay(overlay);
    const options = POLICIES[overlay];
    const broken = change(good) ?? good;
    const violations = checkAll(broken, options);
    const matching = violations.filter(
      (v) =>
        v.rule === rule &&
        (v.object === object || (object === 'ConfigMap' && v.object.startsWith('ConfigMap/'))),
    );
    expect(matching).not.toEqual([]);
  });
});
