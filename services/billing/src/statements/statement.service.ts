import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  seesAllCommunities,
  type ClearanceView,
  type GetClearanceV1,
  type GetStatementV1,
  type StatementView,
} from '@pcs/contracts';
import { CallContext } from '@pcs/platform';
import { Bill } from '../bills/bill.entity.js';
import { billViews, outstandingOf } from '../bills/bill.view.js';
import { Clock } from '../clock/clock.js';
import { Deposit } from '../deposits/deposit.entity.js';
import { depositViews } from '../deposits/deposit.view.js';
import { Payment } from '../payments/payment.entity.js';
import { paymentViews } from '../payments/payment.view.js';

/** BIL-11 clearance and the unit's statement, read in the caller's communities (GEN-5). */
@Injectable()
export class StatementService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /**
   * BIL-11: what the unit (or one payer of it, with the unit's own bills) still owes, item by item.
   * A unit billing has never heard of owes nothing.
   */
  async clearance(query: GetClearanceV1): Promise<ClearanceView> {
    const where: Record<string, unknown> = { unitId: query.unitId, status: 'open' };
    if (query.payerPersonId) where['$or'] = [{ payerPersonId: query.payerPersonId }, { payerPersonId: null }];
    const open = await this.em.fork().find(Bill, where, { orderBy: { dueDate: 'asc', number: 'asc' } });
    const openItems = open
      .filter((b) => outstandingOf(b) > 0n)
      .map((b) => ({
        kind: 'bill',
        number: b.number,
        description: b.description,
        amountFen: Number(outstandingOf(b)),
        dueDate: b.dueDate,
      }));
    return {
      unitId: query.unitId,
      clear: openItems.length === 0,
      totalOwedFen: openItems.reduce((s, i) => s + i.amountFen, 0),
      openItems,
      asOf: this.clock.now().toISOString(),
    };
  }

  async statement(query: GetStatementV1): Promise<StatementView> {
    const view = await this.statementIn(this.em.fork(), query.unitId, query.payerPersonId, this.clock.now());
    if (view.bills.length === 0 && view.payments.length === 0 && view.deposits.length === 0)
      throw DomainError.notFound('UNIT_NOT_FOUND');
    return view;
  }

  async statementIn(
    em: EntityManager,
    unitId: string,
    payerPersonId: string | undefined,
    now: Date,
  ): Promise<StatementView> {
    const payerWhere = payerPersonId ? { payerPersonId } : {};
    const bills = await em.find(
      Bill,
      payerPersonId ? { unitId, $or: [{ payerPersonId }, { payerPersonId: null }] } : { unitId },
      { orderBy: { issuedAt: 'asc', number: 'asc' } },
    );
    const payments = await em.find(
      Payment,
      { unitId, ...payerWhere },
      { orderBy: { receivedAt: 'asc', id: 'asc' } },
    );
    const deposits = await em.find(
      Deposit,
      { unitId, ...payerWhere },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const { companyId, communities } = CallContext.actor();
    // The credit balances of the unit's payers, in the caller's communities (GEN-5).
    const scoped = seesAllCommunities({ communities }) ? '' : 'and a.community_id in (?)';
    const [credit] = await em.execute<{ credit: string | null }[]>(
      `select -sum(e.amount_fen) as credit from ledger_entry e join account a on a.id = e.account_id
       where a.company_id = ? and a.kind = 'prepayment' and a.unit_id = ?
       ${payerPersonId ? 'and a.person_id = ?' : ''} ${scoped}`,
      [companyId, unitId, ...(payerPersonId ? [payerPersonId] : []), ...(scoped ? [communities] : [])],
    );
    return {
      unitId,
      owedFen: Number(bills.filter((b) => b.status === 'open').reduce((s, b) => s + outstandingOf(b), 0n)),
      creditFen: Number(credit?.credit ?? 0),
      bills: await billViews(em, bills),
      payments: await paymentViews(em, payments),
      deposits: depositViews(deposits),
      asOf: now.toISOString(),
    };
  }
}
