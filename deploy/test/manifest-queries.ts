/*
 * Queries over rendered objects that the policy modules share: the workloads with their pods, and the
 * environment a container gets, with ConfigMaps resolved.
 */
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import { objectId, type K8sObject } from './render.js';

// ---------------------------------------------------------------------------------------------------
// Workloads and their pods

export interface Workload {
  object: K8sObject;
  kind: 'Deployment' | 'StatefulSet' | 'Job';
  id: string;
  /** app.kubernetes.io/name of the pods. */
  name: string;
  podLabels: Record<string, string>;
  pod: IPodSpec;
}

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'Job']);

export function workloadsOf(objects: K8sObject[]): Workload[] {
  return objects
    .filter((o) => WORKLOAD_KINDS.has(o.kind))
    .map((object) => {
      const spec = (object as unknown as IDeployment | IStatefulSet | IJob).spec;
      const template = spec?.template;
      const podLabels = template?.metadata?.labels ?? {};
      return {
        object,
        kind: object.kind as Workload['kind'],
        id: objectId(object),
        name: podLabels['app.kubernetes.io/name'] ?? object.metadata.name,
        podLabels,
        pod: template?.spec ?? { containers: [] },
      };
    });
}

export function containersOf(pod: IPodSpec): IContainer[] {
  return [...(pod.initContainers ?? []), ...pod.containers];
}

/** A container of an image we build (by the image prefix of PolicyOptions). */
export function isOurs(container: IContainer, options: { imagePrefix: string }): boolean {
  return (container.image ?? '').startsWith(options.imagePrefix);
}

// ---------------------------------------------------------------------------------------------------
// Environment of a container, with ConfigMaps resolved

export interface EnvEntry {
  /** The literal value, or the ConfigMap's value; undefined for secrets and field references. */
  value?: string;
  source: 'value' | 'configMap' | 'secret' | 'field';
  /** Secret name and key, when source is secret. */
  secret?: { name: string; key: string };
}

export function resolveEnv(container: IContainer, objects: K8sObject[]): Map<string, EnvEntry> {
  const env = new Map<string, EnvEntry>();
  for (const from of container.envFrom ?? []) {
    if (from.configMapRef) {
      const configMap = findObject<IConfigMap>(objects, 'ConfigMap', from.configMapRef.name ?? '');
      for (const [key, value] of Object.entries(configMap?.data ?? {}))
        env.set(`${from.prefix ?? ''}${key}`, { value, source: 'configMap' });
    }
  }
  for (const variable of container.env ?? []) {
    const source = variable.valueFrom;
    if (source?.secretKeyRef) {
      env.set(variable.name, {
        source: 'secret',
        secret: { name: source.secretKeyRef.name ?? '', key: source.secretKeyRef.key },
      });
    } else if (source?.configMapKeyRef) {
      const configMap = findObject<IConfigMap>(objects, 'ConfigMap', source.configMapKeyRef.name ?? '');
      env.set(variable.name, { value: configMap?.data?.[source.configMapKeyRef.key], source: 'configMap' });
    } else if (source) {
      env.set(variable.name, { source: 'field' });
    } else {
      env.set(variable.name, { value: variable.value ?? '', source: 'value' });
    }
  }
  return env;
}

export function findObject<T>(objects: K8sObject[], kind: string, name: string): T | undefined {
  return objects.find((o) => o.kind === kind && o.metadata.name === name) as T | undefined;
}

export function objectsOfKind<T>(objects: K8sObject[], kind: string): T[] {
  return objects.filter((o) => o.kind === kind) as T[];
}
