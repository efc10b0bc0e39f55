import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DecideFileAccess,
  ListFileAccessRequests,
  ListPersonalDataAccess,
  ReadResidentFile,
  RequestFileAccess,
  Role,
  UpdatePerson,
  type FileAccessRequestView,
  type ResidentFileView,
} from '@pcs/contracts';
import { staff, useService } from '@pcs/testing';
import { residentsService } from '../src/residents.service-spec.js';
import { failedFields } from './support/registry-payloads.js';
import { Seed } from './support/seed.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('RES-8 access to resident files over the bus', () => {
  const fixture = useService(residentsService);
  let seed: Seed;
  const clerk = staff({ sub: 'staff-0001', name: '李娜', roles: ['front-desk'] });
  const manager = staff({ sub: 'staff-0200', name: '黄丽萍', roles: ['cs-manager'] });

  beforeAll(async () => {
    seed = new Seed(fixture.service.database.url);
    await seed.community('GZ01', '锦绣花园');
    await seed.community('GZ02', '天河商务大厦');
  });

  afterAll(async () => {
    await seed?.close();
  });

  async function requestFor(person: string, purpose = 'borrow', by = clerk): Promise<FileAccessRequestView> {
    return fixture.bus.request<object, FileAccessRequestView>(
      RequestFileAccess,
      { personId: person, purpose, reason: '业主产权纠纷，法务部需查阅档案' },
      by,
    );
  }

  async function logRowsOf(person: string): Promise<Record<string, unknown>[]> {
    const { rows } = await seed.query(
      `select kind, actor_id, reason, fields, file_access_request_id from personal_data_access where person_id = $1 order by id`,
      [person],
    );
    return rows;
  }

  it('RES-8: requested, approved by a manager for 7 days, read in full by the requester, logged and marked used', async () => {
    const person = await seed.person({ name: '王建国' });
    const unit = await seed.unit({ number: '1201' });
    await seed.occupancy(unit, person, 'owner', { startDate: '2026-07-01' });
    await fixture.bus.request(UpdatePerson, { id: person, notes: '长期出差', reason: '业主来电告知' }, clerk);

    const requested = await requestFor(person);
    expect(requested).toEqual({
      id: expect.any(String),
      communityId: 'GZ01',
      personId: person,
      personName: '王建国',
      purpose: 'borrow',
      purposeLabel: '借阅',
      reason: '业主产权纠纷，法务部需查阅档案',
      status: 'pending',
      statusLabel: '待审批',
      requestedBy: { staffId: 'staff-0001', name: expect.any(String) },
      requestedAt: expect.any(String),
    });
    const approved = await fixture.bus.request(
      DecideFileAccess,
      { requestId: requested.id, decision: 'approve', comment: '同意，限一周内查阅' },
      manager,
    );
    expect(approved).toMatchObject({
      status: 'approved',
      statusLabel: '已批准',
      decidedBy: { staffId: 'staff-0200', name: expect.any(String) },
      comment: '同意，限一周内查阅',
    });
    expect(Date.parse(approved.validUntil!) - Date.parse(approved.decidedAt!)).toBe(7 * DAY_MS);

    const file = await fixture.bus.request<object, ResidentFileView>(
      ReadResidentFile,
      { requestId: requested.id },
      clerk,
    );
    expect(file).toEqual({
      personId: person,
      communityId: 'GZ01',
      name: '王建国',
      phone: '13802251234',
      idDocumentType: 'resident-id-card',
      idDocumentTypeLabel: '居民身份证',
      idNumber: '440108198803152417',
      notes: '长期出差',
      preferences: { refuseReturnVisits: false, preferredChannel: 'phone', preferredChannelLabel: '电话' },
      occupancies: [{ unitLabel: '3栋1201', roleLabel: '业主', startDate: '2026-07-01' }],
      history: [
        {
          action: 'person.updated',
          actionLabel: '客户档案 修改',
          actorName: '李娜',
          at: expect.any(String),
          reason: '业主来电告知',
        },
      ],
      accessLogId: expect.any(String),
    });
    expect(await logRowsOf(person)).toEqual([
      {
        kind: 'file-borrow',
        actor_id: 'staff-0001',
        reason: '业主产权纠纷，法务部需查阅档案',
        fields: ['phone', 'idNumber'],
        file_access_request_id: requested.id,
      },
    ]);
    const [listed] = (await fixture.bus.request(ListFileAccessRequests, { status: 'used' }, manager)).items;
    expect(listed).toMatchObject({ id: requested.id, status: 'used', statusLabel: '已调阅' });

    // Within the 7 days the requester may read again; each read is logged.
    const again = await fixture.bus.request<object, ResidentFileView>(
      ReadResidentFile,
      { requestId: requested.id },
      clerk,
    );
    expect(again.accessLogId).not.toBe(file.accessLogId);
    expect(await logRowsOf(person)).toHaveLength(2);

    const { rows } = await seed.query(
      `select action from record_history where record_id = $1 order by at, id`,
      [requested.id],
    );
    expect(rows.map((r) => r['action'])).toEqual(['requested', 'approved', 'used']);
  });

  it('RES-8: an export is logged as file-export', async () => {
    const person = await seed.person({ name: '陈晓红', phone: '13926781234', idNumber: null });
    const request = await requestFor(person, 'export');
    await fixture.bus.request(
      DecideFileAccess,
      { requestId: request.id, decision: 'approve' },
      staff({ sub: 'staff-0900', roles: ['gm'] }),
    );
    await fixture.bus.request(ReadResidentFile, { requestId: request.id }, clerk);
    expect(await logRowsOf(person)).toEqual([
      expect.objectContaining({ kind: 'file-export', fields: ['phone'] }),
    ]);
    const log = await fixture.bus.request(ListPersonalDataAccess, { personId: person }, manager);
    expect(log.items.map((i) => i.kindLabel)).toEqual(['档案导出']);
  });

  it('RES-8: only a cs-manager, deputy-gm or gm decides, never on their own request (FORBIDDEN)', async () => {
    const person = await seed.person({ name: '刘伟' });
    const request = await requestFor(person);
    const deciders = new Set(['cs-manager', 'deputy-gm', 'gm']);
    for (const role of Role.codes.filter((r) => !deciders.has(r))) {
      await expect(
        fixture.bus.request(
          DecideFileAccess,
          { requestId: request.id, decision: 'approve' },
          staff({ sub: 'staff-0700', roles: [role] }),
        ),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const own = await requestFor(person, 'borrow', manager);
    await expect(
      fixture.bus.request(DecideFileAccess, { requestId: own.id, decision: 'approve' }, manager),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const deputy = staff({ sub: 'staff-0800', name: '吴刚', roles: ['deputy-gm'] });
    expect(
      await fixture.bus.request(
        DecideFileAccess,
        { requestId: own.id, decision: 'reject', comment: '理由不充分' },
        deputy,
      ),
    ).toMatchObject({
      status: 'rejected',
      statusLabel: '已驳回',
      decidedBy: { staffId: 'staff-0800', name: expect.any(String) },
    });
    await expect(
      fixture.bus.request(DecideFileAccess, { requestId: own.id, decision: 'approve' }, deputy),
    ).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
    const { rows } = await seed.query(`select status from file_access_request where id = $1`, [request.id]);
    expect(rows).toEqual([{ status: 'pending' }]);
  });

  it("RES-8: a requester sees their own requests and whether they were approved, and nobody else's", async () => {
    const person = await seed.person({ name: '邓佳' });
    const mine = await requestFor(person, 'borrow', clerk);
    const colleague = staff({ sub: 'staff-0002', name: '陈静', roles: ['front-desk'] });
    const theirs = await requestFor(person, 'borrow', colleague);
    await fixture.bus.request(
      DecideFileAccess,
      { requestId: mine.id, decision: 'reject', comment: '理由不充分，请补充法务函' },
      manager,
    );
    const own = await fixture.bus.request<object, { items: FileAccessRequestView[] }>(
      ListFileAccessRequests,
      { mine: true },
      clerk,
    );
    const ids = own.items.map((r) => r.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(own.items.find((r) => r.id === mine.id)).toMatchObject({
      status: 'rejected',
      statusLabel: '已驳回',
    });
    expect(own.items.every((r) => r.requestedBy.staffId === 'staff-0001')).toBe(true);
  });

  it('RES-8: a stated reason must say something: blank or spaces are refused naming the field', async () => {
    const person = await seed.person({ name: '冯涛' });
    const reply = await fixture.bus.rawRequest(
      RequestFileAccess.subject,
      JSON.stringify({ personId: person, purpose: 'borrow', reason: '     ' }),
      clerk,
    );
    expect(failedFields(reply)).toEqual(['reason']);
  });

  it("RES-8: no file without a valid approval of the requester's own request (FILE_ACCESS_NOT_APPROVED), and nothing logged", async () => {
    const person = await seed.person({ name: '赵敏' });
    const pending = await requestFor(person);
    const rejected = await requestFor(person);
    await fixture.bus.request(DecideFileAccess, { requestId: rejected.id, decision: 'reject' }, manager);
    const approved = await requestFor(person);
    await fixture.bus.request(DecideFileAccess, { requestId: approved.id, decision: 'approve' }, manager);
    const expired = await requestFor(person);
    await fixture.bus.request(DecideFileAccess, { requestId: expired.id, decision: 'approve' }, manager);
    await seed.query(
      `update file_access_request set valid_until = now() - interval '1 minute' where id = $1`,
      [expired.id],
    );

    for (const [requestId, actor] of [
      [pending.id, clerk],
      [rejected.id, clerk],
      [expired.id, clerk],
      [approved.id, manager],
      [approved.id, staff({ sub: 'staff-0002', name: '张敏' })],
    ] as const) {
      const reply = await fixture.bus.rawRequest(
        ReadResidentFile.subject,
        JSON.stringify({ requestId }),
        actor,
      );
      expect(reply).toMatchObject({ ok: false, error: { code: 'FILE_ACCESS_NOT_APPROVED' } });
      expect(JSON.stringify(reply)).not.toContain('13802251234');
    }
    expect(await logRowsOf(person)).toEqual([]);
    const { rows } = await seed.query(`select status from file_access_request where id = $1`, [approved.id]);
    expect(rows).toEqual([{ status: 'approved' }]);
  });

  it('GEN-4: file requests show no phone or ID number to any role', async () => {
    const person = await seed.person({ name: '孙悦', phone: '13612341234' });
    const request = await requestFor(person);
    for (const role of Role.codes) {
      const actor = staff({ sub: `staff-${role}`, roles: [role], communities: ['*'] });
      const json = JSON.stringify([
        await fixture.bus.request(ListFileAccessRequests, { communityId: 'GZ01' }, actor),
        await requestFor(person, 'borrow', actor),
      ]);
      expect(json).not.toContain('13612341234');
      expect(json).not.toContain('440108198803152417');
    }
    const decided = await fixture.bus.request(
      DecideFileAccess,
      { requestId: request.id, decision: 'approve' },
      manager,
    );
    expect(JSON.stringify(decided)).not.toContain('13612341234');
  });

  it('RES-8: requests are listed by community and status, in pages', async () => {
    const person = await seed.person({ communityId: 'GZ02', name: '周杰' });
    const gz02 = staff({ sub: 'staff-0601', communities: ['GZ02'] });
    const gz02Manager = staff({ sub: 'staff-0602', roles: ['cs-manager'], communities: ['GZ02'] });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await requestFor(person, 'borrow', gz02)).id);
    await fixture.bus.request(DecideFileAccess, { requestId: ids[1], decision: 'reject' }, gz02Manager);
    const pending = await fixture.bus.request(
      ListFileAccessRequests,
      { communityId: 'GZ02', status: 'pending' },
      gz02,
    );
    expect(pending.items.map((r) => r.id)).toEqual([ids[0], ids[2]]);
    const first = await fixture.bus.request(ListFileAccessRequests, { limit: 2 }, gz02);
    const second = await fixture.bus.request(
      ListFileAccessRequests,
      { limit: 2, cursor: first.nextCursor },
      gz02,
    );
    expect([...first.items, ...second.items].map((r) => r.id)).toEqual(ids);
    expect(second.nextCursor).toBeUndefined();
  });

  it('bad input is refused with the fields named and changes nothing', async () => {
    const person = await seed.person();
    const before = await seed.query(`select count(*)::int as n from file_access_request`);
    const cases: [string, Record<string, unknown>, string[]][] = [
      [RequestFileAccess.subject, { personId: person }, ['purpose', 'reason']],
      [RequestFileAccess.subject, { personId: person, purpose: 'copy', reason: '查' }, ['purpose', 'reason']],
      [
        RequestFileAccess.subject,
        { personId: 'abc', purpose: 'export', reason: '导出档案', urgent: true },
        ['personId', 'urgent'],
      ],
      [
        DecideFileAccess.subject,
        { requestId: person, decision: 'maybe', comment: '' },
        ['comment', 'decision'],
      ],
      [ReadResidentFile.subject, {}, ['requestId']],
      [ListFileAccessRequests.subject, { status: 'lost', communityId: 'gz01' }, ['communityId', 'status']],
    ];
    for (const [subject, body, fields] of cases) {
      const reply = await fixture.bus.rawRequest(subject, JSON.stringify(body), manager);
      expect({ body, fields: failedFields(reply) }).toEqual({ body, fields });
    }
    const after = await seed.query(`select count(*)::int as n from file_access_request`);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('GEN-5: another community or company cannot request, decide, read or list files (404, empty lists)', async () => {
    const person = await seed.person({ communityId: 'GZ01', name: '马丽' });
    const request = await requestFor(person);
    for (const outsider of [
      staff({ sub: 'staff-0001', roles: ['cs-manager'], communities: ['GZ02'] }),
      staff({ sub: 'staff-0001', companyId: 'YJWY', roles: ['gm'], communities: ['*'] }),
    ]) {
      await expect(
        fixture.bus.request(
          RequestFileAccess,
          { personId: person, purpose: 'export', reason: '越权导出' },
          outsider,
        ),
      ).rejects.toMatchObject({
        code: 'PERSON_NOT_FOUND',
      });
      await expect(
        fixture.bus.request(DecideFileAccess, { requestId: request.id, decision: 'approve' }, outsider),
      ).rejects.toMatchObject({
        code: 'FILE_ACCESS_REQUEST_NOT_FOUND',
      });
      await expect(
        fixture.bus.request(ReadResidentFile, { requestId: request.id }, outsider),
      ).rejects.toMatchObject({
        code: 'FILE_ACCESS_REQUEST_NOT_FOUND',
      });
      await expect(
        fixture.bus.request(ListFileAccessRequests, { communityId: 'GZ01' }, outsider),
      ).rejects.toMatchObject({
        code: 'COMMUNITY_NOT_FOUND',
      });
      const all = await fixture.bus.request(ListFileAccessRequests, { limit: 200 }, outsider);
      expect(all.items.filter((r) => r.id === request.id)).toEqual([]);
    }
    const { rows } = await seed.query(`select status from file_access_request where id = $1`, [request.id]);
    expect(rows).toEqual([{ status: 'pending' }]);
  });
});
