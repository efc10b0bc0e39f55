import { describe, expect, it } from '@jest/globals';
import {
  CancelMoveIn,
  GetPersonHistory,
  GetUnitHistory,
  ListHandoverInspections,
  ListMoveIns,
  ListMoveOuts,
  RecordHandoverInspection,
  CancelMoveOut,
  CompleteMoveIn,
  AcknowledgeMoveIn,
  RecordMoveInKeys,
  GetPerson,
  ListUnits,
  GetCompany,
  UpdateCompany,
  RegisterPerson,
  RequestMoveOut,
  ResidentsBus,
  SearchPeople,
  StartMoveIn,
  StartTenantMoveIn,
  UpdateBuilding,
  UpdateCommunity,
  UpdatePerson,
  UpdateUnit,
  type BuildingView,
  type CloudEvent,
  type CommunityView,
  type HistoryEntryView,
  type PersonHistoryView,
  type MoveInView,
  type MoveOutView,
  type Page,
  type PersonView,
  type UnitView,
} from '@pcs/contracts';
import { eventually, staff, useService, type BillingAnswers } from '@pcs/testing';
import { residentsService } from '../src/residents.service-spec.js';
import { householdWithOwner, sendAs, useSeedAndStubBilling } from './support/procedure-fixtures.js';
import { failedFields } from './support/registry-payloads.js';
import type { Seed } from './support/seed.js';

const frontDesk = staff();
const manager = staff({ sub: 'staff-0009', name: '周建华', roles: ['cs-manager'] });
/** A manager for the whole company (GEN-5): the company's settings are theirs to change. */
const companyManager = staff({
  sub: 'staff-0009',
  name: '周建华',
  roles: ['cs-manager'],
  communities: ['*'],
});

describe('residents as the front desk uses it (issue 12)', () => {
  const fixture = useService(residentsService);
  let seed: Seed;
  let billing: BillingAnswers;
  useSeedAndStubBilling(
    fixture,
    { GZ01: '锦绣花园', GZ02: '天河公馆' },
    (ready) => ({ seed, billing } = ready),
  );

  const send = sendAs(fixture, frontDesk);

  async function eventsOfType(type: string, about: (e: CloudEvent) => boolean): Promise<CloudEvent[]> {
    return eventually(
      async () => {
        const events = (await fixture.bus.events(ResidentsBus.stream)).filter(
          (e) => e.type === type && about(e),
        );
        expect(events.length).toBeGreaterThan(0);
        return events;
      },
      10_000,
      100,
    );
  }

  async function history(recordId: string): Promise<Record<string, unknown>[]> {
    const { rows } = await seed.query(
      `select action, actor_id, actor_name, reason, changes from record_history where record_id = $1 order by at, id`,
      [recordId],
    );
    return rows;
  }

  describe('find fast (DESK-3, GEN-4, GEN-5)', () => {
    it('DESK-3: a number written any way is kept in one form and found by any other, or by its last four digits, masked', async () => {
      const person = await send<PersonView>(RegisterPerson, {
        communityId: 'GZ01',
        name: '欧阳明',
        phone: '+86 138 0013 8000',
      });
      expect(person.phone).toBe('138****8000');
      const { rows } = await seed.query('select phone, phone_digits, phone_tail from person where id = $1', [
        person.id,
      ]);
      expect(rows[0]).toEqual({ phone: '13800138000', phone_digits: '13800138000', phone_tail: '8000' });

      for (const phone of ['13800138000', '138-0013-8000', '0086 13800138000', '+8613800138000']) {
        const page = await send<Page<PersonView>>(SearchPeople, { phone });
        expect(page.items.map((p) => p.id)).toEqual([person.id]);
      }
      const byTail = await send<Page<PersonView>>(SearchPeople, { phoneTail: '8000', communityId: 'GZ01' });
      expect(byTail.items.map((p) => p.id)).toContain(person.id);
      expect(byTail.items.every((p) => p.phone.endsWith('8000') && p.phone.includes('*'))).toBe(true);
    });

    it('DESK-3: a landline with area code and extension is found without the extension and shown masked', async () => {
      const person = await send<PersonView>(RegisterPerson, {
        communityId: 'GZ01',
        name: '广州华润物业前台',
        phone: '(020) 8888-1234 转 601',
      });
      expect(person.phone).toBe('020-****1234');
      const found = await send<Page<PersonView>>(SearchPeople, { phone: '02088881234' });
      expect(found.items.map((p) => p.id)).toEqual([person.id]);
    });

    it('GEN-5: a caller of one community does not find people of another by phone or by tail', async () => {
      const other = await send<PersonView>(
        RegisterPerson,
        { communityId: 'GZ02', name: '司徒静', phone: '13922447788' },
        staff({ communities: ['GZ02'] }),
      );
      expect((await send<Page<PersonView>>(SearchPeople, { phone: '139 2244 7788' })).items).toEqual([]);
      expect((await send<Page<PersonView>>(SearchPeople, { phoneTail: '7788' })).items).not.toContainEqual(
        expect.objectContaining({ id: other.id }),
      );
    });

    it('bad numbers and tails are refused naming the field', async () => {
      const raw = (payload: object) =>
        fixture.bus.rawRequest(SearchPeople.subject, JSON.stringify(payload), frontDesk);
      expect(failedFields(await raw({ phone: '12345' }))).toEqual(['phone']);
      expect(failedFields(await raw({ phoneTail: '12a4' }))).toEqual(['phoneTail']);
      expect(failedFields(await raw({ phoneTail: '123' }))).toEqual(['phoneTail']);
    });

    it('RES-1: a unit is found by how people say it within a community', async () => {
      const buildingId = await seed.building('GZ01', '7');
      const unitId = await seed.unit({ buildingId, number: '1201' });
      for (const address of ['7-1201', '7栋1201', '7号楼1201室', '7#1201', ' 7 - 1201 ']) {
        const page = await send<Page<UnitView>>(ListUnits, { communityId: 'GZ01', address });
        expect(page.items.map((u) => u.id)).toEqual([unitId]);
      }
      const byNumber = await send<Page<UnitView>>(ListUnits, { communityId: 'GZ01', address: '1201' });
      expect(byNumber.items.map((u) => u.id)).toContain(unitId);
      expect(
        (await send<Page<UnitView>>(ListUnits, { communityId: 'GZ01', address: '8栋1201' })).items,
      ).toEqual([]);
      const raw = (payload: object) =>
        fixture.bus.rawRequest(ListUnits.subject, JSON.stringify(payload), frontDesk);
      expect(failedFields(await raw({ address: '7-1201' }))).toEqual(['communityId']);
      expect(failedFields(await raw({ communityId: 'GZ01', address: '七栋' }))).toEqual(['address']);
    });

    it('RES-1 (decision 0285): shops, parking spaces and zero-padded numbers are found by label, number or as said', async () => {
      const buildingId = await seed.building('GZ01', '19');
      const shop = await seed.unit({ buildingId, number: 'S101' });
      const parking = await seed.unit({ buildingId, number: 'B1-001' });
      const flat = await seed.unit({ buildingId, number: '0801' });
      const labels = await seed.query<{ id: string; label: string }>(
        `select id, label from unit where id = any($1)`,
        [[shop, parking, flat]],
      );
      const labelOf = new Map(labels.rows.map((r) => [r.id, r.label]));
      const found = async (address: string) =>
        (await send<Page<UnitView>>(ListUnits, { communityId: 'GZ01', address })).items.map((u) => u.id);
      for (const [address, unitId] of [
        [labelOf.get(shop)!, shop],
        ['19栋S101', shop],
        ['19-s101', shop],
        [labelOf.get(parking)!, parking],
        ['19栋B1-001', parking],
        ['19-801', flat],
        ['19栋801室', flat],
        ['19-0801', flat],
      ] as const) {
        expect({ address, found: await found(address) }).toEqual({ address, found: [unitId] });
      }
      expect(await found('S101')).toContain(shop);
      expect(await found('B1-001')).toContain(parking);
    });
  });

  describe('correct and cancel (GEN-3)', () => {
    it('RES-4: a mistaken move-in is cancelled with a reason; its charges are withdrawn and the unit can start again', async () => {
      const { unitId, ownerId } = await householdWithOwner(seed);
      const started = await send<MoveInView>(StartMoveIn, {
        unitId,
        ownerPersonIds: [ownerId],
        plannedDate: '2026-12-08',
      });
      const [requested] = await eventsOfType('move-in.requested.v1', (e) => e.subject === started.id);
      expect(requested!.data).toMatchObject({
        moveInId: started.id,
        kind: 'owner',
        unitId,
        plannedDate: '2026-12-08',
      });

      const blank = await fixture.bus.rawRequest(
        CancelMoveIn.subject,
        JSON.stringify({ moveInId: started.id, reason: '   ' }),
        frontDesk,
      );
      expect(failedFields(blank)).toEqual(['reason']);

      const cancelled = await send<MoveInView>(CancelMoveIn, {
        moveInId: started.id,
        reason: '  房号登记错误  ',
      });
      expect(cancelled).toMatchObject({
        status: 'cancelled',
        statusLabel: '已取消',
        cancelReason: '房号登记错误',
      });
      await expect(send(CancelMoveIn, { moveInId: started.id, reason: '再次取消' })).rejects.toMatchObject({
        code: 'INVALID_STATE_TRANSITION',
      });
      await expect(
        send(CompleteMoveIn, { moveInId: started.id, movedInAt: '2026-12-08T10:00:00+08:00' }),
      ).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
      const [withdrawn] = await eventsOfType(
        'charge-request.withdrawn.v1',
        (e) => (e.data as { requestId: string }).requestId === started.charges.requestId,
      );
      expect(withdrawn!.data).toMatchObject({ reason: '房号登记错误' });
      await eventsOfType('move-in.cancelled.v1', (e) => e.subject === started.id);
      expect((await history(started.id)).map((h) => [h['action'], h['reason']])).toEqual([
        ['started', null],
        ['cancelled', '房号登记错误'],
      ]);

      const again = await send<MoveInView>(StartMoveIn, {
        unitId,
        ownerPersonIds: [ownerId],
        plannedDate: '2026-12-09',
      });
      expect(again.status).toBe('open');
    });

    it('RES-6: a move-out not completed is cancelled with a reason, and the occupancy may move out later', async () => {
      const { unitId, ownerOccupancyId } = await householdWithOwner(seed);
      const requested = await send<MoveOutView>(RequestMoveOut, {
        unitId,
        occupancyIds: [ownerOccupancyId],
        moveOutDate: '2026-12-20',
        reason: '房屋出售',
      });
      await eventsOfType('move-out.requested.v1', (e) => e.subject === requested.id);
      const cancelled = await send<MoveOutView>(CancelMoveOut, {
        moveOutId: requested.id,
        reason: '交易取消，业主继续居住',
      });
      expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '交易取消，业主继续居住' });
      await eventsOfType('move-out.cancelled.v1', (e) => e.subject === requested.id);
      // The occupancy is untouched and may move out later.
      const later = await send<MoveOutView>(RequestMoveOut, {
        unitId,
        occupancyIds: [ownerOccupancyId],
        moveOutDate: '2027-01-20',
        reason: '房屋出售',
      });
      expect(later.status).toBe('requested');
    });

    it("RES-1: a unit's handover date, area and type are corrected with who and why, and published", async () => {
      const buildingId = await seed.building('GZ01', '9');
      const unitId = await seed.unit({ buildingId, number: '0301' });
      await seed.query('update unit set handover_date = null where id = $1', [unitId]);
      const corrected = await send<UnitView>(
        UpdateUnit,
        {
          unitId,
          handoverDate: '2025-06-30',
          grossAreaCentiM2: 10_250,
          reason: '按交付确认书补录交付日期和实测面积',
        },
        manager,
      );
      expect(corrected).toMatchObject({ handoverDate: '2025-06-30', grossAreaCentiM2: 10_250 });
      const [updated] = await eventsOfType('unit.updated.v1', (e) => e.subject === unitId);
      expect(updated!.data).toMatchObject({
        unitId,
        handoverDate: '2025-06-30',
        grossAreaCentiM2: 10_250,
        changedFields: expect.arrayContaining(['handoverDate', 'grossAreaCentiM2']),
      });
      const archived = (await history(unitId)).at(-1)!;
      expect(archived).toMatchObject({
        action: 'corrected',
        actor_id: 'staff-0009',
        actor_name: '周建华',
        reason: '按交付确认书补录交付日期和实测面积',
        changes: { handoverDate: { from: null, to: '2025-06-30' } },
      });

      const cleared = await send<UnitView>(
        UpdateUnit,
        { unitId, clear: ['handoverDate'], reason: '交付日期录错' },
        manager,
      );
      expect(cleared.handoverDate).toBeUndefined();

      const neighbour = await seed.unit({ buildingId, number: '0302' });
      await expect(
        send(UpdateUnit, { unitId: neighbour, number: '0301', reason: '改房号' }, manager),
      ).rejects.toMatchObject({
        code: 'UNIT_EXISTS',
      });
      const renamed = await send<UnitView>(
        UpdateUnit,
        { unitId: neighbour, number: '0303', reason: '门牌调整' },
        manager,
      );
      expect(renamed.label).toBe('9栋0303');
      const raw = (payload: object) =>
        fixture.bus.rawRequest(UpdateUnit.subject, JSON.stringify(payload), manager);
      expect(failedFields(await raw({ unitId, grossAreaCentiM2: -1, reason: '面积' }))).toEqual([
        'grossAreaCentiM2',
      ]);
      expect(failedFields(await raw({ unitId, handoverDate: '2025-02-30', reason: '日期' }))).toEqual([
        'handoverDate',
      ]);
      expect(failedFields(await raw({ unitId, floor: 3 }))).toEqual(['reason']);
    });

    it('RES-1: a renamed building relabels its units; a community is corrected; the company is named', async () => {
      const buildingId = await seed.building('GZ01', '11');
      const unitId = await seed.unit({ buildingId, number: '0808' });
      const building = await send<BuildingView>(
        UpdateBuilding,
        { buildingId, name: '11号楼', reason: '按门牌统一楼栋名称' },
        manager,
      );
      expect(building.name).toBe('11号楼');
      const [relabelled] = await eventsOfType('unit.updated.v1', (e) => e.subject === unitId);
      expect(relabelled!.data).toMatchObject({ label: '11号楼0808', changedFields: ['label'] });
      await expect(
        send(UpdateBuilding, { buildingId, floorsAboveGround: 5, reason: '楼层数录错' }, manager),
      ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED' });

      const community = await send<CommunityView>(
        UpdateCommunity,
        { communityId: 'GZ01', name: '锦绣花园（一期）', reason: '小区更名' },
        staff({ roles: ['cs-manager'] }),
      );
      expect(community.name).toBe('锦绣花园（一期）');
      await eventsOfType(
        'community.updated.v1',
        (e) => (e.data as { name: string }).name === '锦绣花园（一期）',
      );
      await expect(
        send(UpdateCommunity, { communityId: 'GZ02', name: '别人的小区', reason: '越权' }),
      ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });

      const company = await send<{ id: string; name: string }>(
        UpdateCompany,
        { name: '华润万象生活物业服务有限公司', reason: '按营业执照登记公司名称' },
        companyManager,
      );
      expect(company).toEqual({
        id: 'HRX',
        name: '华润万象生活物业服务有限公司',
        decorationDepositRefundDays: 90,
      });
    });

    it('GEN-5 (decision 0276): the company is changed only by a company-wide caller; anyone reads it', async () => {
      const before = await send(GetCompany, {}, staff({ roles: ['technician'] }));
      expect(before).toMatchObject({ id: 'HRX', decorationDepositRefundDays: 90 });
      await expect(
        send(UpdateCompany, { decorationDepositRefundDays: 30, reason: '核对设置' }, manager),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await send(GetCompany, {}, manager)).toEqual(before);
      await expect(send(GetCompany, { id: 'YJWY' }, manager)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const { rows } = await seed.query(
        `select count(*)::int as n from record_history where record_type = 'company' and reason = '核对设置'`,
      );
      expect(rows[0]!['n']).toBe(0);
    });

    it("RES-2: a person's optional fields are cleared with a reason; ID numbers of every kind stay mostly hidden (GEN-4)", async () => {
      const person = await send<PersonView>(RegisterPerson, {
        communityId: 'GZ01',
        name: 'John Smith',
        phone: '13631234567',
        idDocument: { type: 'passport', number: 'E12345678' },
        notes: '英国籍，说英语',
      });
      expect(person).toMatchObject({ idDocumentType: 'passport', idNumber: 'E1*****78' });
      const cleared = await send<PersonView>(UpdatePerson, {
        id: person.id,
        clear: ['notes', 'idDocument'],
        reason: '证件登记错误，待业主重新提供',
      });
      expect(cleared.notes).toBeUndefined();
      expect(cleared.idNumber).toBeUndefined();
      expect(cleared.idDocumentType).toBeUndefined();
      const read = await send<PersonView>(GetPerson, { id: person.id });
      expect(read.idNumber).toBeUndefined();
      const both = await fixture.bus.rawRequest(
        UpdatePerson.subject,
        JSON.stringify({ id: person.id, notes: '新备注', clear: ['notes'], reason: '矛盾' }),
        frontDesk,
      );
      expect(failedFields(both)).toEqual(['clear']);
    });
  });

  describe("tenants' move-in (RES-4, BIL-8)", () => {
    it('RES-4: a tenant moves in after the lease is signed, with the contract deposit asked of billing', async () => {
      // The owner accepted the unit (RES-3): a tenant moves into a unit handed over (decision 0383).
      const { unitId } = await householdWithOwner(seed, { handedOver: true });
      const tenant = await seed.person({
        name: '陈晓峰',
        phone: '13760001122',
        idNumber: '440102199203035512',
      });
      const stranger = await seed.person({ name: '林小红', phone: '13760003344' });

      await expect(
        send(StartTenantMoveIn, {
          unitId,
          tenantPersonIds: [tenant],
          plannedDate: '2026-12-12',
          contractDepositFen: 600_000,
        }),
      ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED', details: { field: 'tenantPersonIds' } });

      await seed.occupancy(unitId, tenant, 'tenant');
      const started = await send<MoveInView>(StartTenantMoveIn, {
        unitId,
        tenantPersonIds: [tenant],
        plannedDate: '2026-12-12',
        contractDepositFen: 600_000,
      });
      expect(started).toMatchObject({
        kind: 'tenant',
        kindLabel: '租户入住',
        personIds: [tenant],
        ownerPersonIds: [],
        contractDepositFen: 600_000,
      });
      expect(started.missing.map((m) => m.code)).toEqual(['handbook', 'keys', 'charges']);
      expect(started.missing.find((m) => m.code === 'charges')!.label).toBe('合同押金已缴清');
      const [raised] = await eventsOfType(
        'charge-request.raised.v1',
        (e) => e.subject === started.charges.requestId,
      );
      expect(raised!.data).toMatchObject({
        purpose: 'tenant-move-in',
        payerPersonId: tenant,
        items: [{ code: 'contract-deposit', amountFen: 600_000 }],
      });
      void stranger;

      await send(AcknowledgeMoveIn, { moveInId: started.id, handbook: true, decorationRules: false });
      await send(RecordMoveInKeys, { moveInId: started.id, keys: [{ kind: 'door-key', count: 2 }] });
      await expect(
        send(CompleteMoveIn, { moveInId: started.id, movedInAt: new Date().toISOString() }),
      ).rejects.toMatchObject({ code: 'MOVE_IN_INCOMPLETE', details: { missing: ['charges'] } });
      billing.chargeStatus(started.charges.requestId, 'settled');
      const done = await send<MoveInView>(CompleteMoveIn, {
        moveInId: started.id,
        movedInAt: new Date().toISOString(),
      });
      expect(done.status).toBe('completed');
      const [movedIn] = await eventsOfType('unit.moved-in.v1', (e) => e.subject === started.id);
      expect(movedIn!.data).toMatchObject({ ownerPersonIds: [], tenantPersonIds: [tenant] });

      const raw = (payload: object) =>
        fixture.bus.rawRequest(StartTenantMoveIn.subject, JSON.stringify(payload), frontDesk);
      expect(
        failedFields(
          await raw({
            unitId,
            tenantPersonIds: [tenant],
            plannedDate: '2026-12-12',
            contractDepositFen: 1.5,
          }),
        ),
      ).toEqual(['contractDepositFen']);
      expect(
        failedFields(await raw({ unitId, tenantPersonIds: [tenant], plannedDate: '2026-12-12' })),
      ).toEqual(['contractDepositFen']);
    });
  });

  describe('see the history (GEN-3)', () => {
    it("GEN-3: a unit's timeline shows its occupancies, procedures and corrections, newest first, with who and why", async () => {
      const { unitId, ownerId, ownerOccupancyId } = await householdWithOwner(seed);
      await seed.query(
        `insert into record_history (id, company_id, community_id, record_type, record_id, action, actor_id, actor_name, at)
         values (gen_random_uuid(), 'HRX', 'GZ01', 'occupancy', $1, 'started', 'staff-0001', '李娜', now() - interval '1 day')`,
        [ownerOccupancyId],
      );
      const started = await send<MoveInView>(StartMoveIn, {
        unitId,
        ownerPersonIds: [ownerId],
        plannedDate: '2026-12-08',
      });
      await send(CancelMoveIn, { moveInId: started.id, reason: '业主改期' });
      await send(UpdateUnit, { unitId, grossAreaCentiM2: 9_120, reason: '按测绘报告更正面积' }, manager);

      const timeline = await send<Page<HistoryEntryView>>(GetUnitHistory, { unitId });
      const summaries = timeline.items.map((e) => e.summary);
      expect(summaries).toEqual(
        expect.arrayContaining(['房屋 更正', '入住手续 取消', '入住手续 开始', '收费请求 撤回']),
      );
      expect(summaries.indexOf('房屋 更正')).toBeLessThan(summaries.indexOf('入住手续 开始'));
      expect(timeline.items.find((e) => e.summary === '入住手续 取消')).toMatchObject({
        recordType: 'move-in',
        recordTypeLabel: '入住手续',
        recordId: started.id,
        actorName: '李娜',
        reason: '业主改期',
      });
      const onlyMoveIns = await send<Page<HistoryEntryView>>(GetUnitHistory, {
        unitId,
        recordType: 'move-in',
      });
      expect(new Set(onlyMoveIns.items.map((e) => e.recordType))).toEqual(new Set(['move-in']));
      const firstPage = await send<Page<HistoryEntryView>>(GetUnitHistory, { unitId, limit: 2 });
      const rest = await send<Page<HistoryEntryView>>(GetUnitHistory, {
        unitId,
        cursor: firstPage.nextCursor,
      });
      expect([...firstPage.items, ...rest.items].map((e) => e.id)).toEqual(timeline.items.map((e) => e.id));

      await expect(send(GetUnitHistory, { unitId }, staff({ communities: ['GZ02'] }))).rejects.toMatchObject({
        code: 'UNIT_NOT_FOUND',
      });

      const person = await send<PersonHistoryView>(GetPersonHistory, { personId: ownerId });
      expect(person.procedures).toEqual([
        expect.objectContaining({
          kind: 'move-in',
          kindLabel: '入住手续',
          id: started.id,
          status: 'cancelled',
          statusLabel: '已取消',
        }),
      ]);
    });

    it('RES-4, RES-6, RES-3: move-ins, move-outs and handover inspections are listed with filters', async () => {
      const { unitId, ownerId, ownerOccupancyId } = await householdWithOwner(seed);
      const moveIn = await send<MoveInView>(StartMoveIn, {
        unitId,
        ownerPersonIds: [ownerId],
        plannedDate: '2026-12-18',
      });
      const moveOut = await send<MoveOutView>(RequestMoveOut, {
        unitId,
        occupancyIds: [ownerOccupancyId],
        moveOutDate: '2027-01-05',
        reason: '房屋出售',
      });
      const inspection = await send<{ id: string }>(RecordHandoverInspection, {
        unitId,
        ownerPersonId: ownerId,
        inspectedAt: '2026-12-01T10:00:00+08:00',
        defects: [{ location: '主卫', description: '地漏返水', trades: ['plumbing'], severity: 'minor' }],
      });

      const ins = await send<Page<MoveInView>>(ListMoveIns, {
        unitId,
        status: 'open',
        from: '2026-12-18',
        to: '2026-12-18',
      });
      expect(ins.items.map((m) => m.id)).toEqual([moveIn.id]);
      expect((await send<Page<MoveInView>>(ListMoveIns, { unitId, kind: 'tenant' })).items).toEqual([]);
      expect((await send<Page<MoveInView>>(ListMoveIns, { unitId, from: '2026-12-19' })).items).toEqual([]);
      const outs = await send<Page<MoveOutView>>(ListMoveOuts, {
        communityId: 'GZ01',
        unitId,
        status: 'requested',
      });
      expect(outs.items.map((m) => m.id)).toEqual([moveOut.id]);
      const inspections = await send<Page<{ id: string }>>(ListHandoverInspections, {
        unitId,
        withDefects: true,
        from: '2026-12-01',
        to: '2026-12-01',
      });
      expect(inspections.items.map((i) => i.id)).toEqual([inspection.id]);
      expect(
        (await send<Page<{ id: string }>>(ListHandoverInspections, { unitId, withDefects: false })).items,
      ).toEqual([]);

      const raw = (payload: object) =>
        fixture.bus.rawRequest(ListMoveIns.subject, JSON.stringify(payload), frontDesk);
      expect(failedFields(await raw({ from: '2026-12-31', to: '2026-12-01' }))).toEqual(['to']);
      expect(failedFields(await raw({ status: 'finished' }))).toEqual(['status']);
      expect(failedFields(await raw({ from: '2026-13-01' }))).toEqual(['from']);
    });
  });
});
