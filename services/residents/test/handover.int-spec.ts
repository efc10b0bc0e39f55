import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RecordHandoverInspection, ResidentsBus, type HandoverInspectionView } from '@pcs/contracts';
import { eventually, staff, useService } from '@pcs/testing';
import { residentsService } from '../src/residents.service-spec.js';
import { failedFields } from './support/registry-payloads.js';
import { Seed } from './support/seed.js';

const DEFECTS = [
  {
    location: '主卧窗台',
    description: '窗台渗水，墙面有水渍',
    trades: ['waterproofing', 'civil'],
    severity: 'major',
  },
  { location: '厨房', description: '插座无电', trades: ['electrical'], severity: 'safety' },
];

describe('RES-3 handover inspection over the bus', () => {
  const fixture = useService(residentsService);
  let seed: Seed;
  const engineer = staff({ sub: 'staff-0300', name: '林海', roles: ['engineer'] });

  beforeAll(async () => {
    seed = new Seed(fixture.service.database.url);
    await seed.community('GZ01', '锦绣花园');
    await seed.community('GZ02', '天河商务大厦');
  });

  afterAll(async () => {
    await seed?.close();
  });

  it("RES-3: every defect gets an id and travels in handover.inspected with the unit's handover date", async () => {
    const unit = await seed.unit({ number: '1201', handoverDate: '2026-06-30' });
    const owner = await seed.person({ name: '王建国' });
    await seed.occupancy(unit, owner, 'owner');
    const inspection = await fixture.bus.request<object, HandoverInspectionView>(
      RecordHandoverInspection,
      { unitId: unit, ownerPersonId: owner, inspectedAt: '2026-07-02T10:00:00+08:00', defects: DEFECTS },
      engineer,
    );
    expect(inspection).toEqual({
      id: expect.any(String),
      communityId: 'GZ01',
      unitId: unit,
      ownerPersonId: owner,
      inspectedAt: '2026-07-02T02:00:00.000Z',
      handoverDate: '2026-06-30',
      inspectedBy: { staffId: 'staff-0300', name: expect.any(String) },
      defects: [
        { id: expect.any(String), ...DEFECTS[0], severityLabel: '严重', tradeLabels: expect.any(Array) },
        { id: expect.any(String), ...DEFECTS[1], severityLabel: '安全隐患', tradeLabels: expect.any(Array) },
      ],
    });
    expect(new Set(inspection.defects.map((d) => d.id)).size).toBe(2);

    const [event] = await eventually(async () => {
      const found = (await fixture.bus.events(ResidentsBus.stream)).filter(
        (e) => e.subject === inspection.id,
      );
      expect(found).toHaveLength(1);
      return found;
    });
    expect(event).toMatchObject({
      type: 'handover.inspected.v1',
      communityid: 'GZ01',
      actorid: 'staff-0300',
      data: {
        inspectionId: inspection.id,
        unitId: unit,
        ownerPersonId: owner,
        inspectedAt: '2026-07-02T02:00:00.000Z',
        handoverDate: '2026-06-30',
        defectCount: 2,
        defects: inspection.defects,
      },
    });
    expect(JSON.stringify(event)).not.toContain('13802251234');
    const { rows } = await seed.query(
      `select record_type, action, actor_id, changes from record_history where record_id = $1`,
      [inspection.id],
    );
    expect(rows).toEqual([
      {
        record_type: 'handover-inspection',
        action: 'recorded',
        actor_id: 'staff-0300',
        changes: expect.objectContaining({ unitId: unit, ownerPersonId: owner, defectCount: 2 }),
      },
    ]);
  });

  it('RES-3: a unit without a handover date is handed over on the local date of the inspection and keeps it; no defects is fine', async () => {
    const unit = await seed.unit({ number: '1202' });
    await seed.query(`update unit set handover_date = null where id = $1`, [unit]);
    const owner = await seed.person({ name: '陈晓红' });
    await seed.occupancy(unit, owner, 'owner', { startDate: '2026-12-01' });
    // 20:30 UTC on 30 November is already 1 December in Guangzhou.
    const inspection = await fixture.bus.request<object, HandoverInspectionView>(
      RecordHandoverInspection,
      { unitId: unit, ownerPersonId: owner, inspectedAt: '2026-11-30T20:30:00Z', defects: [] },
      engineer,
    );
    expect(inspection.defects).toEqual([]);
    const event = await eventually(async () => {
      const found = (await fixture.bus.events(ResidentsBus.stream)).find((e) => e.subject === inspection.id);
      expect(found).toBeDefined();
      return found!;
    });
    expect(event.data).toMatchObject({ handoverDate: '2026-12-01', defectCount: 0, defects: [] });
    expect(inspection.handoverDate).toBe('2026-12-01');
    // Decision 281: the unit keeps the date, archived and published, so residents and maintenance agree.
    const { rows } = await seed.query(
      `select to_char(handover_date, 'YYYY-MM-DD') as handover_date, version from unit where id = $1`,
      [unit],
    );
    expect(rows).toEqual([{ handover_date: '2026-12-01', version: 2 }]);
    const updated = await eventually(async () => {
      const found = (await fixture.bus.events(ResidentsBus.stream)).find(
        (e) => e.type === 'unit.updated.v1' && e.subject === unit,
      );
      expect(found).toBeDefined();
      return found!;
    });
    expect(updated.data).toMatchObject({ handoverDate: '2026-12-01', changedFields: ['handoverDate'] });
  });

  it('RES-3 (decision 0382): an owner of another community, or unknown, is refused as the move-ins refuse their people: 422 naming ownerPersonId', async () => {
    const unit = await seed.unit({ number: '1203' });
    const elsewhere = await seed.person({ communityId: 'GZ02', name: '周杰' });
    const unknown = '01900000-0000-7000-8000-000000000003';
    const admin = staff({ roles: ['admin'], communities: ['*'] });
    const body = {
      unitId: unit,
      ownerPersonId: elsewhere,
      inspectedAt: '2026-07-02T10:00:00+08:00',
      defects: DEFECTS,
    };
    // A caller who may see the person is told who.
    await expect(fixture.bus.request(RecordHandoverInspection, body, admin)).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      message: expect.stringContaining('周杰'),
      details: { field: 'ownerPersonId', personId: elsewhere },
    });
    // One who may not (GEN-5), or an id nobody holds, is told the same, without a name.
    for (const [personId, caller] of [
      [elsewhere, engineer],
      [unknown, admin],
    ] as const) {
      const refusal = fixture.bus.request(
        RecordHandoverInspection,
        { ...body, ownerPersonId: personId },
        caller,
      );
      await expect(refusal).rejects.toMatchObject({
        code: 'BUSINESS_RULE_VIOLATED',
        message: `${personId}不是该房屋的业主，不能作为验房业主`,
        details: { field: 'ownerPersonId', personId },
      });
    }
    await expect(
      fixture.bus.request(RecordHandoverInspection, { ...body, unitId: unknown }, admin),
    ).rejects.toMatchObject({ code: 'UNIT_NOT_FOUND' });
    const { rows } = await seed.query(
      `select count(*)::int as n from handover_inspection where unit_id = $1`,
      [unit],
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('RES-3 (decision 0281): the owner inspected with holds an owner occupancy of the unit, else 422 naming ownerPersonId', async () => {
    const unit = await seed.unit({ number: '1207' });
    const owner = await seed.person({ name: '黄伟' });
    await seed.occupancy(unit, owner, 'owner');
    const tenant = await seed.person({ name: '周敏' });
    await seed.occupancy(unit, tenant, 'tenant');
    const neighbour = await seed.person({ name: '李强' });
    const former = await seed.person({ name: '陈国华' });
    const sold = await seed.occupancy(unit, former, 'owner', { startDate: '2020-01-01' });
    await seed.query(`update occupancy set end_date = '2026-06-30' where id = $1`, [sold]);
    const body = { unitId: unit, inspectedAt: '2026-07-02T10:00:00+08:00', defects: DEFECTS };
    for (const [personId, name] of [
      [tenant, '周敏'],
      [neighbour, '李强'],
      [former, '陈国华'],
    ] as const) {
      await expect(
        fixture.bus.request(RecordHandoverInspection, { ...body, ownerPersonId: personId }, engineer),
      ).rejects.toMatchObject({
        code: 'BUSINESS_RULE_VIOLATED',
        message: expect.stringContaining(name),
        details: { field: 'ownerPersonId', personId },
      });
    }
    const { rows } = await seed.query(
      `select count(*)::int as n from handover_inspection where unit_id = $1`,
      [unit],
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('RES-3 (decision 0281): a unit is inspected once; a second entry is 409 and raises no defects again', async () => {
    const unit = await seed.unit({ number: '1208' });
    const owner = await seed.person({ name: '黄伟' });
    await seed.occupancy(unit, owner, 'owner');
    const body = {
      unitId: unit,
      ownerPersonId: owner,
      inspectedAt: '2026-07-02T10:00:00+08:00',
      defects: DEFECTS,
    };
    const [first, second] = await Promise.allSettled([
      fixture.bus.request<object, HandoverInspectionView>(RecordHandoverInspection, body, engineer, {
        idempotencyKey: 'handover-1208-a',
      }),
      fixture.bus.request<object, HandoverInspectionView>(RecordHandoverInspection, body, engineer, {
        idempotencyKey: 'handover-1208-b',
      }),
    ]);
    const outcomes = [first, second].map((r) => r.status).sort();
    expect(outcomes).toEqual(['fulfilled', 'rejected']);
    const refusal = [first, second].find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refusal.reason).toMatchObject({ code: 'INVALID_STATE_TRANSITION', details: { field: 'unitId' } });
    const { rows } = await seed.query(
      `select count(*)::int as n from handover_inspection where unit_id = $1`,
      [unit],
    );
    expect(rows[0]!.n).toBe(1);
    // The outbox publishes after the commit: waited for, not read at once.
    await eventually(async () => {
      const inspected = (await fixture.bus.events(ResidentsBus.stream)).filter(
        (e) => e.type === 'handover.inspected.v1' && (e.data as { unitId: string }).unitId === unit,
      );
      expect(inspected).toHaveLength(1);
    });
  });

  it('bad input is refused with the fields named and changes nothing', async () => {
    const unit = await seed.unit({ number: '1204' });
    const owner = await seed.person();
    const before = await seed.query(`select count(*)::int as n from handover_inspection`);
    const base = { unitId: unit, ownerPersonId: owner, inspectedAt: '2026-07-02T10:00:00+08:00' };
    const cases: [Record<string, unknown>, string[]][] = [
      [{ unitId: unit }, ['defects', 'inspectedAt', 'ownerPersonId']],
      [{ ...base, inspectedAt: '2026-07-02 10:00', defects: [] }, ['inspectedAt']],
      [{ ...base, defects: [{ ...DEFECTS[0], trades: [] }] }, ['defects[0].trades']],
      [
        { ...base, defects: [{ ...DEFECTS[0], trades: ['painting'], severity: 'cosmetic' }] },
        ['defects[0].severity', 'defects[0].trades'],
      ],
      [
        { ...base, defects: [{ ...DEFECTS[0], location: '', description: '渗'.repeat(501) }] },
        ['defects[0].description', 'defects[0].location'],
      ],
      [{ ...base, defects: Array.from({ length: 201 }, () => DEFECTS[1]) }, ['defects']],
      [{ ...base, defects: [], photos: ['a.jpg'] }, ['photos']],
    ];
    for (const [body, fields] of cases) {
      const reply = await fixture.bus.rawRequest(
        RecordHandoverInspection.subject,
        JSON.stringify(body),
        engineer,
      );
      expect({ fields: failedFields(reply) }).toEqual({ fields });
    }
    const after = await seed.query(`select count(*)::int as n from handover_inspection`);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('a retried inspection with the same Idempotency-Key is recorded once, with the same defect ids', async () => {
    const unit = await seed.unit({ number: '1205' });
    const owner = await seed.person({ name: '刘洋' });
    await seed.occupancy(unit, owner, 'owner');
    const body = {
      unitId: unit,
      ownerPersonId: owner,
      inspectedAt: '2026-07-03T09:00:00+08:00',
      defects: DEFECTS,
    };
    const first = await fixture.bus.request(RecordHandoverInspection, body, engineer, {
      idempotencyKey: 'handover-1205',
    });
    const again = await fixture.bus.request(RecordHandoverInspection, body, engineer, {
      idempotencyKey: 'handover-1205',
    });
    expect(again).toEqual(first);
    const { rows } = await seed.query(
      `select count(*)::int as n from handover_inspection where unit_id = $1`,
      [unit],
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('GEN-5: another community or company cannot record an inspection there (404); its own unit with a person it cannot see is 422 naming ownerPersonId (decision 0382)', async () => {
    const unit = await seed.unit({ number: '1206' });
    const owner = await seed.person({ name: '马丽' });
    const body = {
      unitId: unit,
      ownerPersonId: owner,
      inspectedAt: '2026-07-03T09:00:00+08:00',
      defects: DEFECTS,
    };
    for (const outsider of [
      staff({ communities: ['GZ02'] }),
      staff({ companyId: 'YJWY', communities: ['*'] }),
    ]) {
      await expect(fixture.bus.request(RecordHandoverInspection, body, outsider)).rejects.toMatchObject({
        code: 'UNIT_NOT_FOUND',
      });
    }
    const gz02Unit = await seed.unit({ communityId: 'GZ02', number: '0101' });
    await expect(
      fixture.bus.request(
        RecordHandoverInspection,
        { ...body, unitId: gz02Unit },
        staff({ communities: ['GZ02'] }),
      ),
    ).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      message: expect.not.stringContaining('马丽'),
      details: { field: 'ownerPersonId', personId: owner },
    });
  });
});
