/*
 * Who a process is on the bus: its own NATS user (whose permissions the NATS pods know) and its own
 * signing key for the actor of its requests, with the public keys it trusts beside it.
 */
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import {
  findObject,
  isOurs,
  resolveEnv,
  workloadsOf,
  type EnvEntry,
  type Workload,
} from './manifest-queries.js';
import type { PolicyOptions, Violation } from './policies.js';
import { objectId, type K8sObject } from './render.js';

/** Our Deployments (gateway and services) with the container of our image. */
function ourDeployments(objects: K8sObject[], options: PolicyOptions) {
  return workloadsOf(objects)
    .filter((w) => w.kind === 'Deployment')
    .flatMap((workload) => {
      const container = workload.pod.containers.find((c) => isOurs(c, options));
      return container ? [{ workload, env: resolveEnv(container, objects) }] : [];
    });
}

/** The environment variable of the NATS pods holding a process's password (nats-users.conf). */
export function natsPasswordVariable(process: string): string {
  return `${process.toUpperCase().replaceAll('-', '_')}_NATS_PASSWORD`;
}

export const natsSecretOf = (process: string): string => `${process}-nats`;
export const busKeySecretOf = (process: string): string => `${process}-bus-key`;
/** Created out of band beside the key Secrets (deploy/README.md): the public keys are not secret. */
export const TRUSTED_KEYS_CONFIG_MAP = 'bus-trusted-keys';

interface NatsUserEntry {
  user: string;
  passwordVariable?: string;
  hasPermissions: boolean;
}

/** The users of an `authorization { users: [...] }` block, as far as these rules need them. */
export function parseNatsUsers(config: string): NatsUserEntry[] {
  return config
    .split(/^\s*user\s*[:=]\s*/m)
    .slice(1)
    .map((entry) => ({
      user: /^"?([^\s"]+)/.exec(entry)?.[1] ?? '',
      passwordVariable: /^\s*password\s*[:=]\s*\$([A-Z0-9_]+)/m.exec(entry)?.[1],
      hasPermissions: /^\s*permissions\s*[:=]?\s*\{/m.test(entry),
    }));
}

/**
 * Each process connects as its own NATS user (NATS_USER = its name, NATS_PASSWORD from its Secret
 * `<name>-nats`), the NATS pods read the same Secret into the variable the users file names, and the
 * configuration includes that file with a user, with permissions, for every process and nobody else.
 */
export function checkNatsUsers(objects: K8sObject[], options: PolicyOptions): Violation[] {
  const violations: Violation[] = [];
  const add = (object: string, message: string): void =>
    void violations.push({ rule: 'nats-users', object, message });
  const deployments = ourDeployments(objects, options);
  const nats = findObject<IStatefulSet & K8sObject>(objects, 'StatefulSet', 'nats');
  const natsContainer = nats?.spec?.template.spec?.containers.find((c) => c.name === 'nats');
  const natsEnv = natsContainer ? resolveEnv(natsContainer, objects) : new Map();
  const configMapName = nats?.spec?.template.spec?.volumes?.find((v) => v.configMap)?.configMap?.name;
  const configMap = findObject<IConfigMap & K8sObject>(objects, 'ConfigMap', configMapName ?? '');
  const files = configMap?.data ?? {};
  const configId = configMap ? objectId(configMap) : 'StatefulSet/nats';

  const includes = [...(files['nats.conf'] ?? '').matchAll(/^\s*include\s+"?(?:\.\/)?([^\s"]+)"?/gm)].map(
    (m) => m[1] ?? '',
  );
  for (const file of includes.filter((f) => files[f] === undefined))
    add(configId, `nats.conf includes ${file}, which is not in the ConfigMap`);
  if (/^\s*authorization\s*\{[^}]*^\s*user\s*:/ms.test(files['nats.conf'] ?? ''))
    add(configId, 'nats.conf defines a single shared user; each process needs its own');
  const users = parseNatsUsers(includes.map((f) => files[f] ?? '').join('\n'));
  if (users.length === 0) add(configId, 'no NATS users: include the generated nats-users.conf');

  for (const { workload, env } of deployments) {
    const name = workload.name;
    const user = env.get('NATS_USER');
    if (user?.source !== 'value' || user.value !== name)
      add(workload.id, `NATS_USER must be its own user, "${name}" (a literal: the name is not secret)`);
    const password = env.get('NATS_PASSWORD')?.secret;
    if (password?.name !== natsSecretOf(name))
      add(workload.id, `NATS_PASSWORD must come from its own Secret ${natsSecretOf(name)}`);

    const variable = natsPasswordVariable(name);
    const served = natsEnv.get(variable)?.secret;
    if (password && (served?.name !== password.name || served.key !== password.key))
      add(
        nats ? objectId(nats) : 'StatefulSet/nats',
        `${variable} must come from the Secret and key ${name} connects with (${natsSecretOf(name)})`,
      );
    const entry = users.find((u) => u.user === name);
    if (!entry) add(workload.id, `the NATS configuration has no user ${name}`);
    else if (entry.passwordVariable !== variable)
      add(configId, `user ${name} must read its password from $${variable}`);
  }
  for (const entry of users) {
    if (!deployments.some((d) => d.workload.name === entry.user))
      add(configId, `NATS user ${entry.user} belongs to no Deployment of ours`);
    if (!entry.hasPermissions)
      add(configId, `NATS user ${entry.user} has no permissions: it could publish any service's events`);
  }
  return violations;
}

/**
 * Each process signs the actor of its requests with its own private key, which only a Secret of its
 * own may hold (`<name>-bus-key`, never a ConfigMap or a literal), and reads the public keys it trusts
 * (BUS_TRUSTED_KEYS) from a ConfigMap. NODE_ENV=production makes both required at start-up.
 */
export function checkBusIdentity(objects: K8sObject[], options: PolicyOptions): Violation[] {
  const violations: Violation[] = [];
  for (const { workload, env } of ourDeployments(objects, options)) {
    const add = (message: string): void =>
      void violations.push({ rule: 'bus-identity', object: workload.id, message });
    checkSigningKey(workload, env.get('BUS_SIGNING_KEY'), add);
    const trusted = env.get('BUS_TRUSTED_KEYS');
    if (!trusted) add('BUS_TRUSTED_KEYS is not set: the process would trust no signed actor');
    else if (trusted.source !== 'configMap')
      add(
        `BUS_TRUSTED_KEYS must come from the ConfigMap ${TRUSTED_KEYS_CONFIG_MAP}, not a ${trusted.source}`,
      );
  }
  return violations;
}

function checkSigningKey(
  workload: Workload,
  key: EnvEntry | undefined,
  add: (message: string) => void,
): void {
  const secret = busKeySecretOf(workload.name);
  if (!key) add(`BUS_SIGNING_KEY is not set: it must come from its own Secret ${secret}`);
  else if (key.source !== 'secret')
    add(`BUS_SIGNING_KEY is a private key: it must come from the Secret ${secret}, never a ${key.source}`);
  else if (key.secret?.name !== secret)
    add(`BUS_SIGNING_KEY must come from its own Secret ${secret}, not ${key.secret?.name}`);
}
