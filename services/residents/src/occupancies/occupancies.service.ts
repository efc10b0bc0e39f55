import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  EndOccupancy,
  OccupancyEnded,
  OccupancyRole,
  OccupancyStarted,
  StartOccupancy,
  type EndOccupancyV1,
  type OccupancyView,
  type StartOccupancyV1,
} from '@pcs/contracts';
import { archiveRecord, newId, Outbox, runCommand } from '@pcs/platform';
import { BillingQueries } from '../billing/billing-queries.js';
import { assertWithinPlanHorizon, communityToday } from '../communities/community-calendar.js';
import { Person } from '../people/person.entity.js';
import { Unit } from '../units/unit.entity.js';
import { Occupancy } from './occupancy.entity.js';
import { toOccupancyView } from './occupancy.view.js';

/**
 * RES-2: people's relations to units over time. Starting or ending one does not change the unit's
 * status: move-in and move-out (RES-4, RES-6) do that.
 */
@Injectable()
export class OccupanciesService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly billing: BillingQueries,
  ) {}

  start(command: StartOccupancyV1): Promise<OccupancyView> {
    return runCommand(this.em, StartOccupancy, command, {
      load: async (em) => {
        // The unit's row lock queues concurrent starts, so two "first owners" cannot both get in.
        const unit = await em.findOne(Unit, { id: command.unitId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!unit) throw DomainError.notFound('UNIT_NOT_FOUND');
        const person = await em.findOne(Person, { id: command.personId });
        if (!person) throw DomainError.notFound('PERSON_NOT_FOUND');
        if (command.paysFees && command.role !== 'tenant')
          throw DomainError.validation([
            { field: 'paysFees', message: 'only a tenant pays the fees in the owner’s place' },
          ]);
        // Decision 342: joining the owners is an owner's; archived for anyone else it would say something false.
        if (command.asCoOwner && command.role !== 'owner')
          throw DomainError.validation([
            { field: 'asCoOwner', message: 'only an owner joins the current owners as a co-owner' },
          ]);
        if (person.communityId !== unit.communityId) {
          throw new DomainError('BUSINESS_RULE_VIOLATED', '人员与房屋不属于同一小区', {
            errors: [{ field: 'personId', message: 'the person must belong to the community of the unit' }],
          });
        }
        return { unit, person };
      },
      change: async (em, { unit, person }) => {
        assertWithinPlanHorizon({ startDate: command.startDate }, await communityToday(em, unit));
        // Occupancies that are current on the start day or begin after it overlap the new one.
        const overlapping = { $or: [{ endDate: null }, { endDate: { $gte: command.startDate } }] };
        if (
          await em.findOne(Occupancy, {
            unitId: unit.id,
            personId: person.id,
            role: command.role,
            ...overlapping,
          })
        ) {
          throw new DomainError(
            'BUSINESS_RULE_VIOLATED',
            `${person.name}已是${unit.label}的${OccupancyRole.label(command.role)}`,
          );
        }
        if (command.role === 'owner' && command.asCoOwner !== true) {
          // RES-2: one current set of owners; another owner joins it only as a declared co-owner.
          const owners = await em.count(Occupancy, { unitId: unit.id, role: 'owner', ...overlapping });
          if (owners > 0) throw new DomainError('OWNER_ALREADY_REGISTERED');
        }
        const now = new Date();
        const occupancy = em.create(Occupancy, {
          id: newId(),
          companyId: unit.companyId,
          communityId: unit.communityId,
          unitId: unit.id,
          personId: person.id,
          role: command.role,
          startDate: command.startDate,
          paysFees: command.paysFees ?? false,
          createdAt: now,
          version: 1,
        });
        archiveRecord(em, 'occupancy', occupancy, {
          action: 'started',
          changes: {
            unitId: unit.id,
            unitLabel: unit.label,
            personId: person.id,
            role: occupancy.role,
            startDate: occupancy.startDate,
            ...(command.asCoOwner ? { asCoOwner: true } : {}),
            ...(occupancy.paysFees ? { paysFees: true } : {}),
          },
          at: now,
        });
        await this.outbox.stage(em, OccupancyStarted, {
          aggregateId: occupancy.id,
          companyId: occupancy.companyId,
          communityId: occupancy.communityId,
          time: now,
          data: {
            occupancyId: occupancy.id,
            unitId: occupancy.unitId,
            personId: occupancy.personId,
            role: occupancy.role,
            startDate: occupancy.startDate,
            ...(occupancy.paysFees ? { paysFees: true } : {}),
          },
        });
        return { occupancy, person };
      },
      view: (_em, { occupancy, person }) => toOccupancyView(occupancy, person),
    });
  }

  /** RES-2: the occupancy ends on `endDate` and stays in the history. */
  end(command: EndOccupancyV1): Promise<OccupancyView> {
    return runCommand(this.em, EndOccupancy, command, {
      load: async (em) => {
        const occupancy = await em.findOne(
          Occupancy,
          { id: command.id },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        if (!occupancy) throw DomainError.notFound('OCCUPANCY_NOT_FOUND');
        const person = await em.findOneOrFail(Person, { id: occupancy.personId });
        return { occupancy, person };
      },
      change: async (em, { occupancy, person }) => {
        if (occupancy.endDate) {
          throw new DomainError('INVALID_STATE_TRANSITION', `该入住关系已于${occupancy.endDate}结束`);
        }
        assertWithinPlanHorizon({ endDate: command.endDate }, await communityToday(em, occupancy));
        if (command.endDate < occupancy.startDate) {
          throw DomainError.validation([
            {
              field: 'endDate',
              message: `endDate must be on or after the start date ${occupancy.startDate}`,
            },
          ]);
        }
        // RES-6: an owner or tenant leaving is a move-out in all but name: billing must report the unit
        // clear, as for a move-out, or nothing ends (a household member owes nothing of their own).
        if (occupancy.role === 'owner' || occupancy.role === 'tenant') {
          await this.billing.requireClearance(occupancy.unitId);
        }
        const now = new Date();
        occupancy.endDate = command.endDate;
        occupancy.endReason = command.reason;
        archiveRecord(em, 'occupancy', occupancy, {
          action: 'ended',
          changes: { endDate: { from: null, to: command.endDate } },
          reason: command.reason,
          at: now,
        });
        await this.outbox.stage(em, OccupancyEnded, {
          aggregateId: occupancy.id,
          companyId: occupancy.companyId,
          communityId: occupancy.communityId,
          time: now,
          data: {
            occupancyId: occupancy.id,
            unitId: occupancy.unitId,
            personId: occupancy.personId,
            role: occupancy.role,
            endDate: command.endDate,
            reason: command.reason,
          },
        });
        return { occupancy, person };
      },
      view: (_em, { occupancy, person }) => toOccupancyView(occupancy, person),
    });
  }
}
