import type { EntityManager } from '@mikro-orm/postgresql';
import { canAccessCommunity, DomainError } from '@pcs/contracts';
import { CallContext } from '@pcs/platform';

/**
 * Decision 0201: money is taken only from a payer billing knows for the unit: an occupant of it in
 * residents' replica, or a payer of one of its bills, deposits or accounts (decision 0105).
 */
export async function assertPayerOfUnit(
  em: EntityManager,
  companyId: string,
  unitId: string,
  payerPersonId: string,
): Promise<void> {
  const [row] = await em.execute<{ known: boolean }[]>(
    `select exists (select 1 from occupancy_replica where company_id = ? and unit_id = ? and person_id = ?)
         or exists (select 1 from account where company_id = ? and unit_id = ? and person_id = ?)
         or exists (select 1 from deposit where company_id = ? and unit_id = ? and payer_person_id = ?)
         as known`,
    [companyId, unitId, payerPersonId, companyId, unitId, payerPersonId, companyId, unitId, payerPersonId],
  );
  if (row?.known) return;
  const message = '缴款人不是该房屋的住户，也未在该房屋产生过账单或押金';
  throw new DomainError('PAYER_NOT_OF_UNIT', message, {
    field: 'payerPersonId',
    errors: [{ field: 'payerPersonId', message }],
  });
}

/**
 * Decision 0209: one bank, WeChat Pay or Alipay transaction is one receipt of money, a payment or a
 * deposit. Payments and deposits entering the same id wait for each other here, until commit, so
 * each sees what the other recorded.
 */
export async function lockExternalTransaction(
  em: EntityManager,
  companyId: string,
  method: string,
  externalTransactionId: string,
): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [
    `billing:external-transaction:${companyId}:${method}:${externalTransactionId}`,
  ]);
}

/**
 * Decision 0209: the transfer already paid a payment or received a deposit, 409 naming
 * `externalTransactionId`. The check is company-wide (one transfer is one movement of money), but the
 * record's number is shown only to a caller who may see its community (GEN-5, decision 0251).
 */
export function transactionReused(
  message: string,
  record: { communityId: string; number: string },
  numberField: 'receiptNumber' | 'depositNumber',
): DomainError {
  const visible = canAccessCommunity(CallContext.actor(), record.communityId);
  return new DomainError('EXTERNAL_TRANSACTION_REUSED', message, {
    field: 'externalTransactionId',
    errors: [{ field: 'externalTransactionId', message }],
    ...(visible ? { [numberField]: record.number } : {}),
  });
}
