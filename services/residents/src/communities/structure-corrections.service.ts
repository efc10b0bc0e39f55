import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  CommunityUpdated,
  DomainError,
  UpdateCompany,
  UpdateBuilding,
  UpdateCommunity,
  type BuildingView,
  type CommunityView,
  type CompanySettingsV1,
  type CompanyView,
  type GetCompanyV1,
  type UpdateBuildingV1,
  type UpdateCommunityV1,
} from '@pcs/contracts';
import { archive, archiveRecord, CallContext, Outbox, runCommand } from '@pcs/platform';
import { applyFieldChanges, type FieldChange } from '../persistence/field-changes.js';
import { Unit } from '../units/unit.entity.js';
import { publishUnitUpdated } from '../units/unit-updated.js';
import { Building } from './building.entity.js';
import { assertBuildingUnique } from './building-uniqueness.js';
import { Company } from './company.entity.js';
import { toBuildingView, toCommunityView } from './community.view.js';
import { Community } from './community.entity.js';
import { countByKey } from './structure-counts.js';
import { assertCompanyWideCaller, visibleCommunity } from './visible-community.js';

/** The archive's community for what belongs to the whole company (its name). */
const COMPANY_WIDE = '*';

/**
 * RES-1, GEN-3: corrections of communities, buildings and the company's name. Only the fields given
 * change; each correction is archived with who and why, and a correction that changes nothing
 * archives nothing.
 */
@Injectable()
export class StructureCorrectionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  updateCommunity(command: UpdateCommunityV1): Promise<CommunityView> {
    return runCommand(this.em, UpdateCommunity, command, {
      change: async (em) => {
        const visible = await visibleCommunity(em, command.communityId);
        const community = await em.findOneOrFail(
          Community,
          { companyId: visible.companyId, id: visible.id },
          { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
        );
        const changes = applyFieldChanges(community, command, ['name', 'kind']);
        if (command.address) {
          Object.assign(changes, applyFieldChanges(community, command.address, ADDRESS_FIELDS));
        }
        if (Object.keys(changes).length === 0) return community;
        const now = new Date();
        archive(em, {
          companyId: community.companyId,
          communityId: community.id,
          recordType: 'community',
          recordId: community.id,
          action: 'corrected',
          changes,
          reason: command.reason,
          at: now,
        });
        await this.outbox.stage(em, CommunityUpdated, {
          aggregateId: community.id,
          companyId: community.companyId,
          communityId: community.id,
          time: now,
          data: {
            communityId: community.id,
            name: community.name,
            kind: community.kind,
            timeZone: community.timeZone,
          },
        });
        return community;
      },
      view: async (em, community) => {
        const [buildings, units] = await Promise.all([
          countByKey(em, { table: 'building', key: 'community_id' }, community.companyId, [community.id]),
          countByKey(em, { table: 'unit', key: 'community_id' }, community.companyId, [community.id]),
        ]);
        return toCommunityView(community, {
          buildingCount: buildings.get(community.id) ?? 0,
          unitCount: units.get(community.id) ?? 0,
        });
      },
    });
  }

  /**
   * A building's name is part of every unit's label (`3栋1201`): renamed, its units' labels follow,
   * each published as `unit.updated`. Fewer floors are refused while a unit stands on a floor cut off.
   */
  updateBuilding(command: UpdateBuildingV1): Promise<BuildingView> {
    return runCommand(this.em, UpdateBuilding, command, {
      change: async (em) => {
        const building = await em.findOne(
          Building,
          { id: command.buildingId },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        if (!building) throw DomainError.notFound('BUILDING_NOT_FOUND');
        const units = await em.find(Unit, { buildingId: building.id }, { orderBy: { id: 'asc' } });
        const above = command.floorsAboveGround ?? building.floorsAboveGround;
        const below = command.floorsBelowGround ?? building.floorsBelowGround;
        const cutOff = units.filter((u) => u.floor > above || u.floor < -below);
        if (cutOff.length > 0) {
          throw new DomainError('BUSINESS_RULE_VIOLATED', '仍有房屋位于要删减的楼层', {
            field: command.floorsAboveGround !== undefined ? 'floorsAboveGround' : 'floorsBelowGround',
            units: cutOff.map((u) => u.label),
          });
        }
        if (command.name !== undefined && command.name !== building.name) {
          await assertBuildingUnique(em, building, { name: command.name });
        }
        const changes = applyFieldChanges(building, command, [
          'name',
          'floorsAboveGround',
          'floorsBelowGround',
        ]);
        if (Object.keys(changes).length === 0) return { building, unitCount: units.length };
        const now = new Date();
        archiveRecord(em, 'building', building, {
          action: 'corrected',
          changes,
          reason: command.reason,
          at: now,
        });
        if (changes['name']) {
          for (const unit of units) {
            const label: FieldChange = { from: unit.label, to: `${building.name}${unit.number}` };
            unit.label = `${building.name}${unit.number}`;
            unit.updatedAt = now;
            archiveRecord(em, 'unit', unit, {
              action: 'corrected',
              changes: { label },
              reason: command.reason,
              at: now,
            });
            await publishUnitUpdated(em, this.outbox, unit, ['label'], command.reason, now);
          }
        }
        return { building, unitCount: units.length };
      },
      view: (_em, { building, unitCount }) => toBuildingView(building, unitCount),
    });
  }

  /** The company's name and settings; its id (code) never changes. */
  updateCompany(command: CompanySettingsV1): Promise<CompanyView> {
    assertCompanyWideCaller('公司名称和设置');
    return runCommand(this.em, UpdateCompany, command, {
      change: async (em) => {
        const companyId = CallContext.actor().companyId;
        const company = await em.findOne(
          Company,
          { id: companyId },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        if (!company) throw DomainError.notFound('NOT_FOUND', '公司尚未建立小区');
        const changes = applyFieldChanges(company, command, ['name', 'decorationDepositRefundDays']);
        if (Object.keys(changes).length > 0) {
          archive(em, {
            companyId,
            communityId: COMPANY_WIDE,
            recordType: 'company',
            recordId: companyId,
            action: 'corrected',
            changes,
            reason: command.reason,
          });
        }
        return company;
      },
      view: (_em, company) => toCompanyView(company),
    });
  }

  /** The caller's company as it is set (decision 0276): readable without writing it. */
  async getCompany(query: GetCompanyV1): Promise<CompanyView> {
    const { companyId } = CallContext.actor();
    const company =
      query.id === undefined || query.id === companyId
        ? await this.em.findOne(Company, { id: companyId })
        : null;
    if (!company) throw DomainError.notFound('NOT_FOUND', '公司尚未建立小区');
    return toCompanyView(company);
  }
}

function toCompanyView(company: Company): CompanyView {
  return {
    id: company.id,
    name: company.name,
    decorationDepositRefundDays: company.decorationDepositRefundDays,
  };
}

const ADDRESS_FIELDS = ['province', 'city', 'district', 'street'] as const;
