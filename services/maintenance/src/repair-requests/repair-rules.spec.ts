import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@pcs/contracts';
import { WorkCalendar } from '@pcs/work-calendar';
import { completionDueAt } from '../work-orders/completion-deadline.js';
import { warrantyFinding, warrantyLastDay } from '../warranty/warranty.js';
import { overdueSince, repairDeadlines } from './repair-deadlines.js';
import { RepairTrade, RepairUrgency, WorkOrderType } from '@pcs/contracts';
import {
  assertPartyCanBeBilled,
  assertPartyFitsWarranty,
  assertSurveyParticipants,
  requiredSurveyRoles,
  workOrderTypeFor,
} from './survey.rules.js';

/** 2026: National Day 10-01 … 10-07 off, Sunday 09-27 and Saturday 10-10 worked (调休上班日). */
const calendar = new WorkCalendar([
  {
    year: 2026,
    holidays: [
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ],
    makeUpWorkdays: ['2026-09-27', '2026-10-10'],
  },
]);
const at = (local: string) => new Date(`${local}+08:00`);

describe('MNT-1: emergency deadlines', () => {
  const received = at('2026-10-03T22:10:00');

  it('MNT-1: an emergency is due on site in 30 minutes and made safe in 12 hours, holiday or not', () => {
    const d = repairDeadlines('emergency', received, calendar);
    expect(d.onSiteDueAt).toEqual(at('2026-10-03T22:40:00'));
    expect(d.madeSafeDueAt).toEqual(at('2026-10-04T10:10:00'));
  });

  it('MNT-1: an emergency is overdue after 30 minutes without arrival, not before', () => {
    const d = repairDeadlines('emergency', received, calendar);
    const facts = { progress: 'accepted', ...d };
    expect(overdueSince(facts, at('2026-10-03T22:40:00'))).toBeUndefined();
    expect(overdueSince(facts, at('2026-10-03T22:40:01'))).toEqual(at('2026-10-03T22:40:00'));
    expect(
      overdueSince({ ...facts, arrivedAt: at('2026-10-03T22:35:00') }, at('2026-10-03T23:00:00')),
    ).toBeUndefined();
  });

  it('MNT-1, MNT-2: the clocks stop at the work order and at cancellation; a late deadline met is not overdue (decision 0350)', () => {
    const d = repairDeadlines('emergency', received, calendar);
    const late = at('2026-10-03T23:00:00');
    expect(overdueSince({ progress: 'surveyed', ...d }, late)).toEqual(at('2026-10-03T22:40:00'));
    for (const progress of ['approved', 'dispatched', 'completed', 'settled', 'cancelled']) {
      expect(overdueSince({ progress, ...d }, late)).toBeUndefined();
    }
    const arrivedLate = { progress: 'accepted', ...d, arrivedAt: at('2026-10-03T22:50:00') };
    expect(overdueSince(arrivedLate, late)).toBeUndefined();
  });

  it('MNT-1: a normal request has no on-site clock', () => {
    expect(repairDeadlines('normal', received, calendar).onSiteDueAt).toBeUndefined();
  });
});

describe('MNT-2, GEN-1: the survey within 1 working day, across holidays', () => {
  it('MNT-2: a request on the last day before National Day is surveyed on the first working day after it', () => {
    // Wednesday 09-30 09:00 → 10-01…10-07 holiday, 10-08 Thursday is the next working day.
    expect(repairDeadlines('normal', at('2026-09-30T09:00:00'), calendar).surveyDueAt).toEqual(
      at('2026-10-08T09:00:00'),
    );
  });

  it('MNT-2: a request on a holiday counts from the start of the next working day', () => {
    expect(
      repairDeadlines('normal', at('2026-10-02T15:00:00'), calendar).surveyDueAt.getTime(),
    ).toBeGreaterThan(at('2026-10-08T00:00:00').getTime());
    expect(
      repairDeadlines('normal', at('2026-10-02T15:00:00'), calendar).surveyDueAt.getTime(),
    ).toBeLessThanOrEqual(at('2026-10-09T00:00:00').getTime());
  });

  it('MNT-2: the contractor must sign from an estimate of 500 yuan (50000 fen), not below', () => {
    expect(requiredSurveyRoles(49_999)).not.toContain('contractor');
    expect(requiredSurveyRoles(50_000)).toContain('contractor');
    const without = [{ role: 'customer-service' }, { role: 'engineering' }, { role: 'repair-lead' }] as const;
    expect(() => assertSurveyParticipants(49_999, without)).not.toThrow();
    try {
      assertSurveyParticipants(50_000, without);
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).details).toMatchObject({ field: 'participants', missing: ['contractor'] });
    }
  });

  it('MNT-4: the responsible party decides the work-order type', () => {
    expect(workOrderTypeFor('contractor')).toBe('a');
    expect(workOrderTypeFor('company')).toBe('b');
    expect(workOrderTypeFor('resident')).toBe('c');
    expect(workOrderTypeFor('outside-body')).toBeUndefined();
  });

  it('MNT-4: a fault under warranty is never type B (保修期外): naming the company for it is refused', () => {
    const under = { underWarranty: true, reason: '给排水管道保修2年，至2027-06-29' };
    const outside = { underWarranty: false, reason: '已过保修期' };
    const refusal = (party: Parameters<typeof assertPartyFitsWarranty>[0], finding: typeof under) => {
      try {
        assertPartyFitsWarranty(party, finding);
        return undefined;
      } catch (error) {
        return error;
      }
    };
    expect(refusal('company', under)).toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { field: 'responsibleParty' },
    });
    expect(refusal('contractor', outside)).toMatchObject({ code: 'BUSINESS_RULE_VIOLATED' });
    // What may be named: A under warranty, B outside it, C and an outside body either way.
    expect(refusal('contractor', under)).toBeUndefined();
    expect(refusal('company', outside)).toBeUndefined();
    for (const finding of [under, outside]) {
      expect(refusal('resident', finding)).toBeUndefined();
      expect(refusal('outside-body', finding)).toBeUndefined();
    }
    expect(WorkOrderType.label(workOrderTypeFor('contractor')!)).toContain('保修');
    expect(WorkOrderType.label(workOrderTypeFor('company')!)).toContain('保修期外');
  });

  it('MNT-1: every trade and urgency a request can carry has its Chinese label', () => {
    for (const code of [...RepairTrade.codes, ...RepairUrgency.codes]) {
      expect(RepairTrade.label(code) === code && RepairUrgency.label(code) === code).toBe(false);
    }
  });
});

describe('MNT-5: completion deadlines in working days', () => {
  it('MNT-5: single-trade work surveyed before National Day is due 3 working days later, after the holiday', () => {
    // Tue 09-29 → Wed 09-30 (1), Thu 10-08 (2), Fri 10-09 (3).
    expect(completionDueAt(at('2026-09-29T14:00:00'), ['plumbing'], calendar)).toEqual(
      at('2026-10-09T14:00:00'),
    );
  });

  it('MNT-5: multi-trade work is due 7 working days later, counting the make-up Saturday', () => {
    // Tue 09-29 → 09-30 (1), 10-08 (2), 10-09 (3), Sat 10-10 (4), 10-12 (5), 10-13 (6), 10-14 (7).
    expect(completionDueAt(at('2026-09-29T14:00:00'), ['plumbing', 'civil'], calendar)).toEqual(
      at('2026-10-14T14:00:00'),
    );
  });

  it('MNT-5: a trade named twice (from a handover defect or a complaint) is still single-trade work', () => {
    expect(completionDueAt(at('2026-09-29T14:00:00'), ['plumbing', 'plumbing'], calendar)).toEqual(
      at('2026-10-09T14:00:00'),
    );
  });
});

describe('MNT-3: warranty', () => {
  it('MNT-3: a 2-year warranty from 2024-03-15 covers 2026-03-14 and not 2026-03-15', () => {
    expect(warrantyLastDay('2024-03-15', 24)).toBe('2026-03-14');
    const base = { handoverDate: '2024-03-15', component: 'plumbing' as const, communityId: 'GZ01' };
    expect(warrantyFinding({ ...base, surveyDate: '2026-03-14' })?.underWarranty).toBe(true);
    expect(warrantyFinding({ ...base, surveyDate: '2026-03-15' })?.underWarranty).toBe(false);
  });

  it('MNT-3: waterproofing is 5 years by default; a community override beats the company’s', () => {
    const base = {
      handoverDate: '2021-06-01',
      component: 'wet-room-waterproofing' as const,
      communityId: 'GZ01',
    };
    expect(warrantyFinding({ ...base, surveyDate: '2026-05-31' })?.underWarranty).toBe(true);
    expect(warrantyFinding({ ...base, surveyDate: '2026-06-01' })?.underWarranty).toBe(false);
    const overrides = [
      { component: 'wet-room-waterproofing' as const, months: 72 },
      { component: 'wet-room-waterproofing' as const, communityId: 'GZ01', months: 96 },
    ];
    expect(warrantyFinding({ ...base, surveyDate: '2029-05-31', overrides })?.lastDay).toBe('2029-05-31');
    expect(
      warrantyFinding({ ...base, communityId: 'GZ02', surveyDate: '2027-05-31', overrides })?.lastDay,
    ).toBe('2027-05-31');
  });

  it('MNT-3: without a handover date the survey decides, with its reason', () => {
    const base = { component: 'electrical' as const, communityId: 'GZ01', surveyDate: '2026-03-15' };
    expect(warrantyFinding(base)).toBeUndefined();
    expect(
      warrantyFinding({
        ...base,
        decision: { underWarranty: true, reason: '开发商交付资料缺失，按合同认定' },
      }),
    ).toMatchObject({ underWarranty: true, reason: expect.stringContaining('开发商交付资料缺失') });
  });

  it('MNT-3: the survey’s own decision decides with a handover date too, the computed period beside it (decisions 0211, 0268)', () => {
    const base = {
      handoverDate: '2025-12-01',
      component: 'plumbing' as const,
      communityId: 'GZ01',
      surveyDate: '2026-12-07',
    };
    expect(warrantyFinding(base)?.underWarranty).toBe(true);
    const decided = warrantyFinding({
      ...base,
      decision: { underWarranty: false, reason: '业主自购设备，不属保修范围' },
    });
    expect(decided).toMatchObject({
      underWarranty: false,
      lastDay: '2027-11-30',
      reason: expect.stringMatching(
        /^勘察认定：业主自购设备，不属保修范围（按交付日计算：.*保修至2027-11-30/,
      ),
    });
    // Then the company may be named for it (type B).
    expect(() => assertPartyFitsWarranty('company', decided!)).not.toThrow();
  });
});

describe('BIL-7: a paid service needs a unit to bill (decision 0262)', () => {
  it('BIL-7: the resident is named only for a request on a unit; other parties without one', () => {
    expect(() => assertPartyCanBeBilled('resident', null)).toThrow(
      expect.objectContaining({
        code: 'BUSINESS_RULE_VIOLATED',
        details: expect.objectContaining({ field: 'responsibleParty' }),
      }),
    );
    expect(() => assertPartyCanBeBilled('resident', '0193a000-0000-7000-8000-0000000000d1')).not.toThrow();
    for (const party of ['company', 'contractor', 'outside-body'] as const) {
      expect(() => assertPartyCanBeBilled(party, undefined)).not.toThrow();
    }
  });
});
