import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  FeeBasis,
  RecordMeterReading,
  type ListMeterReadingsV1,
  type MeterReadingsView,
  type MeterReadingView,
  type RecordMeterReadingV1,
  type UnitType,
} from '@pcs/contracts';
import { archive, CallContext, CommunityTimeZones, knownCommunity, newId, runCommand } from '@pcs/platform';
import { refuseMonthAfterCurrent } from '../billing-runs/current-month.js';
import { monthChargeBills } from '../billing-runs/month-charge.js';
import { payerHoldings } from '../billing-runs/payer-holdings.js';
import { BillIssuer } from '../bills/bill-issuer.js';
import { Clock } from '../clock/clock.js';
import { MeterReading } from './meter-reading.entity.js';
import { meteredCharge, sameFigures } from './meter-reading.rules.js';

const READING_RECORD = 'meter-reading';

/** What a reading is checked against and named by: its item, its unit, the item's rate for the month. */
interface Facts {
  companyId: string;
  itemName: string;
  unitLabel: string;
  unitType: UnitType;
  grossAreaCentiM2: number;
  rateFen: bigint;
}

/**
 * BIL-1: a unit's own meter (water, electricity, overtime air-conditioning) read for a month and its
 * usage billed at the metered item's rate, once, to whoever held the unit in the month (decision 0243).
 */
@Injectable()
export class MeterReadingService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly issuer: BillIssuer,
    private readonly timeZones: CommunityTimeZones,
  ) {}

  record(command: RecordMeterReadingV1): Promise<MeterReadingView> {
    return runCommand(this.em, RecordMeterReading, command, {
      // A replay is refused too for a caller whose scope no longer covers the community (GEN-5); a
      // community residents never announced has no meters (decision 0210).
      load: async (em) => {
        const actor = CallContext.actor();
        await knownCommunity(em, actor, command.communityId);
        await refuseMonthAfterCurrent(em, this.timeZones, {
          ...command,
          companyId: actor.companyId,
          now: this.clock.now(),
        });
        if (command.meterReplaced && command.previousReading === undefined)
          throw DomainError.validation([
            {
              field: 'previousReading',
              message:
                'previousReading is required when the meter was replaced: the new meter’s first reading',
            },
          ]);
        return this.factsOf(em, actor.companyId, command);
      },
      change: async (em, facts) => ({ facts, id: await this.recordOnce(em, facts, command) }),
      view: async (em, { facts, id }) => {
        const [row] = await em.execute<ReadingRow[]>(`select * from meter_reading where id = ?`, [id]);
        if (!row) throw new Error(`meter reading ${id} vanished`);
        return rowView(row, facts.unitLabel, facts.itemName);
      },
    });
  }

  /** BIL-1: the month's reading sheet of a community, by unit, then item. */
  async list(query: ListMeterReadingsV1): Promise<MeterReadingsView> {
    const actor = CallContext.actor();
    const em = this.em.fork();
    await knownCommunity(em, actor, query.communityId);
    const rows = await em.execute<(ReadingRow & { unit_label: string; item_name: string })[]>(
      `select r.*, coalesce(u.label, '') as unit_label, coalesce(i.name, r.item_code) as item_name
         from meter_reading r
         left join unit_replica u on u.company_id = r.company_id and u.unit_id = r.unit_id
         left join fee_item i on i.company_id = r.company_id and i.code = r.item_code
        where r.company_id = ? and r.community_id = ? and r.period = ?
          and (?::text is null or r.item_code = ?)
        order by unit_label, r.item_code`,
      [actor.companyId, query.communityId, query.period, query.itemCode ?? null, query.itemCode ?? null],
    );
    return {
      communityId: query.communityId,
      period: query.period,
      items: rows.map((r) => rowView(r, r.unit_label, r.item_name)),
    };
  }

  /** The item (metered, with a rate for the month) and the unit (in the community, of a type it covers). */
  private async factsOf(em: EntityManager, companyId: string, command: RecordMeterReadingV1): Promise<Facts> {
    const [item] = await em.execute<{ name: string; basis: FeeBasis; unit_types: UnitType[] | null }[]>(
      `select name, basis, unit_types from fee_item where company_id = ? and code = ?`,
      [companyId, command.itemCode],
    );
    if (!item)
      throw DomainError.validation([
        { field: 'itemCode', message: `itemCode ${command.itemCode} is not a fee item of the company` },
      ]);
    if (item.basis !== 'metered')
      throw DomainError.onField(
        'BUSINESS_RULE_VIOLATED',
        'itemCode',
        `收费项目 ${command.itemCode} 的计费方式为「${FeeBasis.label(item.basis)}」，不按抄表计费`,
      );
    const [unit] = await em.execute<{ label: string; type: UnitType; gross_area_centi_m2: number }[]>(
      `select label, type, gross_area_centi_m2 from unit_replica
        where company_id = ? and community_id = ? and unit_id = ?`,
      [companyId, command.communityId, command.unitId],
    );
    if (!unit)
      throw DomainError.validation([
        { field: 'unitId', message: `unitId is not a unit of community ${command.communityId}` },
      ]);
    if (item.unit_types && !item.unit_types.includes(unit.type))
      throw DomainError.onField(
        'BUSINESS_RULE_VIOLATED',
        'unitId',
        `收费项目 ${command.itemCode} 不适用于房屋 ${unit.label} 的类型`,
      );
    const firstDay = `${command.period}-01`;
    // The rate in effect on the month's first day, as the billing run takes it (decision 0106).
    const [rate] = await em.execute<{ amount_fen: string }[]>(
      `select amount_fen from fee_rate where company_id = ? and item_code = ? and effective_from <= ?
        order by effective_from desc limit 1`,
      [companyId, command.itemCode, firstDay],
    );
    if (!rate)
      throw DomainError.onField(
        'BUSINESS_RULE_VIOLATED',
        'itemCode',
        `收费项目 ${command.itemCode} 在 ${firstDay} 没有生效的单价`,
      );
    return {
      companyId,
      itemName: item.name,
      unitLabel: unit.label,
      unitType: unit.type,
      grossAreaCentiM2: unit.gross_area_centi_m2,
      rateFen: BigInt(rate.amount_fen),
    };
  }

  private async recordOnce(em: EntityManager, facts: Facts, command: RecordMeterReadingV1): Promise<string> {
    const { companyId } = facts;
    // One meter's readings in turn, every month of it: each month starts where the last one ended.
    await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [
      `meter-reading:${companyId}:${command.unitId}:${command.itemCode}`,
    ]);
    const readings = await em.execute<ReadingRow[]>(
      `(select * from meter_reading where company_id = ? and unit_id = ? and item_code = ? and period <= ?
         order by period desc limit 2)
       union all
       (select * from meter_reading where company_id = ? and unit_id = ? and item_code = ? and period > ?
         order by period limit 1)`,
      [
        ...[companyId, command.unitId, command.itemCode, command.period],
        ...[companyId, command.unitId, command.itemCode, command.period],
      ],
    );
    const existing = readings.find((r) => r.period === command.period);
    const earlier = readings.find((r) => r.period < command.period);
    const later = readings.find((r) => r.period > command.period);
    if (
      existing &&
      sameFigures(
        {
          previous: BigInt(existing.previous_reading),
          reading: BigInt(existing.reading),
          meterReplaced: existing.meter_replaced,
        },
        command,
      )
    )
      return existing.id;
    if (existing && !(await this.billsAllCancelled(em, companyId, existing))) {
      throw new DomainError(
        'READING_EXISTS',
        `房屋 ${facts.unitLabel} 的 ${command.itemCode} ${command.period} 已抄表（读数 ${existing.reading}），账单已出；如需更正，请先冲销其账单再重新抄表`,
        { field: 'reading', errors: [{ field: 'reading', message: 'already read for this period' }] },
      );
    }
    if (later) {
      throw DomainError.onField(
        'BUSINESS_RULE_VIOLATED',
        'period',
        `该表 ${later.period} 已抄表，不能再录入或更正更早月份的读数`,
      );
    }
    const { previous, usage, amountFen } = meteredCharge(
      command,
      earlier ? { period: earlier.period, reading: BigInt(earlier.reading) } : undefined,
      facts.rateFen,
    );
    const now = this.clock.now();
    const actor = CallContext.actor();
    const revision = existing ? existing.revision + 1 : 1;
    const row = {
      previousReading: previous,
      reading: BigInt(command.reading),
      rateFen: facts.rateFen,
      amountFen,
      meterReplaced: command.meterReplaced ?? false,
      revision,
      note: command.note,
      recordedAt: now,
      recordedById: actor.sub,
      recordedByName: actor.name,
    };
    const reading = existing
      ? Object.assign(await em.findOneOrFail(MeterReading, { id: existing.id }, { filters: false }), row)
      : em.create(MeterReading, {
          id: newId(),
          companyId,
          communityId: command.communityId,
          unitId: command.unitId,
          itemCode: command.itemCode,
          period: command.period,
          billsIssued: 0,
          ...row,
        });
    const holdings = (await payerHoldings(em, companyId, [command.unitId])).get(command.unitId) ?? [];
    const bills = monthChargeBills(
      {
        companyId,
        communityId: command.communityId,
        unitId: command.unitId,
        unit: { type: facts.unitType, grossAreaCentiM2: facts.grossAreaCentiM2 },
        period: command.period,
        item: { code: command.itemCode, name: facts.itemName },
        amountFen,
        source: 'metered',
        sourceKey: sourceKeyOf(reading),
        description: `${command.period} ${facts.itemName}（上次读数 ${previous}，本次读数 ${command.reading}，用量 ${usage}）`,
        at: now,
      },
      holdings,
    );
    reading.billsIssued = (await this.issuer.issueMany(em, bills)).length;
    archive(em, {
      companyId,
      communityId: command.communityId,
      recordType: READING_RECORD,
      recordId: reading.id,
      action: existing ? 'corrected' : 'recorded',
      changes: {
        unitId: command.unitId,
        itemCode: command.itemCode,
        period: command.period,
        previousReading: Number(previous),
        reading: command.reading,
        amountFen: Number(amountFen),
        revision,
        billsIssued: reading.billsIssued,
        ...(existing ? { replacedReading: Number(existing.reading) } : {}),
      },
      ...(command.note ? { reason: command.note } : {}),
      at: now,
    });
    return reading.id;
  }

  /** A reading may be recorded again once every bill it issued was cancelled by a credit note (BIL-6). */
  private async billsAllCancelled(em: EntityManager, companyId: string, r: ReadingRow): Promise<boolean> {
    const [open] = await em.execute<{ n: string }[]>(
      `select count(*) as n from bill where company_id = ? and source = 'metered' and source_key like ?
          and status <> 'cancelled'`,
      [
        companyId,
        `${sourceKeyOf({ period: r.period, itemCode: r.item_code, unitId: r.unit_id, revision: r.revision })}:%`,
      ],
    );
    return Number(open?.n ?? 0) === 0;
  }
}

interface ReadingRow {
  id: string;
  community_id: string;
  unit_id: string;
  item_code: string;
  period: string;
  previous_reading: string;
  reading: string;
  rate_fen: string;
  amount_fen: string;
  meter_replaced: boolean;
  revision: number;
  bills_issued: number;
  note: string | null;
  recorded_at: Date;
  recorded_by_name: string;
}

const sourceKeyOf = (r: Pick<MeterReading, 'period' | 'itemCode' | 'unitId' | 'revision'>): string =>
  `${r.period}:${r.itemCode}:${r.unitId}:r${r.revision}`;

function rowView(r: ReadingRow, unitLabel: string, itemName: string): MeterReadingView {
  const previous = BigInt(r.previous_reading);
  const reading = BigInt(r.reading);
  return {
    communityId: r.community_id,
    unitId: r.unit_id,
    unitLabel,
    itemCode: r.item_code,
    itemName,
    period: r.period,
    previousReading: Number(previous),
    reading: Number(reading),
    usage: Number(reading - previous),
    rateFen: Number(r.rate_fen),
    amountFen: Number(r.amount_fen),
    meterReplaced: r.meter_replaced,
    billsIssued: r.bills_issued,
    revision: r.revision,
    recordedAt: new Date(r.recorded_at).toISOString(),
    recordedByName: r.recorded_by_name,
    ...(r.note ? { note: r.note } : {}),
  };
}
