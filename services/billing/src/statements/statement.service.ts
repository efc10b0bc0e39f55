import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  CreditEntryKind,
  DomainError,
  type CreditEntryView,
  seesAllCommunities,
  type ClearanceView,
  type GetClearanceV1,
  type GetStatementV1,
  type StatementView,
} from '@pcs/contracts';
import { CallContext } from '@pcs/platform';
import { rebillNeededOf } from '../billing-runs/rebill-needed.js';
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
    const creditEntries = await this.creditEntries(em, unitId, payerPersonId);
    const { companyId } = CallContext.actor();
    return {
      unitId,
      owedFen: Number(bills.filter((b) => b.status === 'open').reduce((s, b) => s + outstandingOf(b), 0n)),
      creditFen: creditEntries.reduce((sum, e) => sum + e.amountFen, 0),
      bills: await billViews(em, bills),
      payments: await paymentViews(em, payments),
      deposits: depositViews(deposits),
      creditEntries,
      // Decision 0387: months whose change of payers finance must re-bill by hand.
      rebillNeeded: await rebillNeededOf(em, companyId, unitId),
      asOf: now.toISOString(),
    };
  }

  /**
   * The movements of the unit's payers' credit balances (decision 0203), from the ledger: every
   * entry of their prepayment accounts, in the caller's communities (GEN-5). Their sum is the credit.
   */
  private async creditEntries(
    em: EntityManager,
    unitId: string,
    payerPersonId: string | undefined,
  ): Promise<CreditEntryView[]> {
    const { companyId, communities } = CallContext.actor();
    const scoped = seesAllCommunities({ communities }) ? '' : 'and a.community_id in (?)';
    const rows = await em.execute<
      {
        kind: string;
        person_id: string;
        amount: string;
        description: string;
        at: Date;
        reference: string | null;
      }[]
    >(
      `select t.kind, a.person_id, (-e.amount_fen)::text as amount, t.description, t.posted_at as at,
              coalesce(p.receipt_number, b.number) as reference
       from ledger_entry e join account a on a.id = e.account_id
       join ledger_transaction t on t.id = e.transaction_id
       left join payment p on p.id = t.reference_id and t.kind in ('payment', 'payment-reversal')
       left join bill b on b.id = t.reference_id and t.kind in ('credit-applied', 'credit-note', 'credit-unapplied')
       where a.company_id = ? and a.kind = 'prepayment' and a.unit_id = ?
       ${payerPersonId ? 'and a.person_id = ?' : ''} ${scoped}
       order by t.posted_at, t.id`,
      [companyId, unitId, ...(payerPersonId ? [payerPersonId] : []), ...(scoped ? [communities] : [])],
    );
    return rows.map((row) => {
      const amountFen = Number(row.amount);
      const kind = creditEntryKindOf(row.kind, amountFen);
      return {
        kind,
        kindLabel: CreditEntryKind.label(kind),
        payerPersonId: row.person_id,
        amountFen,
        ...(row.reference ? { reference: row.reference } : {}),
        description: row.description,
        at: new Date(row.at).toISOString(),
      };
    });
  }
}

/**
 * The ledger movement kinds that touch a credit balance, as the statement names them. Decision 0388:
 * what a bill cancelled whole gives back (decision 0364: a payment's share, by a `credit-note`, or the
 * credit set against it at issue, by the `credit-applied` movement reversed) is `returned`, not credit
 * spent; what a payment's reversal takes back from a bill its credit paid is `unapplied` (0385).
 */
function creditEntryKindOf(movementKind: string, amountFen: number): CreditEntryKind {
  switch (movementKind) {
    case 'payment':
      return 'overpayment';
    case 'credit-applied':
      return amountFen > 0 ? 'returned' : 'applied';
    case 'credit-note':
      return 'returned';
    case 'credit-unapplied':
      return 'unapplied';
    case 'credit-refund':
      return 'refund';
    case 'payment-reversal':
      return 'reversal';
    default:
      return amountFen > 0 ? 'returned' : 'applied';
  }
}
