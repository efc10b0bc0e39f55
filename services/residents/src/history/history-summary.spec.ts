import { describe, expect, it } from '@jest/globals';
import { DecorationStep } from '../decorations/decoration.state.js';
import { historySummary } from './history-summary.js';

describe("a unit's timeline reads in Chinese (decision 0115)", () => {
  it('decision 0284: every step a decoration archives has a Chinese summary, not its code', () => {
    const actions = [
      ...DecorationStep.codes,
      'applied',
      'documents-updated',
      'repair-confirmed',
      'repair-not-done',
    ];
    for (const action of actions) {
      expect({ action, summary: historySummary('decoration', action) }).toEqual({
        action,
        summary: expect.stringMatching(/^装修 [^A-Za-z]+$/),
      });
    }
    expect(historySummary('decoration', 'issue-passes')).toBe('装修 办理施工人员出入证');
    expect(historySummary('handover-inspection', 'recorded')).toMatch(/^[^A-Za-z]+$/);
  });
});
