import { mayCall, type OperationRoles } from '../permissions/operation-roles';
import type { FormParse } from '../common/parse-errors';
import { formatFen } from './money';

/**
 * A payment whose amount goes beyond what the unit owes by more than this (¥1,000) is recorded only
 * after the cashier confirms it, both amounts shown (decision 0312): an overpayment is kept as credit
 * (BIL-5), so the API takes it, and an extra zero typed by mistake would otherwise become a receipt.
 */
export const CONFIRM_OVERPAYMENT_ABOVE_FEN = 100_000;

/** An amount well beyond the unit's debt: what is paid, what is owed, what would become credit. */
export interface Overpayment {
  amountFen: number;
  owedFen: number;
  creditFen: number;
}

/** Whether a payment of `amountFen` against a unit owing `owedFen` needs the cashier's confirmation. */
export function overpayment(amountFen: number, owedFen: number): Overpayment | undefined {
  const owed = Math.max(owedFen, 0);
  const creditFen = amountFen - owed;
  return creditFen > CONFIRM_OVERPAYMENT_ABOVE_FEN ? { amountFen, owedFen: owed, creditFen } : undefined;
}

/** The confirmation's text, both amounts in yuan. */
export function overpaymentText({ amountFen, owedFen, creditFen }: Overpayment): string {
  return (
    `收款金额 ${formatFen(amountFen)} 远超该房屋欠费 ${formatFen(owedFen)}，` +
    `多出的 ${formatFen(creditFen)} 将转入预存余额。请核对金额无误后再确认收款。`
  );
}

/** A payment as the statement lists it, as far as a reversal is concerned. */
export interface PaymentRow {
  status: string;
}

/**
 * BIL-6: whether the account offers 冲回 on a payment: one still recorded (a reversed one is
 * reversed already), to a role the gateway lets reverse payments (`reversePayment`).
 */
export function mayReverse(payment: PaymentRow, roles: readonly string[], table: OperationRoles): boolean {
  return payment.status === 'recorded' && mayCall(table, 'reversePayment', roles);
}

/** The reversal form's fields as problem details name them. */
export const REVERSAL_FIELDS: Readonly<Record<string, string>> = { reason: '冲回原因' };

/** The longest reason the API takes (`PaymentReversalBodyV1`). */
export const REVERSAL_REASON_MAX = 500;

/** The reversal form as the body of `POST /payments/{id}/reversal`: the reason, said and trimmed. */
export function reversalBody(values: { reason?: string }): FormParse<{ reason: string }, 'reason'> {
  const reason = values.reason?.trim() ?? '';
  if (!reason) return { ok: false, errors: [{ name: 'reason', message: '请填写冲回原因' }] };
  if (reason.length > REVERSAL_REASON_MAX) {
    return { ok: false, errors: [{ name: 'reason', message: `冲回原因最多 ${REVERSAL_REASON_MAX} 字` }] };
  }
  return { ok: true, body: { reason } };
}
