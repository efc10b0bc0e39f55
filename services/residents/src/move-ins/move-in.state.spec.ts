import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@pcs/contracts';
import {
  assertMoveInOpen,
  missingMoveInRequirements,
  MOVE_IN_REQUIREMENT_IN_ENGLISH,
  MoveInRequirement,
  type MoveInFacts,
} from './move-in.state.js';

const done: MoveInFacts = {
  kind: 'owner',
  ownersWithoutIdentity: [],
  handbookAcknowledged: true,
  decorationRulesAcknowledged: true,
  keysRecorded: true,
  handedOver: true,
  chargeStatus: 'settled',
};

describe('what a move-in still lacks (RES-4)', () => {
  it('RES-4: nothing is missing when every step is done and the charges are settled', () => {
    expect(missingMoveInRequirements(done)).toEqual([]);
  });

  it('RES-4: each requirement is reported on its own', () => {
    expect(missingMoveInRequirements({ ...done, ownersWithoutIdentity: ['p1'] })).toEqual(['identity']);
    expect(missingMoveInRequirements({ ...done, handbookAcknowledged: false })).toEqual(['handbook']);
    expect(missingMoveInRequirements({ ...done, decorationRulesAcknowledged: false })).toEqual([
      'decoration-rules',
    ]);
    expect(missingMoveInRequirements({ ...done, keysRecorded: false })).toEqual(['keys']);
  });

  it("RES-3 (decision 0368): an owners' move-in lacks the unit's handover inspection until it is recorded", () => {
    expect(missingMoveInRequirements({ ...done, handedOver: false })).toEqual(['handover']);
    expect(MoveInRequirement.label('handover')).toBe('验房（接楼）已完成');
    expect(MOVE_IN_REQUIREMENT_IN_ENGLISH.handover).toContain('handover inspection');
  });

  it('RES-4: only `settled` counts as paid', () => {
    for (const chargeStatus of ['unknown', 'pending', 'billed', 'cancelled'] as const) {
      expect(missingMoveInRequirements({ ...done, chargeStatus })).toEqual(['charges']);
    }
  });

  it('lists everything missing in order, with Chinese labels', () => {
    const missing = missingMoveInRequirements({
      kind: 'owner',
      ownersWithoutIdentity: ['p1'],
      handbookAcknowledged: false,
      decorationRulesAcknowledged: false,
      keysRecorded: false,
      handedOver: false,
      chargeStatus: 'unknown',
    });
    expect(missing).toEqual(['identity', 'handbook', 'decoration-rules', 'keys', 'handover', 'charges']);
    expect(missing.map((c) => MoveInRequirement.label(c))).toContain('入住费用已缴清');
  });

  it("RES-4: a tenant's move-in needs no decoration rules acknowledged, and everything else", () => {
    const tenant = { ...done, kind: 'tenant' as const };
    expect(missingMoveInRequirements({ ...tenant, decorationRulesAcknowledged: false })).toEqual([]);
    expect(missingMoveInRequirements({ ...tenant, ownersWithoutIdentity: ['t1'] })).toEqual(['identity']);
    expect(missingMoveInRequirements({ ...tenant, chargeStatus: 'billed' })).toEqual(['charges']);
  });

  it("RES-3 (decision 0383): a tenant's move-in lacks the unit's handover inspection too, until its owner accepted the unit", () => {
    expect(missingMoveInRequirements({ ...done, kind: 'tenant', handedOver: false })).toEqual(['handover']);
  });

  it('steps are taken only on an open move-in', () => {
    expect(() => assertMoveInOpen('cancelled', 'cancel')).toThrow(DomainError);
    expect(() => assertMoveInOpen('open', 'complete')).not.toThrow();
    expect(() => assertMoveInOpen('completed', 'record-keys')).toThrow(DomainError);
    expect(() => assertMoveInOpen('completed', 'acknowledge')).toThrow(
      expect.objectContaining({
        code: 'INVALID_STATE_TRANSITION',
        details: expect.objectContaining({ status: 'completed' }),
      }),
    );
  });
});
