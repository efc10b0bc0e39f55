import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Satisfaction, SurveyCategory } from '@pcs/contracts';
import { scoreRows, type ScoreCount } from './survey-scores.js';

const count = fc.record({
  communityId: fc.constantFrom('GZ01', 'GZ02'),
  year: fc.constantFrom(2025, 2026),
  category: fc.constantFrom(...SurveyCategory.codes),
  satisfaction: fc.constantFrom(...Satisfaction.codes),
  count: fc.integer({ min: 1, max: 50 }),
});

describe('survey scores (SAT-4)', () => {
  it('SAT-4: 3 satisfied of 4 answers is 0.75, with a note for the small sample; 30 answers have none', () => {
    const rows = scoreRows(
      [
        { communityId: 'GZ01', year: 2026, category: 'cleaning', satisfaction: 'very-satisfied', count: 1 },
        { communityId: 'GZ01', year: 2026, category: 'cleaning', satisfaction: 'satisfied', count: 2 },
        {
          communityId: 'GZ01',
          year: 2026,
          category: 'cleaning',
          satisfaction: 'very-dissatisfied',
          count: 1,
        },
        { communityId: 'GZ01', year: 2026, category: 'fees', satisfaction: 'neutral', count: 30 },
      ],
      30,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ category: 'cleaning', answers: 4, satisfied: 3, satisfiedShare: 0.75 });
    expect(rows[0]?.sampleNote).toContain('4 户');
    expect(rows[1]).toMatchObject({ category: 'fees', answers: 30, satisfied: 0, satisfiedShare: 0 });
    expect(rows[1]?.sampleNote).toBeUndefined();
  });

  it('SAT-4: every answer is counted once, in one row, and the share is satisfied over answers', () => {
    fc.assert(
      fc.property(fc.array(count, { maxLength: 60 }), (counts: ScoreCount[]) => {
        const rows = scoreRows(counts, 30);
        const total = counts.reduce((sum, c) => sum + c.count, 0);
        expect(rows.reduce((sum, r) => sum + r.answers, 0)).toBe(total);
        for (const r of rows) {
          expect(r.counts.reduce((sum, c) => sum + c.count, 0)).toBe(r.answers);
          expect(r.satisfiedShare).toBeCloseTo(r.satisfied / r.answers, 4);
          expect(r.sampleNote !== undefined).toBe(r.answers < 30);
        }
        const keys = rows.map((r) => `${r.communityId}|${r.year}|${r.category}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });
});
