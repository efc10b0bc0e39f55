import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreateBuilding,
  CreateBuildingV1,
  CreateCommunity,
  CreateCommunityV1,
  GetCommunity,
  GetCommunityV1,
  GetCompany,
  GetCompanyV1,
  ListBuildings,
  ListBuildingsV1,
  ListCommunities,
  UpdateCompany,
  CompanySettingsV1,
  PageQuery,
  UpdateBuilding,
  UpdateBuildingV1,
  UpdateCommunity,
  UpdateCommunityV1,
  type BuildingView,
  type CompanyView,
  type CommunityView,
  type Page,
} from '@pcs/contracts';
import { BuildingsService } from './buildings.service.js';
import { StructureCorrectionsService } from './structure-corrections.service.js';
import { CommunitiesService } from './communities.service.js';

@Controller()
export class CommunitiesNatsController {
  constructor(
    private readonly communities: CommunitiesService,
    private readonly buildings: BuildingsService,
    private readonly corrections: StructureCorrectionsService,
  ) {}

  @MessagePattern(UpdateCommunity.subject)
  updateCommunity(@Payload() command: UpdateCommunityV1): Promise<CommunityView> {
    return this.corrections.updateCommunity(command);
  }

  @MessagePattern(UpdateBuilding.subject)
  updateBuilding(@Payload() command: UpdateBuildingV1): Promise<BuildingView> {
    return this.corrections.updateBuilding(command);
  }

  @MessagePattern(UpdateCompany.subject)
  updateCompany(@Payload() command: CompanySettingsV1): Promise<CompanyView> {
    return this.corrections.updateCompany(command);
  }

  @MessagePattern(GetCompany.subject)
  getCompany(@Payload() query: GetCompanyV1): Promise<CompanyView> {
    return this.corrections.getCompany(query);
  }

  @MessagePattern(CreateCommunity.subject)
  createCommunity(@Payload() command: CreateCommunityV1): Promise<CommunityView> {
    return this.communities.create(command);
  }

  @MessagePattern(GetCommunity.subject)
  getCommunity(@Payload() query: GetCommunityV1): Promise<CommunityView> {
    return this.communities.get(query);
  }

  @MessagePattern(ListCommunities.subject)
  listCommunities(@Payload() query: PageQuery): Promise<Page<CommunityView>> {
    return this.communities.list(query);
  }

  @MessagePattern(CreateBuilding.subject)
  createBuilding(@Payload() command: CreateBuildingV1): Promise<BuildingView> {
    return this.buildings.create(command);
  }

  @MessagePattern(ListBuildings.subject)
  listBuildings(@Payload() query: ListBuildingsV1): Promise<Page<BuildingView>> {
    return this.buildings.list(query);
  }
}
