import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  ApportionmentBasis,
  ApportionSharedMeter,
  canAccessCommunity,
  DomainError,
  SharedUtility,
  type ApportionSharedMeterV1,
  type SharedMeterApportionmentView,
  type SharedMeterPartView,
  type SharedMeterUnitV1,
  type UnitType,
} from '@pcs/contracts';
import { archive, CallContext, CommunityTimeZones, newId, runCommand } from '@pcs/platform';
import { apportion } from '../billing-runs/apportionment.rules.js';
import { refuseMonthAfterCurrent } from '../billing-runs/current-month.js';
import { monthChargeBills } from '../billing-runs/month-charge.js';
import { payerHoldings } from '../billing-runs/payer-holdings.js';
import { BillIssuer, type BillInput } from '../bills/bill-issuer.js';
import { Clock } from '../clock/clock.js';
import { SharedMeterApportionment } from './shared-meter-apportionment.entity.js';

const APPORTIONMENT_RECORD = 'shared-meter-apportionment';

interface UnitRow {
  unit_id: string;
  label: string;
  type: UnitType;
  gross_area_centi_m2: number;
}

/**
 * BIL-3: a shared meter's month apportioned to the units on it, by floor area or by sub-meter usage,
 * the parts adding up exactly to the amount; each unit's part billed to whoever held the unit in the
 * month, pro rata by day as the billing run bills (decision 0238).
 */
@Injectable()
export class SharedMeterService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly issuer: BillIssuer,
    private readonly timeZones: CommunityTimeZones,
  ) {}

  apportion(command: ApportionSharedMeterV1): Promise<SharedMeterApportionmentView> {
    return runCommand(this.em, ApportionSharedMeter, command, {
      // A replay is refused too for a caller whose scope no longer covers the community (GEN-5).
      load: async (em) => {
        const actor = CallContext.actor();
        if (!canAccessCommunity(actor, command.communityId))
          throw DomainError.notFound('COMMUNITY_NOT_FOUND');
        const { companyId } = actor;
        await refuseMonthAfterCurrent(em, this.timeZones, { ...command, companyId, now: this.clock.now() });
        refuseMalformedUnits(command);
        return companyId;
      },
      change: (em, companyId) => this.apportionOnce(em, companyId, command),
      view: (_em, apportionment) => toView(apportionment),
    });
  }

  private async apportionOnce(
    em: EntityManager,
    companyId: string,
    command: ApportionSharedMeterV1,
  ): Promise<SharedMeterApportionment> {
    const units = await this.unitsOf(em, companyId, command);
    const now = this.clock.now();
    const actor = CallContext.actor();
    // Claimed first: a second call for the meter's month waits here for the first to commit.
    const claimed = await em.execute<{ id: string }[]>(
      `insert into shared_meter_apportionment
         (id, company_id, community_id, meter_code, period, utility, basis, amount_fen, units, parts,
          bills_issued, note, apportioned_at, apportioned_by_id)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', 0, ?, ?, ?)
       on conflict (company_id, community_id, meter_code, period) do nothing
       returning id`,
      [
        newId(),
        companyId,
        command.communityId,
        command.meterCode,
        command.period,
        command.utility,
        command.basis,
        command.amountFen,
        JSON.stringify(command.units.map(unitAsGiven)),
        command.note ?? null,
        now,
        actor.sub,
      ],
    );
    const key = {
      companyId,
      communityId: command.communityId,
      meterCode: command.meterCode,
      period: command.period,
    };
    if (claimed.length === 0) {
      const earlier = await em.findOneOrFail(SharedMeterApportionment, key, { filters: false });
      if (sameApportionment(earlier, command)) return earlier;
      throw new DomainError(
        'APPORTIONMENT_EXISTS',
        `表计 ${command.meterCode} 的 ${command.period} 已分摊，账单已出；如需更正，请冲销其账单后以新的表计编号分摊`,
        {
          field: 'meterCode',
          errors: [{ field: 'meterCode', message: 'already apportioned for this period' }],
        },
      );
    }
    const weights = command.units.map((u) => ({
      id: u.unitId,
      weight: BigInt(
        command.basis === 'sub-meter' ? (u.usage ?? 0) : (units.get(u.unitId)?.gross_area_centi_m2 ?? 0),
      ),
    }));
    if (weights.every((w) => w.weight === 0n)) {
      const message = '各分表用量均为 0，无法按用量分摊';
      throw new DomainError('BUSINESS_RULE_VIOLATED', message, {
        field: 'units',
        errors: [{ field: 'units', message }],
      });
    }
    const amounts = apportion(BigInt(command.amountFen), weights);
    const parts: SharedMeterPartView[] = weights.map((w) => ({
      unitId: w.id,
      unitLabel: units.get(w.id)?.label ?? '',
      weight: Number(w.weight),
      amountFen: Number(amounts.get(w.id) ?? 0n),
    }));
    const inputs = await this.billsOf(em, companyId, command, units, parts, now);
    const created = await this.issuer.issueMany(em, inputs);
    const apportionment = await em.findOneOrFail(SharedMeterApportionment, key, { filters: false });
    apportionment.parts = parts;
    apportionment.billsIssued = created.length;
    archive(em, {
      companyId,
      communityId: command.communityId,
      recordType: APPORTIONMENT_RECORD,
      recordId: apportionment.id,
      action: 'apportioned',
      changes: {
        meterCode: command.meterCode,
        period: command.period,
        utility: command.utility,
        basis: command.basis,
        amountFen: command.amountFen,
        units: parts.length,
        billsIssued: created.length,
      },
      ...(command.note ? { reason: command.note } : {}),
      at: now,
    });
    return apportionment;
  }

  /** The units named, as billing knows them in the community; one it does not know is refused by name. */
  private async unitsOf(
    em: EntityManager,
    companyId: string,
    command: ApportionSharedMeterV1,
  ): Promise<Map<string, UnitRow>> {
    const rows = await em.execute<UnitRow[]>(
      `select unit_id, label, type, gross_area_centi_m2 from unit_replica
        where company_id = ? and community_id = ? and unit_id in (?)`,
      [companyId, command.communityId, command.units.map((u) => u.unitId)],
    );
    const units = new Map(rows.map((r) => [r.unit_id, r]));
    const unknown = command.units.flatMap((u, i) =>
      units.has(u.unitId)
        ? []
        : [
            {
              field: `units[${i}].unitId`,
              message: `unitId is not a unit of community ${command.communityId}`,
            },
          ],
    );
    if (unknown.length > 0) throw DomainError.validation(unknown);
    return units;
  }

  /** Each unit's part as a month's charge of its holders, pro rata by day (BIL-2's rule). */
  private async billsOf(
    em: EntityManager,
    companyId: string,
    command: ApportionSharedMeterV1,
    units: Map<string, UnitRow>,
    parts: SharedMeterPartView[],
    now: Date,
  ): Promise<BillInput[]> {
    const holdingsOf = await payerHoldings(
      em,
      companyId,
      parts.map((p) => p.unitId),
    );
    const name = SharedUtility.label(command.utility);
    return parts.flatMap((part) => {
      const unit = units.get(part.unitId);
      if (!unit) return [];
      return monthChargeBills(
        {
          companyId,
          communityId: command.communityId,
          unitId: part.unitId,
          unit: { type: unit.type, grossAreaCentiM2: unit.gross_area_centi_m2 },
          period: command.period,
          item: { code: command.utility, name },
          amountFen: BigInt(part.amountFen),
          source: 'shared-meter',
          sourceKey: `${command.period}:${command.meterCode}:${part.unitId}`,
          description: `${command.period} ${name}（表计 ${command.meterCode}）`,
          at: now,
        },
        holdingsOf.get(part.unitId) ?? [],
      );
    });
  }
}

/** Each unit once; usages with `sub-meter` only, and then for every unit. */
function refuseMalformedUnits(command: ApportionSharedMeterV1): void {
  const seen = new Set<string>();
  const errors: { field: string; message: string }[] = [];
  command.units.forEach((u, i) => {
    if (seen.has(u.unitId)) errors.push({ field: `units[${i}].unitId`, message: 'unitId is listed twice' });
    seen.add(u.unitId);
    if (command.basis === 'sub-meter' && u.usage === undefined)
      errors.push({ field: `units[${i}].usage`, message: 'usage is required to apportion by sub-meter' });
    if (command.basis === 'floor-area' && u.usage !== undefined)
      errors.push({ field: `units[${i}].usage`, message: 'usage is only given to apportion by sub-meter' });
  });
  if (errors.length > 0) throw DomainError.validation(errors);
}

const unitAsGiven = (u: SharedMeterUnitV1): SharedMeterUnitV1 =>
  u.usage === undefined ? { unitId: u.unitId } : { unitId: u.unitId, usage: u.usage };

/** The same meter's month asked again: the same utility, basis, amount and units answer the first. */
function sameApportionment(earlier: SharedMeterApportionment, command: ApportionSharedMeterV1): boolean {
  return (
    earlier.utility === command.utility &&
    earlier.basis === command.basis &&
    earlier.amountFen === BigInt(command.amountFen) &&
    // Field by field: jsonb keeps an object's keys in an order of its own.
    earlier.units.length === command.units.length &&
    earlier.units.every(
      (u, i) => u.unitId === command.units[i]?.unitId && u.usage === command.units[i]?.usage,
    )
  );
}

function toView(a: SharedMeterApportionment): SharedMeterApportionmentView {
  return {
    communityId: a.communityId,
    period: a.period,
    meterCode: a.meterCode,
    utility: a.utility,
    utilityLabel: SharedUtility.label(a.utility),
    basis: a.basis,
    basisLabel: ApportionmentBasis.label(a.basis),
    amountFen: Number(a.amountFen),
    parts: a.parts,
    billsIssued: a.billsIssued,
    apportionedAt: a.apportionedAt.toISOString(),
    ...(a.note ? { note: a.note } : {}),
  };
}
