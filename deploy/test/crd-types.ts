/*
 * The custom resources we render, typed with exactly the fields we use (plus a few close relatives),
 * written from the CloudNativePG API reference (postgresql.cnpg.io/v1, operator 1.26+), the Barman
 * Cloud plugin's (barmancloud.cnpg.io/v1) and the prometheus-operator's (monitoring.coreos.com/v1).
 * No npm package ships these CRDs' schemas; the strict type check (schema.ts) holds each rendered
 * custom resource against these types, so an unknown or misspelt field, a wrong type or an
 * out-of-range enum value fails the tests. A field missing here but valid in the CRD is added here
 * when we start using it.
 */
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IResourceRequirements } from 'kubernetes-models/v1/ResourceRequirements';
import type { IToleration } from 'kubernetes-models/v1/Toleration';

type ObjectMeta = NonNullable<IDeployment['metadata']> & { name: string };

interface LocalObjectReference {
  name: string;
}

interface SecretKeySelector {
  name: string;
  key: string;
}

interface StorageConfiguration {
  size?: string;
  storageClass?: string;
  resizeInUseVolumes?: boolean;
}

/** postgresql.cnpg.io/v1 RoleConfiguration (spec.managed.roles[]). */
interface RoleConfiguration {
  name: string;
  ensure?: 'present' | 'absent';
  comment?: string;
  login?: boolean;
  superuser?: boolean;
  createdb?: boolean;
  createrole?: boolean;
  inherit?: boolean;
  replication?: boolean;
  bypassrls?: boolean;
  connectionLimit?: number;
  validUntil?: string;
  inRoles?: string[];
  passwordSecret?: LocalObjectReference;
  disablePassword?: boolean;
}

/** postgresql.cnpg.io/v1 PluginConfiguration (spec.plugins[]). */
interface PluginConfiguration {
  name: string;
  enabled?: boolean;
  isWALArchiver?: boolean;
  parameters?: Record<string, string>;
}

export interface CnpgCluster {
  apiVersion: 'postgresql.cnpg.io/v1';
  kind: 'Cluster';
  metadata: ObjectMeta;
  spec: {
    instances: number;
    imageName?: string;
    imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
    primaryUpdateStrategy?: 'unsupervised' | 'supervised';
    primaryUpdateMethod?: 'switchover' | 'restart';
    enableSuperuserAccess?: boolean;
    enablePDB?: boolean;
    storage: StorageConfiguration;
    walStorage?: StorageConfiguration;
    resources?: IResourceRequirements;
    startDelay?: number;
    stopDelay?: number;
    smartShutdownTimeout?: number;
    switchoverDelay?: number;
    postgresql?: {
      parameters?: Record<string, string>;
      pg_hba?: string[];
      synchronous?: {
        method: 'any' | 'first';
        number: number;
        dataDurability?: 'required' | 'preferred';
        maxStandbyNamesFromCluster?: number;
        standbyNamesPre?: string[];
        standbyNamesPost?: string[];
      };
    };
    bootstrap?: {
      initdb?: {
        database?: string;
        owner?: string;
        secret?: LocalObjectReference;
        dataChecksums?: boolean;
        encoding?: string;
        localeCollate?: string;
        localeCType?: string;
        postInitSQL?: string[];
        postInitApplicationSQL?: string[];
        postInitTemplateSQL?: string[];
      };
    };
    managed?: { roles?: RoleConfiguration[] };
    affinity?: {
      enablePodAntiAffinity?: boolean;
      topologyKey?: string;
      podAntiAffinityType?: 'preferred' | 'required';
      nodeSelector?: Record<string, string>;
      tolerations?: IToleration[];
    };
    plugins?: PluginConfiguration[];
    monitoring?: { enablePodMonitor?: boolean };
  };
}

type Compression = 'bzip2' | 'gzip' | 'lz4' | 'snappy' | 'xz' | 'zstd';
type Encryption = 'AES256' | 'aws:kms';

/** barmancloud.cnpg.io/v1 ObjectStore: where the Barman Cloud plugin archives WAL and base backups. */
export interface BarmanObjectStore {
  apiVersion: 'barmancloud.cnpg.io/v1';
  kind: 'ObjectStore';
  metadata: ObjectMeta;
  spec: {
    /** `XXu`, u in d/w/m (days, weeks, months). */
    retentionPolicy?: `${number}${'d' | 'w' | 'm'}`;
    configuration: {
      destinationPath: string;
      endpointURL?: string;
      s3Credentials?: {
        accessKeyId?: SecretKeySelector;
        secretAccessKey?: SecretKeySelector;
        region?: SecretKeySelector;
        sessionToken?: SecretKeySelector;
        inheritFromIAMRole?: boolean;
      };
      wal?: { compression?: Compression; encryption?: Encryption; maxParallel?: number };
      data?: {
        compression?: Compression;
        encryption?: Encryption;
        jobs?: number;
        immediateCheckpoint?: boolean;
      };
    };
    instanceSidecarConfiguration?: {
      retentionPolicyIntervalSeconds?: number;
      resources?: IResourceRequirements;
    };
  };
}

/** postgresql.cnpg.io/v1 ScheduledBackup. */
export interface CnpgScheduledBackup {
  apiVersion: 'postgresql.cnpg.io/v1';
  kind: 'ScheduledBackup';
  metadata: ObjectMeta;
  spec: {
    /** Six fields, seconds first (robfig/cron). */
    schedule: string;
    immediate?: boolean;
    suspend?: boolean;
    backupOwnerReference?: 'none' | 'self' | 'cluster';
    cluster: LocalObjectReference;
    method?: 'barmanObjectStore' | 'volumeSnapshot' | 'plugin';
    pluginConfiguration?: { name: string; parameters?: Record<string, string> };
    target?: 'primary' | 'prefer-standby';
  };
}

/** A Prometheus duration (`30s`, `5m`, `1h`); the CRD's pattern also allows compound ones (`1h30m`). */
type PrometheusDuration = `${number}${'ms' | 's' | 'm' | 'h' | 'd' | 'w' | 'y'}`;

type LabelSelector = NonNullable<IDeployment['spec']>['selector'];

/** monitoring.coreos.com/v1 RelabelConfig (endpoints[].relabelings, metricRelabelings). */
interface RelabelConfig {
  sourceLabels?: string[];
  separator?: string;
  targetLabel?: string;
  regex?: string;
  modulus?: number;
  replacement?: string;
  action?:
    | 'replace'
    | 'Replace'
    | 'keep'
    | 'Keep'
    | 'drop'
    | 'Drop'
    | 'hashmod'
    | 'HashMod'
    | 'labelmap'
    | 'LabelMap'
    | 'labeldrop'
    | 'LabelDrop'
    | 'labelkeep'
    | 'LabelKeep';
}

/**
 * monitoring.coreos.com/v1 ServiceMonitor (prometheus-operator 0.7x API reference): which Services
 * Prometheus scrapes, on which port and path.
 */
export interface ServiceMonitor {
  apiVersion: 'monitoring.coreos.com/v1';
  kind: 'ServiceMonitor';
  metadata: ObjectMeta;
  spec: {
    selector: LabelSelector;
    namespaceSelector?: { any?: boolean; matchNames?: string[] };
    jobLabel?: string;
    targetLabels?: string[];
    podTargetLabels?: string[];
    sampleLimit?: number;
    targetLimit?: number;
    attachMetadata?: { node?: boolean };
    endpoints: {
      port?: string;
      targetPort?: string | number;
      path?: string;
      scheme?: 'http' | 'https';
      params?: Record<string, string[]>;
      interval?: PrometheusDuration;
      scrapeTimeout?: PrometheusDuration;
      honorLabels?: boolean;
      honorTimestamps?: boolean;
      followRedirects?: boolean;
      enableHttp2?: boolean;
      filterRunning?: boolean;
      relabelings?: RelabelConfig[];
      metricRelabelings?: RelabelConfig[];
    }[];
  };
}

/** monitoring.coreos.com/v1 PrometheusRule: recording and alerting rules, in groups. */
export interface PrometheusRule {
  apiVersion: 'monitoring.coreos.com/v1';
  kind: 'PrometheusRule';
  metadata: ObjectMeta;
  spec: {
    groups: {
      name: string;
      interval?: PrometheusDuration;
      limit?: number;
      partial_response_strategy?: 'warn' | 'abort' | '';
      rules: {
        record?: string;
        alert?: string;
        expr: string | number;
        for?: PrometheusDuration;
        keep_firing_for?: PrometheusDuration;
        labels?: Record<string, string>;
        annotations?: Record<string, string>;
      }[];
    }[];
  };
}

/** The custom resources the strict type check knows, by `apiVersion/kind`: their type in this module. */
export const CUSTOM_RESOURCE_TYPES: Record<string, string> = {
  'postgresql.cnpg.io/v1/Cluster': 'CnpgCluster',
  'postgresql.cnpg.io/v1/ScheduledBackup': 'CnpgScheduledBackup',
  'barmancloud.cnpg.io/v1/ObjectStore': 'BarmanObjectStore',
  'monitoring.coreos.com/v1/ServiceMonitor': 'ServiceMonitor',
  'monitoring.coreos.com/v1/PrometheusRule': 'PrometheusRule',
};
