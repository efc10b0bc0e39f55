import { Empty, Timeline, Typography } from 'antd';
import { time } from './local-time';

/** What a register entry's, repair request's or work order's history entry shows. */
export interface HistoryEntry {
  id: string;
  action: string;
  actionLabel: string;
  actorName: string;
  at: string;
  reason?: string;
}

/** A record's archive (GEN-3): each step, who took it, when and why. */
export function HistoryTimeline({ entries }: { entries: readonly HistoryEntry[] }) {
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
