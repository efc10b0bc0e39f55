import { describe, expect, it } from '@jest/globals';
import type { ApiProblem } from '@pcs/api-client';
import { presentProblem } from '../api/problem-fields';
import { formFieldErrors } from '../common/use-submit';
import {
  drawnText,
  FUND_SIZE_FIELDS,
  fundFigures,
  fundRows,
  fundSizeBody,
  fundSizeField,
  fundSizeProblem,
  fundStateOf,
  REPLENISHMENT_FIELDS,
  replenishmentAmountProblem,
  replenishmentBody,
  replenishmentField,
  replenishmentOffer,
  resizeEffectText,
  type RepairTeam,
} from './revolving-funds';

const TEAM = '0193a000-0000-7000-8000-00000000a001';
const team = (id: string, name: string): RepairTeam => ({
  id,
  name,
  communityIds: [],
  createdAt: '2026-12-01T02:00:00.000Z',
});
/** ¥100,000 of which ¥80 was drawn by a settlement. */
const DRAWN = fundFigures({ sizeFen: 10_000_000, balanceFen: 9_992_000 });

describe('a repair team’s revolving fund on the 周转金 screen (MNT-13, decision 0372)', () => {
  it('shows 额度, 余额 and 已支用 = size − balance, and what a top-up may put in', () => {
    expect(DRAWN).toEqual({
      sizeFen: 10_000_000,
      balanceFen: 9_992_000,
      drawnFen: 8_000,
      replenishableFen: 8_000,
    });
    expect(drawnText(DRAWN)).toBe('¥80.00');
    // A fund above its size from before decision 0252 has drawn nothing out and takes nothing.
    const over = fundFigures({ sizeFen: 10_000_000, balanceFen: 10_050_000 });
    expect(over.replenishableFen).toBe(0);
    expect(drawnText(over)).toBe('¥0.00（超出额度 ¥500.00）');
  });

  it('reads a 404 as a fund not opened yet (decision 0104), another refusal as unreadable', () => {
    const fund = { teamId: TEAM, sizeFen: 10_000_000, balanceFen: 10_000_000 };
    expect(fundStateOf({ fund })).toEqual({ kind: 'open', fund });
    expect(fundStateOf({ refused: { status: 404, title: '资源不存在' } })).toEqual({ kind: 'unopened' });
    expect(fundStateOf({ refused: { status: 503, title: '服务暂不可用' } })).toEqual({
      kind: 'unreadable',
      title: '服务暂不可用',
    });
  });

  it('lists every team of the directory in its order, each with its own fund or none', () => {
    const rows = fundRows(
      [team(TEAM, '工程维修一队'), team('0193a000-0000-7000-8000-00000000a002', '工程维修二队')],
      [{ kind: 'unopened' }, { kind: 'open', fund: { teamId: TEAM, sizeFen: 1, balanceFen: 1 } }],
    );
    expect(rows.map((r) => [r.name, r.state.kind])).toEqual([
      ['工程维修一队', 'unopened'],
      ['工程维修二队', 'open'],
    ]);
  });
});

describe('补充周转金: at most what the fund lacks of its size (MNT-13, decisions 0252, 0372)', () => {
  it('sends the yuan typed as integer fen, through the console’s one parser', () => {
    expect(replenishmentBody({ amountYuan: '80' }, DRAWN)).toEqual({ ok: true, body: { amountFen: 8_000 } });
    expect(replenishmentBody({ amountYuan: '０.１', note: '  转账 0001 ' }, DRAWN)).toEqual({
      ok: true,
      body: { amountFen: 10, note: '转账 0001' },
    });
  });

  it('refuses more than it lacks, nothing, a bad amount and a note too long, on their fields', () => {
    expect(replenishmentBody({ amountYuan: '80.01' }, DRAWN)).toEqual({
      ok: false,
      errors: [{ name: 'amountYuan', message: '补充后不能超过额度：最多可补充 ¥80.00' }],
    });
    expect(replenishmentBody({ amountYuan: '0' }, DRAWN)).toMatchObject({
      errors: [{ name: 'amountYuan', message: '补充金额须大于零' }],
    });
    expect(replenishmentBody({ amountYuan: '1.234' }, DRAWN)).toMatchObject({
      errors: [{ name: 'amountYuan', message: '金额最多保留两位小数（精确到分）' }],
    });
    expect(replenishmentBody({}, DRAWN)).toMatchObject({ errors: [{ name: 'amountYuan' }] });
    expect(replenishmentBody({ amountYuan: '1', note: '注'.repeat(201) }, DRAWN)).toEqual({
      ok: false,
      errors: [{ name: 'note', message: '备注最多 200 字' }],
    });
  });

  it('checks the amount as it is typed with the same words as when it is sent', () => {
    expect(replenishmentAmountProblem('80', DRAWN)).toBeUndefined();
    expect(replenishmentAmountProblem('', DRAWN)).toBe('请输入金额');
    expect(replenishmentAmountProblem('100', DRAWN)).toBe('补充后不能超过额度：最多可补充 ¥80.00');
    expect(fundSizeProblem('80.00', DRAWN)).toBeUndefined();
    expect(fundSizeProblem('-1', DRAWN)).toBe('金额不能为负数');
  });

  it('refuses any amount into a full fund', () => {
    const full = fundFigures({ sizeFen: 10_000_000, balanceFen: 10_000_000 });
    expect(replenishmentBody({ amountYuan: '1' }, full)).toEqual({
      ok: false,
      errors: [{ name: 'amountYuan', message: '周转金已达额度，无需补充' }],
    });
  });

  it('MNT-13 (decision 0390): a full fund offers nothing to type and says so once', () => {
    const full = fundFigures({ sizeFen: 10_000_000, balanceFen: 10_000_000 });
    expect(replenishmentOffer(full)).toEqual({ full: true, text: '周转金已达额度，无需补充' });
    // Above its size (before decision 0252) it is full too.
    expect(replenishmentOffer(fundFigures({ sizeFen: 10_000_000, balanceFen: 11_000_000 }))).toMatchObject({
      full: true,
    });
    expect(replenishmentOffer(DRAWN)).toEqual({
      full: false,
      help: '最多可补充 ¥80.00（补足至额度），精确到分',
    });
  });

  it('MNT-13 (decision 0390): an amount refused against a fund topped up meanwhile is checked against it as read again', () => {
    // The dialog opened at ¥60,000 of ¥150,000; someone topped it up to ¥110,000 meanwhile.
    const opened = fundFigures({ sizeFen: 15_000_000, balanceFen: 6_000_000 });
    const reread = fundFigures({ sizeFen: 15_000_000, balanceFen: 11_000_000 });
    expect(replenishmentAmountProblem('90000', opened)).toBeUndefined();
    expect(replenishmentAmountProblem('90000', reread)).toBe('补充后不能超过额度：最多可补充 ¥40,000.00');
    expect(replenishmentOffer(reread)).toMatchObject({
      help: '最多可补充 ¥40,000.00（补足至额度），精确到分',
    });
  });

  it('shows the API’s refusal of `amountFen` on the amount typed in yuan', () => {
    const message = '补充后将超过周转金额度：最多还可补充 80.00 元';
    const refusal: ApiProblem = {
      type: 'about:blank',
      title: '违反业务规则',
      status: 422,
      detail: message,
      code: 'BUSINESS_RULE_VIOLATED',
      errors: [{ field: 'amountFen', message }],
    };
    const shown = presentProblem(refusal, REPLENISHMENT_FIELDS);
    expect(formFieldErrors(shown, REPLENISHMENT_FIELDS, (p) => replenishmentField(p.join('.')))).toEqual([
      { name: 'amountYuan', errors: [message] },
    ]);
    expect(shown.general).toEqual([]);
  });
});

describe('调整额度: a new size not below what is drawn out (MNT-13, decisions 0356, 0372)', () => {
  it('sends the new size in fen with the note, and says what moves', () => {
    expect(fundSizeBody({ sizeYuan: '120000', note: ' 班组扩编 ' }, DRAWN)).toEqual({
      ok: true,
      body: { sizeFen: 12_000_000, note: '班组扩编' },
    });
    expect(fundSizeBody({ sizeYuan: '80' }, DRAWN)).toEqual({ ok: true, body: { sizeFen: 8_000 } });
    expect(resizeEffectText(DRAWN, 12_000_000)).toBe(
      '将从周转金备用金划入 ¥20,000.00，调整后余额 ¥119,920.00',
    );
    expect(resizeEffectText(DRAWN, 5_000_000)).toBe(
      '将把未使用的 ¥50,000.00 退回周转金备用金，调整后余额 ¥49,920.00',
    );
    expect(resizeEffectText(DRAWN, 10_000_000)).toBe('额度不变，不发生资金划转');
  });

  it('refuses a size below what is drawn out, nothing, or above the largest amount', () => {
    expect(fundSizeBody({ sizeYuan: '79.99' }, DRAWN)).toEqual({
      ok: false,
      errors: [{ name: 'sizeYuan', message: '该班组已支用 ¥80.00，额度不能低于此数' }],
    });
    expect(fundSizeBody({ sizeYuan: '0' }, DRAWN)).toMatchObject({
      errors: [{ name: 'sizeYuan', message: '额度须大于零' }],
    });
    expect(fundSizeBody({ sizeYuan: '10000000001' }, DRAWN)).toMatchObject({
      errors: [{ name: 'sizeYuan', message: '金额不能超过 100 亿元' }],
    });
    expect(fundSizeBody({ sizeYuan: 'abc' }, DRAWN)).toMatchObject({ ok: false });
  });

  it('shows the API’s Chinese refusal of `sizeFen` on the new size', () => {
    const message = '该班组已支取未补充 80.00 元，周转金额度不能低于 80.00 元';
    const refusal: ApiProblem = {
      type: 'about:blank',
      title: '违反业务规则',
      status: 422,
      detail: message,
      code: 'BUSINESS_RULE_VIOLATED',
      errors: [{ field: 'sizeFen', message }],
    };
    const shown = presentProblem(refusal, FUND_SIZE_FIELDS);
    expect(formFieldErrors(shown, FUND_SIZE_FIELDS, (p) => fundSizeField(p.join('.')))).toEqual([
      { name: 'sizeYuan', errors: [message] },
    ]);
    // A fund billing has not opened is named by `teamId`, which no field shows: it is said above the form.
    const unopened = presentProblem(
      { ...refusal, errors: [{ field: 'teamId', message: '该维修班组尚无周转金' }] },
      FUND_SIZE_FIELDS,
    );
    expect(unopened.general).toEqual(['teamId：该维修班组尚无周转金']);
  });
});
