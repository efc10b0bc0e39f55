import { Injectable } from '@nestjs/common';
import { EntityManager, raw, type FilterQuery } from '@mikro-orm/postgresql';
import {
  CreateUnit,
  DomainError,
  UnitCreated,
  UpdateUnit,
  type CreateUnitV1,
  type GetUnitV1,
  type ListUnitsV1,
  type Page,
  type UnitView,
  type UpdateUnitV1,
} from '@pcs/contracts';
import {
  archiveRecord,
  newId,
  Outbox,
  pageQuery,
  pageWindow,
  refuseGivenAndCleared,
  runCommand,
  toPage,
} from '@pcs/platform';
import { Building } from '../communities/building.entity.js';
import { visibleCommunity } from '../communities/visible-community.js';
import { applyFieldChanges } from '../persistence/field-changes.js';
import { flushUnique } from '../persistence/flush-unique.js';
import { buildingKey, spokenAddressReadings, unitNumberKey } from './spoken-address.js';
import { Unit } from './unit.entity.js';
import { lockUnit } from './unit-lock.js';
import { publishUnitUpdated } from './unit-updated.js';
import { unitViews } from './unit.view.js';

/** RES-1: the units (房号) of a building. */
@Injectable()
export class UnitsService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  create(command: CreateUnitV1): Promise<UnitView> {
    return runCommand(this.em, CreateUnit, command, {
      load: async (em) => {
        // GEN-5: a building of another community or company is not found, like one that does not exist.
        const building = await em.findOne(Building, { id: command.buildingId });
        if (!building) throw DomainError.notFound('BUILDING_NOT_FOUND');
        assertFloorOf(building, command.floor);
        return building;
      },
      change: async (em, building) => {
        // Decision 340: numbers are kept in upper case and unique whatever case they are typed in.
        const number = command.number.toUpperCase();
        await assertNumberFree(em, building.id, number);
        const now = new Date();
        const unit = em.create(Unit, {
          id: newId(),
          companyId: building.companyId,
          communityId: building.communityId,
          buildingId: building.id,
          number,
          label: `${building.name}${number}`,
          floor: command.floor,
          type: command.type,
          grossAreaCentiM2: command.grossAreaCentiM2,
          handoverDate: command.handoverDate,
          status: 'vacant',
          createdAt: now,
          updatedAt: now,
          version: 1,
        });
        archiveRecord(em, 'unit', unit, {
          action: 'created',
          changes: {
            label: unit.label,
            floor: unit.floor,
            type: unit.type,
            grossAreaCentiM2: unit.grossAreaCentiM2,
            handoverDate: unit.handoverDate ?? null,
            status: unit.status,
          },
          at: now,
        });
        await this.outbox.stage(em, UnitCreated, {
          aggregateId: unit.id,
          companyId: unit.companyId,
          communityId: unit.communityId,
          time: now,
          data: {
            unitId: unit.id,
            buildingId: unit.buildingId,
            label: unit.label,
            type: unit.type,
            grossAreaCentiM2: unit.grossAreaCentiM2,
            ...(unit.handoverDate ? { handoverDate: unit.handoverDate } : {}),
          },
        });
        await flushUnique(em, 'UNIT_EXISTS');
        return unit;
      },
      view: async (em, unit) => {
        const [view] = await unitViews(em, [unit]);
        return view;
      },
    });
  }

  /**
   * RES-1, GEN-3: corrects a unit's number, floor, type, area or handover date (a unit created without
   * one gets it here; maintenance computes warranty from it). Archived with who and why, and published
   * as `unit.updated` with the unit as it now is.
   */
  update(command: UpdateUnitV1): Promise<UnitView> {
    return runCommand(this.em, UpdateUnit, command, {
      change: async (em) => {
        const unit = await lockUnit(em, command.unitId);
        const building = await em.findOneOrFail(Building, { id: unit.buildingId });
        if (command.floor !== undefined) assertFloorOf(building, command.floor);
        refuseGivenAndCleared(command, command.clear);
        const number = command.number?.toUpperCase();
        if (number !== undefined && number !== unit.number.toUpperCase()) {
          await assertNumberFree(em, building.id, number, unit.id);
        }
        const changes = applyFieldChanges(unit, { ...command, number }, [
          'number',
          'floor',
          'type',
          'grossAreaCentiM2',
          'handoverDate',
        ]);
        if (command.clear?.includes('handoverDate') && unit.handoverDate) {
          changes['handoverDate'] = { from: unit.handoverDate, to: null };
          unit.handoverDate = undefined;
        }
        if (changes['number']) {
          changes['label'] = { from: unit.label, to: `${building.name}${unit.number}` };
          unit.label = `${building.name}${unit.number}`;
        }
        if (Object.keys(changes).length === 0) return unit;
        const now = new Date();
        unit.updatedAt = now;
        archiveRecord(em, 'unit', unit, { action: 'corrected', changes, reason: command.reason, at: now });
        await publishUnitUpdated(em, this.outbox, unit, Object.keys(changes), command.reason, now);
        await flushUnique(em, 'UNIT_EXISTS');
        return unit;
      },
      view: async (em, unit) => {
        const [view] = await unitViews(em, [unit]);
        return view;
      },
    });
  }

  async get(query: GetUnitV1): Promise<UnitView> {
    const unit = await this.em.findOne(Unit, { id: query.id });
    if (!unit) throw DomainError.notFound('UNIT_NOT_FOUND');
    const [view] = await unitViews(this.em, [unit]);
    return view;
  }

  async list(query: ListUnitsV1): Promise<Page<UnitView>> {
    // GEN-5: a filter naming a community or building the caller cannot see answers not found.
    if (query.communityId !== undefined) await visibleCommunity(this.em, query.communityId);
    if (query.buildingId !== undefined && !(await this.em.findOne(Building, { id: query.buildingId }))) {
      throw DomainError.notFound('BUILDING_NOT_FOUND');
    }
    const spoken =
      query.address !== undefined ? [await this.spokenUnit(query.communityId, query.address)] : [];
    const window = pageWindow(query);
    const page = pageQuery(window);
    const rows = await this.em.find(
      Unit,
      {
        ...(spoken.length > 0 ? { $and: spoken } : {}),
        ...(query.communityId !== undefined ? { communityId: query.communityId } : {}),
        ...(query.buildingId !== undefined ? { buildingId: query.buildingId } : {}),
        ...(query.status !== undefined ? { status: query.status } : {}),
        ...(query.type !== undefined ? { type: query.type } : {}),
        ...page.where,
      },
      page.options,
    );
    return toPage(rows, window, (shown) => unitViews(this.em, shown));
  }

  /**
   * The filter a spoken address (`3号楼1201室`) makes within a community: any reading of it (decision
   * 0285), buildings matched by code or name and numbers without leading zeros in upper case, or the
   * unit's own label as typed. A text that names no unit at all is 400 naming `address`.
   */
  private async spokenUnit(communityId: string | undefined, address: string): Promise<FilterQuery<Unit>> {
    const readings = spokenAddressReadings(address);
    const label = address.trim().toUpperCase();
    if (communityId === undefined || (readings.length === 0 && !(await this.labelled(communityId, label)))) {
      throw DomainError.validation([
        { field: 'address', message: 'address must name a unit as 3-1201, 3栋1201 or 3号楼1201室' },
      ]);
    }
    const buildings = readings.some((r) => r.building !== undefined)
      ? await this.em.find(Building, { communityId }, { fields: ['id', 'code', 'name'] })
      : [];
    const alternatives: FilterQuery<Unit>[] = readings.map((reading) => ({
      [raw(`ltrim(upper(number), '0')`)]: unitNumberKey(reading.number),
      ...(reading.building !== undefined
        ? {
            buildingId: {
              $in: buildings
                .filter(
                  (b) => buildingKey(b.code) === reading.building || buildingKey(b.name) === reading.building,
                )
                .map((b) => b.id),
            },
          }
        : {}),
    }));
    alternatives.push({ [raw('upper(label)')]: label });
    return { $or: alternatives };
  }

  private async labelled(communityId: string, label: string): Promise<boolean> {
    return (await this.em.count(Unit, { communityId, [raw('upper(label)')]: label })) > 0;
  }
}

/**
 * Decision 341: floors are counted as in China — 1 is the ground floor, -1 the first basement; there
 * is no floor 0. Out of the building's floors, 400 naming `floor` with the floors it has.
 */
function assertFloorOf(building: Building, floor: number): void {
  const above = building.floorsAboveGround;
  const below = building.floorsBelowGround;
  if (floor !== 0 && floor <= above && floor >= -below) return;
  const floors = below > 0 ? `between 1 and ${above} or between -${below} and -1` : `between 1 and ${above}`;
  throw DomainError.validation([
    {
      field: 'floor',
      message:
        floor === 0
          ? `there is no floor 0 (the ground floor is 1, the first basement -1): floor must be ${floors} in ${building.name}`
          : `floor must be ${floors} in ${building.name}`,
    },
  ]);
}

/** Decision 340: 409 `UNIT_EXISTS` naming `number` when the building has that number in any case. */
async function assertNumberFree(
  em: EntityManager,
  buildingId: string,
  number: string,
  exceptUnitId?: string,
): Promise<void> {
  const same = await em.findOne(Unit, {
    buildingId,
    number: { $ilike: number },
    ...(exceptUnitId ? { id: { $ne: exceptUnitId } } : {}),
  });
  if (same) {
    const message = `房号已存在：${same.label}`;
    throw new DomainError('UNIT_EXISTS', message, {
      field: 'number',
      unitId: same.id,
      errors: [{ field: 'number', message }],
    });
  }
}
