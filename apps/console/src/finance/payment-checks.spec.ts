import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { operationRolesOf, type OpenApiDocument } from '../permissions/operation-roles';
import {
  CONFIRM_OVERPAYMENT_ABOVE_FEN,
  mayReverse,
  overpayment,
  overpaymentText,
  reversalBody,
} from './payment-checks';

describe('a payment well beyond what the unit owes is confirmed first (BIL-5, decision 0312)', () => {
  it('asks for ¥9,999,999,999.99 against a debt of ¥1,023.40, showing both amounts', () => {
    const beyond = overpayment(999_999_999_999, 102_340);
    expect(beyond).toEqual({ amountFen: 999_999_999_999, owedFen: 102_340, creditFen: 999_999_897_659 });
    expect(overpaymentText(beyond!)).toBe(
      '收款金额 ¥9,999,999,999.99 远超该房屋欠费 ¥1,023.40，多出的 ¥9,999,998,976.59 将转入预存余额。' +
        '请核对金额无误后再确认收款。',
    );
  });

  it('takes the debt, a part of it, or a little more (rounded up) without a question', () => {
    expect(overpayment(102_340, 102_340)).toBeUndefined();
    expect(overpayment(10_010, 102_340)).toBeUndefined();
    expect(overpayment(110_000, 102_340)).toBeUndefined();
    expect(overpayment(102_340 + CONFIRM_OVERPAYMENT_ABOVE_FEN, 102_340)).toBeUndefined();
  });

  it('asks as soon as the credit it would make is more than ¥1,000, a debt of nothing included', () => {
    expect(overpayment(102_340 + CONFIRM_OVERPAYMENT_ABOVE_FEN + 1, 102_340)?.creditFen).toBe(100_001);
    expect(overpayment(120_000, 0)).toEqual({ amountFen: 120_000, owedFen: 0, creditFen: 120_000 });
    expect(overpayment(120_000, -5_000)).toEqual({ amountFen: 120_000, owedFen: 0, creditFen: 120_000 });
  });
});

describe('a recorded payment can be reversed from the account (BIL-6, decision 0312)', () => {
  // The gateway's own table (`x-roles`), as the console is built with it.
  const table = operationRolesOf(
    JSON.parse(
      readFileSync(new URL('../../../../docs/openapi.json', import.meta.url), 'utf8'),
    ) as OpenApiDocument,
  );

  it('offers 冲回 to finance and the customer-service manager, on a payment still recorded', () => {
    expect(mayReverse({ status: 'recorded' }, ['finance'], table)).toBe(true);
    expect(mayReverse({ status: 'recorded' }, ['cs-manager'], table)).toBe(true);
    expect(mayReverse({ status: 'reversed' }, ['finance'], table)).toBe(false);
    expect(mayReverse({ status: 'recorded' }, ['front-desk', 'cs-supervisor'], table)).toBe(false);
  });

  it('sends the reason trimmed, and refuses an empty or too long one in Chinese', () => {
    expect(reversalBody({ reason: '  金额录入错误，多打了四个零 ' })).toEqual({
      ok: true,
      body: { reason: '金额录入错误，多打了四个零' },
    });
    expect(reversalBody({ reason: '   ' })).toEqual({
      ok: false,
      errors: [{ name: 'reason', message: '请填写冲回原因' }],
    });
    expect(reversalBody({})).toEqual({ ok: false, errors: [{ name: 'reason', message: '请填写冲回原因' }] });
    expect(reversalBody({ reason: '错'.repeat(501) })).toEqual({
      ok: false,
      errors: [{ name: 'reason', message: '冲回原因最多 500 字' }],
    });
  });
});
