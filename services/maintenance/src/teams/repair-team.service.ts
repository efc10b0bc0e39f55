import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  canAccessCommunity,
  CreateRepairTeam,
  DomainError,
  seesAllCommunities,
  type CreateRepairTeamV1,
  type ListRepairTeamsV1,
  type RepairTeamListView,
  type RepairTeamView,
  nameKey,
  sameName,
  tidyName,
} from '@pcs/contracts';
import { archive, CallContext, Clock, CommunityReplica, newId, runCommand } from '@pcs/platform';
import { refuseUnannounced } from '../replicas/known-community.js';
import { RepairTeam } from './repair-team.entity.js';

/** The archive's record of a repair team; the directory is the company's, not one community's. */
export const REPAIR_TEAM_RECORD = 'repair-team';
const COMPANY_WIDE = '*';

/** MNT-7, MNT-13 (decision 0329): the company's directory of repair teams. */
@Injectable()
export class RepairTeamService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /**
   * A new team of the directory. The directory serves every community, so only a caller who sees
   * every community adds to it (as the company's warranty periods, decision 0260). Its name is unique
   * in the company as names compare (decision 0377: spaces, width, case and invisible characters
   * ignored), and its id, when given, is not another team's: 422 naming the field otherwise.
   */
  create(command: CreateRepairTeamV1): Promise<RepairTeamView> {
    const actor = CallContext.actor();
    if (!seesAllCommunities(actor)) {
      throw new DomainError('FORBIDDEN', '只有负责全公司的人员才能设置维修班组');
    }
    const communityIds = command.communityIds ?? [];
    // Decision 0377: stored without the spaces or invisible characters typed or pasted around it.
    const name = tidyName(command.name);
    if (!name) {
      throw DomainError.validation([
        { field: 'name', message: 'name must say something, not only invisible characters' },
      ]);
    }
    return runCommand(this.em, CreateRepairTeam, command, {
      change: async (em) => {
        // One team added at a time per company, so two names cannot slip past each other's check.
        await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [
          `repair-team:${actor.companyId}`,
        ]);
        for (const [i, communityId] of communityIds.entries()) {
          const known = await em.findOne(
            CommunityReplica,
            { companyId: actor.companyId, communityId },
            { filters: false },
          );
          if (!known) {
            throw DomainError.validation([
              { field: `communityIds[${i}]`, message: `${communityId} is not a community of this company` },
            ]);
          }
        }
        // Decision 0377: " 测试二队 " is 测试二队, so it is refused beside it rather than added as a
        // second team nobody can tell apart in a list (the directory is a few dozen rows).
        const key = nameKey(name);
        const taken = (await em.find(RepairTeam, { companyId: actor.companyId }, { filters: false })).find(
          (t) => nameKey(t.name) === key,
        );
        if (taken) {
          throw DomainError.onField('BUSINESS_RULE_VIOLATED', 'name', `维修班组“${taken.name}”已存在`);
        }
        if (command.id && (await em.findOne(RepairTeam, { id: command.id }, { filters: false }))) {
          throw DomainError.onField('BUSINESS_RULE_VIOLATED', 'id', '该班组编号已被使用');
        }
        const now = this.clock.now();
        const team = em.create(RepairTeam, {
          id: command.id ?? newId(),
          companyId: actor.companyId,
          name,
          communityIds,
          createdById: actor.sub,
          createdByName: actor.name,
          createdAt: now,
        });
        archive(em, {
          companyId: actor.companyId,
          communityId: COMPANY_WIDE,
          recordType: REPAIR_TEAM_RECORD,
          recordId: team.id,
          action: 'create',
          changes: { name: team.name, communityIds },
          at: now,
        });
        return team;
      },
      view: (_, t) => repairTeamView(t),
    });
  }

  /**
   * The caller's company's teams by name, or those serving `communityId` (the company-wide among them).
   * GEN-5 (decision 0378): a community outside the caller's is 404, as one the company does not have;
   * without a filter a community-scoped caller sees the teams serving one of its communities only.
   */
  async list(query: ListRepairTeamsV1): Promise<RepairTeamListView> {
    const actor = CallContext.actor();
    const { communityId } = query;
    if (communityId) {
      if (!canAccessCommunity(actor, communityId)) throw DomainError.notFound('COMMUNITY_NOT_FOUND');
      await refuseUnannounced(this.em, communityId);
    }
    const rows = await this.em.find(RepairTeam, {}, { orderBy: { name: 'asc' } });
    const items = rows.filter((t) =>
      communityId
        ? servesCommunity(t, communityId)
        : seesAllCommunities(actor) || actor.communities.some((c) => servesCommunity(t, c)),
    );
    return { items: items.map(repairTeamView) };
  }
}

/** A team with no communities serves the whole company. */
export function servesCommunity(team: Pick<RepairTeam, 'communityIds'>, communityId: string): boolean {
  return team.communityIds.length === 0 || team.communityIds.includes(communityId);
}

/**
 * MNT-7, MNT-13 (decision 0330): the directory's team an order of `communityId` is dispatched to. An
 * id the caller's company does not hold, or a team that does not serve the order's community, is
 * refused 400 naming `teamId`; a name given beside it must be the directory's (400 naming `teamName`).
 */
export async function teamForDispatch(
  em: EntityManager,
  order: { companyId: string; communityId: string },
  teamId: string | undefined,
  teamName: string | undefined,
): Promise<RepairTeam> {
  const team = teamId
    ? await em.findOne(RepairTeam, { id: teamId, companyId: order.companyId }, { filters: false })
    : null;
  if (!team) {
    throw DomainError.validation([
      {
        field: 'teamId',
        message: teamId
          ? 'teamId is not a repair team of the directory (GET /api/v1/repair-teams)'
          : 'teamId is required',
      },
    ]);
  }
  if (!servesCommunity(team, order.communityId)) {
    throw DomainError.validation([
      { field: 'teamId', message: `${team.name} does not serve community ${order.communityId}` },
    ]);
  }
  // Decision 0377: compared as names are (spaces, width, case, invisible characters ignored).
  if (teamName !== undefined && !sameName(teamName, team.name)) {
    throw DomainError.validation([
      { field: 'teamName', message: `teamName must be the directory's name of the team, ${team.name}` },
    ]);
  }
  return team;
}

export function repairTeamView(t: RepairTeam): RepairTeamView {
  return { id: t.id, name: t.name, communityIds: t.communityIds, createdAt: t.createdAt.toISOString() };
}
