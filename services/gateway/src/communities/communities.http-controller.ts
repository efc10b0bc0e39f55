import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  BuildingDetailsV1,
  BuildingView,
  CommunityView,
  CreateBuilding,
  CreateCommunity,
  CreateCommunityV1,
  GetCommunity,
  ListBuildings,
  ListBuildingsV1,
  ListCommunities,
  PageQuery,
  type Page,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { CommunityIdParam } from '../http/community-id-param.js';
import {
  ApiBadInput,
  ApiCommunityPath,
  ApiCreates,
  ApiJsonBody,
  ApiNotFound,
  ApiOk,
  ApiPage,
  ApiQueryOf,
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

/** RES-1: the company's communities and their buildings. Communities are identified by code. */
@ApiTag('communities')
@ApiServedBy('residents')
@Controller('api/v1/communities')
export class CommunitiesHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @HttpCode(201)
  @RequiresPermission('communities.manage')
  @ApiOperation({ summary: '登记小区 Register a community (RES-1)' })
  @ApiJsonBody(CreateCommunityV1)
  @ApiCreates(CommunityView, 'COMMUNITY_EXISTS: the code is taken in this company')
  @ApiBadInput()
  createCommunity(@Body() body: CreateCommunityV1): Promise<CommunityView> {
    return this.bus.request(CreateCommunity, body);
  }

  @Get()
  @RequiresPermission('structure.read')
  @ApiOperation({ summary: "小区列表 The caller's communities (RES-1, GEN-5)" })
  @ApiQueryOf(PageQuery)
  @ApiPage(CommunityView)
  @ApiBadInput()
  listCommunities(@Query() query: PageQuery): Promise<Page<CommunityView>> {
    return this.bus.request(ListCommunities, query);
  }

  @Get(':id')
  @RequiresPermission('structure.read')
  @ApiOperation({ summary: '查看小区 Read a community (RES-1)' })
  @ApiCommunityPath()
  @ApiOk(CommunityView)
  @ApiBadInput()
  @ApiNotFound("No such community in the caller's company and communities")
  getCommunity(@Param() params: CommunityIdParam): Promise<CommunityView> {
    return this.bus.request(GetCommunity, { id: params.id });
  }

  @Post(':id/buildings')
  @HttpCode(201)
  @RequiresPermission('communities.manage')
  @ApiOperation({ summary: '新增楼栋 Add a building to a community (RES-1)' })
  @ApiCommunityPath()
  @ApiJsonBody(BuildingDetailsV1)
  @ApiCreates(BuildingView, 'BUILDING_EXISTS: the code is taken in this community')
  @ApiBadInput()
  @ApiNotFound("No such community in the caller's communities")
  createBuilding(@Param() params: CommunityIdParam, @Body() body: BuildingDetailsV1): Promise<BuildingView> {
    return this.bus.request(CreateBuilding, { ...body, communityId: params.id });
  }

  @Get(':id/buildings')
  @RequiresPermission('structure.read')
  @ApiOperation({ summary: '楼栋列表 The buildings of a community (RES-1)' })
  @ApiCommunityPath()
  @ApiQueryOf(ListBuildingsV1, 'communityId')
  @ApiPage(BuildingView)
  @ApiBadInput()
  @ApiNotFound("No such community in the caller's communities")
  listBuildings(@Param() params: CommunityIdParam, @Query() query: PageQuery): Promise<Page<BuildingView>> {
    return this.bus.request(ListBuildings, { ...query, communityId: params.id });
  }
}
