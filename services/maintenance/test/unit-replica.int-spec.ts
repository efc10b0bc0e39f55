import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  ListEquipmentReports,
  RecordSurvey,
  RegisterRepairRequest,
  ResidentsBus,
  UnitCreated,
  UnitUpdated,
  type EquipmentReportView,
  type Page,
  type RepairRequestView,
} from '@pcs/contracts';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '@pcs/platform';
import { eventually, useService } from '@pcs/testing';
import { maintenanceService } from '../src/maintenance.service-spec.js';
import { UnitReplica } from '../src/replicas/unit-replica.entity.js';
import {
  announceCommunities,
  people,
  RECEIVED_BEFORE_SURVEY,
  receivedAt,
  survey,
} from './maintenance-fixtures.js';

const BUILDING = '0193a000-0000-7000-8000-0000000002a1';
const CORRECTED = '0193a000-0000-7000-8000-0000000002d1';
const REORDERED = '0193a000-0000-7000-8000-0000000002d2';

describe('the unit replica follows residents’ corrections (MNT-3)', () => {
  const fixture = useService(maintenanceService);
  beforeAll(() => announceCommunities(fixture, ['GZ01', 'GZ02']));
  /** Waits until the replica holds the unit at `version`. */
  const replicated = (unitId: string, version: number) =>
    eventually(async () => {
      const row = await fixture.service.app
        .get(EntityManager)
        .fork()
        .findOne(UnitReplica, { unitId }, { filters: false });
      expect(row?.version).toBe(version);
    });
  const unit = (unitId: string, version: number, handoverDate?: string) => ({
    source: 'residents',
    subject: unitId,
    companyid: 'HRX',
    communityid: 'GZ01',
    aggregateversion: version,
    data: {
      unitId,
      buildingId: BUILDING,
      label: `2-${version}01`,
      type: 'residence',
      grossAreaCentiM2: 8_912,
      ...(handoverDate ? { handoverDate } : {}),
    },
  });
  const correction = (unitId: string, version: number, handoverDate?: string) => {
    const event = unit(unitId, version, handoverDate);
    return {
      ...event,
      data: { ...event.data, changedFields: ['handoverDate'], reason: '交付日期录入有误，按交接单更正' },
    };
  };
  /** Registers and surveys a plumbing repair in the unit; the survey computes its warranty. */
  async function surveyedIn(unitId: string): Promise<RepairRequestView> {
    const request = await receivedAt(fixture, RECEIVED_BEFORE_SURVEY, () =>
      fixture.bus.request<object, RepairRequestView>(
        RegisterRepairRequest,
        {
          communityId: 'GZ01',
          source: 'desk',
          unitId,
          trades: ['plumbing'],
          urgency: 'normal',
          description: '厨房水槽下水管渗水',
          contactSurname: '黄',
          contactPhone: '13822334455',
        },
        people.desk,
      ),
    );
    return fixture.bus.request<object, RepairRequestView>(
      RecordSurvey,
      // Under warranty the resident may still be liable (damage of their own), never the company (MNT-4).
      survey(request.id, 8_000, { responsibleParty: 'resident' }),
      people.engineer,
    );
  }

  it('MNT-3: a corrected handover date moves the warranty; the older description never undoes it', async () => {
    fixture.service.app.get(Clock).travelTo(new Date('2026-11-23T12:00:00+08:00'));
    await fixture.bus.publishEvent(UnitCreated, ResidentsBus, unit(CORRECTED, 1, '2024-11-01') as never);
    await replicated(CORRECTED, 1);
    await fixture.bus.publishEvent(
      UnitUpdated,
      ResidentsBus,
      correction(CORRECTED, 2, '2025-06-01') as never,
    );
    // Out of order: the correction arrives before the unit's first description, which has no date.
    await fixture.bus.publishEvent(
      UnitUpdated,
      ResidentsBus,
      correction(REORDERED, 3, '2025-03-10') as never,
    );
    await replicated(CORRECTED, 2);
    await replicated(REORDERED, 3);
    await fixture.bus.publishEvent(UnitCreated, ResidentsBus, unit(REORDERED, 1) as never);
    await eventually(async () => expect(await fixture.bus.consumersIdle()).toBe(true), 20_000, 100);

    // Plumbing is warranted for 2 years: from 2024-11-01 it would have ended on 2026-10-31.
    expect(await surveyedIn(CORRECTED)).toMatchObject({
      survey: { underWarranty: true, warrantyLastDay: '2027-05-31' },
    });
    expect(await surveyedIn(REORDERED)).toMatchObject({
      survey: { underWarranty: true, warrantyLastDay: '2027-03-09' },
    });
  });

  it('MNT-12 (decisions 0134, 0274): the handover dates of unit.created and unit.updated open and move the community’s equipment report', async () => {
    fixture.service.app.get(Clock).travelTo(new Date('2026-12-07T12:00:00+08:00'));
    const inGz02 = (event: ReturnType<typeof unit>) => ({ ...event, communityid: 'GZ02' });
    const reports = async () =>
      (
        await fixture.bus.request<object, Page<EquipmentReportView>>(
          ListEquipmentReports,
          { communityId: 'GZ02' },
          { ...people.engineer, communities: ['GZ02'] },
        )
      ).items;
    const later = '0193a000-0000-7000-8000-0000000002d3';
    const earlier = '0193a000-0000-7000-8000-0000000002d4';
    await fixture.bus.publishEvent(UnitCreated, ResidentsBus, inGz02(unit(later, 1, '2026-03-01')) as never);
    await eventually(async () =>
      expect(await reports()).toEqual([
        expect.objectContaining({ firstHandoverOn: '2026-03-01', dueOn: '2027-03-01', overdue: false }),
      ]),
    );
    // A unit handed over earlier (here learned from a correction) moves the report: due, and overdue.
    await fixture.bus.publishEvent(
      UnitUpdated,
      ResidentsBus,
      inGz02(correction(earlier, 2, '2025-12-01')) as never,
    );
    await eventually(async () =>
      expect(await reports()).toEqual([
        expect.objectContaining({
          firstHandoverOn: '2025-12-01',
          dueOn: '2026-12-01',
          status: 'due',
          overdue: true,
        }),
      ]),
    );
  });
});
