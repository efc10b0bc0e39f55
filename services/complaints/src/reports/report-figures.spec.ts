import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ComplainantIntent, ComplaintCategory, Department, Satisfaction } from '@pcs/contracts';
import { addFigures, satisfiedBasisPoints, toFigures, type PeriodCounts } from './report-figures.js';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const counts: fc.Arbitrary<PeriodCounts> = fc.record({
  received: fc.array(
    fc.record({
      category: maybe(fc.constantFrom(...ComplaintCategory.codes)),
      department: maybe(fc.constantFrom(...Department.codes)),
      intent: maybe(fc.constantFrom(...ComplainantIntent.codes)),
      count: fc.integer({ min: 1, max: 50 }),
    }),
    { maxLength: 12 },
  ),
  resolved: fc.nat(100),
  overdue: fc.nat(100),
  visits: fc.uniqueArray(
    fc.record({
      satisfaction: fc.constantFrom(...Satisfaction.codes),
      count: fc.integer({ min: 1, max: 30 }),
    }),
    { selector: (v) => v.satisfaction },
  ),
  answered: fc.uniqueArray(
    fc
      .record({ kind: fc.constantFrom('suggestion', 'praise'), received: fc.integer({ min: 1, max: 40 }) })
      .chain((r) =>
        fc.record({
          kind: fc.constant(r.kind),
          received: fc.constant(r.received),
          answered: fc.nat(r.received),
        }),
      ),
    { selector: (a) => a.kind },
  ),
});
const sum = (list: { count: number }[]) => list.reduce((a, c) => a + c.count, 0);

describe('report figures (CMP-12)', () => {
  it('CMP-12, CMP-7: every category, department, intent and answer is listed; each breakdown adds up to its total (property)', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const f = toFigures(c);
        expect(f.byCategory.map((x) => x.code)).toEqual([...ComplaintCategory.codes, 'uncategorised']);
        expect(f.byDepartment.map((x) => x.code)).toEqual([...Department.codes, 'unassigned']);
        expect(f.byIntent.map((x) => x.code)).toEqual([...ComplainantIntent.codes, 'unrecorded']);
        expect(f.satisfaction.map((x) => x.code)).toEqual([...Satisfaction.codes]);
        expect(sum(f.byCategory)).toBe(f.received);
        expect(sum(f.byDepartment)).toBe(f.received);
        expect(sum(f.byIntent)).toBe(f.received);
        expect(sum(f.satisfaction)).toBe(f.visited);
        // CMP-13: suggestions then praise, each with its own counts, never more answered than received.
        expect(f.suggestionsAndPraise.map((e) => [e.code, e.label])).toEqual([
          ['suggestion', '建议'],
          ['praise', '表扬'],
        ]);
        for (const e of f.suggestionsAndPraise) {
          const given = c.answered.find((a) => a.kind === e.code);
          expect([e.received, e.answered]).toEqual([given?.received ?? 0, given?.answered ?? 0]);
        }
      }),
    );
  });

  it('CMP-12: a roll-up total is the sum of its lines, its share satisfied recomputed from the summed visits (property)', () => {
    fc.assert(
      fc.property(fc.array(counts, { maxLength: 6 }), (all) => {
        const lines = all.map(toFigures);
        const total = addFigures(lines);
        expect(total.received).toBe(lines.reduce((a, l) => a + l.received, 0));
        expect(total.overdue).toBe(lines.reduce((a, l) => a + l.overdue, 0));
        expect(total.visited).toBe(lines.reduce((a, l) => a + l.visited, 0));
        expect(total.satisfiedBasisPoints).toBe(satisfiedBasisPoints(total.satisfaction));
        for (const [i, c] of total.byCategory.entries()) {
          expect(c.count).toBe(lines.reduce((a, l) => a + l.byCategory[i]!.count, 0));
        }
        for (const [i, c] of total.byIntent.entries()) {
          expect(c.count).toBe(lines.reduce((a, l) => a + l.byIntent[i]!.count, 0));
        }
        for (const [i, e] of total.suggestionsAndPraise.entries()) {
          expect(e.received).toBe(lines.reduce((a, l) => a + l.suggestionsAndPraise[i]!.received, 0));
          expect(e.answered).toBe(lines.reduce((a, l) => a + l.suggestionsAndPraise[i]!.answered, 0));
        }
      }),
    );
  });

  it('CMP-12: the share satisfied is rounded down and absent when nobody was visited', () => {
    const of = (n: Partial<Record<Satisfaction, number>>) =>
      satisfiedBasisPoints(Satisfaction.codes.map((code) => ({ code, label: '', count: n[code] ?? 0 })));
    expect(of({})).toBeUndefined();
    expect(of({ satisfied: 2, dissatisfied: 1 })).toBe(6666);
    expect(of({ 'very-satisfied': 1, satisfied: 1 })).toBe(10_000);
    expect(of({ neutral: 3 })).toBe(0);
  });
});
