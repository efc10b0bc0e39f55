import { expect } from '@jest/globals';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  ComplaintRepairRequested,
  ComplaintsBus,
  CreateRepairTeam,
  HandoverInspected,
  PersonRegistered,
  PersonUpdated,
  ResidentsBus,
  type Actor,
  type RepairTeamView,
  type Role,
} from '@pcs/contracts';
import { Clock, ResidentPreference } from '@pcs/platform';
import { announceCommunities as announce, eventually, staff, type ServiceFixture } from '@pcs/testing';
import { PEOPLE_ON_FILE } from './residents-stand-in.js';

/** Staff of HRX with one role each, named so that "never by the requester" can be told apart. */
export const people = {
  desk: staff({ sub: 'staff-desk', name: '李娜', roles: ['front-desk'] }),
  dispatcher: staff({ sub: 'staff-disp', name: '周强', roles: ['dispatcher'] }),
  engineer: staff({ sub: 'staff-eng', name: '孙工', roles: ['engineer'] }),
  csManager: staff({ sub: 'staff-csm', name: '陈敏', roles: ['cs-manager'] }),
  chiefEngineer: staff({ sub: 'staff-ce', name: '吴志刚', roles: ['chief-engineer'] }),
  deputyGm: staff({ sub: 'staff-dgm', name: '郑海', roles: ['deputy-gm'] }),
  gm: staff({ sub: 'staff-gm', name: '王建国', roles: ['gm'] }),
  auditor: staff({ sub: 'staff-aud', name: '冯丽', roles: ['auditor'] }),
  technician: staff({ sub: 'staff-tech', name: '李师傅', roles: ['technician'] }),
  repairLead: staff({ sub: 'staff-lead', name: '赵队长', roles: ['repair-lead'] }),
} satisfies Record<string, Actor>;

export const as = (sub: string, name: string, ...roles: Role[]): Actor => staff({ sub, name, roles });

export const TEAM = { teamId: '0193a000-0000-7000-8000-00000000a001', teamName: '工程维修一队' };

/** A chief engineer of the whole company, who adds repair teams to the directory (decision 0329). */
export const companyChiefEngineer = staff({
  sub: 'staff-ce-hq',
  name: '吴总工',
  roles: ['chief-engineer'],
  communities: ['*'],
});

/** The team `team` in the company's directory, added once (dispatch takes teams from there, 0330). */
export function createTeam(
  fixture: ServiceFixture,
  team: { teamId: string; teamName: string } = TEAM,
  communityIds?: string[],
): Promise<RepairTeamView> {
  return fixture.bus.request<object, RepairTeamView>(
    CreateRepairTeam,
    { id: team.teamId, name: team.teamName, ...(communityIds ? { communityIds } : {}) },
    companyChiefEngineer,
    { idempotencyKey: `team-${team.teamId}` },
  );
}

/** Requests the fixture survey (10:00 on Monday 23 November) surveys come in an hour before it. */
export const RECEIVED_BEFORE_SURVEY = new Date('2026-11-23T09:00:00+08:00');

/**
 * Registers at `at` on the service's clock and puts the clock back: a survey or an arrival cannot be
 * recorded before the request was received (MNT-1, MNT-2), whatever time a test has travelled to.
 */
export async function receivedAt<T>(
  fixture: ServiceFixture,
  at: Date,
  register: () => Promise<T>,
): Promise<T> {
  const clock = fixture.service.app.get(Clock);
  const now = clock.now();
  clock.travelTo(at);
  try {
    return await register();
  } finally {
    clock.travelTo(now);
  }
}

/** A survey signed by everyone an estimate of `estimateFen` needs. */
export function survey(
  repairRequestId: string,
  estimateFen: number,
  overrides: Record<string, unknown> = {},
) {
  return {
    repairRequestId,
    surveyedAt: '2026-11-23T10:00:00+08:00',
    participants: [
      { role: 'customer-service', name: '李娜' },
      { role: 'engineering', name: '孙工' },
      { role: 'repair-lead', name: '赵队长' },
      ...(estimateFen >= 50_000 ? [{ role: 'contractor', name: '广州建工 钱经理' }] : []),
    ],
    findings: '卫生间地漏处防水层破损，楼下天花渗水',
    estimateFen,
    component: 'plumbing',
    responsibleParty: 'company',
    ...overrides,
  };
}

/** Stands in for residents: a unit's handover inspection with its defects (RES-3). */
export function publishHandover(
  fixture: ServiceFixture,
  ids: {
    eventId?: string;
    inspectionId: string;
    unitId: string;
    defectIds: string[];
    handoverDate?: string;
    ownerPersonId?: string;
  },
) {
  return fixture.bus.publishEvent(HandoverInspected, ResidentsBus, {
    ...(ids.eventId ? { id: ids.eventId } : {}),
    source: 'residents',
    subject: ids.inspectionId,
    companyid: 'HRX',
    communityid: 'GZ01',
    data: {
      inspectionId: ids.inspectionId,
      unitId: ids.unitId,
      ownerPersonId: ids.ownerPersonId ?? '0193a000-0000-7000-8000-0000000000b1',
      inspectedAt: '2026-11-20T10:00:00+08:00',
      handoverDate: ids.handoverDate ?? '2025-06-30',
      defectCount: ids.defectIds.length,
      defects: ids.defectIds.map((id, i) => ({
        id,
        location: ['主卧窗台', '卫生间地面', '厨房吊顶'][i % 3]!,
        description: ['窗台渗水，墙面有水渍', '地面找坡不当，积水', '吊顶有裂缝'][i % 3]!,
        trades: [['waterproofing'], ['plumbing', 'civil'], ['civil']][i % 3]!,
        severity: 'major',
        severityLabel: '严重',
      })),
    },
  } as never);
}

/** Stands in for complaints: a register entry needs a repair (CMP-2). */
export function publishComplaintRepair(
  fixture: ServiceFixture,
  complaintId: string,
  extra: Record<string, unknown> = {},
) {
  return fixture.bus.publishEvent(ComplaintRepairRequested, ComplaintsBus, {
    source: 'complaints',
    subject: complaintId,
    companyid: 'HRX',
    communityid: 'GZ01',
    data: {
      complaintId,
      number: 'TS-GZ01-2026-000042',
      kind: 'complaint',
      category: 'engineering-quality',
      location: '5栋2单元电梯厅',
      description: '电梯厅顶灯不亮一周了',
      requestedAt: '2026-11-23T09:00:00+08:00',
      ...extra,
    },
  } as never);
}

/** Residents announcing `communityIds` to maintenance: requests are taken only there (decision 0210). */
export function announceCommunities(
  fixture: ServiceFixture,
  communityIds: readonly string[] = ['GZ01'],
): Promise<void> {
  return announce(fixture.bus, fixture.service.database, communityIds);
}

/**
 * Stands in for residents registering a person (version 1) or changing their preferences (later
 * versions); resolves once maintenance's preference replica holds that version (RES-7, decision 0210).
 */
export async function announcePerson(
  fixture: ServiceFixture,
  personId: string,
  {
    refuseReturnVisits = false,
    version = 1,
    communityId = 'GZ01',
  }: { refuseReturnVisits?: boolean; version?: number; communityId?: string } = {},
): Promise<void> {
  PEOPLE_ON_FILE.set(personId, communityId);
  const data = {
    personId,
    name: '刘洋',
    preferences: { refuseReturnVisits, preferredChannel: 'phone' },
    ...(version === 1 ? {} : { changedFields: ['preferences'], reason: '住户来电要求' }),
  };
  await fixture.bus.publishEvent(version === 1 ? PersonRegistered : PersonUpdated, ResidentsBus, {
    source: 'residents',
    subject: personId,
    companyid: 'HRX',
    communityid: communityId,
    aggregateversion: version,
    data,
  } as never);
  await eventually(async () => {
    const row = await fixture.service.app
      .get(EntityManager)
      .fork()
      .findOne(ResidentPreference, { companyId: 'HRX', personId }, { filters: false });
    expect(row?.version).toBe(version);
  });
}
