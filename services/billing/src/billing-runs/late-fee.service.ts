import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  AccrueLateFees,
  canAccessCommunity,
  DomainError,
  WaiveLateFee,
  type AccrueLateFeesV1,
  type BillView,
  type LateFeeAccrualView,
  type LateFeeTermsV1,
  type WaiveLateFeeV1,
} from '@pcs/contracts';
import { CallContext, CommunityTimeZones, lockRecord, runCommand } from '@pcs/platform';
import { localDateOf } from '@pcs/work-calendar';
import { BillIssuer } from '../bills/bill-issuer.js';
import { Bill } from '../bills/bill.entity.js';
import { BillService } from '../bills/bill.service.js';
import { billView, outstandingOf } from '../bills/bill.view.js';
import { Clock } from '../clock/clock.js';
import { lateFeeDue } from './late-fee.rules.js';

/** BIL-13: late fees accrued as bills of their own, and waived only with a cs-manager's approval. */
@Injectable()
export class LateFeeService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly issuer: BillIssuer,
    private readonly bills: BillService,
    private readonly timeZones: CommunityTimeZones,
  ) {}

  /**
   * Each unpaid line of a periodic or metered bill issued with late-fee terms (its item's then, decision
   * 0346): what it has accrued by
   * `asOf`, less what earlier accruals already charged (waived ones included), as a new bill. The
   * same day twice charges nothing more. Never as of a day after today in the community's time zone:
   * that would charge today what has not accrued yet (decision 0196).
   */
  accrue(command: AccrueLateFeesV1): Promise<LateFeeAccrualView> {
    return runCommand(this.em, AccrueLateFees, command, {
      change: async (em) => {
        const actor = CallContext.actor();
        if (!canAccessCommunity(actor, command.communityId))
          throw DomainError.notFound('COMMUNITY_NOT_FOUND');
        const timeZone = await this.timeZones.timeZoneOf(em, actor.companyId, command.communityId);
        const today = localDateOf(this.clock.now(), timeZone);
        if (command.asOf > today)
          throw DomainError.validation([{ field: 'asOf', message: `asOf cannot be after today (${today})` }]);
        const lines = await em.execute<
          {
            line_id: string;
            bill_id: string;
            number: string;
            unit_id: string;
            payer_person_id: string | null;
            description: string;
            due_date: string;
            principal: string;
            terms: LateFeeTermsV1;
            charged: string;
          }[]
        >(
          `select l.id as line_id, b.id as bill_id, b.number, b.unit_id, b.payer_person_id, l.description,
                  to_char(b.due_date, 'YYYY-MM-DD') as due_date,
                  (l.amount_fen - l.paid_fen - l.credited_fen)::text as principal, l.late_fee as terms,
                  coalesce((select sum(f.amount_fen) from bill f where f.company_id = b.company_id
                             and f.source = 'late-fee' and f.source_key like l.id || ':%'), 0)::text as charged
           from bill b join bill_line l on l.bill_id = b.id
           where b.company_id = ? and b.community_id = ? and b.source in ('periodic', 'metered') and b.status = 'open'
             and b.due_date < ? and l.late_fee is not null and l.amount_fen > l.paid_fen + l.credited_fen
           order by b.due_date, b.number, l.line_no
           for update of b`,
          [actor.companyId, command.communityId, command.asOf],
        );
        let billsIssued = 0;
        let totalFen = 0n;
        const now = this.clock.now();
        for (const line of lines) {
          const due = lateFeeDue(line.terms, BigInt(line.principal), line.due_date, command.asOf);
          const amountFen = due - BigInt(line.charged);
          if (amountFen <= 0n) continue;
          const bill = await this.issuer.issue(em, {
            companyId: actor.companyId,
            communityId: command.communityId,
            unitId: line.unit_id,
            ...(line.payer_person_id ? { payerPersonId: line.payer_person_id } : {}),
            source: 'late-fee',
            sourceKey: `${line.line_id}:${command.asOf}`,
            description: `滞纳金：${line.number} ${line.description}（截至${command.asOf}）`,
            lines: [{ itemCode: 'late-fee', description: `${line.number} 滞纳金`, amountFen }],
            at: now,
          });
          if (bill) {
            billsIssued += 1;
            totalFen += amountFen;
          }
        }
        return {
          communityId: command.communityId,
          asOf: command.asOf,
          billsIssued,
          totalFen: Number(totalFen),
        };
      },
      view: (_em, view) => view,
    });
  }

  /** BIL-13: waiving a late fee needs a cs-manager, who gives the reason; it is a credit note (BIL-6). */
  waive(command: WaiveLateFeeV1): Promise<BillView> {
    return runCommand(this.em, WaiveLateFee, command, {
      load: (em) => lockRecord(em, Bill, command.billId, 'BILL_NOT_FOUND'),
      change: async (em, bill) => {
        const actor = CallContext.actor();
        if (!actor.roles.includes('cs-manager'))
          throw new DomainError('FORBIDDEN', '减免滞纳金须经客服经理批准');
        if (bill.source !== 'late-fee')
          throw new DomainError('BUSINESS_RULE_VIOLATED', '只能减免滞纳金账单', {
            field: 'billId',
            source: bill.source,
          });
        const outstanding = outstandingOf(bill);
        if (outstanding === 0n)
          throw new DomainError('INVALID_STATE_TRANSITION', '该滞纳金已缴清或已减免', {
            status: bill.status,
          });
        await this.bills.credit(
          em,
          bill,
          outstanding,
          `减免滞纳金（${actor.name}批准）：${command.reason}`,
          this.clock.now(),
        );
        return bill;
      },
      view: (em, bill) => billView(em, bill),
    });
  }
}
