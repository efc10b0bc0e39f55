import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  BuildingDetailsV1,
  BuildingView,
  CommunityChangesV1,
  CommunityView,
  CompanySettingsV1,
  CompanyView,
  UpdateCompany,
  UpdateCommunity,
  CreateBuilding,
  CreateCommunity,
  CreateCommunityV1,
  GetCommunity,
  GetCompany,
  GetCompanyV1,
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
  ApiIdempotent,
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

  @Patch(':id')
  @RequiresPermission('communities.manage')
  @ApiOperation({
    summary: "更正小区信息 Correct a community's name, kind or address, with the reason kept (RES-1, GEN-3)",
  })
  @ApiCommunityPath()
  @ApiJsonBody(CommunityChangesV1)
  @ApiOk(CommunityView)
  @ApiIdempotent()
  @ApiBadInput()
  @ApiNotFound("No such community in the caller's communities")
  updateCommunity(
    @Param() params: CommunityIdParam,
    @Body() body: CommunityChangesV1,
  ): Promise<CommunityView> {
    return this.bus.request(UpdateCommunity, { ...body, communityId: params.id });
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

/** The caller's company (物业公司): its name as documents print it. */
@ApiTag('communities')
@ApiServedBy('residents')
@Controller('api/v1/company')
export class CompanyHttpController {
  constructor(private readonly bus: BusClient) {}

  @Get()
  @RequiresPermission('structure.read')
  @ApiOperation({
    summary:
      "查看公司设置 Read the caller's company name and settings, e.g. the decoration deposit refund wait (BIL-9)",
  })
  @ApiQueryOf(GetCompanyV1)
  @ApiOk(CompanyView)
  @ApiBadInput()
  @ApiNotFound('The company has no community yet, or the code is not the caller’s company')
  getCompany(@Query() query: GetCompanyV1): Promise<CompanyView> {
    return this.bus.request(GetCompany, query);
  }

  // GEN-5 (decision 0276): the service refuses a caller not scoped to the whole company (403).
  @Patch()
  @RequiresPermission('communities.manage')
  @ApiOperation({
    summary:
      "公司设置 Set the caller's company name as documents print it and its settings, e.g. the decoration deposit refund wait (GEN-3, BIL-9)",
  })
  @ApiJsonBody(CompanySettingsV1)
  @ApiOk(CompanyView)
  @ApiIdempotent()
  @ApiBadInput()
  @ApiNotFound('The company has no community yet')
  updateCompany(@Body() body: CompanySettingsV1): Promise<CompanyView> {
    return this.bus.request(UpdateCompany, body);
  }
}
