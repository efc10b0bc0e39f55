/*
 * Monitoring: Prometheus scrapes every process of ours, and the alerts an operator needs exist, name
 * metrics that exist, and say in both languages what is wrong and where the runbook is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IService } from 'kubernetes-models/v1/Service';
import type { PrometheusRule, ServiceMonitor } from './crd-types.js';
import { isOurs, objectsOfKind, workloadsOf } from './manifest-queries.js';
import type { PolicyOptions, Violation } from './policies.js';
import { objectId, REPO_DIR, type K8sObject } from './render.js';

/** The metrics the processes export (libs/platform/src/metrics/metrics.ts), read from the source. */
export const PLATFORM_METRICS: readonly string[] = [
  ...readFileSync(join(REPO_DIR, 'libs/platform/src/metrics/metrics.ts'), 'utf8').matchAll(
    /name: '(pcs_[a-z_]+)'/g,
  ),
].map((m) => m[1] ?? '');

/** An alert the platform must have: on which metric, held for how long at least. */
interface RequiredAlert {
  description: string;
  /** Every fragment must appear in the expression. */
  expr: string[];
  forSeconds: number;
}

export const REQUIRED_ALERTS: readonly RequiredAlert[] = [
  {
    description: 'parked outbox events (> 0 for 5m)',
    expr: ['pcs_outbox_backlog', 'status="parked"', '> 0'],
    forSeconds: 300,
  },
  { description: 'open dead letters (> 0)', expr: ['pcs_dead_letters_open', '> 0'], forSeconds: 0 },
  {
    description: 'old unpublished outbox events (> 300 s for 5m)',
    expr: ['pcs_outbox_oldest_pending_seconds', '> 300'],
    forSeconds: 300,
  },
  { description: 'consumer lag (for 15m)', expr: ['pcs_consumer_lag'], forSeconds: 900 },
  {
    description: 'outbox publish failures rising',
    expr: ['rate(pcs_outbox_publish_failures_total'],
    forSeconds: 0,
  },
];

const CJK = /[\u4e00-\u9fff]/;
const RUNBOOK_COMMAND = 'npm run ops --';
const SEVERITIES = new Set(['critical', 'warning', 'info']);

/** A Prometheus duration in seconds (`5m`, `1h30m`); undefined when it is not one. */
export function durationSeconds(value: string | undefined): number | undefined {
  if (value === undefined) return 0;
  const units: Record<string, number> = {
    ms: 0.001,
    s: 1,
    m: 60,
    h: 3600,
    d: 86_400,
    w: 604_800,
    y: 31_536_000,
  };
  const parts = [...value.matchAll(/(\d+)(ms|s|m|h|d|w|y)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== value) return undefined;
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * (units[unit ?? 's'] ?? 0), 0);
}

export function checkAlerts(objects: K8sObject[], options: PolicyOptions): Violation[] {
  const violations: Violation[] = [];
  const rules = objectsOfKind<PrometheusRule & K8sObject>(objects, 'PrometheusRule');
  if (options.requireMonitoring && rules.length === 0)
    violations.push({
      rule: 'alerts',
      object: 'PrometheusRule',
      message: 'no PrometheusRule: nobody is alerted',
    });
  const alerts = rules.flatMap((rule) =>
    rule.spec.groups.flatMap((group) =>
      group.rules.filter((r) => r.alert !== undefined).map((alert) => ({ rule, alert })),
    ),
  );

  for (const { rule, alert } of alerts) {
    const add = (message: string): void =>
      void violations.push({ rule: 'alerts', object: objectId(rule), message: `${alert.alert}: ${message}` });
    const expr = String(alert.expr);
    for (const [metric] of expr.matchAll(/\bpcs_[a-z_]+/g)) {
      const base = metric.replace(/_(bucket|sum|count)$/, '');
      if (!PLATFORM_METRICS.includes(metric) && !PLATFORM_METRICS.includes(base))
        add(`${metric} is not a metric the processes export: the alert could never fire`);
    }
    if (durationSeconds(alert.for) === undefined) add(`for: ${alert.for} is not a duration`);
    if (!SEVERITIES.has(alert.labels?.['severity'] ?? ''))
      add('labels.severity must be critical, warning or info (Alertmanager routes by it)');
    const { summary, summary_zh: summaryZh, runbook } = alert.annotations ?? {};
    if (!summary || CJK.test(summary)) add('annotations.summary must say in English what is wrong');
    if (!summaryZh || !CJK.test(summaryZh)) add('annotations.summary_zh must say it in Chinese');
    if (!runbook?.includes(RUNBOOK_COMMAND))
      add(`annotations.runbook must point to the operator command (${RUNBOOK_COMMAND})`);
  }

  if (rules.length > 0) {
    for (const required of REQUIRED_ALERTS) {
      const found = alerts.find(({ alert }) => required.expr.every((f) => String(alert.expr).includes(f)));
      const object = rules[0] ? objectId(rules[0]) : 'PrometheusRule';
      if (!found) {
        violations.push({ rule: 'alerts', object, message: `no alert on ${required.description}` });
      } else if ((durationSeconds(found.alert.for) ?? 0) < required.forSeconds) {
        violations.push({
          rule: 'alerts',
          object: objectId(found.rule),
          message: `${found.alert.alert} must hold for ${required.forSeconds / 60}m before it fires (${required.description})`,
        });
      }
    }
  }
  return violations;
}

/**
 * Prometheus scrapes every Service of ours (gateway and services) on its `http` port at /metrics,
 * in its own namespace, and nothing else.
 */
export function checkScraping(objects: K8sObject[], options: PolicyOptions): Violation[] {
  const violations: Violation[] = [];
  const monitors = objectsOfKind<ServiceMonitor & K8sObject>(objects, 'ServiceMonitor');
  if (options.requireMonitoring && monitors.length === 0)
    violations.push({
      rule: 'scraping',
      object: 'ServiceMonitor',
      message: 'no ServiceMonitor: nothing is scraped',
    });
  const services = objectsOfKind<IService & K8sObject>(objects, 'Service');
  const ourPods = workloadsOf(objects)
    .filter((w) => w.kind === 'Deployment' && w.pod.containers.some((c) => isOurs(c, options)))
    .map((w) => w.podLabels);
  const isOursService = (service: IService): boolean =>
    ourPods.some((labels) =>
      Object.entries(service.spec?.selector ?? { none: '' }).every(([k, v]) => labels[k] === v),
    );

  for (const monitor of monitors) {
    const add = (message: string): void =>
      void violations.push({ rule: 'scraping', object: objectId(monitor), message });
    const { selector, namespaceSelector, endpoints } = monitor.spec;
    if (namespaceSelector?.any || (namespaceSelector?.matchNames ?? []).length > 0)
      add('scrapes other namespaces: select only Services of its own namespace');
    const selected = services.filter((s) => selects(selector, s.metadata?.labels ?? {}));
    for (const service of selected.filter((s) => !isOursService(s)))
      add(`selects ${objectId(service)}, which is not one of our processes (no /metrics on http)`);
    for (const service of services.filter((s) => isOursService(s) && !selected.includes(s)))
      add(`does not scrape ${objectId(service)}`);
    const endpoint = endpoints.find((e) => e.port === 'http');
    if (!endpoint) add('no endpoint on the port named http');
    else if (endpoint.path !== '/metrics') add(`scrapes ${endpoint.path ?? '/metrics'}, not /metrics`);
    for (const service of selected) {
      if (!(service.spec?.ports ?? []).some((p) => p.name === 'http'))
        add(`${objectId(service)} has no port named http`);
    }
  }
  return violations;
}

function selects(selector: ServiceMonitor['spec']['selector'], labels: Record<string, string>): boolean {
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpressions = (selector.matchExpressions ?? []).every((e) => {
    const value = labels[e.key];
    if (e.operator === 'In') return value !== undefined && (e.values ?? []).includes(value);
    if (e.operator === 'NotIn') return value === undefined || !(e.values ?? []).includes(value);
    if (e.operator === 'Exists') return value !== undefined;
    if (e.operator === 'DoesNotExist') return value === undefined;
    return false;
  });
  return byLabels && byExpressions;
}
