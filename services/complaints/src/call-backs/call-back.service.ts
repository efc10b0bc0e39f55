import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  CallBackStatus,
  CompleteCallBack,
  DomainError,
  type CallBackView,
  type CompleteCallBackV1,
  type ListCallBacksV1,
  type Page,
} from '@pcs/contracts';
import {
  archiveRecord,
  CallContext,
  lockRecord,
  pageQuery,
  pageWindow,
  runCommand,
  toPage,
  Clock,
} from '@pcs/platform';
import { COMPLAINT_RECORD } from '../complaints/complaint.view.js';
import { CALL_BACK_RECORD } from './call-back-book.js';
import { CallBack } from './call-back.entity.js';
import { callBackView, callBackViews } from './call-back.view.js';
import { listedCommunity } from '../replicas/listed-community.js';

/** CMP-4: the desk's call-back list and the calls made from it. */
@Injectable()
export class CallBackService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /**
   * Open call-backs oldest first, which is also oldest due first (the due time only grows with the
   * time of listing, decision 0087); done ones newest first. Keyset on the id, never OFFSET.
   */
  async list(query: ListCallBacksV1): Promise<Page<CallBackView>> {
    const status = query.status ?? 'open';
    // Each status is its own list: a cursor of the open list means nothing in the done one.
    const window = pageWindow(query, { name: `ListCallBacksV1:${status}` });
    const page = pageQuery(window, status === 'open' ? 'asc' : 'desc');
    const where: FilterQuery<CallBack> = { ...page.where, status };
    // GEN-5: a community outside the caller's scope or unknown is 404, not an empty list (decision 0302).
    if (query.communityId) where.communityId = await listedCommunity(this.em, query.communityId);
    const rows = await this.em.find(CallBack, where, page.options);
    return toPage(rows, window, (shown) => callBackViews(this.em, shown, this.clock.now()));
  }

  /** The desk called the customer back: done, with what came of it, in its history and the entry's. */
  complete(command: CompleteCallBackV1): Promise<CallBackView> {
    return runCommand(this.em, CompleteCallBack, command, {
      load: (em) => lockRecord(em, CallBack, command.callBackId, 'CALL_BACK_NOT_FOUND'),
      change: async (em, callBack) => {
        if (callBack.status !== 'open') {
          throw new DomainError(
            'INVALID_STATE_TRANSITION',
            `回电当前状态为“${CallBackStatus.label(callBack.status)}”，不能再完成`,
            { status: callBack.status, statusLabel: CallBackStatus.label(callBack.status) },
          );
        }
        const actor = CallContext.actor();
        const now = this.clock.now();
        Object.assign(callBack, {
          status: 'done',
          outcome: command.outcome,
          doneAt: now,
          doneById: actor.sub,
          doneByName: actor.name,
          updatedAt: now,
        });
        archiveRecord(em, CALL_BACK_RECORD, callBack, {
          action: 'done',
          changes: { status: { from: 'open', to: 'done' } },
          reason: command.outcome,
          at: now,
        });
        // The register entry's own history shows that the customer was told (CMP-4, GEN-3).
        archiveRecord(
          em,
          COMPLAINT_RECORD,
          { id: callBack.complaintId, companyId: callBack.companyId, communityId: callBack.communityId },
          { action: 'called-back', changes: { callBackId: callBack.id }, reason: command.outcome, at: now },
        );
        return callBack;
      },
      view: (em, callBack) => callBackView(em, callBack, this.clock.now()),
    });
  }
}
