import { labelledCodes, type CodeOf } from '@pcs/contracts';

/**
 * BIL-12: the kinds of ledger account. Amounts are signed fen, debit positive: a receivable or a fund
 * has a positive balance, what billing owes (a deposit held, a credit balance, income) a negative one.
 */
export const AccountKind = labelledCodes({
  receivable: '应收账款',
  prepayment: '预收款（余额）',
  deposit: '押金',
  'quality-deposit': '工程质量保证金',
  'contractor-receivable': '应收承包商款',
  'revolving-fund': '周转金',
  income: '收入',
  clearing: '资金清算',
  expense: '支出',
});
export type AccountKind = CodeOf<typeof AccountKind>;
