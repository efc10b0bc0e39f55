import { describe, expect, it } from '@jest/globals';
import {
  complaintBadges,
  describeDue,
  nextDeadline,
  type ComplaintView,
  type DeadlineView,
} from './deadline-badges';

const NOW = new Date('2026-12-03T10:00:00Z');

function deadline(overrides: Partial<DeadlineView>): DeadlineView {
  return {
    kind: 'resolve',
    kindLabel: '处理',
    dueAt: '2026-12-04T10:00:00Z',
    warnAt: '2026-12-04T06:00:00Z',
    paused: false,
    overdue: false,
    ...overrides,
  };
}

type BadgeInput = Parameters<typeof complaintBadges>[0];
function entry(overrides: Partial<BadgeInput>): BadgeInput {
  return {
    deadlines: [],
    overdue: false,
    escalationLevel: 'handler',
    escalationLevelLabel: '经办人',
    paused: false,
    major: false,
    ...overrides,
  };
}
const keys = (input: BadgeInput): string[] => complaintBadges(input, NOW).map((b) => b.key);

describe('badges of a register entry (CMP-3, CMP-4, CMP-5, CMP-14)', () => {
  it('marks nothing while every deadline is far off', () => {
    expect(keys(entry({ deadlines: [deadline({})] }))).toEqual([]);
  });

  it('warns once a running deadline reached its warning time', () => {
    expect(keys(entry({ deadlines: [deadline({ warnAt: '2026-12-03T09:59:00Z' })] }))).toEqual(['due-soon']);
  });

  it('is overdue when the service says so, or when a running deadline passed since it last looked', () => {
    expect(keys(entry({ overdue: true, deadlines: [deadline({})] }))).toEqual(['overdue']);
    expect(
      keys(
        entry({ deadlines: [deadline({ dueAt: '2026-12-03T09:00:00Z', warnAt: '2026-12-03T08:00:00Z' })] }),
      ),
    ).toEqual(['overdue']);
  });

  it('does not count met, cancelled or paused deadlines', () => {
    const passed = { dueAt: '2026-12-03T09:00:00Z', warnAt: '2026-12-03T08:00:00Z' };
    expect(
      keys(
        entry({
          paused: true,
          deadlines: [
            deadline({ ...passed, metAt: '2026-12-03T08:30:00Z' }),
            deadline({ ...passed, cancelledAt: '2026-12-03T08:30:00Z' }),
            deadline({ ...passed, paused: true }),
          ],
        }),
      ),
    ).toEqual(['paused']);
  });

  it('shows the escalation level above the handler, and a major complaint', () => {
    const badges = complaintBadges(
      entry({ escalationLevel: 'manager', escalationLevelLabel: '客服经理', major: true }),
      NOW,
    );
    expect(badges.map((b) => [b.key, b.text, b.tone])).toEqual([
      ['escalated', '已上报·客服经理', 'danger'],
      ['major', '重大投诉', 'danger'],
    ]);
  });
});

describe('the due time the queue shows', () => {
  it('is the earliest deadline still running', () => {
    const view = {
      deadlines: [
        deadline({ kind: 'resolve', dueAt: '2026-12-05T10:00:00Z' }),
        deadline({ kind: 'acknowledge', dueAt: '2026-12-03T12:00:00Z', metAt: '2026-12-03T09:00:00Z' }),
        deadline({ kind: 'feedback', dueAt: '2026-12-04T10:00:00Z' }),
      ],
    } as Pick<ComplaintView, 'deadlines'>;
    expect(nextDeadline(view)?.kind).toBe('feedback');
    expect(nextDeadline({ deadlines: [] })).toBeUndefined();
  });

  it('reads as time left or time over, in days, hours and minutes', () => {
    expect(describeDue('2026-12-03T12:15:00Z', NOW)).toBe('剩余 2小时15分');
    expect(describeDue('2026-12-02T07:00:00Z', NOW)).toBe('超时 1天3小时');
    expect(describeDue('2026-12-03T10:00:20Z', NOW)).toBe('剩余 0分');
    expect(describeDue('2026-12-03T09:55:00Z', NOW)).toBe('超时 5分');
  });
});
