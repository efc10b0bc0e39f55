import { describe, expect, it } from '@jest/globals';
import { validatePayload } from '../validation/validate-payload.js';
import {
  CreditNoteBodyV1,
  CreditRefundBodyV1,
  DepositDeductionBodyV1,
  DepositRefundBodyV1,
  FeeItemRateBodyV1,
  LateFeeWaiverBodyV1,
  PaymentBodyV1,
  PaymentReversalBodyV1,
  QualityDepositReceiptBodyV1,
  ReceiveDepositV1,
  RevolvingFundReplenishmentBodyV1,
  RevolvingFundSizeBodyV1,
} from '../index.js';

const ID = '0194f3a2-7c1e-7d3b-9a4e-5b6c7d8e9f01';

/** Each body staff send to billing with a valid payload, and the texts in it that a person writes. */
const CASES: [string, new () => object, Record<string, unknown>, string[]][] = [
  [
    'BIL-1 fee item',
    FeeItemRateBodyV1,
    { name: '物业管理费', basis: 'per-square-metre', rateFen: 250, effectiveFrom: '2026-01-01' },
    ['name'],
  ],
  [
    'BIL-5 payment',
    PaymentBodyV1,
    { payerPersonId: ID, method: 'cash', amountFen: 26_850, note: '前台现金' },
    ['note'],
  ],
  ['BIL-6 reversal', PaymentReversalBodyV1, { reason: '收款录错房号' }, ['reason']],
  [
    'BIL-6 credit refund',
    CreditRefundBodyV1,
    { payerPersonId: ID, amountFen: 1_000, method: 'bank-transfer', reason: '多缴退还' },
    ['reason'],
  ],
  ['BIL-6 credit note', CreditNoteBodyV1, { amountFen: 1_200, reason: '面积更正' }, ['reason']],
  ['BIL-8 deduction', DepositDeductionBodyV1, { amountFen: 50_000, reason: '损坏公共走廊墙面' }, ['reason']],
  [
    'BIL-8 refund',
    DepositRefundBodyV1,
    { method: 'bank-transfer', reason: '装修验收合格满90天' },
    ['reason'],
  ],
  [
    'BIL-8 deposit at the cashier',
    ReceiveDepositV1,
    { unitId: ID, payerPersonId: ID, kind: 'contract', amountFen: 600_000, method: 'cash', note: '租赁押金' },
    ['note'],
  ],
  [
    'BIL-10 quality deposit',
    QualityDepositReceiptBodyV1,
    { contractorName: '广州安居维修工程有限公司', amountFen: 5_000_000, note: '年度质保金' },
    ['contractorName', 'note'],
  ],
  ['BIL-13 waiver', LateFeeWaiverBodyV1, { reason: '业主首次逾期，经理批准减免' }, ['reason']],
  [
    'MNT-13 replenishment',
    RevolvingFundReplenishmentBodyV1,
    { amountFen: 1_000_000, note: '月度补充' },
    ['note'],
  ],
  ['MNT-13 fund size', RevolvingFundSizeBodyV1, { sizeFen: 15_000_000, note: '大额维修结算' }, ['note']],
];

describe('texts finance staff write are not blank (400 naming the field)', () => {
  it.each(CASES)('%s: the valid payload passes', (_name, cls, payload) => {
    expect(validatePayload(cls, payload)).toMatchObject({ ok: true });
  });

  it.each(CASES)(
    '%s: only spaces, tabs or line breaks are refused naming the field',
    (_name, cls, payload, fields) => {
      for (const field of fields) {
        for (const blank of ['   ', '\t\n', '\u3000']) {
          const result = validatePayload(cls, { ...payload, [field]: blank });
          expect({ field, blank, result }).toMatchObject({
            field,
            result: { ok: false, errors: expect.arrayContaining([expect.objectContaining({ field })]) },
          });
        }
      }
    },
  );
});
