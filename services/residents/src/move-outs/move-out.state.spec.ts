import { describe, expect, it } from '@jest/globals';
import { DomainError, MoveOutStatus } from '@pcs/contracts';
import { MoveOutStep, nextMoveOutStatus } from './move-out.state.js';

describe('the move-out procedure (RES-6)', () => {
  it('RES-6: request → inspection → completion', () => {
    expect(nextMoveOutStatus(nextMoveOutStatus('requested', 'inspect'), 'complete')).toBe('completed');
  });

  it('RES-6: completion needs the inspection first; until then it can be cancelled; nothing follows completion or cancellation', () => {
    for (const from of MoveOutStatus.codes) {
      for (const step of MoveOutStep.codes) {
        const allowed =
          (from === 'requested' && step === 'inspect') ||
          (from === 'inspected' && step === 'complete') ||
          ((from === 'requested' || from === 'inspected') && step === 'cancel');
        if (allowed) continue;
        expect(() => nextMoveOutStatus(from, step)).toThrow(DomainError);
        expect(() => nextMoveOutStatus(from, step)).toThrow(MoveOutStatus.label(from));
      }
    }
  });

  it('RES-6: a cancelled move-out is cancelled from either open status', () => {
    expect(nextMoveOutStatus('requested', 'cancel')).toBe('cancelled');
    expect(nextMoveOutStatus('inspected', 'cancel')).toBe('cancelled');
  });
});
