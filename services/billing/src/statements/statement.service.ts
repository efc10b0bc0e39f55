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
import { UnitReplica } from '../billing-runs/unit-replica.entity.js';
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
   * A unit billing knows but has never billed owes nothing; one outside the caller's communities, or
   * unknown, is UNIT_NOT_FOUND as for its statement (GEN-5), never "clear".
   */
  async clearance(query: GetClearanceV1): Promise<ClearanceView> {
    const em = this.em.fork();
    await this.communityOfUnit(em, query.unitId);
    const where: Record<string, unknown> = { unitId: query.unitId, status: 'open' };
    if (query.payerPersonId) where['$or'] = [{ payerPersonId: query.payerPersonId }, { payerPersonId: null }];
    const open = await em.find(Bill, where, { orderBy: { dueDate: 'asc', number: 'asc' } });
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
    const em = this.em.fork();
    await this.communityOfUnit(em, query.unitId);
    return this.statementIn(em, query.unitId, query.payerPersonId, this.clock.now());
  }

  /**
   * GEN-5: the community of a unit the caller may see, else UNIT_NOT_FOUND (decision 0196). Billing
   * knows a unit by residents' description of it (the replica the billing run reads) or, before that
   * arrives, by its bills and deposits (decision 0105); all are read through the tenant filter, so a
   * unit of another community or company is not found. Every unit route asks this one check.
   */
  async communityOfUnit(em: EntityManager, unitId: string): Promise<string> {
    const unit = await em.findOne(UnitReplica, { unitId }, { fields: ['communityId'] });
    if (unit) return unit.communityId;
    const bill = await em.findOne(Bill, { unitId }, { fields: ['communityId'] });
    if (bill) return bill.communityId;
    const deposit = await em.findOne(Deposit, { unitId }, { fields: ['communityId'] });
    if (deposit) return deposit.communityId;
    throw DomainError.notFound('UNIT_NOT_FOUND');
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
