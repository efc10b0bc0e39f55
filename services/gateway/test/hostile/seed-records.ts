import { residentIdCheckCharacter, type Role } from '@pcs/contracts';
import { complaintRegistration, eventually, httpCall } from '@pcs/testing';
import { staffToken } from '../gateway-harness.js';
import * as sample from '../residents-samples.js';

/** Ids of the records made through the API, by the path segment that names their collection. */
export type SeededRecords = Record<string, string[]>;

/** A caller with this role in every community of HRX. */
export const callerWith = (role: Role): Promise<string> => staffToken({ roles: [role], communities: ['*'] });

/**
 * The records are made by someone else than the hostile caller: a manager may not decide a file
 * request of their own (RES-8), and such a refusal would stop hostile requests short of validation.
 */
const seederWith = (role: Role): Promise<string> =>
  staffToken({ sub: 'staff-0100', name: '周志强', roles: [role], communities: ['*'] });

/**
 * A little valid data, made through the API as a staff UI would: two communities, buildings, units
 * and people, occupancies, a handover, a move-in, a move-out, a decoration, a file request, the
 * calendar, complaints with their call-backs and shift handovers. Path ids of hostile requests then point at real records as well as at
 * missing ones, and each list has more than one page at `limit=1`.
 */
export async function seedRecords(baseUrl: string): Promise<SeededRecords> {
  const records: SeededRecords = {};
  const keep = (collection: string, id: string): string => {
    (records[collection] ??= []).push(id);
    return id;
  };
  const send = async (role: Role, method: string, path: string, body: unknown): Promise<any> => {
    const res = await httpCall(baseUrl, method, path, { token: await seederWith(role), body });
    if (res.status >= 300) throw new Error(`seeding ${method} ${path} answered ${res.status}: ${res.text}`);
    return res.json;
  };

  for (const id of ['GZ01', 'GZ02']) {
    await send('admin', 'POST', '/api/v1/communities', { ...sample.communityCreation(), id });
    keep('communities', id);
  }
  const building = keep(
    'buildings',
    (await send('admin', 'POST', '/api/v1/communities/GZ01/buildings', sample.buildingDetails())).id,
  );
  await send('admin', 'POST', '/api/v1/communities/GZ01/buildings', {
    ...sample.buildingDetails(),
    code: '5',
    name: '5栋',
  }).then((b: { id: string }) => keep('buildings', b.id));
  const units: string[] = [];
  for (const number of ['101', '102', '103']) {
    const created = await send('admin', 'POST', `/api/v1/buildings/${building}/units`, {
      ...sample.unitDetails(),
      number,
      floor: 1,
    });
    units.push(keep('units', created.id));
  }
  const people: string[] = [];
  for (const [name, phone] of [
    ['王建国', '13812345678'],
    ['王建华', '13812345679'],
  ] as const) {
    const created = await send('front-desk', 'POST', '/api/v1/people', {
      ...sample.personRegistration(),
      name,
      phone,
      idDocument: { type: 'resident-id-card', number: residentIdNumber(`44010619900101${phone.slice(-3)}`) },
    });
    people.push(keep('people', created.id));
  }
  const [owner, tenant] = people as [string, string];
  const [home, rented] = units as [string, string];

  for (const [unitId, personId] of [
    [home, owner],
    [rented, tenant],
  ] as const) {
    const occupancy = await send('front-desk', 'POST', `/api/v1/units/${unitId}/occupancies`, {
      personId,
      role: 'owner',
      startDate: '2026-07-01',
    });
    keep('occupancies', occupancy.id);
  }
  keep(
    'handover-inspections',
    (
      await send('front-desk', 'POST', `/api/v1/units/${home}/handover-inspections`, {
        ...sample.handoverInspection(),
        ownerPersonId: owner,
      })
    ).id,
  );
  keep(
    'move-ins',
    (
      await send('front-desk', 'POST', `/api/v1/units/${home}/move-ins`, {
        ownerPersonIds: [owner],
        plannedDate: '2026-07-15',
      })
    ).id,
  );
  keep(
    'move-outs',
    (
      await send('front-desk', 'POST', `/api/v1/units/${rented}/move-outs`, {
        ...sample.moveOutDetails(),
        occupancyIds: [records['occupancies']![1]],
      })
    ).id,
  );
  keep(
    'decorations',
    (
      await send('front-desk', 'POST', '/api/v1/decorations', {
        ...sample.decorationApplication(),
        unitId: home,
        applicantPersonId: owner,
      })
    ).id,
  );
  keep(
    'file-access-requests',
    (
      await send(
        'front-desk',
        'POST',
        `/api/v1/people/${owner}/file-access-requests`,
        sample.fileAccessPurpose(),
      )
    ).id,
  );
  // A reveal, so that the access log has a row to list (GEN-4).
  await send('front-desk', 'POST', `/api/v1/people/${owner}/reveal`, sample.revealReason());
  await send('admin', 'PUT', '/api/v1/calendar/2026', sample.calendarDays());
  keep('calendar', '2026');
  for (let i = 0; i < 2; i++) {
    keep('complaints', (await send('front-desk', 'POST', '/api/v1/complaints', complaintRegistration())).id);
  }
  // CMP-4: an escalation puts its customer on the desk's call-back list.
  for (const id of records['complaints']!) {
    await send('front-desk', 'POST', `/api/v1/complaints/${id}/escalate`, { reason: '超出本部门权限' });
  }
  const callBacks = await send(
    'front-desk',
    'GET',
    '/api/v1/complaints/call-backs?communityId=GZ01',
    undefined,
  );
  for (const callBack of callBacks.items as { id: string }[]) keep('call-backs', callBack.id);
  // DESK-1: handovers to the hostile caller (staff-0001), so that answering one gets past who may.
  // Complaints learns of GZ01 from residents' event, which may still be on its way.
  for (let i = 0; i < 2; i++) {
    const handover = await eventually(
      () =>
        send('front-desk', 'POST', '/api/v1/shift-handovers', {
          communityId: 'GZ01',
          to: { staffId: 'staff-0001', name: '李娜' },
          summary: `第${i + 1}班交接：来电已登记`,
        }),
      15_000,
      200,
    );
    keep('shift-handovers', handover.id);
  }
  return records;
}

/** A resident ID card number from its first 17 digits, with the check character they give. */
function residentIdNumber(first17: string): string {
  return first17 + residentIdCheckCharacter(first17);
}
