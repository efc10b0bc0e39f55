import { labelledCodes, type CodeOf } from '../common/labelled-codes.js';

/** BIL-5: how a payment was made. */
export const PaymentMethod = labelledCodes({
  cash: '现金',
  'bank-transfer': '银行转账',
  'wechat-pay': '微信支付',
  alipay: '支付宝',
  card: '银行卡',
});
export type PaymentMethod = CodeOf<typeof PaymentMethod>;

/** Where a bill came from: each source bills its key once (BIL-2, BIL-7, decision 0030). */
export const BillSource = labelledCodes({
  periodic: '周期费用',
  'charge-request': '手续费用',
  'work-order': '有偿服务',
  'deposit-shortfall': '押金不足部分',
  'late-fee': '滞纳金',
  'shared-meter': '公共能耗分摊',
  metered: '抄表计费',
});
export type BillSource = CodeOf<typeof BillSource>;

export const BillStatus = labelledCodes({
  open: '待缴',
  paid: '已缴清',
  cancelled: '已冲销',
});
export type BillStatus = CodeOf<typeof BillStatus>;

export const PaymentStatus = labelledCodes({
  recorded: '已收款',
  reversed: '已冲回',
});
export type PaymentStatus = CodeOf<typeof PaymentStatus>;

/**
 * BIL-5, BIL-6: what moved a payer's credit balance (余额), as the statement lists it: an overpayment
 * adds to it; a new bill set against it, a refund or a reversal takes from it (decisions 0202, 0203).
 * What a bill cancelled whole gave back (`returned`, decision 0364) and what a reversed payment took
 * back from the bills its credit had paid (`unapplied`, decision 0385) add to it (decision 0388).
 */
export const CreditEntryKind = labelledCodes({
  overpayment: '多缴转入余额',
  applied: '余额抵扣账单',
  refund: '余额退款',
  reversal: '冲回收款转出余额',
  returned: '冲销转入余额',
  unapplied: '撤销抵扣转入余额',
});
export type CreditEntryKind = CodeOf<typeof CreditEntryKind>;

/** BIL-8: the deposits billing holds per unit and payer. */
export const DepositKind = labelledCodes({
  decoration: '装修押金',
  contract: '合同押金',
});
export type DepositKind = CodeOf<typeof DepositKind>;

/** BIL-8: received → held → partly deducted → refunded (the balance). */
export const DepositStatus = labelledCodes({
  'awaiting-payment': '待缴纳',
  held: '持有中',
  refunded: '已退还',
  cancelled: '已取消',
});
export type DepositStatus = CodeOf<typeof DepositStatus>;

/** BIL-1: how a periodic fee item is priced each month. */
export const FeeBasis = labelledCodes({
  'per-square-metre': '按建筑面积计费（元/平方米·月）',
  fixed: '固定金额（元/月）',
  metered: '按表计量（元/度、吨或小时，逐月抄表）',
});
export type FeeBasis = CodeOf<typeof FeeBasis>;

/** Decision 0388: the basis label of a `fixed` item charged once each time (元/次, decision 0361). */
export const ONE_OFF_BASIS_LABEL = '一次性收费（元/次）';

/**
 * BIL-1, decision 0361: what a fee item's rate is per, by kind of item: per m² of floor area a month,
 * per unit a month, per time charged (a one-off charge or a paid service), or per unit of a meter's
 * usage (度, 吨, 小时; `per-usage` for a meter billing does not recognise by its item's code).
 */
export const RateUnit = labelledCodes({
  'per-square-metre-month': '元/平方米·月',
  'per-month': '元/月',
  'per-time': '元/次',
  'per-kwh': '元/度',
  'per-tonne': '元/吨',
  'per-hour': '元/小时',
  'per-usage': '元/用量',
});
export type RateUnit = CodeOf<typeof RateUnit>;

/**
 * BIL-1, decisions 0101, 0258: the items charged once each time (move-in fees, the decoration deposit
 * and waste removal, a paid service), whose `fixed` rate is the price charged, never a monthly fee.
 */
export const ONE_OFF_ITEM_CODES: readonly string[] = Object.freeze([
  'move-in-fees',
  'decoration-deposit',
  'decoration-waste-removal',
  'paid-service',
]);

/** Decision 0361: the unit of the usage a metered item's meter counts, by the item's code. */
const METERED_UNIT_OF_CODE: Readonly<Record<string, RateUnit>> = Object.freeze({
  water: 'per-tonne',
  'hot-water': 'per-tonne',
  electricity: 'per-kwh',
  'overtime-air-conditioning': 'per-hour',
  'air-conditioning-overtime': 'per-hour',
});

/** BIL-1, decision 0361: what an item's rate is per, from its basis and code. */
export function rateUnitOf(item: { basis: FeeBasis; code: string }): RateUnit {
  switch (item.basis) {
    case 'per-square-metre':
      return 'per-square-metre-month';
    case 'fixed':
      return ONE_OFF_ITEM_CODES.includes(item.code) ? 'per-time' : 'per-month';
    case 'metered':
      return METERED_UNIT_OF_CODE[item.code] ?? 'per-usage';
  }
}

/**
 * BIL-1, decision 0388: an item's basis as the API labels it, agreeing with its rate's unit: a one-off
 * item (`fixed`, 元/次) is 「一次性收费（元/次）」, never 「固定金额（元/月）」; any other item its basis's label.
 */
export function basisLabelOf(item: { basis: FeeBasis; code: string }): string {
  return rateUnitOf(item) === 'per-time' ? ONE_OFF_BASIS_LABEL : FeeBasis.label(item.basis);
}

/**
 * BIL-2, BIL-6, decision 0387: why a month whose holders changed was not re-billed automatically and
 * is left to finance (the unit's account lists it as `rebillNeeded`).
 */
export const RebillCause = labelledCodes({
  'credit-noted': '该月账单已开具红字冲销（减免），需财务按现缴费人重新开具',
  'paid-without-payer': '该月账单由无缴费人的收款支付，需财务按现缴费人重新开具',
});
export type RebillCause = CodeOf<typeof RebillCause>;

export const BillingRunStatus = labelledCodes({
  running: '进行中',
  completed: '已完成',
});
export type BillingRunStatus = CodeOf<typeof BillingRunStatus>;

/** BIL-4: the reminders an unpaid bill has come to, by days past its due date. */
export const ReminderStage = labelledCodes({
  none: '未到催缴期',
  'day-15': '逾期15天催缴',
  'day-30': '逾期30天催缴',
  'day-60': '逾期60天催缴',
});
export type ReminderStage = CodeOf<typeof ReminderStage>;

/** BIL-13: how a fee item's late fee accrues. */
export const LateFeeKind = labelledCodes({
  'daily-rate': '按日计收（万分之/日）',
  fixed: '固定金额',
});
export type LateFeeKind = CodeOf<typeof LateFeeKind>;

/**
 * BIL-10 (decision 0393): what moved a contractor's quality guarantee deposit. A receipt adds to it; a
 * type-A deduction (MNT-9) and a release take from it; a shortfall is the part of a deduction the
 * deposit could not cover, owed by the contractor (decision 0103).
 */
export const QualityDepositMovementKind = labelledCodes({
  received: '收取',
  deduction: '扣除',
  shortfall: '欠缴',
  released: '退还',
});
export type QualityDepositMovementKind = CodeOf<typeof QualityDepositMovementKind>;
