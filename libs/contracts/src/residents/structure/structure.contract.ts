import { type Page, PageQuery } from '../../common/pagination.js';
import { defineCommand, defineEvent, defineQuery } from '../../events/definitions.js';
import { ResidentsBus } from '../residents.bus.js';
import { BuildingCreatedV1 } from './building-created.js';
import type { BuildingView } from './building-view.js';
import { CommunityCreatedV1 } from './community-created.js';
import type { CommunityView } from './community-view.js';
import { CreateBuildingV1 } from './create-building.js';
import { CreateCommunityV1 } from './create-community.js';
import {
  CommunityUpdatedV1,
  CompanySettingsV1,
  UnitUpdatedV1,
  UpdateBuildingV1,
  UpdateCommunityV1,
  UpdateUnitV1,
  type CompanyView,
} from './corrections.js';
import { CreateUnitV1 } from './create-unit.js';
import { GetCommunityV1 } from './get-community.js';
import { GetCompanyV1 } from './get-company.js';
import { GetUnitV1 } from './get-unit.js';
import { ListBuildingsV1 } from './list-buildings.js';
import { ListUnitsV1 } from './list-units.js';
import { UnitCreatedV1 } from './unit-created.js';
import { UnitStatusChangedV1 } from './unit-status-changed.js';
import type { UnitView } from './unit-view.js';

/* RES-1: property structure (communities, buildings, units). */

const C = ResidentsBus.commands;
const Q = ResidentsBus.queries;
const E = ResidentsBus.events;

export const CreateCommunity = defineCommand<CreateCommunityV1, CommunityView>({
  subject: C.createCommunity,
  request: CreateCommunityV1,
  summary: 'Register a community (RES-1)',
});

export const GetCommunity = defineQuery<GetCommunityV1, CommunityView>({
  subject: Q.getCommunity,
  request: GetCommunityV1,
  summary: 'Read a community',
});

export const ListCommunities = defineQuery<PageQuery, Page<CommunityView>>({
  subject: Q.listCommunities,
  request: PageQuery,
  summary: "The caller's communities",
});

export const CreateBuilding = defineCommand<CreateBuildingV1, BuildingView>({
  subject: C.createBuilding,
  request: CreateBuildingV1,
  summary: 'Add a building to a community (RES-1)',
});

export const ListBuildings = defineQuery<ListBuildingsV1, Page<BuildingView>>({
  subject: Q.listBuildings,
  request: ListBuildingsV1,
  summary: "A community's buildings",
});

export const CreateUnit = defineCommand<CreateUnitV1, UnitView>({
  subject: C.createUnit,
  request: CreateUnitV1,
  summary: 'Add a unit to a building (RES-1)',
});

export const GetUnit = defineQuery<GetUnitV1, UnitView>({
  subject: Q.getUnit,
  request: GetUnitV1,
  summary: 'Read a unit with its current occupants (masked)',
});

export const ListUnits = defineQuery<ListUnitsV1, Page<UnitView>>({
  subject: Q.listUnits,
  request: ListUnitsV1,
  summary: 'Units by community, building, status or type',
});

export const CommunityCreated = defineEvent({
  subject: E.communityCreated,
  type: 'community.created.v1',
  data: CommunityCreatedV1,
  summary: 'A community was registered',
});

export const BuildingCreated = defineEvent({
  subject: E.buildingCreated,
  type: 'building.created.v1',
  data: BuildingCreatedV1,
  summary: 'A building was added',
});

export const UnitCreated = defineEvent({
  subject: E.unitCreated,
  type: 'unit.created.v1',
  data: UnitCreatedV1,
  summary: 'A unit was added',
});

export const UnitStatusChanged = defineEvent({
  subject: E.unitStatusChanged,
  type: 'unit.status-changed.v1',
  data: UnitStatusChangedV1,
  summary: 'A unit became vacant, occupied or decorating',
});

export const UpdateCommunity = defineCommand<UpdateCommunityV1, CommunityView>({
  subject: C.updateCommunity,
  request: UpdateCommunityV1,
  summary: "Correct a community's name, kind or address, with a reason (RES-1, GEN-3)",
});

export const UpdateBuilding = defineCommand<UpdateBuildingV1, BuildingView>({
  subject: C.updateBuilding,
  request: UpdateBuildingV1,
  summary: "Correct a building's name or floors, with a reason; its units' labels follow (RES-1, GEN-3)",
});

export const UpdateUnit = defineCommand<UpdateUnitV1, UnitView>({
  subject: C.updateUnit,
  request: UpdateUnitV1,
  summary: "Correct a unit's number, floor, type, area or handover date, with a reason (RES-1, GEN-3)",
});

export const UpdateCompany = defineCommand<CompanySettingsV1, CompanyView>({
  subject: C.updateCompany,
  request: CompanySettingsV1,
  summary:
    "Set the caller's company name and settings (the decoration deposit's refund wait), with a reason (GEN-3)",
});

export const GetCompany = defineQuery<GetCompanyV1, CompanyView>({
  subject: Q.getCompany,
  request: GetCompanyV1,
  summary: "Read the caller's company name and settings",
});

export const UnitUpdated = defineEvent({
  subject: E.unitUpdated,
  type: 'unit.updated.v1',
  data: UnitUpdatedV1,
  summary: 'A unit was corrected; carries the unit as it now is (RES-1)',
});

export const CommunityUpdated = defineEvent({
  subject: E.communityUpdated,
  type: 'community.updated.v1',
  data: CommunityUpdatedV1,
  summary: "A community's name or kind was corrected (RES-1)",
});
