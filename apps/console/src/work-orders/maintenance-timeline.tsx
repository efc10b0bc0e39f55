import type { ApiSchema } from '@pcs/api-client';
import { Empty, Timeline, Typography } from 'antd';

export type MaintenanceHistoryEntry = ApiSchema<'MaintenanceHistoryEntryView'>;

export const time = (at: string | undefined): string =>
  at ? new Date(at).toLocaleString('zh-CN', { hour12: false }) : '—';

/** A repair request's or work order's archive (GEN-3): each step, who took it, when and why. */
export function MaintenanceTimeline({ entries }: { entries: readonly MaintenanceHistoryEntry[] }) {
  if (!entries.length) return <Empty description="暂无记录" />;
  return (
    <Timeline
      items={entries.map((entry) => ({
        key: entry.id,
        children: (
          <div data-history-action={entry.action}>
            <Typography.Text strong>{entry.actionLabel}</Typography.Text>
            <span>
              {' '}
              · {entry.actorName} · {time(entry.at)}
            </span>
            {entry.reason && <div>{entry.reason}</div>}
          </div>
        ),
      }))}
    />
  );
}
