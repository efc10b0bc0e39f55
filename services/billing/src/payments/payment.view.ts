import type { EntityManager } from '@mikro-orm/postgresql';
import { PaymentMethod, PaymentStatus, type PaymentView } from '@pcs/contracts';
import { Bill } from '../bills/bill.entity.js';
import { PaymentAllocation } from './payment-allocation.entity.js';
import type { Payment } from './payment.entity.js';

export const PAYMENT_RECORD = 'payment';

/** The payments with their allocations netted per bill (a reversal's negative rows included). */
export async function paymentViews(em: EntityManager, payments: Payment[]): Promise<PaymentView[]> {
  if (payments.length === 0) return [];
  const allocations = await em.find(
    PaymentAllocation,
    { paymentId: { $in: payments.map((p) => p.id) } },
    { orderBy: { at: 'asc', id: 'asc' }, filters: false },
  );
  const bills = await em.find(
    Bill,
    { id: { $in: [...new Set(allocations.map((a) => a.billId))] } },
    { filters: false },
  );
  const numbers = new Map(bills.map((b) => [b.id, b.number]));
  return payments.map((p) =>
    paymentViewOf(
      p,
      allocations.filter((a) => a.paymentId === p.id),
      numbers,
    ),
  );
}

/** A payment's view from its allocation rows and the numbers of the bills they name, read already. */
export function paymentViewOf(
  p: Payment,
  allocations: readonly Pick<PaymentAllocation, 'billId' | 'amountFen'>[],
  billNumbers: ReadonlyMap<string, string>,
): PaymentView {
  const perBill = new Map<string, bigint>();
  for (const a of allocations)
    if (a.amountFen > 0n) perBill.set(a.billId, (perBill.get(a.billId) ?? 0n) + a.amountFen);
  const allocated = [...perBill.values()].reduce((s, v) => s + v, 0n);
  return {
    id: p.id,
    receiptNumber: p.receiptNumber,
    communityId: p.communityId,
    unitId: p.unitId,
    ...(p.payerPersonId ? { payerPersonId: p.payerPersonId } : {}),
    ...(p.payerName ? { payerName: p.payerName } : {}),
    method: p.method,
    methodLabel: PaymentMethod.label(p.method),
    amountFen: Number(p.amountFen),
    allocatedFen: Number(allocated),
    creditFen: Number(p.creditFen),
    allocations: [...perBill].map(([billId, amount]) => ({
      billId,
      billNumber: billNumbers.get(billId) ?? '',
      amountFen: Number(amount),
    })),
    ...(p.externalTransactionId ? { externalTransactionId: p.externalTransactionId } : {}),
    status: p.status,
    statusLabel: PaymentStatus.label(p.status),
    receivedAt: p.receivedAt.toISOString(),
  };
}

export async function paymentView(em: EntityManager, payment: Payment): Promise<PaymentView> {
  const [view] = await paymentViews(em, [payment]);
  if (!view) throw new Error(`no view of payment ${payment.id}`);
  return view;
}
