import type { ApiSchema } from '@pcs/api-client';

export type Incident = ApiSchema<'IncidentView'>;
export type EarlyWarning = ApiSchema<'EarlyWarningView'>;

/** How far an incident's complaints are resolved: "3/5 已解决" (0/0 reads as none attached). */
export function incidentProgress(
  incident: Pick<Incident, 'complaintCount' | 'resolvedComplaintCount'>,
): string {
  if (!incident.complaintCount) return '暂无关联投诉';
  return `${incident.resolvedComplaintCount}/${incident.complaintCount} 已解决`;
}

/** Whether an active incident is past the end it announced to residents (so the notice needs updating). */
export function pastExpectedEnd(incident: Pick<Incident, 'status' | 'expectedEndAt'>, now: Date): boolean {
  return (
    incident.status === 'active' &&
    !!incident.expectedEndAt &&
    Date.parse(incident.expectedEndAt) < now.getTime()
  );
}

/** A warning's rule in words: "7天内 3 起（已达 4 起）". */
export function warningRule(
  warning: Pick<EarlyWarning, 'windowDays' | 'threshold' | 'complaintCount'>,
): string {
  return `${warning.windowDays}天内 ${warning.threshold} 起（已达 ${warning.complaintCount} 起）`;
}
