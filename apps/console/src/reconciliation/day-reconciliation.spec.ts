import { describe, expect, it } from '@jest/globals';
import { chinaDate, signOffState } from './day-reconciliation';

const table = { signOffDay: ['cs-supervisor', 'cs-manager'] };
const gap = { kind: 'no-handler', kindLabel: '未分派经办人', entry: {} } as never;

describe('the daily reconciliation (CMP-6)', () => {
  it("takes the day in China's time zone", () => {
    expect(chinaDate(new Date('2026-12-03T15:59:00Z'))).toBe('2026-12-03');
    expect(chinaDate(new Date('2026-12-03T16:00:00Z'))).toBe('2026-12-04');
  });

  it('shows who signed a signed day, to everyone', () => {
    const signed = {
      ended: true,
      gaps: [],
      signOff: {
        id: 'x',
        by: { staffId: 's', name: '陈静' },
        at: '2026-12-03T12:00:00Z',
        entryCount: 3,
        gaps: [],
        gapCounts: [],
      },
    };
    expect(signOffState(signed, ['front-desk'], table)).toMatchObject({
      kind: 'signed',
      text: expect.stringContaining('陈静'),
    });
  });

  it('offers signing to supervisors only', () => {
    const day = { ended: true, gaps: [] };
    expect(signOffState(day, ['cs-supervisor'], table)).toEqual({ kind: 'may-sign' });
    expect(signOffState(day, ['front-desk'], table)).toEqual({ kind: 'not-yours' });
  });

  it('warns before signing a day that has not ended or still has gaps', () => {
    const state = signOffState({ ended: false, gaps: [gap, gap] }, ['cs-manager'], table);
    expect(state).toEqual({
      kind: 'may-sign',
      warning: '当天尚未结束，签认后新登记的事项不在本次盘点内；仍有 2 项缺口，签认将如实记录这些缺口。',
    });
  });
});
