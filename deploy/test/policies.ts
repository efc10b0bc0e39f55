/*
 * Deployment policies as pure functions over rendered Kubernetes objects: each returns the violations it
 * finds, so a test can feed it the real overlays (expecting none) or a deliberately broken manifest
 * (expecting its rule to fire). The rules are the subset of kube-linter and of the Pod Security
 * "restricted" standard that this platform relies on, plus checks of how our pieces fit together
 * (each service reaches only NATS and its own database, migrations run as the owner, and so on).
 */
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { INetworkPolicyPeer } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyPeer';
import type { INetworkPolicyPort } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyPort';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type { IService } from 'kubernetes-models/v1/Service';
import type { BarmanObjectStore, CnpgCluster, CnpgScheduledBackup } from './crd-types.js';
import { checkBusIdentity, checkNatsUsers } from './bus-policies.js';
import {
  containersOf,
  findObject,
  isOurs,
  objectsOfKind,
  resolveEnv,
  workloadsOf,
  type Workload,
} from './manifest-queries.js';
import { checkAlerts, checkScraping } from './monitoring-policies.js';
import { objectId, type K8sObject } from './render.js';

export { resolveEnv, workloadsOf, type EnvEntry } from './manifest-queries.js';

export const RULES = [
  'image-pinned',
  'resources',
  'pod-security',
  'read-only-root',
  'writable-tmp',
  'service-account-token',
  'probes',
  'graceful-shutdown',
  'pdb',
  'hpa',
  'network-policy',
  'network-isolation',
  'no-plaintext-secrets',
  'environment',
  'nats-users',
  'bus-identity',
  'alerts',
  'scraping',
  'migration-job',
  'database',
  'backups',
  'nats',
  'ingress',
  'service',
] as const;
export type Rule = (typeof RULES)[number];

export interface Violation {
  rule: Rule;
  /** `Kind/name` of the object at fault. */
  object: string;
  message: string;
}

export interface PolicyOptions {
  /** Prefix of the images we build; their containers get the application-specific checks. */
  imagePrefix: string;
  /** Lowest minReplicas an autoscaler may have. */
  minReplicas: number;
  /** Nodes of the NATS cluster (StatefulSet replicas). */
  natsReplicas: number;
  /** Whether every PostgreSQL cluster must archive WAL and have a backup schedule. */
  requireBackups: boolean;
  /** Whether the ServiceMonitor and the PrometheusRule must be there (prometheus-operator installed). */
  requireMonitoring: boolean;
  ingressControllerNamespace: string;
  monitoringNamespace: string;
  /** Where the CloudNativePG operator runs. */
  operatorNamespace: string;
}

const COMMON_OPTIONS = {
  imagePrefix: 'registry.example.com/pcs/',
  ingressControllerNamespace: 'ingress-nginx',
  monitoringNamespace: 'monitoring',
  operatorNamespace: 'cnpg-system',
};
export const DEV_POLICY: PolicyOptions = {
  ...COMMON_OPTIONS,
  minReplicas: 1,
  natsReplicas: 1,
  requireBackups: false,
  requireMonitoring: false,
};
export const PROD_POLICY: PolicyOptions = {
  ...COMMON_OPTIONS,
  minReplicas: 3,
  natsReplicas: 3,
  requireBackups: true,
  requireMonitoring: true,
};

/** Every rule over every object. */
export function checkAll(objects: K8sObject[], options: PolicyOptions): Violation[] {
  return [
    ...checkWorkloads(objects, options),
    ...checkCompanions(objects, options),
    ...checkNetworkIsolation(objects, options),
    ...checkSecrets(objects),
    ...checkDataServices(objects, options),
    ...checkNats(objects, options),
    ...checkNatsUsers(objects, options),
    ...checkBusIdentity(objects, options),
    ...checkAlerts(objects, options),
    ...checkScraping(objects, options),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Workloads: images, resources, security context, probes, shutdown

/** Kinds that carry pods but that this platform does not use: a rendered one is a mistake. */
const UNEXPECTED_POD_KINDS = new Set(['Pod', 'ReplicaSet', 'DaemonSet', 'CronJob', 'ReplicationController']);

export function checkWorkloads(objects: K8sObject[], options: PolicyOptions): Violation[] {
  const violations: Violation[] = [];
  for (const object of objects) {
    if (UNEXPECTED_POD_KINDS.has(object.kind)) {
      violations.push({
        rule: 'pod-security',
        object: objectId(object),
        message: `${object.kind} is not a workload kind this platform uses`,
      });
    }
  }
  for (const workload of workloadsOf(objects)) {
    const add = (rule: Rule, message: string): void =>
      void violations.push({ rule, object: workload.id, message });
    const { pod } = workload;

    if (pod.automountServiceAccountToken !== false) {
      add(
        'service-account-token',
        'automountServiceAccountToken must be false: no workload here calls the Kubernetes API',
      );
    }
    checkPodSecurity(pod, add);

    for (const container of containersOf(pod)) {
      const where = `container ${container.name}`;
      const image = container.image ?? '';
      if (!isPinned(image))
        add('image-pinned', `${where}: image "${image}" must have a version tag or a digest, never latest`);

      const { requests, limits } = container.resources ?? {};
      for (const [kind, values] of [
        ['requests', requests],
        ['limits', limits],
      ] as const) {
        for (const resource of ['cpu', 'memory']) {
          if (values?.[resource] === undefined)
            add('resources', `${where}: resources.${kind}.${resource} is not set`);
        }
      }
      for (const resource of ['cpu', 'memory']) {
        const request = quantity(requests?.[resource]);
        const limit = quantity(limits?.[resource]);
        if (request !== undefined && limit !== undefined && request > limit) {
          add('resources', `${where}: ${resource} request exceeds its limit`);
        }
      }

      if (container.securityContext?.readOnlyRootFilesystem !== true) {
        add('read-only-root', `${where}: securityContext.readOnlyRootFilesystem must be true`);
      }
      if (isOurs(container, options) && !mountsEmptyDirAt(pod, container, '/tmp')) {
        add('writable-tmp', `${where}: mount an emptyDir at /tmp, the only path the process writes to`);
      }
    }

    if (workload.kind !== 'Job') checkProbesAndShutdown(workload, objects, options, add);
  }
  return violations;
}

function checkPodSecurity(pod: IPodSpec, add: (rule: Rule, message: string) => void): void {
  const podContext = pod.securityContext ?? {};
  if (pod.hostNetwork || pod.hostPID || pod.hostIPC)
    add('pod-security', 'host namespaces (hostNetwork/hostPID/hostIPC) are not allowed');
  if ((podContext.sysctls ?? []).length > 0) add('pod-security', 'sysctls are not allowed');
  if (podContext.runAsUser === 0) add('pod-security', 'pod securityContext.runAsUser must not be 0 (root)');
  const allowedVolumes = new Set([
    'configMap',
    'csi',
    'downwardAPI',
    'emptyDir',
    'ephemeral',
    'persistentVolumeClaim',
    'projected',
    'secret',
  ]);
  for (const volume of pod.volumes ?? []) {
    for (const type of Object.keys(volume).filter((k) => k !== 'name')) {
      if (!allowedVolumes.has(type))
        add('pod-security', `volume ${volume.name}: type ${type} is not allowed by the restricted standard`);
    }
  }
  for (const container of containersOf(pod)) {
    const where = `container ${container.name}`;
    const context = container.securityContext ?? {};
    if (podContext.runAsNonRoot !== true && context.runAsNonRoot !== true)
      add('pod-security', `${where}: runAsNonRoot must be true`);
    if (context.runAsUser === 0) add('pod-security', `${where}: runAsUser must not be 0 (root)`);
    const seccomp = context.seccompProfile?.type ?? podContext.seccompProfile?.type;
    if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost')
      add('pod-security', `${where}: seccompProfile must be RuntimeDefault or Localhost`);
    if (context.allowPrivilegeEscalation !== false)
      add('pod-security', `${where}: allowPrivilegeEscalation must be false`);
    if (context.privileged) add('pod-security', `${where}: privileged containers are not allowed`);
    if (context.procMount && context.procMount !== 'Default')
      add('pod-security', `${where}: procMount must be Default`);
    if (!(context.capabilities?.drop ?? []).includes('ALL'))
      add('pod-security', `${where}: capabilities.drop must include ALL`);
    const added = (context.capabilities?.add ?? []).filter((c) => c !== 'NET_BIND_SERVICE');
    if (added.length > 0) add('pod-security', `${where}: capabilities ${added.join(', ')} may not be added`);
    if ((container.ports ?? []).some((p) => p.hostPort !== undefined && p.hostPort !== 0))
      add('pod-security', `${where}: hostPort is not allowed`);
  }
}

function checkProbesAndShutdown(
  workload: Workload,
  objects: K8sObject[],
  options: PolicyOptions,
  add: (rule: Rule, message: string) => void,
): void {
  const gracePeriod = workload.pod.terminationGracePeriodSeconds ?? 30;
  for (const container of workload.pod.containers) {
    const where = `container ${container.name}`;
    const readiness = container.readinessProbe;
    const liveness = container.livenessProbe;
    if (!readiness) add('probes', `${where}: no readinessProbe`);
    if (!liveness) add('probes', `${where}: no livenessProbe`);
    const readyPath = readiness?.httpGet?.path;
    const livePath = liveness?.httpGet?.path;
    if (readyPath !== undefined && readyPath === livePath) {
      add(
        'probes',
        `${where}: liveness and readiness probe the same path (${readyPath}); liveness must not depend on dependencies`,
      );
    }
    if (isOurs(container, options)) {
      if (readyPath !== '/health/ready') add('probes', `${where}: readinessProbe must GET /health/ready`);
      if (livePath !== '/health/live') add('probes', `${where}: livenessProbe must GET /health/live`);
      for (const probe of [readiness, liveness]) {
        const port = probe?.httpGet?.port;
        if (
          port !== undefined &&
          !(container.ports ?? []).some((p) => p.name === port || p.containerPort === port)
        ) {
          add('probes', `${where}: probe port ${port} is not a port of the container`);
        }
      }
    }

    const preStop = container.lifecycle?.preStop;
    if (!preStop?.sleep && !preStop?.exec) {
      add(
        'graceful-shutdown',
        `${where}: needs a preStop hook (endpoints are removed concurrently with SIGTERM)`,
      );
    }
    if (isOurs(container, options)) {
      const sleep = preStop?.sleep?.seconds ?? 0;
      if (sleep < 1) add('graceful-shutdown', `${where}: preStop must sleep a few seconds before SIGTERM`);
      const shutdownGraceMs = Number(
        resolveEnv(container, objects).get('SHUTDOWN_GRACE_MS')?.value ?? 10_000,
      );
      const needed = sleep + Math.ceil(shutdownGraceMs / 1000) + SHUTDOWN_MARGIN_SECONDS;
      if (gracePeriod < needed) {
        add(
          'graceful-shutdown',
          `terminationGracePeriodSeconds ${gracePeriod} must be at least preStop (${sleep}s) + SHUTDOWN_GRACE_MS ` +
            `(${shutdownGraceMs / 1000}s) + ${SHUTDOWN_MARGIN_SECONDS}s to drain NATS and close the database`,
        );
      }
    }
  }
}

/** Time for draining NATS and closing the pool after in-flight work has finished. */
const SHUTDOWN_MARGIN_SECONDS = 10;

export function isPinned(image: string): boolean {
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return true;
  const lastSegment = image.split('/').pop() ?? '';
  const tag = lastSegment.includes(':') ? lastSegment.slice(lastSegment.indexOf(':') + 1) : '';
  return tag !== '' && tag !== 'latest';
}

function mountsEmptyDirAt(pod: IPodSpec, container: IContainer, path: string): boolean {
  const mount = (container.volumeMounts ?? []).find((m) => m.mountPath === path);
  return (
    mount !== undefined && (pod.volumes ?? []).some((v) => v.name === mount.name && v.emptyDir !== undefined)
  );
}

/** A resource quantity in base units (cores or bytes); undefined when absent or unparseable. */
export function quantity(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  const match = /^([0-9.]+)(m|k|M|G|T|Ki|Mi|Gi|Ti)?$/.exec(value);
  if (!match) return undefined;
  const factors: Record<string, number> = {
    m: 1e-3,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
  };
  return Number(match[1]) * (match[2] ? (factors[match[2]] ?? 1) : 1);
}

// ---------------------------------------------------------------------------------------------------
// Companions: PodDisruptionBudget, HorizontalPodAutoscaler, own NetworkPolicy, Service, Ingress

type LabelSelector = NonNullable<NonNullable<INetworkPolicy['spec']>['podSelector']>;

export function matchesSelector(
  selector: LabelSelector | undefined,
  labels: Record<string, string>,
): boolean {
  if (!selector) return true;
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpressions = (selector.matchExpressions ?? []).every((expression) => {
    const value = labels[expression.key];
    switch (expression.operator) {
      case 'In':
        return value !== undefined && (expression.values ?? []).includes(value);
      case 'NotIn':
        return value === undefined || !(expression.values ?? []).includes(value);
      case 'Exists':
        return value !== undefined;
      case 'DoesNotExist':
        return value === undefined;
      default:
        return false;
    }
  });
  return byLabels && byExpressions;
}

export function checkCompanions(objects: K8sObject[], options: PolicyOptions): Violation[] {
  const violations: Violation[] = [];
  const workloads = workloadsOf(objects);
  const pdbs = objectsOfKind<IPodDisruptionBudget & K8sObject>(objects, 'PodDisruptionBudget');
  const hpas = objectsOfKind<IHorizontalPodAutoscaler & K8sObject>(objects, 'HorizontalPodAutoscaler');
  const policies = objectsOfKind<INetworkPolicy & K8sObject>(objects, 'NetworkPolicy');

  for (const workload of workloads) {
    const add = (rule: Rule, message: string): void =>
      void violations.push({ rule, object: workload.id, message });
    const hpa = hpas.find(
      (h) =>
        h.spec?.scaleTargetRef.kind === workload.kind &&
        h.spec.scaleTargetRef.name === workload.object.metadata.name,
    );

    if (workload.kind === 'Deployment') {
      const replicas = (workload.object as unknown as IDeployment).spec?.replicas;
      if (!hpa?.spec) {
        add('hpa', 'no HorizontalPodAutoscaler targets this Deployment');
      } else {
        const { minReplicas = 1, maxReplicas } = hpa.spec;
        if (minReplicas < options.minReplicas)
          add('hpa', `autoscaler minReplicas ${minReplicas} is below ${options.minReplicas}`);
        if (maxReplicas < minReplicas)
          add('hpa', `autoscaler maxReplicas ${maxReplicas} is below minReplicas ${minReplicas}`);
        if (replicas !== undefined)
          add(
            'hpa',
            'spec.replicas is set although an autoscaler owns the count; every apply would reset it',
          );
      }
    }

    if (workload.kind !== 'Job') {
      const pdb = pdbs.find((p) => matchesSelector(p.spec?.selector, workload.podLabels));
      if (!pdb?.spec) {
        add('pdb', 'no PodDisruptionBudget selects its pods');
      } else if (!allowsDisruption(pdb, hpa?.spec?.minReplicas ?? replicasOf(workload))) {
        add(
          'pdb',
          `PodDisruptionBudget ${pdb.metadata?.name} allows no voluntary disruption: node drains would hang`,
        );
      }
    }

    const own = policies.filter((p) => {
      const selector = p.spec?.podSelector;
      return (
        selector?.matchLabels?.['app.kubernetes.io/name'] === workload.name &&
        matchesSelector(selector, workload.podLabels) &&
        (['Ingress', 'Egress'] as const).every((t) => (p.spec?.policyTypes ?? []).includes(t))
      );
    });
    if (own.length === 0)
      add(
        'network-policy',
        'no NetworkPolicy of its own (selecting its pods, with Ingress and Egress rules)',
      );
    for (const direction of ['Ingress', 'Egress'] as const) {
      if (
        !policies.some(
          (p) =>
            (p.spec?.policyTypes ?? []).includes(direction) &&
            matchesSelector(p.spec?.podSelector, workload.podLabels),
        )
      ) {
        add(
          'network-policy',
          `its pods are not isolated for ${direction.toLowerCase()}: no NetworkPolicy covers them`,
        );
      }
    }
  }

  const defaultDeny = policies.some(
    (p) =>
      Object.keys(p.spec?.podSelector ?? {}).length === 0 &&
      (p.spec?.policyTypes ?? []).includes('Ingress') &&
      !(p.spec?.ingress ?? []).length,
  );
  if (!defaultDeny) {
    violations.push({
      rule: 'network-policy',
      object: 'Namespace',
      message: 'no default-deny ingress NetworkPolicy (podSelector {})',
    });
  }

  for (const service of objectsOfKind<IService & K8sObject>(objects, 'Service')) {
    const selector = service.spec?.selector ?? {};
    const target = workloads.find(
      (w) => Object.keys(selector).length > 0 && matchesSelector({ matchLabels: selector }, w.podLabels),
    );
    if (!target) {
      violations.push({ rule: 'service', object: objectId(service), message: 'selects no workload' });
      continue;
    }
    const ports = target.pod.containers.flatMap((c) => c.ports ?? []);
    for (const port of service.spec?.ports ?? []) {
      const targetPort = port.targetPort ?? port.port;
      if (!ports.some((p) => p.name === targetPort || p.containerPort === targetPort)) {
        violations.push({
          rule: 'service',
          object: objectId(service),
          message: `targetPort ${targetPort} is not a port of ${target.id}`,
        });
      }
    }
  }

  for (const ingress of objectsOfKind<IIngress & K8sObject>(objects, 'Ingress')) {
    const add = (message: string): void =>
      void violations.push({ rule: 'ingress', object: objectId(ingress), message });
    if ((ingress.spec?.tls ?? []).length === 0) add('no TLS section');
    if (ingress.spec?.defaultBackend) add('a default backend exposes everything; route /api only');
    for (const rule of ingress.spec?.rules ?? []) {
      for (const path of rule.http?.paths ?? []) {
        const backend = path.backend.service?.name;
        if (backend !== 'gateway')
          add(
            `path ${path.path} routes to ${backend ?? 'a non-Service backend'}: only the gateway is public`,
          );
        if (!(path.path ?? '').startsWith('/api'))
          add(`path ${path.path ?? '/'} is outside /api: health and metrics stay internal`);
      }
    }
  }
  return violations;
}

function replicasOf(workload: Workload): number {
  return (workload.object as unknown as IDeployment | IStatefulSet).spec?.replicas ?? 1;
}

function allowsDisruption(pdb: IPodDisruptionBudget, replicas: number): boolean {
  const { maxUnavailable, minAvailable } = pdb.spec ?? {};
  const resolve = (value: string | number): number =>
    typeof value === 'number' ? value : Math.floor((Number.parseFloat(value) / 100) * replicas);
  if (maxUnavailable !== undefined)
    return typeof maxUnavailable === 'number' ? maxUnavailable >= 1 : Number.parseFloat(maxUnavailable) > 0;
  if (minAvailable !== undefined) return resolve(minAvailable) < replicas;
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Network isolation: what each kind of pod may accept and reach

type Role =
  | { kind: 'gateway' }
  | { kind: 'service'; service: string }
  | { kind: 'migration'; service: string }
  | { kind: 'nats' }
  | { kind: 'database'; cluster: string }
  | { kind: 'other' };

interface PodGroup {
  id: string;
  labels: Record<string, string>;
  role: Role;
}

/** One way traffic may flow: to/from pods of this namespace, or pods in another namespace. */
interface Allowance {
  description: string;
  ports: number[];
  /** Pods of our namespace this allows; absent for other namespaces. */
  pods?: (pod: PodGroup) => boolean;
  /** Another namespace (by name), optionally only pods with these labels there. */
  namespace?: string;
  namespacePodLabels?: Record<string, string>;
}

function podGroups(objects: K8sObject[]): PodGroup[] {
  const groups: PodGroup[] = workloadsOf(objects).map((w) => {
    const component = w.podLabels['app.kubernetes.io/component'];
    let role: Role = { kind: 'other' };
    if (w.name === 'gateway' && component === 'server') role = { kind: 'gateway' };
    else if (w.name === 'nats') role = { kind: 'nats' };
    else if (component === 'server') role = { kind: 'service', service: w.name };
    else if (component === 'migration') role = { kind: 'migration', service: w.name };
    return { id: w.id, labels: w.podLabels, role };
  });
  for (const cluster of objectsOfKind<CnpgCluster>(objects, 'Cluster')) {
    // The labels CloudNativePG puts on the instance pods of a Cluster.
    groups.push({
      id: `Cluster/${cluster.metadata.name}`,
      labels: { 'cnpg.io/cluster': cluster.metadata.name ?? '', 'cnpg.io/podRole': 'instance' },
      role: { kind: 'database', cluster: cluster.metadata.name ?? '' },
    });
  }
  return groups;
}

function allowances(
  role: Role,
  options: PolicyOptions,
  direction: 'ingress' | 'egress',
): { allowed: Allowance[]; required: Allowance[] } {
  const dns: Allowance = {
    description: 'DNS',
    ports: [53],
    namespace: 'kube-system',
    namespacePodLabels: { 'k8s-app': 'kube-dns' },
  };
  const nats = (ports: number[]): Allowance => ({
    description: 'NATS',
    ports,
    pods: (p) => p.role.kind === 'nats',
  });
  const monitoring = (ports: number[]): Allowance => ({
    description: 'Prometheus',
    ports,
    namespace: options.monitoringNamespace,
  });
  const database = (service: string): Allowance => ({
    description: `its database ${service}-db`,
    ports: [5432],
    pods: (p) => p.role.kind === 'database' && p.role.cluster === `${service}-db`,
  });
  if (direction === 'egress') {
    switch (role.kind) {
      case 'gateway':
        return { allowed: [dns, nats([4222])], required: [dns, nats([4222])] };
      case 'service':
        return {
          allowed: [dns, nats([4222]), database(role.service)],
          required: [dns, nats([4222]), database(role.service)],
        };
      case 'migration':
        return { allowed: [dns, database(role.service)], required: [dns, database(role.service)] };
      case 'nats':
        return { allowed: [dns, nats([6222])], required: [dns] };
      default:
        return { allowed: [], required: [] };
    }
  }
  switch (role.kind) {
    case 'gateway': {
      const ingressController: Allowance = {
        description: 'the ingress controller',
        ports: [8080],
        namespace: options.ingressControllerNamespace,
      };
      return { allowed: [ingressController, monitoring([8080])], required: [ingressController] };
    }
    case 'service':
      return { allowed: [monitoring([8080])], required: [] };
    case 'nats': {
      const clients: Allowance = {
        description: 'the gateway and the services',
        ports: [4222],
        pods: (p) => p.role.kind === 'gateway' || p.role.kind === 'service',
      };
      return { allowed: [clients, nats([6222]), monitoring([8222])], required: [clients] };
    }
    case 'database': {
      const cluster = role.cluster;
      const service = cluster.replace(/-db$/, '');
      const own: Allowance = {
        description: `${service} and its migrations`,
        ports: [5432],
        pods: (p) =>
          ((p.role.kind === 'service' || p.role.kind === 'migration') && p.role.service === service) ||
          (p.role.kind === 'database' && p.role.cluster === cluster),
      };
      const operator: Allowance = {
        description: 'the CloudNativePG operator',
        ports: [8000, 5432],
        namespace: options.operatorNamespace,
      };
      return { allowed: [own, operator, monitoring([9187])], required: [own] };
    }
    default:
      return { allowed: [], required: [] };
  }
}

export function checkNetworkIsolation(objects: K8sObject[], options: PolicyOptions): Violation[] {
  const violations: Violation[] = [];
  const policies = objectsOfKind<INetworkPolicy & K8sObject>(objects, 'NetworkPolicy');
  const groups = podGroups(objects);

  for (const group of groups) {
    if (group.role.kind === 'other') continue;
    const selecting = policies.filter((p) => matchesSelector(p.spec?.podSelector, group.labels));
    for (const direction of ['ingress', 'egress'] as const) {
      const type = direction === 'ingress' ? 'Ingress' : 'Egress';
      const isolated = selecting.some((p) => (p.spec?.policyTypes ?? []).includes(type));
      // PostgreSQL pods keep open egress (Kubernetes API, object storage): documented exception.
      if (group.role.kind === 'database' && direction === 'egress') continue;
      const add = (message: string): void =>
        void violations.push({ rule: 'network-isolation', object: group.id, message });
      if (!isolated) {
        add(`${direction} is not restricted by any NetworkPolicy`);
        continue;
      }
      const { allowed, required } = allowances(group.role, options, direction);
      const granted: {
        peer: INetworkPolicyPeer | undefined;
        ports: INetworkPolicyPort[] | undefined;
        policy: string;
      }[] = [];
      for (const policy of selecting) {
        if (!(policy.spec?.policyTypes ?? []).includes(type)) continue;
        const rules = direction === 'ingress' ? (policy.spec?.ingress ?? []) : (policy.spec?.egress ?? []);
        for (const rule of rules) {
          const peers =
            direction === 'ingress'
              ? (rule as { from?: INetworkPolicyPeer[] }).from
              : (rule as { to?: INetworkPolicyPeer[] }).to;
          for (const peer of peers && peers.length > 0 ? peers : [undefined]) {
            granted.push({ peer, ports: rule.ports, policy: policy.metadata?.name ?? '' });
          }
        }
      }
      for (const grant of granted) {
        const problem = grantProblem(grant.peer, grant.ports, allowed, groups);
        if (problem) add(`${direction} via NetworkPolicy ${grant.policy}: ${problem}`);
      }
      for (const requirement of required) {
        if (
          !granted.some(
            (g) =>
              grantProblem(g.peer, g.ports, [requirement], groups) === undefined &&
              peerSelectsSomething(g.peer, requirement, groups),
          )
        ) {
          add(
            `${direction === 'egress' ? 'egress to' : 'ingress from'} ${requirement.description} is not allowed, so the platform cannot work`,
          );
        }
      }
    }
  }
  return violations;
}

/** Why a rule's peer and ports exceed every allowance, or undefined when one allowance covers them. */
function grantProblem(
  peer: INetworkPolicyPeer | undefined,
  ports: INetworkPolicyPort[] | undefined,
  allowed: Allowance[],
  groups: PodGroup[],
): string | undefined {
  if (!peer) return 'a rule without peers admits every address';
  if (peer.ipBlock) return `ipBlock ${peer.ipBlock.cidr} admits addresses outside the cluster's known pods`;
  if (!ports || ports.length === 0) return 'a rule without ports admits every port';
  const portNumbers = ports.map((p) => p.port);
  if (portNumbers.some((p) => typeof p !== 'number'))
    return 'named or missing ports cannot be checked; use numbers';
  const numeric = portNumbers as number[];

  if (peer.namespaceSelector) {
    const namespace = namespaceName(peer.namespaceSelector);
    if (!namespace) return 'a namespaceSelector that is not one namespace by name admits unknown namespaces';
    const fits = allowed.some(
      (a) =>
        a.namespace === namespace &&
        numeric.every((p) => a.ports.includes(p)) &&
        Object.entries(a.namespacePodLabels ?? {}).every(
          ([k, v]) => peer.podSelector?.matchLabels?.[k] === v,
        ),
    );
    return fits ? undefined : `namespace ${namespace} on port(s) ${numeric.join(', ')} is not allowed`;
  }
  const selected = groups.filter((g) => matchesSelector(peer.podSelector, g.labels));
  const fits = allowed.some(
    (a) =>
      a.pods !== undefined && numeric.every((p) => a.ports.includes(p)) && selected.every((g) => a.pods?.(g)),
  );
  if (fits) return undefined;
  return `pods ${selected.map((g) => g.id).join(', ') || '(none)'} on port(s) ${numeric.join(', ')} are not allowed`;
}

function peerSelectsSomething(
  peer: INetworkPolicyPeer | undefined,
  requirement: Allowance,
  groups: PodGroup[],
): boolean {
  if (!peer) return false;
  if (requirement.namespace)
    return (
      peer.namespaceSelector !== undefined && namespaceName(peer.namespaceSelector) === requirement.namespace
    );
  return (
    peer.namespaceSelector === undefined &&
    groups.some((g) => matchesSelector(peer.podSelector, g.labels) && requirement.pods?.(g))
  );
}

function namespaceName(selector: LabelSelector): string | undefined {
  const labels = selector.matchLabels ?? {};
  if ((selector.matchExpressions ?? []).length > 0 || Object.keys(labels).length !== 1) return undefined;
  return labels['kubernetes.io/metadata.name'];
}

// ---------------------------------------------------------------------------------------------------
// Secrets: referenced, never committed

const SECRET_NAME =
  /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|SIGNING_?KEY|ACCESS_?KEY|CREDENTIAL)/i;
/** user:password@ in a URL, unless the password is a $(VAR) reference expanded by the kubelet. */
const URL_CREDENTIALS = /:\/\/[^/\s:@]+:(?!\$\([A-Z0-9_]+\)@)[^@\s]+@/i;
/** password = literal in a configuration file (NATS-style `password: $VAR` is fine). */
const CONFIG_PASSWORD = /\bpass(word)?\s*[:=]\s*(?!\$)["']?[^\s"'$]+/i;

export function checkSecrets(objects: K8sObject[]): Violation[] {
  const violations: Violation[] = [];
  for (const object of objects) {
    const add = (message: string): void =>
      void violations.push({ rule: 'no-plaintext-secrets', object: objectId(object), message });
    if (object.kind === 'Secret') {
      add(
        'Secret objects are not committed (their values would be in git); create them out of band and reference them',
      );
    }
    if (object.kind === 'ConfigMap') {
      for (const [key, value] of Object.entries((object as unknown as IConfigMap).data ?? {})) {
        if (SECRET_NAME.test(key)) add(`key ${key} looks like a secret; put it in a Secret`);
        if (URL_CREDENTIALS.test(value)) add(`key ${key} contains a URL with a password`);
        if (CONFIG_PASSWORD.test(value))
          add(`key ${key} contains a literal password; reference an environment variable`);
      }
    }
  }
  for (const workload of workloadsOf(objects)) {
    for (const container of containersOf(workload.pod)) {
      for (const variable of container.env ?? []) {
        const add = (message: string): void =>
          void violations.push({
            rule: 'no-plaintext-secrets',
            object: workload.id,
            message: `container ${container.name}: ${message}`,
          });
        if (SECRET_NAME.test(variable.name) && !variable.valueFrom?.secretKeyRef) {
          add(`${variable.name} must come from a secretKeyRef, not a value or a ConfigMap`);
        }
        if (variable.value !== undefined && URL_CREDENTIALS.test(variable.value)) {
          add(`${variable.name} contains a URL with a literal password; compose it from secret variables`);
        }
      }
    }
  }
  return violations;
}

// ---------------------------------------------------------------------------------------------------
// Data services: environment, migrations, databases, backups

const LOG_LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

export function checkDataServices(objects: K8sObject[], options: PolicyOptions): Violation[] {
  const violations: Violation[] = [];
  const workloads = workloadsOf(objects);
  const clusters = objectsOfKind<CnpgCluster>(objects, 'Cluster');
  const jobs = workloads.filter((w) => w.kind === 'Job');
  const objectStores = objectsOfKind<BarmanObjectStore>(objects, 'ObjectStore');
  const scheduledBackups = objectsOfKind<CnpgScheduledBackup>(objects, 'ScheduledBackup');

  for (const workload of workloads.filter((w) => w.kind === 'Deployment')) {
    const container = workload.pod.containers.find((c) => isOurs(c, options));
    if (!container) continue;
    const service = workload.name;
    const add = (rule: Rule, message: string, object = workload.id): void =>
      void violations.push({ rule, object, message });
    const env = resolveEnv(container, objects);
    const value = (name: string): string | undefined => env.get(name)?.value;

    // What every process reads at start-up (libs/platform ProcessEnv); it exits 1 on a bad value.
    if (value('NODE_ENV') !== 'production') add('environment', 'NODE_ENV must be production in containers');
    const httpPort = (container.ports ?? []).find((p) => p.name === 'http')?.containerPort;
    if (value('PORT') !== String(httpPort))
      add('environment', `PORT (${value('PORT')}) must equal the container's http port (${httpPort})`);
    if (!/^nats:\/\/[^\s,]+(,nats:\/\/[^\s,]+)*$/.test(value('NATS_URL') ?? ''))
      add('environment', 'NATS_URL must be one or more nats:// URLs');
    if (value('LOG_LEVEL') !== undefined && !LOG_LEVELS.has(value('LOG_LEVEL') ?? ''))
      add('environment', `LOG_LEVEL ${value('LOG_LEVEL')} is not a level`);
    if (value('BUS_PREFIX'))
      add('environment', 'BUS_PREFIX is for tests only; it must be empty in a cluster');
    if (value('MIGRATE_ON_START') === 'true')
      add(
        'environment',
        'MIGRATE_ON_START must not be true: migrations run as the owner in the migration Job',
      );

    if (!env.has('DATABASE_URL')) {
      if (
        service === 'gateway' &&
        !env.has('AUTH_JWKS_URL') &&
        env.get('AUTH_JWT_SECRET')?.source !== 'secret'
      ) {
        add('environment', 'the gateway needs AUTH_JWKS_URL or AUTH_JWT_SECRET (from a Secret)');
      }
      continue;
    }

    // A data service: runtime role, its migration Job, its database cluster, its backups.
    const streamReplicas = Number(value('STREAM_REPLICAS') ?? 1);
    if (!Number.isInteger(streamReplicas) || streamReplicas < 1)
      add('environment', 'STREAM_REPLICAS must be a positive integer');
    // The service refuses to start otherwise: an event could be redelivered after its inbox row is gone.
    const inboxDays = Number(value('INBOX_RETENTION_DAYS') ?? 120);
    const streamDays = Number(value('STREAM_MAX_AGE_DAYS') ?? 90);
    if (!(inboxDays > streamDays))
      add(
        'environment',
        `INBOX_RETENTION_DAYS (${inboxDays}) must exceed STREAM_MAX_AGE_DAYS (${streamDays})`,
      );
    for (const name of ['INBOX_RETENTION_DAYS', 'IDEMPOTENCY_RETENTION_DAYS', 'OUTBOX_RETENTION_DAYS']) {
      if (value(name) === undefined) add('environment', `${name} is not set: say how long rows are kept`);
    }
    const clusterName = `${service}-db`;
    const database = `pcs_${service}`;
    const ownerSecret = `${clusterName}-app`;
    const cluster = clusters.find((c) => c.metadata.name === clusterName);
    const appRole = cluster?.spec.managed?.roles?.find((r) => r.name === `${database}_app`);
    const runtimeSecret = appRole?.passwordSecret?.name;

    const url = env.get('DATABASE_URL');
    const usedSecrets = [...env.values()].flatMap((e) => (e.secret ? [e.secret.name] : []));
    if (usedSecrets.includes(ownerSecret))
      add(
        'database',
        `the service must not use the owner's credentials (${ownerSecret}); it connects as ${database}_app`,
      );
    if (url?.source === 'value') {
      const parsed = /^postgres(?:ql)?:\/\/\$\(([A-Z_]+)\):\$\(([A-Z_]+)\)@([^:/]+):5432\/([a-z_]+)$/.exec(
        url.value ?? '',
      );
      if (!parsed) {
        add(
          'database',
          'DATABASE_URL must be postgres://$(USER):$(PASSWORD)@<cluster>-rw:5432/<database> built from Secret variables',
        );
      } else {
        const [, userVariable = '', passwordVariable = '', host, name] = parsed;
        if (host !== `${clusterName}-rw`)
          add(
            'database',
            `DATABASE_URL must point at its own cluster's primary (${clusterName}-rw), not ${host}`,
          );
        if (name !== database) add('database', `DATABASE_URL must name ${database}, not ${name}`);
        for (const variable of [userVariable, passwordVariable]) {
          const secret = env.get(variable)?.secret?.name;
          if (!secret || secret !== runtimeSecret)
            add(
              'database',
              `$(${variable}) must come from the runtime role's Secret (${runtimeSecret ?? 'none declared'})`,
            );
        }
      }
    } else if (url?.source !== 'secret') {
      add('database', 'DATABASE_URL must come from a Secret or be composed of Secret variables');
    }

    if (!cluster) {
      add('database', `no CloudNativePG Cluster ${clusterName}`);
    } else {
      const id = `Cluster/${clusterName}`;
      const initdb = cluster.spec.bootstrap?.initdb;
      if (initdb?.database !== database) add('database', `bootstrap.initdb.database must be ${database}`, id);
      if (initdb?.owner !== `${database}_owner`)
        add('database', `bootstrap.initdb.owner must be ${database}_owner`, id);
      if (cluster.spec.enableSuperuserAccess === true)
        add('database', 'superuser access over the network must stay disabled', id);
      if (!appRole) {
        add('database', `managed role ${database}_app (the runtime role) is missing`, id);
      } else {
        if (appRole.login !== true) add('database', `${database}_app must be able to log in`, id);
        if (appRole.superuser || appRole.bypassrls || appRole.createdb || appRole.createrole) {
          add(
            'database',
            `${database}_app must be an unprivileged role (row-level security must apply to it)`,
            id,
          );
        }
        if (!runtimeSecret) add('database', `${database}_app needs a passwordSecret`, id);
      }
      const grants = (initdb?.postInitApplicationSQL ?? []).join('\n');
      if (!grants.includes(`FOR ROLE ${database}_owner`) || !grants.includes(`TO ${database}_app`)) {
        add(
          'database',
          `postInitApplicationSQL must grant ${database}_app default privileges on ${database}_owner's tables`,
          id,
        );
      }
      if (options.requireBackups) {
        const plugin = (cluster.spec.plugins ?? []).find(
          (p) => p.name === 'barman-cloud.cloudnative-pg.io' && p.isWALArchiver === true,
        );
        const store = plugin?.parameters?.['barmanObjectName'];
        if (!plugin) add('backups', 'no WAL archiving (barman-cloud plugin with isWALArchiver)', id);
        else if (!objectStores.some((s) => s.metadata.name === store))
          add('backups', `ObjectStore ${store ?? '(unnamed)'} does not exist`, id);
        const schedule = scheduledBackups.find((b) => b.spec.cluster.name === clusterName);
        if (!schedule) add('backups', 'no ScheduledBackup', id);
        else if (schedule.spec.method !== 'plugin')
          add('backups', `ScheduledBackup ${schedule.metadata.name} must use the plugin method`, id);
      }
    }

    const job = jobs.find(
      (j) => j.name === service && j.podLabels['app.kubernetes.io/component'] === 'migration',
    );
    if (!job) {
      add('migration-job', `no migration Job for ${service}`);
      continue;
    }
    const jobAdd = (message: string): void => add('migration-job', message, job.id);
    const jobSpec = (job.object as unknown as IJob).spec;
    const migrate = job.pod.containers[0];
    if (!migrate) continue;
    if (migrate.image !== container.image)
      jobAdd(`runs ${migrate.image}, not the service's image ${container.image}`);
    if ([...(migrate.command ?? []), ...(migrate.args ?? [])].join(' ') !== 'node dist/migrate.js')
      jobAdd('must run `node dist/migrate.js`');
    if (job.pod.restartPolicy !== 'Never') jobAdd('restartPolicy must be Never');
    if ((jobSpec?.backoffLimit ?? 6) > 1)
      jobAdd(`backoffLimit ${jobSpec?.backoffLimit ?? 6} retries a failing migration blindly; use 0 or 1`);
    if (jobSpec?.ttlSecondsAfterFinished === undefined)
      jobAdd('ttlSecondsAfterFinished is not set: finished Jobs would pile up');
    if (jobSpec?.activeDeadlineSeconds === undefined)
      jobAdd('activeDeadlineSeconds is not set: a stuck migration would hold the rollout forever');
    const jobEnv = resolveEnv(migrate, objects);
    // The entry point validates the service's whole configuration, PORT included, before migrating.
    if (jobEnv.get('NODE_ENV')?.value !== 'production') jobAdd('NODE_ENV must be production');
    if (!jobEnv.get('PORT')?.value)
      jobAdd('PORT must be set: the migration entry point validates the whole configuration');
    if (jobEnv.get('CREATE_DATABASE')?.value !== 'false')
      jobAdd('CREATE_DATABASE must be "false": CloudNativePG creates the database');
    const jobUrl = jobEnv.get('DATABASE_URL')?.secret;
    if (jobUrl?.name !== ownerSecret || jobUrl.key !== 'uri')
      jobAdd(`DATABASE_URL must be the owner's connection string (Secret ${ownerSecret}, key uri)`);
  }
  return violations;
}

// ---------------------------------------------------------------------------------------------------
// NATS: JetStream cluster with file storage fsynced on every write

export function checkNats(objects: K8sObject[], options: PolicyOptions): Violation[] {
  const violations: Violation[] = [];
  const nats = objects.find((o) => o.kind === 'StatefulSet' && o.metadata.name === 'nats') as
    (IStatefulSet & K8sObject) | undefined;
  if (!nats?.spec) return [{ rule: 'nats', object: 'StatefulSet/nats', message: 'no NATS StatefulSet' }];
  const id = objectId(nats);
  const add = (message: string, object = id): void => void violations.push({ rule: 'nats', object, message });
  const replicas = nats.spec.replicas ?? 1;
  if (replicas !== options.natsReplicas)
    add(`runs ${replicas} nodes; this environment needs ${options.natsReplicas}`);

  const pod = nats.spec.template.spec;
  const container = pod?.containers.find((c) => c.name === 'nats');
  const version = /^nats:(\d+)\.(\d+)\.\d+/.exec(container?.image ?? '');
  if (!version || Number(version[1]) < 2 || (Number(version[1]) === 2 && Number(version[2]) < 10)) {
    add(
      `image ${container?.image} must be an official nats 2.10+ image with a full version (sync_interval needs 2.10)`,
    );
  }

  const configVolume = (pod?.volumes ?? []).find((v) => v.configMap);
  const configMap = findObject<IConfigMap & K8sObject>(
    objects,
    'ConfigMap',
    configVolume?.configMap?.name ?? '',
  );
  const config = Object.values(configMap?.data ?? {}).join('\n');
  if (!config) {
    add('its configuration ConfigMap is not mounted');
    return violations;
  }
  const configId = configMap ? objectId(configMap) : id;
  if (!/\bjetstream\s*\{/.test(config)) add('JetStream is not enabled', configId);
  if (!/\bsync_interval\s*:\s*always\b/.test(config))
    add('JetStream must fsync every write (sync_interval: always)', configId);
  const storeDir = /\bstore_dir\s*:\s*"?([^\s"]+)/.exec(config)?.[1];
  const claims = new Set((nats.spec.volumeClaimTemplates ?? []).map((c) => c.metadata?.name));
  const dataMount = (container?.volumeMounts ?? []).find(
    (m) => claims.has(m.name) && storeDir?.startsWith(m.mountPath),
  );
  if (!dataMount) add(`JetStream store_dir ${storeDir ?? '(unset)'} is not on a persistent volume`, configId);
  if (replicas > 1) {
    if (!/\bcluster\s*\{/.test(config)) add(`${replicas} nodes but no cluster block`, configId);
    for (let ordinal = 0; ordinal < replicas; ordinal += 1) {
      if (!config.includes(`nats-${ordinal}.${nats.spec.serviceName}:6222`))
        add(`no route to nats-${ordinal}`, configId);
    }
  }

  // Each service creates its stream with STREAM_REPLICAS replicas; the cluster must be able to hold them.
  for (const workload of workloadsOf(objects).filter((w) => w.kind === 'Deployment')) {
    for (const c of workload.pod.containers.filter((c) => isOurs(c, options))) {
      const streamReplicas = resolveEnv(c, objects).get('STREAM_REPLICAS')?.value;
      if (streamReplicas === undefined) continue;
      const wanted = Math.min(3, replicas);
      if (Number(streamReplicas) !== wanted) {
        add(
          `STREAM_REPLICAS is ${streamReplicas}; with ${replicas} NATS node(s) it must be ${wanted}`,
          workload.id,
        );
      }
    }
  }
  return violations;
}
