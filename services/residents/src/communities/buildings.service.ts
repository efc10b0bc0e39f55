import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  BuildingCreated,
  CreateBuilding,
  type BuildingView,
  type CreateBuildingV1,
  type ListBuildingsV1,
  type Page,
} from '@pcs/contracts';
import { archiveRecord, newId, Outbox, pageQuery, pageWindow, runCommand, toPage } from '@pcs/platform';
import { flushUnique } from '../persistence/flush-unique.js';
import { Building } from './building.entity.js';
import { assertBuildingUnique } from './building-uniqueness.js';
import { toBuildingView } from './community.view.js';
import { countByKey } from './structure-counts.js';
import { visibleCommunity } from './visible-community.js';

/** RES-1: the buildings (楼栋) of a community. */
@Injectable()
export class BuildingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  create(command: CreateBuildingV1): Promise<BuildingView> {
    return runCommand(this.em, CreateBuilding, command, {
      load: (em) => visibleCommunity(em, command.communityId),
      change: async (em, community) => {
        await assertBuildingUnique(
          em,
          { companyId: community.companyId, communityId: community.id },
          { code: command.code, name: command.name },
        );
        const now = new Date();
        const building = em.create(Building, {
          id: newId(),
          companyId: community.companyId,
          communityId: community.id,
          code: command.code,
          name: command.name,
          floorsAboveGround: command.floorsAboveGround,
          floorsBelowGround: command.floorsBelowGround ?? 0,
          createdAt: now,
        });
        archiveRecord(em, 'building', building, {
          action: 'created',
          changes: {
            code: building.code,
            name: building.name,
            floorsAboveGround: building.floorsAboveGround,
            floorsBelowGround: building.floorsBelowGround,
          },
          at: now,
        });
        await this.outbox.stage(em, BuildingCreated, {
          aggregateId: building.id,
          companyId: building.companyId,
          communityId: building.communityId,
          time: now,
          data: { buildingId: building.id, code: building.code, name: building.name },
        });
        await flushUnique(em, 'BUILDING_EXISTS');
        return building;
      },
      view: (_em, building) => toBuildingView(building, 0),
    });
  }

  async list(query: ListBuildingsV1): Promise<Page<BuildingView>> {
    const community = await visibleCommunity(this.em, query.communityId);
    const window = pageWindow(query);
    const page = pageQuery(window);
    const rows = await this.em.find(Building, { communityId: community.id, ...page.where }, page.options);
    return toPage(rows, window, async (shown) => {
      const units = await countByKey(
        this.em,
        { table: 'unit', key: 'building_id' },
        community.companyId,
        shown.map((b) => b.id),
      );
      return shown.map((b) => toBuildingView(b, units.get(b.id) ?? 0));
    });
  }
}
