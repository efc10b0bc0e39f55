import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  CreateUnit,
  DomainError,
  UnitCreated,
  type CreateUnitV1,
  type GetUnitV1,
  type ListUnitsV1,
  type Page,
  type UnitView,
} from '@pcs/contracts';
import { archiveRecord, newId, Outbox, pageQuery, pageWindow, runCommand, toPage } from '@pcs/platform';
import { Building } from '../communities/building.entity.js';
import { visibleCommunity } from '../communities/visible-community.js';
import { flushUnique } from '../persistence/flush-unique.js';
import { Unit } from './unit.entity.js';
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
        if (command.floor > building.floorsAboveGround || command.floor < -building.floorsBelowGround) {
          throw DomainError.validation([
            {
              field: 'floor',
              message: `floor must be between -${building.floorsBelowGround} and ${building.floorsAboveGround} in ${building.name}`,
            },
          ]);
        }
        return building;
      },
      change: async (em, building) => {
        if (await em.findOne(Unit, { buildingId: building.id, number: command.number })) {
          throw new DomainError('UNIT_EXISTS');
        }
        const now = new Date();
        const unit = em.create(Unit, {
          id: newId(),
          companyId: building.companyId,
          communityId: building.communityId,
          buildingId: building.id,
          number: command.number,
          label: `${building.name}${command.number}`,
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
    const window = pageWindow(query);
    const page = pageQuery(window);
    const rows = await this.em.find(
      Unit,
      {
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
}
