import { Empty, Timeline, Typography } from 'antd';
import { reasonText, type ReasonLabels } from './history-reasons';
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

/**
 * A record's archive (GEN-3): each step, who took it, when and why; `reasonLabels` names the reasons
 * that are codes (decision 0308).
 */
export function HistoryTimeline({
  entries,
  reasonLabels,
}: {
  entries: readonly HistoryEntry[];
  reasonLabels?: ReasonLabels;
}) {
  if (!entries.length) return <Empty description="暂无记录" />;
  return (
    <Timeline
      items={entries.map((entry) => {
        const reason = reasonText(entry, reasonLabels);
        return {
          key: entry.id,
          children: (
            <div data-history-action={entry.action}>
              <Typography.Text strong>{entry.actionLabel}</Typography.Text>
              <span>
                {' '}
                · {entry.actorName} · {time(entry.at)}
              </span>
              {reason && <div>{reason}</div>}
            </div>
          ),
        };
      })}
    />
  );
}
