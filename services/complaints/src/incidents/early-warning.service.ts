import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  DomainError,
  RecordEarlyWarningAction,
  SetEarlyWarningRule,
  type EarlyWarningRuleView,
  type EarlyWarningView,
  type GetEarlyWarningRuleV1,
  type GetEarlyWarningV1,
  type ListEarlyWarningsV1,
  type Page,
  type RecordEarlyWarningActionV1,
  type SetEarlyWarningRuleV1,
} from '@pcs/contracts';
import {
  archiveRecord,
  CallContext,
  Clock,
  lockRecord,
  pageQuery,
  pageWindow,
  runCommand,
  toPage,
  knownCommunity,
} from '@pcs/platform';
import { EarlyWarning } from './early-warning.entity.js';
import { EARLY_WARNING_RECORD, warningRuleOf } from './early-warnings.js';
import { earlyWarningView } from './incident.view.js';
import { listedCommunity } from '../replicas/listed-community.js';

/** CMP-11: the open warnings and what was done about them; a community's threshold and window. */
@Injectable()
export class EarlyWarningService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async list(query: ListEarlyWarningsV1): Promise<Page<EarlyWarningView>> {
    const window = pageWindow(query);
    const page = pageQuery(window, 'desc');
    const where: FilterQuery<EarlyWarning> = { ...page.where };
    // GEN-5: a community outside the caller's scope or unknown is 404, not an empty list (decision 0302).
    if (query.communityId) where.communityId = await listedCommunity(this.em, query.communityId);
    if (query.status) where.status = query.status;
    const rows = await this.em.find(EarlyWarning, where, page.options);
    return toPage(rows, window, (shown) => shown.map(earlyWarningView));
  }

  async get(query: GetEarlyWarningV1): Promise<EarlyWarningView> {
    const warning = await this.em.findOne(EarlyWarning, { id: query.id });
    if (!warning) throw DomainError.notFound('EARLY_WARNING_NOT_FOUND');
    return earlyWarningView(warning);
  }

  /** What was done; `close` settles an open warning. A warning already settled takes notes only. */
  recordAction(command: RecordEarlyWarningActionV1): Promise<EarlyWarningView> {
    return runCommand(this.em, RecordEarlyWarningAction, command, {
      load: (em) => lockRecord(em, EarlyWarning, command.warningId, 'EARLY_WARNING_NOT_FOUND'),
      change: async (em, warning) => {
        if (command.close && warning.status !== 'open') {
          throw new DomainError(
            'INVALID_STATE_TRANSITION',
            `预警已${warning.status === 'incident' ? '转为突发事件' : '处理'}，不能再关闭`,
            {
              status: warning.status,
            },
          );
        }
        const actor = CallContext.actor();
        const now = this.clock.now();
        warning.actions = [
          ...warning.actions,
          { at: now.toISOString(), byId: actor.sub, byName: actor.name, note: command.note },
        ];
        if (command.close) {
          warning.status = 'closed';
          warning.closedAt = now;
        }
        warning.updatedAt = now;
        archiveRecord(em, EARLY_WARNING_RECORD, warning, {
          action: command.close ? 'closed' : 'action-recorded',
          changes: command.close ? { status: 'closed' } : {},
          reason: command.note,
          at: now,
        });
        return warning;
      },
      view: (_em, warning) => earlyWarningView(warning),
    });
  }

  setRule(command: SetEarlyWarningRuleV1): Promise<EarlyWarningRuleView> {
    const actor = CallContext.actor();
    return runCommand(this.em, SetEarlyWarningRule, command, {
      load: (em) => knownCommunity(em, actor, command.communityId),
      change: async (em) => {
        await em.execute(
          `insert into early_warning_rule (company_id, community_id, threshold, window_days, updated_at)
           values (?, ?, ?, ?, ?)
           on conflict (company_id, community_id)
           do update set threshold = excluded.threshold, window_days = excluded.window_days, updated_at = excluded.updated_at`,
          [actor.companyId, command.communityId, command.threshold, command.windowDays, this.clock.now()],
        );
        return command.communityId;
      },
      view: (em, communityId) => this.ruleView(em, actor.companyId, communityId),
    });
  }

  async getRule(query: GetEarlyWarningRuleV1): Promise<EarlyWarningRuleView> {
    const actor = CallContext.actor();
    await knownCommunity(this.em, actor, query.communityId);
    return this.ruleView(this.em, actor.companyId, query.communityId);
  }

  private async ruleView(
    em: EntityManager,
    companyId: string,
    communityId: string,
  ): Promise<EarlyWarningRuleView> {
    const rule = await warningRuleOf(em, companyId, communityId);
    return { communityId, ...rule };
  }
}
