import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@pcs/contracts';
import { payerNames } from './payer-names.js';

describe('payerNames (BIL-4, decision 0371)', () => {
  it('reads each distinct payer once and leaves out the unit’s own bills', async () => {
    const asked: string[] = [];
    const names = await payerNames(['a', undefined, 'b', 'a', 'a', undefined], async (id) => {
      asked.push(id);
      return `姓名-${id}`;
    });
    expect(asked.sort()).toEqual(['a', 'b']);
    expect([...names.entries()].sort()).toEqual([
      ['a', '姓名-a'],
      ['b', '姓名-b'],
    ]);
  });

  it('a payer residents does not show the caller (any 404) keeps no name', async () => {
    const names = await payerNames(['a', 'b'], async (id) => {
      if (id === 'b') throw DomainError.notFound('PERSON_NOT_FOUND');
      return '李建国';
    });
    expect(names).toEqual(new Map([['a', '李建国']]));
  });

  it('any other failure fails the whole download rather than leaving names out silently', async () => {
    await expect(
      payerNames(['a'], async () => {
        throw new DomainError('SERVICE_UNAVAILABLE', 'residents did not answer');
      }),
    ).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('keeps at most eight look-ups in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const ids = Array.from({ length: 50 }, (_, i) => `p${i}`);
    const names = await payerNames(ids, async (id) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      return id.toUpperCase();
    });
    expect(names.size).toBe(50);
    expect(most).toBe(8);
  });
});
