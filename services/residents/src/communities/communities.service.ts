import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  canAccessCommunity,
  COMMUNITY_ID_PATTERN,
  CommunityCreated,
  CreateCommunity,
  DomainError,
  type CommunityView,
  type CreateCommunityV1,
  type GetCommunityV1,
  type Page,
  type PageQuery,
} from '@pcs/contracts';
import { archive, CallContext, Outbox, pageQuery, pageWindow, runCommand, toPage } from '@pcs/platform';
import { DEFAULT_TIME_ZONE, isTimeZone } from '@pcs/work-calendar';
import { flushUnique } from '../persistence/flush-unique.js';
import { Community } from './community.entity.js';
import { toCommunityView } from './community.view.js';
import { countByKey } from './structure-counts.js';
import { visibleCommunity } from './visible-community.js';

/** RES-1: the communities of a company. */
@Injectable()
export class CommunitiesService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  async create(command: CreateCommunityV1): Promise<CommunityView> {
    const actor = CallContext.actor();
    // GEN-5: a staff member creates only communities they will be able to see; refusing whether or not
    // the code is taken tells nothing about other communities.
    if (!canAccessCommunity(actor, command.id)) {
      throw new DomainError('FORBIDDEN', '只能创建本人负责范围内的小区');
    }
    const timeZone = command.timeZone ?? DEFAULT_TIME_ZONE;
    if (!isTimeZone(timeZone)) {
      throw DomainError.validation([
        { field: 'timeZone', message: 'timeZone must be an IANA time zone such as Asia/Shanghai' },
      ]);
    }
    return runCommand(this.em, CreateCommunity, command, {
      change: async (em) => {
        const now = new Date();
        // The company row appears with its first community; its name is its code until someone sets it.
        await em.execute(
          `insert into company (id, name, created_at) values (?, ?, ?) on conflict (id) do nothing`,
          [actor.companyId, actor.companyId, now],
        );
        if (await em.findOne(Community, { companyId: actor.companyId, id: command.id })) {
          throw new DomainError('COMMUNITY_EXISTS');
        }
        const community = em.create(Community, {
          companyId: actor.companyId,
          id: command.id,
          name: command.name,
          kind: command.kind,
          province: command.address.province,
          city: command.address.city,
          district: command.address.district,
          street: command.address.street,
          timeZone,
          createdAt: now,
        });
        archive(em, {
          companyId: community.companyId,
          communityId: community.id,
          recordType: 'community',
          recordId: community.id,
          action: 'created',
          changes: { name: community.name, kind: community.kind, timeZone, address: command.address },
          at: now,
        });
        await this.outbox.stage(em, CommunityCreated, {
          aggregateId: community.id,
          companyId: community.companyId,
          communityId: community.id,
          time: now,
          data: { communityId: community.id, name: community.name, kind: community.kind, timeZone },
        });
        await flushUnique(em, 'COMMUNITY_EXISTS');
        return community;
      },
      view: (_em, community) => toCommunityView(community, { buildingCount: 0, unitCount: 0 }),
    });
  }

  async get(query: GetCommunityV1): Promise<CommunityView> {
    const community = await visibleCommunity(this.em, query.id);
    const [view] = await this.views([community]);
    return view;
  }

  /** The caller's communities: all of the company's for company-wide roles (GEN-5). */
  async list(query: PageQuery): Promise<Page<CommunityView>> {
    const window = pageWindow(query, { name: 'communities', ids: COMMUNITY_ID_PATTERN });
    const page = pageQuery(window);
    const rows = await this.em.find(Community, page.where, page.options);
    return toPage(rows, window, (shown) => this.views(shown));
  }

  private async views(communities: Community[]): Promise<CommunityView[]> {
    const companyId = CallContext.actor().companyId;
    const ids = communities.map((c) => c.id);
    const [buildings, units] = await Promise.all([
      countByKey(this.em, { table: 'building', key: 'community_id' }, companyId, ids),
      countByKey(this.em, { table: 'unit', key: 'community_id' }, companyId, ids),
    ]);
    return communities.map((c) =>
      toCommunityView(c, { buildingCount: buildings.get(c.id) ?? 0, unitCount: units.get(c.id) ?? 0 }),
    );
  }
}
