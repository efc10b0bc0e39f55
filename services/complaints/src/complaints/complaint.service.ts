import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  canAccessCommunity,
  ComplaintRegistered,
  DomainError,
  RegisterComplaint,
  type ComplaintView,
  type GetComplaintV1,
  type RegisterComplaintV1,
} from '@pcs/contracts';
import {
  archiveRecord,
  CallContext,
  CommunityTimeZones,
  newId,
  nextRecordNumber,
  Outbox,
  runCommand,
} from '@pcs/platform';
import { Complaint } from './complaint.entity.js';
import { toComplaintView } from './complaint.view.js';

@Injectable()
export class ComplaintService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly communities: CommunityTimeZones,
  ) {}

  /** CMP-1: registers a complaint with its number (GEN-2), its archive entry (GEN-3) and its event. */
  async register(command: RegisterComplaintV1): Promise<ComplaintView> {
    const actor = CallContext.actor();
    // GEN-5: a community the caller may not see does not exist for them.
    if (!canAccessCommunity(actor, command.communityId)) throw DomainError.notFound('COMMUNITY_NOT_FOUND');
    return runCommand(this.em, RegisterComplaint, command, {
      change: async (em) => {
        const now = new Date();
        const kind = command.kind ?? 'complaint';
        const { number } = await nextRecordNumber(em, {
          companyId: actor.companyId,
          communityId: command.communityId,
          record: kind,
          at: now,
          timeZone: await this.communities.timeZoneOf(em, actor.companyId, command.communityId),
        });
        const complaint = em.create(Complaint, {
          id: newId(),
          number,
          companyId: actor.companyId,
          communityId: command.communityId,
          kind,
          channel: command.channel,
          status: 'registered',
          customerAnonymous: command.customer.anonymous ?? false,
          customerSurname: command.customer.surname,
          customerPhone: command.customer.phone,
          unitId: command.unitId,
          location: command.location,
          description: command.description,
          demand: command.demand,
          category: command.category,
          intent: command.intent,
          receivedAt: new Date(command.receivedAt),
          receivedById: actor.sub,
          receivedByName: actor.name,
          createdAt: now,
          updatedAt: now,
          version: 1,
        });
        archiveRecord(em, 'complaint', complaint, {
          action: 'registered',
          changes: { status: 'registered' },
          at: now,
        });
        await this.outbox.stage(em, ComplaintRegistered, {
          aggregateId: complaint.id,
          companyId: complaint.companyId,
          communityId: complaint.communityId,
          time: now,
          data: {
            complaintId: complaint.id,
            number,
            kind,
            channel: complaint.channel,
            category: complaint.category,
            intent: complaint.intent,
            unitId: complaint.unitId,
            location: complaint.location,
            receivedAt: complaint.receivedAt.toISOString(),
            receivedBy: actor.sub,
          },
        });
        return complaint;
      },
      view: (_em, complaint) => toComplaintView(complaint),
    });
  }

  async get(query: GetComplaintV1): Promise<ComplaintView> {
    // The tenant filter hides other companies' and communities' complaints: they answer "not found".
    const complaint = await this.em.findOne(Complaint, { id: query.id });
    if (!complaint) throw DomainError.notFound('COMPLAINT_NOT_FOUND');
    return toComplaintView(complaint);
  }
}
