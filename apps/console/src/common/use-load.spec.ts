import { describe, expect, it } from '@jest/globals';
import { ProblemError } from '../api/gateway-api';
import type { ProblemPresentation } from '../api/problem-fields';
import { itemsAfter, itemsAfterRefusal, runShowingProblem } from './use-load';

const refusal = {
  type: 'https://docs.pcs.example/problems/forbidden',
  status: 403,
  code: 'FORBIDDEN',
  title: '无权执行此操作',
  detail: '该小区不在您的管辖范围内',
};

/** A screen's state as the calls made on it, in order. */
function screen() {
  const calls: [string, unknown][] = [];
  return {
    calls,
    setBusy: (busy: boolean) => void calls.push(['busy', busy]),
    setProblem: (problem: ProblemPresentation | undefined) => void calls.push(['problem', problem]),
  };
}

describe('a request sent from a screen', () => {
  it('is busy while it runs, after the last refusal is cleared', async () => {
    const state = screen();
    await runShowingProblem(state, async () => void state.calls.push(['work', 'done']));
    expect(state.calls).toEqual([
      ['busy', true],
      ['problem', undefined],
      ['work', 'done'],
      ['busy', false],
    ]);
  });

  it('shows a refusal of the gateway as its title and detail, and is no longer busy', async () => {
    const state = screen();
    await runShowingProblem(state, () => Promise.reject(new ProblemError(refusal)));
    expect(state.calls).toEqual([
      ['busy', true],
      ['problem', undefined],
      ['problem', { title: '无权执行此操作', fields: [], general: ['该小区不在您的管辖范围内'] }],
      ['busy', false],
    ]);
  });

  it('presents a refusal as the caller asks (a form with its fields)', async () => {
    const state = screen();
    const shown = { title: '已处理', fields: [{ name: ['note'], errors: ['太长'] }], general: [] };
    await runShowingProblem(
      state,
      () => Promise.reject(new ProblemError(refusal)),
      (problem) => ({
        ...shown,
        title: `${shown.title}：${problem.title}`,
      }),
    );
    expect(state.calls[2]).toEqual(['problem', { ...shown, title: '已处理：无权执行此操作' }]);
  });

  it('throws on what is not a refusal (a bug), no longer busy and showing no problem', async () => {
    const state = screen();
    const bug = new TypeError('items is undefined');
    await expect(runShowingProblem(state, () => Promise.reject(bug))).rejects.toBe(bug);
    expect(state.calls).toEqual([
      ['busy', true],
      ['problem', undefined],
      ['busy', false],
    ]);
  });
});

describe('the items of a list read a page at a time', () => {
  const page = { items: ['c', 'd'], nextCursor: 'after-d' };

  it('are the first page alone when the list is read again (new filters, a refresh)', () => {
    expect(itemsAfter(['a', 'b'], page, false)).toEqual(['c', 'd']);
  });

  it('are those shown with the next page after them on "load more"', () => {
    expect(itemsAfter(['a', 'b'], page, true)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('the items of a list after a page is refused (decision 0315)', () => {
  it('are none when the first page of new filters is refused: the old list answers another search', () => {
    expect(itemsAfterRefusal(['1栋S101', '1栋S102'], false)).toEqual([]);
  });

  it('are those shown when a next page is refused', () => {
    expect(itemsAfterRefusal(['1栋S101', '1栋S102'], true)).toEqual(['1栋S101', '1栋S102']);
  });
});
