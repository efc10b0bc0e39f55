import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreateBuilding,
  CreateBuildingV1,
  CreateCommunity,
  CreateCommunityV1,
  GetCommunity,
  GetCommunityV1,
  ListBuildings,
  ListBuildingsV1,
  ListCommunities,
  PageQuery,
  type BuildingView,
  type CommunityView,
  type Page,
} from '@pcs/contracts';
import { BuildingsService } from './buildings.service.js';
import { CommunitiesService } from './communities.service.js';

@Controller()
export class CommunitiesNatsController {
  constructor(
    private readonly communities: CommunitiesService,
    private readonly buildings: BuildingsService,
  ) {}

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
