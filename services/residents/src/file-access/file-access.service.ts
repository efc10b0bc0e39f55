import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  DecideFileAccess,
  DomainError,
  hasAnyRole,
  RequestFileAccess,
  type DecideFileAccessV1,
  type FileAccessRequestView,
  type GetResidentFileV1,
  type ListFileAccessRequestsV1,
  type Page,
  type RequestFileAccessV1,
  type ResidentFileView,
  type Role,
} from '@pcs/contracts';
import {
  archiveRecord,
  CallContext,
  newId,
  pageQuery,
  pageWindow,
  RecordHistory,
  runCommand,
  toPage,
} from '@pcs/platform';
import { visibleCommunity } from '../communities/visible-community.js';
import { logPersonalDataAccess } from '../confidentiality/access-log.js';
import { Occupancy } from '../occupancies/occupancy.entity.js';
import { Person } from '../people/person.entity.js';
import { unitLabels } from '../people/person.view.js';
import { FileAccessRequest } from './file-access-request.entity.js';
import { toFileAccessRequestView, toResidentFileView } from './file-access.view.js';

/** RES-8: who may decide a file request. */
export const FILE_ACCESS_APPROVERS: readonly Role[] = ['cs-manager', 'deputy-gm', 'gm'];

/** RES-8: how long an approval may be used. */
export const FILE_ACCESS_VALIDITY_MS = 7 * 24 * 60 * 60 * 1000;

/** RES-8: borrowing or exporting a resident's file needs a manager's approval and is logged (GEN-4). */
@Injectable()
export class FileAccessService {
  constructor(private readonly em: EntityManager) {}

  async request(command: RequestFileAccessV1): Promise<FileAccessRequestView> {
    const actor = CallContext.actor();
    return runCommand(this.em, RequestFileAccess, command, {
      load: async (em) => {
        const person = await em.findOne(Person, { id: command.personId });
        if (!person) throw DomainError.notFound('PERSON_NOT_FOUND');
        return person;
      },
      change: async (em, person) => {
        const now = new Date();
        const request = em.create(FileAccessRequest, {
          id: newId(),
          companyId: person.companyId,
          communityId: person.communityId,
          personId: person.id,
          purpose: command.purpose,
          reason: command.reason,
          status: 'pending',
          requestedById: actor.sub,
          requestedByName: actor.name,
          requestedAt: now,
          updatedAt: now,
          version: 1,
        });
        this.archive(em, request, 'requested', { status: 'pending', purpose: request.purpose }, now);
        return { request, person };
      },
      view: (_em, { request, person }) => toFileAccessRequestView(request, person.name),
    });
  }

  /** Only a manager decides, and never on their own request (RES-8); otherwise FORBIDDEN. */
  async decide(command: DecideFileAccessV1): Promise<FileAccessRequestView> {
    const actor = CallContext.actor();
    return runCommand(this.em, DecideFileAccess, command, {
      load: async (em) => {
        const request = await this.find(em, command.requestId);
        if (!hasAnyRole(actor, FILE_ACCESS_APPROVERS)) {
          throw new DomainError('FORBIDDEN', '只有客服经理、副总经理或总经理可以审批档案调阅');
        }
        if (request.requestedById === actor.sub) {
          throw new DomainError('FORBIDDEN', '不能审批本人提出的档案调阅申请');
        }
        return request;
      },
      change: async (em, request) => {
        if (request.status !== 'pending') {
          throw new DomainError('INVALID_STATE_TRANSITION', '该申请已审批');
        }
        const now = new Date();
        const to = command.decision === 'approve' ? 'approved' : 'rejected';
        request.status = to;
        request.decidedById = actor.sub;
        request.decidedByName = actor.name;
        request.decidedAt = now;
        request.comment = command.comment;
        request.updatedAt = now;
        if (to === 'approved') request.validUntil = new Date(now.getTime() + FILE_ACCESS_VALIDITY_MS);
        this.archive(
          em,
          request,
          to,
          {
            status: { from: 'pending', to },
            ...(request.validUntil ? { validUntil: request.validUntil.toISOString() } : {}),
          },
          now,
          command.comment,
        );
        return request;
      },
      view: (em, request) => this.view(em, request),
    });
  }

  /**
   * Only the requester, only while the approval is valid (7 days): each read within it returns the
   * full file and is logged; the first marks the request used. No Idempotency-Key replay: every read
   * is a new, logged view.
   */
  async readFile(command: GetResidentFileV1): Promise<ResidentFileView> {
    const actor = CallContext.actor();
    return this.em.transactional(async (em) => {
      const request = await this.find(em, command.requestId);
      const now = new Date();
      const usable =
        request.requestedById === actor.sub &&
        (request.status === 'approved' || request.status === 'used') &&
        request.validUntil !== undefined &&
        request.validUntil !== null &&
        now < request.validUntil;
      if (!usable) throw new DomainError('FILE_ACCESS_NOT_APPROVED');
      const person = await em.findOneOrFail(Person, { id: request.personId });
      const occupancies = await em.find(
        Occupancy,
        { personId: person.id },
        { orderBy: { startDate: 'asc', createdAt: 'asc' } },
      );
      const history = await em.find(
        RecordHistory,
        {
          $or: [
            { recordType: 'person', recordId: person.id },
            { recordType: 'occupancy', recordId: { $in: occupancies.map((o) => o.id) } },
          ],
        },
        { orderBy: { at: 'asc', id: 'asc' } },
      );
      const log = logPersonalDataAccess(em, {
        person,
        kind: request.purpose === 'export' ? 'file-export' : 'file-borrow',
        reason: request.reason,
        fileAccessRequestId: request.id,
        at: now,
      });
      if (request.status === 'approved') {
        request.status = 'used';
        request.updatedAt = now;
        this.archive(em, request, 'used', { status: { from: 'approved', to: 'used' } }, now);
      }
      await em.flush();
      return toResidentFileView({
        person,
        occupancies,
        unitLabels: await unitLabels(
          em,
          occupancies.map((o) => o.unitId),
        ),
        history,
        accessLogId: log.id,
      });
    });
  }

  async list(query: ListFileAccessRequestsV1): Promise<Page<FileAccessRequestView>> {
    const criteria: FilterQuery<FileAccessRequest>[] = [];
    if (query.communityId !== undefined) {
      criteria.push({ communityId: (await visibleCommunity(this.em, query.communityId)).id });
    }
    if (query.status !== undefined) criteria.push({ status: query.status });
    if (query.mine === true) criteria.push({ requestedById: CallContext.actor().sub });
    const window = pageWindow(query);
    const page = pageQuery(window);
    const rows = await this.em.find(FileAccessRequest, { $and: [...criteria, page.where] }, page.options);
    return toPage(rows, window, async (shown) => {
      const people = await this.em.find(Person, { id: { $in: shown.map((r) => r.personId) } });
      const names = new Map(people.map((p) => [p.id, p.name]));
      return shown.map((r) => toFileAccessRequestView(r, names.get(r.personId) ?? ''));
    });
  }

  private async find(em: EntityManager, id: string): Promise<FileAccessRequest> {
    const request = await em.findOne(FileAccessRequest, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!request) throw DomainError.notFound('FILE_ACCESS_REQUEST_NOT_FOUND');
    return request;
  }

  private async view(em: EntityManager, request: FileAccessRequest): Promise<FileAccessRequestView> {
    const person = await em.findOneOrFail(Person, { id: request.personId });
    return toFileAccessRequestView(request, person.name);
  }

  private archive(
    em: EntityManager,
    request: FileAccessRequest,
    action: string,
    changes: Record<string, unknown>,
    at: Date,
    reason?: string,
  ): void {
    archiveRecord(em, 'file-access-request', request, {
      action,
      changes,
      reason: reason ?? (action === 'requested' ? request.reason : undefined),
      at,
    });
  }
}
