import { labelledCodes, type CodeOf } from '../../common/labelled-codes.js';

/** Why residents asks billing to charge a unit. */
export const ChargePurpose = labelledCodes({
  'move-in': '入住费用',
  'tenant-move-in': '租户入住合同押金',
  decoration: '装修押金及垃圾清运费',
  'move-out-damage': '迁出损坏赔偿',
});
export type ChargePurpose = CodeOf<typeof ChargePurpose>;

/** What is charged. Billing prices items without an amount from the company's fee items (BIL-1). */
export const ChargeItemCode = labelledCodes({
  'move-in-fees': '入住费用',
  /** A tenant's contract deposit (合同押金), held as a deposit (BIL-8); the amount is the lease's. */
  'contract-deposit': '合同押金',
  'decoration-deposit': '装修押金',
  'decoration-waste-removal': '装修垃圾清运费',
  'damage-to-account': '损坏赔偿（计入账户）',
  'damage-from-deposit': '损坏赔偿（押金扣除）',
});
export type ChargeItemCode = CodeOf<typeof ChargeItemCode>;

/** How far billing got with a charge request (`ChargeRequestStatus`), in Chinese for a procedure's view. */
export const ChargeRequestProgress = labelledCodes({
  unknown: '暂未获知',
  pending: '待开账',
  billed: '已开账待缴',
  settled: '已缴清',
  cancelled: '已撤回',
});
