import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateRepairTeam,
  ListRepairTeams,
  type RepairTeamListView,
  type RepairTeamView,
} from '@pcs/contracts';
import { useService } from '@pcs/testing';
import { maintenanceService } from '../src/maintenance.service-spec.js';
import { announceCommunities, as, companyChiefEngineer, people, TEAM } from './maintenance-fixtures.js';

const GZ02_TEAM = '0193a000-0000-7000-8000-00000000a0c2';

describe('the repair-team directory (MNT-7, MNT-13, decision 0329)', () => {
  const fixture = useService(maintenanceService);
  beforeAll(() => announceCommunities(fixture, ['GZ01', 'GZ02']));

  const create = (body: object, actor = companyChiefEngineer, key?: string) =>
    fixture.bus.request<object, RepairTeamView>(
      CreateRepairTeam,
      body,
      actor,
      key ? { idempotencyKey: key } : {},
    );
  const list = (query: object = {}, actor = people.dispatcher) =>
    fixture.bus.request<object, RepairTeamListView>(ListRepairTeams, query, actor);

  it('MNT-13: a company-wide chief engineer adds teams, once per key; dispatchers list them, by community', async () => {
    const first = await create({ id: TEAM.teamId, name: TEAM.teamName }, companyChiefEngineer, 'team-1');
    expect(first).toMatchObject({ id: TEAM.teamId, name: TEAM.teamName, communityIds: [] });
    // The same request again (a retry) is answered as the first time.
    expect(await create({ id: TEAM.teamId, name: TEAM.teamName }, companyChiefEngineer, 'team-1')).toEqual(
      first,
    );
    const gz02 = await create({ id: GZ02_TEAM, name: '二区维修队', communityIds: ['GZ02'] });
    const generated = await create({ name: '水电班' });
    expect(generated.id).toMatch(/^[0-9a-f-]{36}$/);

    expect((await list({}, companyChiefEngineer)).items.map((t) => t.name)).toEqual(
      [TEAM.teamName, '二区维修队', '水电班'].sort((a, b) => (a < b ? -1 : 1)),
    );
    expect((await list({ communityId: 'GZ01' })).items.map((t) => t.id).sort()).toEqual(
      [TEAM.teamId, generated.id].sort(),
    );
    expect((await list({ communityId: 'GZ02' }, companyChiefEngineer)).items.map((t) => t.id)).toContain(
      gz02.id,
    );
    await expect(list({ communityId: 'GZ99' }, companyChiefEngineer)).rejects.toMatchObject({
      code: 'COMMUNITY_NOT_FOUND',
    });
  });

  it('MNT-13: a taken name or id, a blank name or an unknown community is refused naming the field; a community-scoped chief engineer may not add', async () => {
    await create({ id: '0193a000-0000-7000-8000-00000000a0d1', name: '土建班' });
    const before = (await list()).items.length;
    await expect(create({ name: '土建班' })).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { field: 'name' },
    });
    await expect(
      create({ id: '0193a000-0000-7000-8000-00000000a0d1', name: '另一个班' }),
    ).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { field: 'id' },
    });
    for (const [body, field] of [
      [{ name: '   ' }, 'name'],
      [{ name: '外区班', communityIds: ['GZ77'] }, 'communityIds[0]'],
      [{ name: '坏编号', id: 'team-01' }, 'id'],
    ] as const) {
      await expect(create(body)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field })] },
      });
    }
    await expect(create({ name: '越权班' }, people.chiefEngineer)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await list()).items).toHaveLength(before);
  });

  it('MNT-13, decision 0377: a name differing only in spaces, width, case or invisible characters is taken (422 naming name); a new name is stored trimmed', async () => {
    const added = await create({ name: ' 测试二队\u3000', communityIds: ['GZ02'] });
    expect(added.name).toBe('测试二队');
    const before = (await list({}, companyChiefEngineer)).items.length;
    for (const name of ['测试二队', ' 测试二队 ', '测试二队 ', '测试\u200b二队', '\ufeff测试　二队']) {
      await expect(create({ name })).rejects.toMatchObject({
        code: 'BUSINESS_RULE_VIOLATED',
        details: { field: 'name' },
      });
    }
    await expect(create({ name: 'Ａ班' })).resolves.toMatchObject({ name: 'Ａ班' });
    await expect(create({ name: 'a班' })).rejects.toMatchObject({ details: { field: 'name' } });
    // A name made of nothing anyone can see is blank.
    await expect(create({ name: '\u00ad\u200e' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field: 'name' })] },
    });
    expect((await list({}, companyChiefEngineer)).items).toHaveLength(before + 1);
  });

  it('GEN-5, decision 0378: a community-scoped caller lists only the teams serving its communities; another community is 404', async () => {
    const gz02Only = await create({ name: '三区专修队', communityIds: ['GZ02'] });
    const both = await create({ name: '两区联合队', communityIds: ['GZ01', 'GZ02'] });
    const gz01Dispatcher = people.dispatcher;
    const gz02Lead = as('staff-lead-2', '钱队长', 'repair-lead');
    gz02Lead.communities = ['GZ02'];

    await expect(list({ communityId: 'GZ02' }, gz01Dispatcher)).rejects.toMatchObject({
      code: 'COMMUNITY_NOT_FOUND',
    });
    const seenByGz01 = (await list({}, gz01Dispatcher)).items;
    expect(seenByGz01.map((t) => t.id)).not.toContain(gz02Only.id);
    expect(seenByGz01.map((t) => t.id)).toContain(both.id);
    // The company-wide teams serve every community.
    expect(seenByGz01.filter((t) => t.communityIds.length === 0).length).toBeGreaterThan(0);
    for (const t of seenByGz01) {
      expect(t.communityIds.length === 0 || t.communityIds.includes('GZ01')).toBe(true);
    }
    expect((await list({}, gz02Lead)).items.map((t) => t.id)).toEqual(
      expect.arrayContaining([gz02Only.id, both.id]),
    );
    expect((await list({ communityId: 'GZ02' }, gz02Lead)).items.map((t) => t.id)).toContain(gz02Only.id);
    // A chief engineer who sees every community sees every team.
    expect((await list({}, companyChiefEngineer)).items.map((t) => t.id)).toEqual(
      expect.arrayContaining([gz02Only.id, both.id, ...seenByGz01.map((t) => t.id)]),
    );
  });
});
