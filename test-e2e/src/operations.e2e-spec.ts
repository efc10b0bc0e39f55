import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '@pcs/testing';
import pg from 'pg';
import { Stack } from './stack.js';

const CLI = path.resolve(import.meta.dirname, '../../services/gateway/dist/cli/ops.js');
const run = promisify(execFile);

/** An event as the residents service publishes it, for rows an outage left behind. */
function residentsEvent(id: string, type: string, subject: string, version: number, data: object) {
  return {
    specversion: '1.0',
    id,
    source: 'residents',
    type,
    time: '2026-12-01T02:00:00.000Z',
    subject,
    datacontenttype: 'application/json',
    companyid: 'HRX',
    communityid: subject,
    correlationid: `ops-${id}`,
    aggregateversion: version,
    data,
  };
}

describe('operators mend events that did not flow', () => {
  let stack: Stack;
  let admin: string;
  const db: Record<'complaints' | 'residents', pg.Client> = {} as never;

  beforeAll(async () => {
    stack = await Stack.start();
    admin = await stack.token({
      roles: ['admin'],
      communities: ['*'],
      sub: 'admin-0001',
      name: '系统管理员',
    });
    for (const name of ['complaints', 'residents'] as const) {
      db[name] = new pg.Client({ connectionString: stack.databases.get(name)!.url });
      await db[name].connect();
    }
  });

  afterAll(async () => {
    await Promise.all(Object.values(db).map((c) => c.end()));
    await stack?.stopAll();
  });

  const ops = async (...args: string[]) => {
    try {
      const { stdout } = await run(process.execPath, [CLI, ...args, '--url', stack.url, '--token', admin]);
      return { code: 0, stdout, stderr: '' };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('lists, replays and discards dead letters from the command line; the event is applied once, the action archived', async () => {
    // A calendar event the complaints service could not apply while its database was down.
    const event = residentsEvent(
      '0190f1c2-0000-7000-8000-00000000c001',
      'calendar.updated.v1',
      'calendar:HRX:2031',
      1,
      {
        year: 2031,
        holidays: ['2031-01-01'],
        makeUpWorkdays: [],
        version: 1,
        updatedAt: '2026-12-01T02:00:00.000Z',
      },
    );
    const letters = ['0190f1c2-0000-7000-8000-00000000d001', '0190f1c2-0000-7000-8000-00000000d002'];
    for (const [i, id] of letters.entries()) {
      await db.complaints.query(
        `insert into dead_letter (id, consumer, event_id, event_type, company_id, subject, stream_seq, payload, error, deliveries)
         values ($1, 'complaints-calendar', $2, 'calendar.updated.v1', 'HRX', 'residents.events.calendar.updated', $3, $4, 'Error: connection terminated', 8)`,
        [id, event.id, 900 + i, JSON.stringify(i === 0 ? event : { not: 'an event' })],
      );
    }

    const listed = await ops('complaints', 'dead-letters');
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    expect(listed.stdout).toContain(letters[0]);
    expect(listed.stdout).toContain('待处理');

    const replayed = await ops('complaints', 'replay', letters[0]!, '--reason', '数据库恢复后重放', '--json');
    expect(replayed.code).toBe(0);
    expect(JSON.parse(replayed.stdout)).toMatchObject({
      status: 'replayed',
      statusLabel: '已重放',
      resolvedBy: 'admin-0001',
    });
    const calendar = await db.complaints.query(
      `select year, holidays from calendar_year_replica where company_id = 'HRX'`,
    );
    expect(calendar.rows).toEqual([{ year: 2031, holidays: ['2031-01-01'] }]);
    // Once only: the letter is no longer open.
    const again = await ops('complaints', 'replay', letters[0]!, '--reason', '再来一次');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/409 INVALID_STATE_TRANSITION/);

    // The unreadable one cannot be replayed; it is discarded.
    const unreadable = await ops('complaints', 'replay', letters[1]!, '--reason', '试试看');
    expect(unreadable.stderr).toMatch(/422 BUSINESS_RULE_VIOLATED: .*无法重放/);
    expect((await ops('complaints', 'discard', letters[1]!, '--reason', '消息已损坏，无法恢复')).code).toBe(
      0,
    );
    expect((await ops('complaints', 'dead-letters')).stdout).toContain('（无）');
    expect((await ops('complaints', 'dead-letters', '--status', 'discarded')).stdout).toContain(letters[1]);

    const archived = await db.complaints.query(
      `select record_id, action, actor_id, reason from record_history where record_type = 'dead-letter' order by at`,
    );
    expect(archived.rows).toEqual([
      { record_id: letters[0], action: 'replayed', actor_id: 'admin-0001', reason: '数据库恢复后重放' },
      { record_id: letters[1], action: 'discarded', actor_id: 'admin-0001', reason: '消息已损坏，无法恢复' },
    ]);
  });

  it('retries and skips parked outbox events; the later events of their aggregates flow again', async () => {
    const community = (id: string, name: string) => ({
      communityId: id,
      name,
      kind: 'residential',
      timeZone: 'Asia/Shanghai',
    });
    const rows = [
      ['0190f1c2-0000-7000-8000-00000000e001', 'OPS1', 1, 'parked', community('OPS1', '运维花园')],
      ['0190f1c2-0000-7000-8000-00000000e002', 'OPS1', 2, 'pending', community('OPS1', '运维花园二期')],
      ['0190f1c2-0000-7000-8000-00000000e003', 'OPS2', 1, 'parked', community('OPS2', '跳过花园')],
      ['0190f1c2-0000-7000-8000-00000000e004', 'OPS2', 2, 'pending', community('OPS2', '跳过花园二期')],
    ] as const;
    for (const [id, aggregate, version, status, data] of rows) {
      await db.residents.query(
        `insert into outbox_message (id, subject, aggregate_id, envelope, status, attempts, last_error)
         values ($1, 'residents.events.community.created', $2, $3, $4, $5, $6)`,
        [
          id,
          aggregate,
          residentsEvent(id, 'community.created.v1', aggregate, version, data),
          status,
          status === 'parked' ? 1 : 0,
          status === 'parked' ? 'InvalidArgumentError: max_payload size exceeded' : null,
        ],
      );
    }
    const parked = await ops('residents', 'outbox');
    expect(parked).toMatchObject({ code: 0, stderr: '' });
    expect(parked.stdout).toContain(rows[0][0]);
    expect(parked.stdout).toContain('已搁置');

    expect((await ops('residents', 'retry', rows[0][0], '--reason', '已调大消息上限')).code).toBe(0);
    expect(
      (await ops('residents', 'skip', rows[2][0], '--reason', '该事件内容有误，改由补录处理')).code,
    ).toBe(0);
    await eventually(async () => {
      const status = await db.residents.query<{ id: string; status: string }>(
        `select id, status from outbox_message where aggregate_id in ('OPS1', 'OPS2') order by id`,
      );
      expect(status.rows.map((r) => r.status)).toEqual(['sent', 'sent', 'skipped', 'sent']);
    }, 30_000);
    // The complaints service heard of OPS1 in order (its second version last) and of OPS2's successor.
    await eventually(async () => {
      const replica = await db.complaints.query(
        `select community_id, name, version from community_replica where community_id like 'OPS%' order by community_id`,
      );
      expect(replica.rows).toEqual([
        { community_id: 'OPS1', name: '运维花园二期', version: 2 },
        { community_id: 'OPS2', name: '跳过花园二期', version: 2 },
      ]);
    }, 30_000);
    const archived = await db.residents.query(
      `select record_id, action, actor_id from record_history where record_type = 'outbox-event' order by at`,
    );
    expect(archived.rows).toEqual([
      { record_id: rows[0][0], action: 'retried', actor_id: 'admin-0001' },
      { record_id: rows[2][0], action: 'skipped', actor_id: 'admin-0001' },
    ]);
    // Only a parked event can be retried or skipped.
    expect((await ops('residents', 'skip', rows[1][0], '--reason', '已经发布了')).stderr).toMatch(/409/);
  });

  it('is for administrators of the company only, and says which input is wrong', async () => {
    const letter = '0190f1c2-0000-7000-8000-00000000d003';
    await db.complaints.query(
      `insert into dead_letter (id, consumer, company_id, subject, stream_seq, payload, error, deliveries)
       values ($1, 'complaints-calendar', 'HRX', 's', 950, '{}', 'e', 8)`,
      [letter],
    );
    const replay = (token: string, body: unknown = { reason: '测试' }, service = 'complaints', id = letter) =>
      stack.http('POST', `/api/v1/ops/${service}/dead-letters/${id}/replay`, { token, body });
    expect((await replay(await stack.token({ roles: ['cs-manager'], communities: ['*'] }))).status).toBe(403);
    expect(
      (await replay(await stack.token({ roles: ['admin'], communities: ['*'], company: 'OTHER' }))).status,
    ).toBe(404);
    const badService = await replay(admin, { reason: '测试' }, 'payments');
    expect(badService.status).toBe(400);
    expect(badService.json.errors).toEqual([expect.objectContaining({ field: 'service' })]);
    expect((await replay(admin, {})).json.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect((await replay(admin, { reason: '测试' }, 'complaints', 'not-a-uuid')).json.errors).toEqual([
      expect.objectContaining({ field: 'id' }),
    ]);
    const usage = await run(process.execPath, [CLI, 'complaints', 'replay']).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(usage).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: npm run ops') });
  });
});
