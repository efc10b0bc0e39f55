import { DepositKind, DepositStatus, type DepositView } from '@pcs/contracts';
import type { Deposit } from './deposit.entity.js';

export const DEPOSIT_RECORD = 'deposit';

export const depositBalance = (d: Deposit): bigint => d.receivedFen - d.deductedFen - d.refundedFen;

export function depositViews(deposits: Deposit[]): DepositView[] {
  return deposits.map((d) => ({
    id: d.id,
    number: d.number,
    communityId: d.communityId,
    unitId: d.unitId,
    payerPersonId: d.payerPersonId,
    kind: d.kind,
    kindLabel: DepositKind.label(d.kind),
    requiredFen: Number(d.requiredFen),
    receivedFen: Number(d.receivedFen),
    deductedFen: Number(d.deductedFen),
    refundedFen: Number(d.refundedFen),
    balanceFen: Number(depositBalance(d)),
    status: d.status,
    statusLabel: DepositStatus.label(d.status),
    ...(d.refundableFrom ? { refundableFrom: d.refundableFrom } : {}),
  }));
}

export function depositView(d: Deposit): DepositView {
  const [view] = depositViews([d]);
  if (!view) throw new Error(`no view of deposit ${d.id}`);
  return view;
}
