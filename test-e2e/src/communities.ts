import { expect } from '@jest/globals';
import { eventually, httpCall, signStaffToken } from '@pcs/testing';

/**
 * A community created in residents by a manager, as a company sets one up before its desk takes calls
 * there. Resolves once complaints and maintenance have heard of it (their counts and repair lists stop
 * answering 404): entries and repair requests are taken only in communities residents announced
 * (decisions 0194, 0210).
 */
export async function createCommunity(
  baseUrl: string,
  secret: string,
  id = 'GZ01',
  name = '锦绣花园',
): Promise<void> {
  const token = await signStaffToken(
    { sub: 'staff-0201', name: '刘强', company: 'HRX', roles: ['cs-manager'], communities: ['*'] },
    secret,
  );
  const res = await httpCall(baseUrl, 'POST', '/api/v1/communities', {
    token,
    body: {
      id,
      name,
      kind: 'residential',
      address: { province: '广东省', city: '广州市', district: '天河区', street: '天河路385号' },
    },
  });
  expect({ community: id, status: res.status }).toEqual({ community: id, status: 201 });
  await eventually(async () => {
    const counts = await httpCall(baseUrl, 'GET', `/api/v1/complaints/counts?communityId=${id}`, { token });
    expect({ community: id, status: counts.status }).toEqual({ community: id, status: 200 });
  });
  // Maintenance too takes repair requests only there (decision 0210): its list answers 404 until then.
  await eventually(async () => {
    const repairs = await httpCall(baseUrl, 'GET', `/api/v1/repair-requests?communityId=${id}&limit=1`, {
      token,
    });
    expect({ community: id, status: repairs.status }).toEqual({ community: id, status: 200 });
  });
}

/** The demo company's first repair team (tools/demo-data.mjs), whose revolving fund pays its work. */
export const FIRST_REPAIR_TEAM = { id: '0193a000-0000-7000-8000-00000000a001', name: '工程维修一队' };

/**
 * A repair team added to the company's directory by its chief engineer, as the demo data does: a
 * work order is dispatched only to a team of the directory (MNT-13, decision 0330).
 */
export async function addRepairTeam(
  baseUrl: string,
  secret: string,
  team = FIRST_REPAIR_TEAM,
): Promise<void> {
  const token = await signStaffToken(
    { sub: 'staff-0301', name: '吴志刚', company: 'HRX', roles: ['chief-engineer'], communities: ['*'] },
    secret,
  );
  const res = await httpCall(baseUrl, 'POST', '/api/v1/repair-teams', { token, body: team });
  expect({ team: team.name, status: res.status }).toEqual({ team: team.name, status: 201 });
}
