import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  BillingRunStatus,
  basisLabelOf,
  DomainError,
  FeeBasis,
  MAX_FEN,
  MAX_RATE_FEN_PER_SQUARE_METRE,
  RateUnit,
  rateUnitOf,
  RunBilling,
  SetFeeItemRate,
  type BillingRunView,
  type FeeItemsView,
  type FeeItemView,
  type ListFeeItemsV1,
  type RunBillingV1,
  type SetFeeItemRateV1,
  type UnitType,
} from '@pcs/contracts';
import {
  analyzeGrownTables,
  CallContext,
  CommunityTimeZones,
  idempotent,
  knownCommunity,
  LOGGER,
  newId,
  refuseGivenAndCleared,
  retryTransactionConflicts,
  runCommand,
} from '@pcs/platform';
import type { Logger } from 'pino';
import { payerHoldings } from './payer-holdings.js';
import { refuseMonthAfterCurrent } from './current-month.js';
import { BillIssuer, type BillInput } from '../bills/bill-issuer.js';
import { DEFAULT_ONE_OFF_PRICES_FEN, SYSTEM_LINE_CODES } from '../bills/one-off-prices.js';
import { Clock } from '../clock/clock.js';
import { daysOf, largestMonthlyBill, periodBills, type PeriodicItem } from './billing-run.rules.js';
import { FeeItem } from './fee-item.entity.js';

/** Below every unit id: where a run's walk through the community's units starts. */
const FIRST_UNIT_ID = '00000000-0000-0000-0000-000000000000';

/** Units billed per transaction: a chunk's bills commit together, and memory stays flat. */
export const BILLING_RUN_CHUNK = 200;

/** The tables a run's chunks fill, kept analysed as they grow (`analyzeGrownTables`, bench S5). */
const BILLING_RUN_TABLES = [
  'bill',
  'bill_line',
  'account',
  'ledger_transaction',
  'ledger_entry',
  'aggregate_version',
];

interface RunRow {
  id: string;
  status: string;
  last_unit_id: string | null;
  bills_issued: number;
  total_fen: string;
  started_at: Date;
  completed_at: Date | null;
}

/** BIL-1 periodic fee items, BIL-2 the monthly billing run. */
@Injectable()
export class BillingRunService {
  /** Tests only: called after each committed chunk (a test stops a run here). */
  afterChunk?: (billed: number) => Promise<void>;
  /** Units per chunk; tests make it small to see several chunks. */
  chunkSize = BILLING_RUN_CHUNK;

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly issuer: BillIssuer,
    private readonly timeZones: CommunityTimeZones,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** BIL-1: an item and a new dated rate; the rates before it stay for the months they covered. */
  setFeeItemRate(command: SetFeeItemRateV1): Promise<FeeItemView> {
    return runCommand(this.em, SetFeeItemRate, command, {
      change: async (em) => {
        const { companyId } = CallContext.actor();
        // Decision 0204: on the largest unit accepted, a month of it stays a payable amount.
        if (command.basis === 'per-square-metre' && command.rateFen > MAX_RATE_FEN_PER_SQUARE_METRE)
          throw tooLarge(`按面积计费的单价不能超过每平方米每月 ${MAX_RATE_FEN_PER_SQUARE_METRE / 100} 元`, {
            maxRateFen: MAX_RATE_FEN_PER_SQUARE_METRE,
          });
        refuseGivenAndCleared(command, command.clear);
        refuseSystemCode(command);
        const cleared = new Set(command.clear ?? []);
        // Decision 0232: the item's earlier rates are amounts of its basis; another basis would bill
        // the months not yet run at them read the other way (300 fen per m² become 300 fen a unit).
        const [existing] = await em.execute<{ basis: string }[]>(
          `select basis from fee_item where company_id = ? and code = ? for update`,
          [companyId, command.code],
        );
        if (existing && existing.basis !== command.basis) {
          const message = `收费项目 ${command.code} 的计费方式为「${FeeBasis.label(existing.basis as FeeBasis)}」，不能更改；请使用新的收费项目代码`;
          throw new DomainError('BUSINESS_RULE_VIOLATED', message, {
            field: 'basis',
            errors: [{ field: 'basis', message }],
          });
        }
        await refuseRewritingBilledRate(em, companyId, command);
        await em.execute(
          `insert into fee_item (id, company_id, code, name, basis, unit_types, late_fee, created_at)
           values (?, ?, ?, ?, ?, ?, ?, ?)
           on conflict (company_id, code) do update set name = excluded.name, basis = excluded.basis,
             unit_types = case when ? then fee_item.unit_types else excluded.unit_types end,
             late_fee = case when ? then fee_item.late_fee else excluded.late_fee end`,
          [
            newId(),
            companyId,
            command.code,
            command.name,
            command.basis,
            command.unitTypes ? JSON.stringify(command.unitTypes) : null,
            command.lateFee ? JSON.stringify(command.lateFee) : null,
            this.clock.now(),
            // Decision 0235: a new rate is a rate; the item's other terms change only when given.
            command.unitTypes == null && !cleared.has('unitTypes'),
            command.lateFee == null && !cleared.has('lateFee'),
          ],
        );
        await em.execute(
          `insert into fee_rate (id, company_id, item_code, effective_from, amount_fen) values (?, ?, ?, ?, ?)
           on conflict (company_id, item_code, effective_from) do update set amount_fen = excluded.amount_fen`,
          [newId(), companyId, command.code, command.effectiveFrom, command.rateFen],
        );
        return companyId;
      },
      view: async (em, companyId) => {
        const [item] = await feeItemViews(em, { companyId, code: command.code });
        if (!item) throw new Error(`fee item ${command.code} vanished`);
        return item;
      },
    });
  }

  /** BIL-1: the company's fee items with every dated rate, by code. */
  async listFeeItems(query: ListFeeItemsV1): Promise<FeeItemsView> {
    const { companyId } = CallContext.actor();
    return {
      items: await feeItemViews(this.em.fork(), {
        companyId,
        ...(query.basis ? { basis: query.basis } : {}),
      }),
    };
  }

  /**
   * BIL-2: bills every unit of the community for the month, once. Chunks of units commit one by one
   * with the run's row locked, so two instances never bill a unit twice (the second waits, then
   * carries on after the first's chunk) and a run killed mid-way resumes at its last committed chunk;
   * each bill's unique source key (month, unit, payer) is the last guard. A month after the current
   * one in the community's time zone is refused: who holds each of its days is not known yet
   * (decision 0196).
   */
  async run(command: RunBillingV1): Promise<BillingRunView> {
    const actor = CallContext.actor();
    const { companyId } = actor;
    // Decision 0247: only a community residents announced is billed; a run recorded for another
    // would answer "completed" with nothing billed and hold its month empty once it exists.
    await knownCommunity(this.em.fork(), actor, command.communityId);
    await refuseMonthAfterCurrent(this.em.fork(), this.timeZones, {
      ...command,
      companyId,
      now: this.clock.now(),
    });
    const key = [companyId, command.communityId, command.period];
    const days = daysOf(command.period);
    // The run is idempotent by community and month; an Idempotency-Key is still bound to this body.
    await this.em
      .fork()
      .transactional((tx) =>
        idempotent(tx, { companyId, operation: RunBilling.subject, payload: command }, async () => true),
      );
    const first = days[0] ?? `${command.period}-01`;
    const last = days.at(-1) ?? first;
    const items = await this.itemsOn(companyId, first);
    // Decision 0204: a bill above MAX_FEN could not be paid; refused before anything is billed.
    const largest = await this.em.fork().execute<{ type: UnitType; area: number }[]>(
      `select type, max(gross_area_centi_m2) as area from unit_replica
       where company_id = ? and community_id = ? group by type`,
      [companyId, command.communityId],
    );
    const largestFen = largestMonthlyBill(items, new Map(largest.map((r) => [r.type, Number(r.area)])));
    if (largestFen > BigInt(MAX_FEN))
      throw tooLarge(`收费项目的单价乘以面积后，单张账单将超过上限 ${MAX_FEN / 100} 元，请先更正单价`, {
        largestBillFen: largestFen.toString(),
      });
    const [earlier] = await this.em
      .fork()
      .execute<{ status: string }[]>(
        `select status from billing_run where company_id = ? and community_id = ? and period = ?`,
        key,
      );
    // Decision 0254: a month already run is run again for the units that have no bill of it yet
    // (units that reached billing after the run); each unit's bill key still bills it once.
    const catchUp = earlier?.status === 'completed';
    if (!earlier)
      await this.em.fork().execute(
        `insert into billing_run (id, company_id, community_id, period, status, bills_issued, total_fen, started_at)
         values (?, ?, ?, ?, 'running', 0, 0, ?) on conflict (company_id, community_id, period) do nothing`,
        [newId(), ...key, this.clock.now()],
      );
    let caughtUpTo = FIRST_UNIT_ID;
    for (;;) {
      const chunk = await retryTransactionConflicts(() =>
        this.em.fork().transactional(async (em) => {
          const [run] = await em.execute<RunRow[]>(
            `select * from billing_run where company_id = ? and community_id = ? and period = ? for update`,
            key,
          );
          if (!run) throw new Error(`billing run ${key.join(' ')} vanished`);
          if (run.status === 'completed' && !catchUp) return undefined;
          // Decision 0347: a unit whose every periodic bill of the month was cancelled by credit notes
          // is billed again, its keys carrying the next revision (`:r2`…), as meter readings do (0243).
          const units = catchUp
            ? await em.execute<UnitToBill[]>(
                `select u.unit_id, u.type, u.gross_area_centi_m2,
                        (select coalesce(max(case when b.source_key ~ ':r[0-9]+$'
                                                  then substring(b.source_key from ':r([0-9]+)$')::int else 1 end), 0)
                           from bill b where b.company_id = u.company_id and b.unit_id = u.unit_id
                            and b.source = 'periodic' and b.source_key like ?) as revision
                 from unit_replica u
                 where u.company_id = ? and u.community_id = ? and u.unit_id > ?
                   and not exists (select 1 from bill b where b.company_id = u.company_id
                                     and b.unit_id = u.unit_id and b.source = 'periodic' and b.source_key like ?
                                     and b.status <> 'cancelled')
                 order by u.unit_id limit ?`,
                [
                  `${command.period}:%`,
                  companyId,
                  command.communityId,
                  caughtUpTo,
                  `${command.period}:%`,
                  this.chunkSize,
                ],
              )
            : await em.execute<UnitToBill[]>(
                `select unit_id, type, gross_area_centi_m2 from unit_replica
                 where company_id = ? and community_id = ? and unit_id > ? order by unit_id limit ?`,
                [companyId, command.communityId, run.last_unit_id ?? FIRST_UNIT_ID, this.chunkSize],
              );
          if (units.length === 0) {
            if (!catchUp)
              await em.execute(`update billing_run set status = 'completed', completed_at = ? where id = ?`, [
                this.clock.now(),
                run.id,
              ]);
            return undefined;
          }
          const holdingsOf = await payerHoldings(
            em,
            companyId,
            units.map((u) => u.unit_id),
          );
          const now = this.clock.now();
          const inputs: BillInput[] = units.flatMap((unit) => {
            const holdings = holdingsOf.get(unit.unit_id) ?? [];
            // The first bills of the month keep the plain key; a re-issue names its revision.
            const revision = Number(unit.revision ?? 0) + 1;
            const suffix = revision > 1 ? `:r${revision}` : '';
            return periodBills(
              command.period,
              { type: unit.type, grossAreaCentiM2: unit.gross_area_centi_m2 },
              holdings,
              items,
            ).map((bill) => ({
              companyId,
              communityId: command.communityId,
              unitId: unit.unit_id,
              ...(bill.payerPersonId ? { payerPersonId: bill.payerPersonId } : {}),
              source: 'periodic' as const,
              sourceKey: `${command.period}:${unit.unit_id}:${bill.payerPersonId ?? 'unit'}${suffix}`,
              description: `${command.period} 物业服务费用${revision > 1 ? '（重开）' : ''}`,
              lines: bill.lines,
              at: now,
              dueDate: last,
            }));
          });
          // The chunk's bills in a few statements, not a score per bill (bench S5).
          const created = await this.issuer.issueMany(em, inputs);
          const issued = created.length;
          const total = created.reduce((sum, bill) => sum + bill.amountFen, 0n);
          const lastUnitId = units.at(-1)?.unit_id ?? FIRST_UNIT_ID;
          // A catch-up adds what it billed to the completed run; its position is its own.
          if (!catchUp || issued > 0)
            await em.execute(
              `update billing_run set last_unit_id = ?, bills_issued = bills_issued + ?, total_fen = total_fen + ?
               where id = ?`,
              [catchUp ? run.last_unit_id : lastUnitId, issued, total.toString(), run.id],
            );
          return { billed: units.length, lastUnitId };
        }),
      );
      if (!chunk) break;
      caughtUpTo = chunk.lastUnitId;
      await this.refreshStatistics();
      await this.afterChunk?.(chunk.billed);
    }
    const [run] = await this.em
      .fork()
      .execute<RunRow[]>(
        `select * from billing_run where company_id = ? and community_id = ? and period = ?`,
        key,
      );
    if (!run) throw new Error(`billing run ${key.join(' ')} vanished`);
    return {
      communityId: command.communityId,
      period: command.period,
      status: run.status as BillingRunView['status'],
      statusLabel: BillingRunStatus.label(run.status),
      billsIssued: run.bills_issued,
      totalFen: Number(run.total_fen),
      startedAt: new Date(run.started_at).toISOString(),
      ...(run.completed_at ? { completedAt: new Date(run.completed_at).toISOString() } : {}),
    };
  }

  /**
   * A first run of a large community fills its tables faster than autovacuum refreshes their
   * statistics, and the chunks' lookups then read every row written so far (decision 0225). Statistics
   * only steer plans: a failure is logged, never the run's.
   */
  private async refreshStatistics(): Promise<void> {
    try {
      await analyzeGrownTables(this.em.fork(), BILLING_RUN_TABLES);
    } catch (err) {
      this.logger.warn({ err }, 'could not refresh the statistics of the billing tables');
    }
  }

  /**
   * BIL-1: the periodic items with the rate in effect on the month's first day (decision 0106). A
   * metered item is billed by its readings instead (decision 0243).
   */
  private async itemsOn(companyId: string, day: string): Promise<PeriodicItem[]> {
    const rows = await this.em.fork().execute<
      {
        code: string;
        name: string;
        basis: PeriodicItem['basis'];
        unit_types: UnitType[] | null;
        amount_fen: string;
      }[]
    >(
      `select i.code, i.name, i.basis, i.unit_types, r.amount_fen from fee_item i
       join lateral (select amount_fen from fee_rate where company_id = i.company_id and item_code = i.code
                     and effective_from <= ? order by effective_from desc limit 1) r on true
       where i.company_id = ? and i.basis <> 'metered' and i.code not in (?) order by i.code`,
      // A one-off item's rate is its price when charged, never a monthly fee (decision 0258).
      [day, companyId, Object.keys(DEFAULT_ONE_OFF_PRICES_FEN)],
    );
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      basis: r.basis,
      ...(r.unit_types ? { unitTypes: r.unit_types } : {}),
      rateFen: BigInt(r.amount_fen),
    }));
  }
}

/** A unit a run's chunk bills; `revision`, in a catch-up, the highest of its cancelled bills of the month. */
interface UnitToBill {
  unit_id: string;
  type: UnitType;
  gross_area_centi_m2: number;
  revision?: number | string;
}

/**
 * Decision 0258: the codes billing prices as one-off charges (move-in, decoration; decision 0101)
 * take a fixed rate, their price when charged, which the run never bills; the codes of billing's own
 * lines are no company's item. Refused before anything is written, 422 naming the field.
 */
function refuseSystemCode(command: SetFeeItemRateV1): void {
  if (SYSTEM_LINE_CODES.has(command.code)) {
    const message = `收费项目代码 ${command.code} 由系统使用（滞纳金、有偿服务、押金不足部分），不能设为收费项目`;
    throw new DomainError('BUSINESS_RULE_VIOLATED', message, {
      field: 'code',
      errors: [{ field: 'code', message }],
    });
  }
  if (command.code in DEFAULT_ONE_OFF_PRICES_FEN && command.basis !== 'fixed') {
    const message = `收费项目 ${command.code} 是一次性收费，其单价为每次收取的固定金额，计费方式只能为「固定金额」，且不会按月计费`;
    throw new DomainError('BUSINESS_RULE_VIOLATED', message, {
      field: 'basis',
      errors: [{ field: 'basis', message }],
    });
  }
}

/**
 * BIL-1, GEN-3 (decision 0256): a rate from `effectiveFrom` replaces, for the days up to the item's
 * next rate, the rate bills were priced at. When a bill with a line of the item was priced on one of
 * those days at another amount, the new rate would rewrite the history that explains it: refused,
 * 409 naming `effectiveFrom`. A periodic, metered or shared-meter bill is priced on its month's first
 * day (decision 0106), any other on the day it was issued (Beijing time).
 */
async function refuseRewritingBilledRate(
  em: EntityManager,
  companyId: string,
  command: SetFeeItemRateV1,
): Promise<void> {
  const [span] = await em.execute<{ amount_fen: string | null; next_from: string | null }[]>(
    `select (select amount_fen from fee_rate where company_id = ? and item_code = ? and effective_from <= ?
              order by effective_from desc limit 1) as amount_fen,
            (select to_char(min(effective_from), 'YYYY-MM-DD') from fee_rate
              where company_id = ? and item_code = ? and effective_from > ?) as next_from`,
    [companyId, command.code, command.effectiveFrom, companyId, command.code, command.effectiveFrom],
  );
  const before = span?.amount_fen ?? DEFAULT_ONE_OFF_PRICES_FEN[command.code]?.toString() ?? null;
  if (before === null || BigInt(before) === BigInt(command.rateFen)) return;
  const [billed] = await em.execute<{ number: string; priced_on: string }[]>(
    `select b.number, to_char(p.priced_on, 'YYYY-MM-DD') as priced_on
       from bill_line l join bill b on b.id = l.bill_id
       cross join lateral (select case when b.source in ('periodic', 'metered', 'shared-meter')
                                   then to_date(substr(b.source_key, 1, 7) || '-01', 'YYYY-MM-DD')
                                   else (b.issued_at at time zone 'Asia/Shanghai')::date end as priced_on) p
      where l.company_id = ? and l.item_code = ? and b.company_id = ?
        and p.priced_on >= ? and (?::date is null or p.priced_on < ?::date)
      order by p.priced_on limit 1`,
    [
      companyId,
      command.code,
      companyId,
      command.effectiveFrom,
      span?.next_from ?? null,
      span?.next_from ?? null,
    ],
  );
  if (!billed) return;
  const message = `收费项目 ${command.code} 自 ${command.effectiveFrom} 起的单价已用于开具账单（${billed.number}，计费日 ${billed.priced_on}），不能更改；新单价请从尚未计费的日期起生效`;
  throw new DomainError('CONFLICT', message, {
    field: 'effectiveFrom',
    billNumber: billed.number,
    errors: [{ field: 'effectiveFrom', message }],
  });
}

/** Fee items as the API shows them, with their rates in date order. */
async function feeItemViews(
  em: EntityManager,
  where: { companyId: string; code?: string; basis?: FeeBasis },
): Promise<FeeItemView[]> {
  const items = await em.find(FeeItem, where, { orderBy: { code: 'asc' }, filters: false });
  if (items.length === 0) return [];
  const rates = await em.execute<{ item_code: string; effective_from: string; amount_fen: string }[]>(
    `select item_code, to_char(effective_from, 'YYYY-MM-DD') as effective_from, amount_fen from fee_rate
     where company_id = ? and item_code in (?) order by effective_from`,
    [where.companyId, items.map((i) => i.code)],
  );
  return items.map((item) => ({
    code: item.code,
    name: item.name,
    basis: item.basis,
    // Decision 0388: a one-off item's basis agrees with its rate's unit (「一次性收费（元/次）」).
    basisLabel: basisLabelOf(item),
    // Decision 0361: a one-off item's `fixed` rate is its price each time, not a monthly fee.
    rateUnit: rateUnitOf(item),
    rateUnitLabel: RateUnit.label(rateUnitOf(item)),
    ...(item.unitTypes ? { unitTypes: item.unitTypes } : {}),
    ...(item.lateFee ? { lateFee: item.lateFee } : {}),
    rates: rates
      .filter((r) => r.item_code === item.code)
      .map((r) => ({ effectiveFrom: r.effective_from, rateFen: Number(r.amount_fen) })),
  }));
}

/** Decision 0204: an amount that would not fit a bill, refused naming the rate. */
function tooLarge(message: string, details: Record<string, unknown>): DomainError {
  return new DomainError('AMOUNT_TOO_LARGE', message, {
    field: 'rateFen',
    errors: [{ field: 'rateFen', message }],
    ...details,
  });
}
