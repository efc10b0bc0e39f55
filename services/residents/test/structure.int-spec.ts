import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateBuilding,
  CreateCommunity,
  CreateUnit,
  GetCommunity,
  GetUnit,
  ListBuildings,
  ListCommunities,
  ListUnits,
  ResidentsBus,
  UpdateBuilding,
  UpdateUnit,
  type BuildingView,
  type CommunityView,
  type UnitView,
} from '@pcs/contracts';
import { eventually, staff, useService } from '@pcs/testing';
import { residentsService } from '../src/residents.service-spec.js';
import { buildingPayload, communityPayload, failedFields, unitPayload } from './support/registry-payloads.js';
import { Seed } from './support/seed.js';

describe('RES-1 property structure over the bus', () => {
  const fixture = useService(residentsService);
  let seed: Seed;
  const admin = staff({ sub: 'staff-0100', name: '周志强', roles: ['admin'], communities: ['*'] });

  beforeAll(() => {
    seed = new Seed(fixture.service.database.url);
  });

  afterAll(async () => {
    await seed?.close();
  });

  async function count(table: string): Promise<number> {
    const { rows } = await seed.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    return rows[0]!.n;
  }

  it('RES-1: creating the first community creates the company, archives it and publishes community.created', async () => {
    const created = await fixture.bus.request(CreateCommunity, communityPayload(), admin);
    expect(created).toEqual({
      id: 'GZ01',
      companyId: 'HRX',
      name: '锦绣花园',
      kind: 'residential',
      kindLabel: '住宅小区',
      address: { province: '广东省', city: '广州市', district: '天河区', street: '天河路385号' },
      timeZone: 'Asia/Shanghai',
      buildingCount: 0,
      unitCount: 0,
      createdAt: expect.any(String),
    });
    const { rows: companies } = await seed.query('select id, name from company');
    expect(companies).toEqual([{ id: 'HRX', name: 'HRX' }]);

    await fixture.bus.request(
      CreateCommunity,
      communityPayload({ id: 'GZ02', name: '天河商务大厦', kind: 'office' }),
      admin,
    );
    expect(await count('company')).toBe(1);

    const { rows: history } = await seed.query(
      `select record_type, action, actor_id, actor_name from record_history where record_id = 'GZ01'`,
    );
    expect(history).toEqual([
      { record_type: 'community', action: 'created', actor_id: 'staff-0100', actor_name: '周志强' },
    ]);
    await eventually(async () => {
      const events = await fixture.bus.events(ResidentsBus.stream);
      expect(events.filter((e) => e.type === 'community.created.v1').map((e) => e.data)).toEqual([
        { communityId: 'GZ01', name: '锦绣花园', kind: 'residential', timeZone: 'Asia/Shanghai' },
        { communityId: 'GZ02', name: '天河商务大厦', kind: 'office', timeZone: 'Asia/Shanghai' },
      ]);
    });
  });

  it('RES-1: a community code is unique in the company (COMMUNITY_EXISTS); another company may use it', async () => {
    await expect(
      fixture.bus.request(CreateCommunity, communityPayload({ id: 'GZ01' }), admin),
    ).rejects.toMatchObject({
      code: 'COMMUNITY_EXISTS',
    });
    const other = staff({ companyId: 'YJWY', roles: ['admin'], communities: ['*'] });
    const theirs = await fixture.bus.request(
      CreateCommunity,
      communityPayload({ id: 'GZ01', name: '雅居花园' }),
      other,
    );
    expect(theirs).toMatchObject({ id: 'GZ01', companyId: 'YJWY', name: '雅居花园' });
    expect(await count('company')).toBe(2);
  });

  it('GEN-5: a staff member cannot create a community outside their scope', async () => {
    await expect(
      fixture.bus.request(
        CreateCommunity,
        communityPayload({ id: 'SZ01' }),
        staff({ communities: ['GZ01'] }),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('RES-1: buildings and units: label 3栋1201, vacant, counted, archived and published', async () => {
    const building = await fixture.bus.request<object, BuildingView>(
      CreateBuilding,
      buildingPayload('GZ01'),
      admin,
    );
    expect(building).toEqual({
      id: expect.any(String),
      communityId: 'GZ01',
      code: '3',
      name: '3栋',
      floorsAboveGround: 32,
      floorsBelowGround: 2,
      unitCount: 0,
    });
    const unit = await fixture.bus.request<object, UnitView>(CreateUnit, unitPayload(building.id), admin);
    expect(unit).toEqual({
      id: expect.any(String),
      companyId: 'HRX',
      communityId: 'GZ01',
      buildingId: building.id,
      buildingName: '3栋',
      number: '1201',
      label: '3栋1201',
      floor: 12,
      type: 'residence',
      typeLabel: '住宅',
      grossAreaCentiM2: 8950,
      handoverDate: '2026-06-30',
      status: 'vacant',
      statusLabel: '空置',
      occupants: [],
      version: 1,
    });
    const parking = await fixture.bus.request<object, UnitView>(
      CreateUnit,
      unitPayload(building.id, {
        number: 'B2-056',
        floor: -2,
        type: 'parking',
        grossAreaCentiM2: 1250,
        handoverDate: undefined,
      }),
      admin,
    );
    expect(parking).toMatchObject({ label: '3栋B2-056', typeLabel: '车位', status: 'vacant' });
    expect(parking).not.toHaveProperty('handoverDate');

    expect(await fixture.bus.request(GetCommunity, { id: 'GZ01' }, admin)).toMatchObject({
      buildingCount: 1,
      unitCount: 2,
    });
    const buildings = await fixture.bus.request(ListBuildings, { communityId: 'GZ01' }, admin);
    expect(buildings.items).toEqual([{ ...building, unitCount: 2 }]);
    expect(await fixture.bus.request(GetUnit, { id: unit.id }, admin)).toEqual(unit);

    const { rows: history } = await seed.query(
      `select record_type, action, changes from record_history where record_id in ($1, $2) order by record_type`,
      [building.id, unit.id],
    );
    expect(history).toEqual([
      expect.objectContaining({ record_type: 'building', action: 'created' }),
      expect.objectContaining({
        record_type: 'unit',
        action: 'created',
        changes: expect.objectContaining({ label: '3栋1201', status: 'vacant' }),
      }),
    ]);
    await eventually(async () => {
      const events = await fixture.bus.events(ResidentsBus.stream);
      expect(events.find((e) => e.type === 'building.created.v1' && e.subject === building.id)).toMatchObject(
        {
          communityid: 'GZ01',
          data: { buildingId: building.id, code: '3', name: '3栋' },
        },
      );
      expect(events.find((e) => e.type === 'unit.created.v1' && e.subject === unit.id)).toMatchObject({
        companyid: 'HRX',
        communityid: 'GZ01',
        actorid: 'staff-0100',
        data: {
          unitId: unit.id,
          buildingId: building.id,
          label: '3栋1201',
          type: 'residence',
          grossAreaCentiM2: 8950,
          handoverDate: '2026-06-30',
        },
      });
    });
  });

  it('RES-1: duplicates are refused: BUILDING_EXISTS, UNIT_EXISTS; an unknown building is BUILDING_NOT_FOUND', async () => {
    const building = await fixture.bus.request<object, BuildingView>(
      CreateBuilding,
      buildingPayload('GZ02', { code: 'A', name: 'A座' }),
      admin,
    );
    await expect(
      fixture.bus.request(CreateBuilding, buildingPayload('GZ02', { code: 'A', name: 'A座写字楼' }), admin),
    ).rejects.toMatchObject({ code: 'BUILDING_EXISTS' });
    await fixture.bus.request(
      CreateUnit,
      unitPayload(building.id, { number: '2305', floor: 23, type: 'office' }),
      admin,
    );
    const units = await count('unit');
    await expect(
      fixture.bus.request(
        CreateUnit,
        unitPayload(building.id, { number: '2305', floor: 23, type: 'office' }),
        admin,
      ),
    ).rejects.toMatchObject({ code: 'UNIT_EXISTS' });
    await expect(
      fixture.bus.request(CreateUnit, unitPayload('01900000-0000-7000-8000-000000000000'), admin),
    ).rejects.toMatchObject({ code: 'BUILDING_NOT_FOUND' });
    expect(await count('unit')).toBe(units);
  });

  it('RES-1: concurrent creation of the same unit number makes one unit; the others get UNIT_EXISTS', async () => {
    const buildingId = await seed.building('GZ01', '7');
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () =>
        fixture.bus.request(CreateUnit, unitPayload(buildingId, { number: '0801', floor: 8 }), admin),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 'rejected')) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'UNIT_EXISTS' });
    }
  });

  it('RES-1: building codes that read the same, and a building name already used, are BUILDING_EXISTS naming the field (decision 338)', async () => {
    await fixture.bus.request(CreateBuilding, buildingPayload('GZ02', { code: '15', name: '15栋' }), admin);
    const buildings = await count('building');
    for (const code of [' 15', '15栋', '15号楼', '15座']) {
      await expect(
        fixture.bus.request(CreateBuilding, buildingPayload('GZ02', { code, name: `${code}副楼` }), admin),
      ).rejects.toMatchObject({ code: 'BUILDING_EXISTS', details: { field: 'code' } });
    }
    await expect(
      fixture.bus.request(CreateBuilding, buildingPayload('GZ02', { code: '16', name: '15栋' }), admin),
    ).rejects.toMatchObject({ code: 'BUILDING_EXISTS', details: { field: 'name' } });
    const other = await fixture.bus.request<object, BuildingView>(
      CreateBuilding,
      buildingPayload('GZ02', { code: '16', name: '16栋' }),
      admin,
    );
    expect(await count('building')).toBe(buildings + 1);
    await expect(
      fixture.bus.request(UpdateBuilding, { buildingId: other.id, name: '15栋', reason: '更正' }, admin),
    ).rejects.toMatchObject({ code: 'BUILDING_EXISTS', details: { field: 'name' } });
  });

  it('RES-1: unit numbers are kept in upper case; one differing only in case is UNIT_EXISTS naming number (decision 340)', async () => {
    const buildingId = await seed.building('GZ01', '21');
    const created = await fixture.bus.request<object, UnitView>(
      CreateUnit,
      unitPayload(buildingId, { number: '301a', floor: 3 }),
      admin,
    );
    expect(created).toMatchObject({ number: '301A', label: '21栋301A' });
    await expect(
      fixture.bus.request(CreateUnit, unitPayload(buildingId, { number: '301A', floor: 3 }), admin),
    ).rejects.toMatchObject({ code: 'UNIT_EXISTS', details: { field: 'number' } });
    const second = await fixture.bus.request<object, UnitView>(
      CreateUnit,
      unitPayload(buildingId, { number: '302', floor: 3 }),
      admin,
    );
    await expect(
      fixture.bus.request(UpdateUnit, { unitId: second.id, number: '301a', reason: '更正' }, admin),
    ).rejects.toMatchObject({ code: 'UNIT_EXISTS', details: { field: 'number' } });
  });

  it('RES-1: there is no floor 0, and the refusal names the floors the building has (decision 341)', async () => {
    const noBasement = await fixture.bus.request<object, BuildingView>(
      CreateBuilding,
      buildingPayload('GZ02', { code: '17', name: '17栋', floorsAboveGround: 10, floorsBelowGround: 0 }),
      admin,
    );
    const units = await count('unit');
    const refusal = async (floor: number): Promise<{ field: string; message: string }[]> => {
      const error = await fixture.bus.request(CreateUnit, unitPayload(noBasement.id, { floor }), admin).then(
        () => undefined,
        (e: unknown) => e as { code: string; details: { errors: { field: string; message: string }[] } },
      );
      expect(error?.code).toBe('VALIDATION_FAILED');
      return error!.details.errors;
    };
    const zero = await refusal(0);
    expect(zero).toEqual([{ field: 'floor', message: expect.stringContaining('between 1 and 10 in 17栋') }]);
    expect(JSON.stringify(zero)).not.toContain('-0');
    expect(await refusal(-1)).toEqual([
      { field: 'floor', message: 'floor must be between 1 and 10 in 17栋' },
    ]);
    expect(await count('unit')).toBe(units);
  });

  it('RES-1: units are listed by community, building, status and type, 50 by default, in pages', async () => {
    const buildingId = await seed.building('GZ01', '9');
    for (const number of ['0101', '0102', '0103', '0104', '0105']) {
      await fixture.bus.request(CreateUnit, unitPayload(buildingId, { number, floor: 1 }), admin);
    }
    const occupied = await seed.unit({ buildingId, number: '0201', status: 'occupied' });
    const shop = await fixture.bus.request<object, UnitView>(
      CreateUnit,
      unitPayload(buildingId, { number: '0106', floor: 1, type: 'shop' }),
      admin,
    );

    const all = await fixture.bus.request(ListUnits, { buildingId }, admin);
    expect(all.items).toHaveLength(7);
    expect(all.nextCursor).toBeUndefined();
    expect(
      (await fixture.bus.request(ListUnits, { buildingId, status: 'occupied' }, admin)).items.map(
        (u) => u.id,
      ),
    ).toEqual([occupied]);
    expect(
      (await fixture.bus.request(ListUnits, { buildingId, type: 'shop' }, admin)).items.map((u) => u.id),
    ).toEqual([shop.id]);
    expect(
      (await fixture.bus.request(ListUnits, { communityId: 'GZ02' }, admin)).items.every(
        (u) => u.communityId === 'GZ02',
      ),
    ).toBe(true);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await fixture.bus.request(
        ListUnits,
        { buildingId, limit: 3, ...(cursor ? { cursor } : {}) },
        admin,
      );
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(all.items.map((u) => u.id));

    const crowded = await seed.building('GZ01', '10');
    for (let i = 1; i <= 55; i++) await seed.unit({ buildingId: crowded, number: String(1000 + i) });
    const first = await fixture.bus.request(ListUnits, { buildingId: crowded }, admin);
    expect(first.items).toHaveLength(50);
    const rest = await fixture.bus.request(
      ListUnits,
      { buildingId: crowded, cursor: first.nextCursor },
      admin,
    );
    expect(rest.items).toHaveLength(5);
    expect(rest.nextCursor).toBeUndefined();

    const badCursor = await fixture.bus.rawRequest(
      ListUnits.subject,
      JSON.stringify({ cursor: 'not a cursor' }),
      admin,
    );
    expect(failedFields(badCursor)).toEqual(['cursor']);
    const tooMany = await fixture.bus.rawRequest(ListUnits.subject, JSON.stringify({ limit: 201 }), admin);
    expect(failedFields(tooMany)).toEqual(['limit']);
  });

  it('RES-1: a unit shows its current occupants, phones masked; ended and future occupancies are not current', async () => {
    const unitId = await seed.unit({ number: '1502' });
    const owner = await seed.person({ name: '陈晓红', phone: '13926781234' });
    const tenant = await seed.person({ name: '刘伟', phone: '13711112222', idNumber: null });
    const former = await seed.person({ name: '赵敏', phone: '13633334444' });
    const later = await seed.person({ name: '孙丽', phone: '13555556666' });
    await seed.occupancy(unitId, owner, 'owner', { startDate: '2026-07-01' });
    await seed.occupancy(unitId, tenant, 'tenant', { startDate: '2026-08-01' });
    const ended = await seed.occupancy(unitId, former, 'tenant', { startDate: '2026-01-01' });
    await seed.query(`update occupancy set end_date = '2026-05-31' where id = $1`, [ended]);
    await seed.occupancy(unitId, later, 'tenant', { startDate: '2099-01-01' });

    const unit = await fixture.bus.request(GetUnit, { id: unitId }, staff());
    expect(unit.occupants).toEqual([
      {
        occupancyId: expect.any(String),
        personId: owner,
        name: '陈晓红',
        role: 'owner',
        roleLabel: '业主',
        phone: '139****1234',
        since: '2026-07-01',
      },
      {
        occupancyId: expect.any(String),
        personId: tenant,
        name: '刘伟',
        role: 'tenant',
        roleLabel: '租户',
        phone: '137****2222',
        since: '2026-08-01',
      },
    ]);
  });

  it('bad input is refused with every field named and changes nothing', async () => {
    const buildingId = await seed.building('GZ01', '11');
    const before = {
      units: await count('unit'),
      buildings: await count('building'),
      communities: await count('community'),
    };
    const cases: [string, Record<string, unknown>, string[]][] = [
      [CreateUnit.subject, { buildingId }, ['number', 'floor', 'type', 'grossAreaCentiM2']],
      [CreateUnit.subject, unitPayload(buildingId, { grossAreaCentiM2: 0 }), ['grossAreaCentiM2']],
      [CreateUnit.subject, unitPayload(buildingId, { grossAreaCentiM2: 100_000_001 }), ['grossAreaCentiM2']],
      [CreateUnit.subject, unitPayload(buildingId, { grossAreaCentiM2: 89.5 }), ['grossAreaCentiM2']],
      [CreateUnit.subject, unitPayload(buildingId, { floor: '12', type: 'villa' }), ['floor', 'type']],
      [
        CreateUnit.subject,
        unitPayload(buildingId, { number: '12 01', handoverDate: '2026-02-30' }),
        ['number', 'handoverDate'],
      ],
      [CreateUnit.subject, unitPayload(buildingId, { floor: 40 }), ['floor']],
      [CreateUnit.subject, unitPayload(buildingId, { ownerName: '王建国' }), ['ownerName']],
      [CreateUnit.subject, unitPayload('3栋'), ['buildingId']],
      [
        CreateBuilding.subject,
        buildingPayload('GZ01', { name: '楼'.repeat(51), floorsAboveGround: 0 }),
        ['name', 'floorsAboveGround'],
      ],
      [
        CreateCommunity.subject,
        communityPayload({ id: 'gz-9', address: { province: '广东省' } }),
        ['id', 'address.city', 'address.district', 'address.street'],
      ],
      [CreateCommunity.subject, communityPayload({ id: 'GZ09', timeZone: 'Mars/Olympus' }), ['timeZone']],
    ];
    for (const [subject, body, fields] of cases) {
      const reply = await fixture.bus.rawRequest(subject, JSON.stringify(body), admin);
      expect({ subject, body, fields: failedFields(reply).sort() }).toEqual({
        subject,
        body,
        fields: [...fields].sort(),
      });
    }
    expect({
      units: await count('unit'),
      buildings: await count('building'),
      communities: await count('community'),
    }).toEqual(before);
  });

  it('a retry with the same Idempotency-Key returns the first unit and creates nothing more', async () => {
    const buildingId = await seed.building('GZ01', '12');
    const body = unitPayload(buildingId, { number: '0601', floor: 6 });
    const replies = await Promise.all(
      Array.from({ length: 5 }, () =>
        fixture.bus.request<object, UnitView>(CreateUnit, body, admin, { idempotencyKey: 'unit-0601-key' }),
      ),
    );
    expect(new Set(replies.map((r) => JSON.stringify(r))).size).toBe(1);
    const { rows } = await seed.query<{ n: number }>(
      `select count(*)::int as n from unit where building_id = $1`,
      [buildingId],
    );
    expect(rows[0]!.n).toBe(1);
    const { rows: events } = await seed.query<{ n: number }>(
      `select count(*)::int as n from outbox_message where aggregate_id = $1`,
      [replies[0]!.id],
    );
    expect(events[0]!.n).toBe(1);
    await expect(
      fixture.bus.request(CreateUnit, { ...body, number: '0602' }, admin, {
        idempotencyKey: 'unit-0601-key',
      }),
    ).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('GEN-5: another community or company reads, lists and changes nothing of the structure (404, empty lists)', async () => {
    const buildingId = await seed.building('GZ01', '15');
    const unitId = await seed.unit({ buildingId, number: '1501' });
    const outsiders = [
      staff({ communities: ['GZ02'] }),
      staff({ companyId: 'ZSWY', roles: ['admin'], communities: ['*'] }),
    ];
    for (const outsider of outsiders) {
      await expect(fixture.bus.request(GetCommunity, { id: 'GZ01' }, outsider)).rejects.toMatchObject({
        code: 'COMMUNITY_NOT_FOUND',
      });
      await expect(
        fixture.bus.request(ListBuildings, { communityId: 'GZ01' }, outsider),
      ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
      await expect(fixture.bus.request(GetUnit, { id: unitId }, outsider)).rejects.toMatchObject({
        code: 'UNIT_NOT_FOUND',
      });
      await expect(fixture.bus.request(ListUnits, { communityId: 'GZ01' }, outsider)).rejects.toMatchObject({
        code: 'COMMUNITY_NOT_FOUND',
      });
      await expect(fixture.bus.request(ListUnits, { buildingId }, outsider)).rejects.toMatchObject({
        code: 'BUILDING_NOT_FOUND',
      });
      await expect(
        fixture.bus.request(CreateBuilding, buildingPayload('GZ01', { code: '99' }), outsider),
      ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
      await expect(
        fixture.bus.request(CreateUnit, unitPayload(buildingId, { number: '9901' }), outsider),
      ).rejects.toMatchObject({ code: 'BUILDING_NOT_FOUND' });
      const units = await fixture.bus.request(ListUnits, { limit: 200 }, outsider);
      expect(units.items.filter((u) => u.companyId === 'HRX' && u.communityId === 'GZ01')).toEqual([]);
      const communities = await fixture.bus.request<object, { items: CommunityView[] }>(
        ListCommunities,
        {},
        outsider,
      );
      expect(communities.items.filter((c) => c.companyId === 'HRX' && c.id === 'GZ01')).toEqual([]);
    }
    expect(
      (await fixture.bus.request(ListCommunities, {}, staff({ communities: ['GZ02'] }))).items.map(
        (c) => c.id,
      ),
    ).toEqual(['GZ02']);
    expect((await fixture.bus.request(ListCommunities, {}, admin)).items.map((c) => c.id)).toEqual([
      'GZ01',
      'GZ02',
    ]);
    const { rows } = await seed.query<{ n: number }>(
      `select count(*)::int as n from building where code = '99'`,
    );
    expect(rows[0]!.n).toBe(0);
  });
});
