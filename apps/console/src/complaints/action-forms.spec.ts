import { describe, expect, it } from '@jest/globals';
import { ACTION_FORMS, OFFERED_ACTIONS, actionBody } from './action-forms';

describe('an action form as the body the API takes', () => {
  it('nests dotted names and leaves out empty optional fields', () => {
    expect(
      actionBody(ACTION_FORMS.assign!, {
        department: 'engineering',
        'handler.staffId': ' staff-0101 ',
        'handler.name': '张工',
        note: '   ',
      }),
    ).toEqual({ department: 'engineering', handler: { staffId: 'staff-0101', name: '张工' } });
  });

  it('sends a date and time as an instant', () => {
    const body = actionBody(ACTION_FORMS.acknowledge!, { promisedAt: '2026-12-04T18:00' });
    expect(body['promisedAt']).toBe(new Date('2026-12-04T18:00').toISOString());
  });

  it('offers the actions it has forms for', () => {
    expect(OFFERED_ACTIONS).toEqual([
      'assign',
      'acknowledge',
      'feedback',
      'escalate',
      'resolve',
      'return-visit',
    ]);
  });
});
