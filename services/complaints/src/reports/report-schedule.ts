import type { ReportFormat, ReportSchedule } from '@pcs/contracts';
import { addDays, type LocalDate } from '@pcs/work-calendar';
import { isoWeekOf, quarterOf, type ReportPeriod } from './report-periods.js';

/** CMP-12: the latest period of a schedule that has ended by `today` (a local date): last week or quarter. */
export function lastEndedPeriod(schedule: ReportSchedule, today: LocalDate): ReportPeriod {
  return schedule === 'weekly'
    ? isoWeekOf(addDays(today, -7))
    : quarterOf(addDays(quarterOf(today).firstDay, -1));
}

const CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Where a produced report's file is fetched: the gateway renders it from the delivery (decision 0147). */
export function fileOf(delivery: {
  id: string;
  communityId: string;
  period: string;
  format: ReportFormat;
  schedule: ReportSchedule;
}) {
  const name = delivery.schedule === 'weekly' ? 'complaints-weekly' : 'complaints-quarterly';
  return {
    path: `/api/v1/reports/deliveries/${delivery.id}/file`,
    contentType: CONTENT_TYPES[delivery.format],
    name: `${name}-${delivery.communityId}-${delivery.period}.${delivery.format}`,
  };
}
