import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { budgetMs, complaintRegistration, eventually, httpCall, type HttpResult } from '@pcs/testing';
import { staffToken } from './gateway-harness.js';
import { startRealStack, type RealStack } from './hostile/real-stack.js';
import { seedRecords, type SeededRecords } from './hostile/seed-records.js';
import { expectRefused as refused } from './hostile/refused.js';

/*
 * A new staff member's probe of the complaints routes, through the gateway to the real services:
 * malformed input, ids that do not exist or belong elsewhere, and actions out of order. Each is
 * refused with problem details naming the field (400/422) or the state (404/409), and changes nothing.
 */

const MISSING = '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8c';
/** An instant this many days from now, with the offset a desk in Guangzhou sends. */
const fromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().replace('Z', '+00:00');

describe('complaints routes probed with bad input and odd sequences', () => {
  let stack: RealStack;
  let records: SeededRecords;
  let manager: string;
  let gz02Manager: string;
  let n = 0;

  const call = (method: string, path: string, body?: unknown, token = manager, headers = {}) =>
    httpCall(stack.gateway.url, method, path, {
      token,
      ...(body === undefined ? {} : { body }),
      headers: { 'x-correlation-id': `probe-${++n}`, ...headers },
    });

  async function register(overrides: Record<string, unknown> = {}, token = manager): Promise<any> {
    const res = await call('POST', '/api/v1/complaints', complaintRegistration(overrides), token);
    expect(res.status).toBe(201);
    return res.json;
  }

  async function act(id: string, action: string, body: unknown, expected = 200): Promise<any> {
    const res = await call('POST', `/api/v1/complaints/${id}/${action}`, body);
    expect({ action, status: res.status }).toEqual({ action, status: expected });
    return res.json;
  }

  /** What a refusal must leave alone: the entry and its history. */
  async function snapshot(id: string): Promise<unknown> {
    const [entry, history] = await Promise.all([
      call('GET', `/api/v1/complaints/${id}`),
      call('GET', `/api/v1/complaints/${id}/history`),
    ]);
    return { entry: entry.json, history: history.json };
  }

  beforeAll(
    async () => {
      stack = await startRealStack();
      records = await seedRecords(stack.gateway.url);
      manager = await staffToken({
        sub: 'staff-0901',
        name: '孙悦',
        roles: ['cs-manager'],
        communities: ['GZ01'],
      });
      gz02Manager = await staffToken({
        sub: 'staff-0902',
        name: '钱磊',
        roles: ['cs-manager'],
        communities: ['GZ02'],
      });
    },
    budgetMs(60, 1_000),
  );

  afterAll(async () => {
    await stack?.close();
  });

  it('bad input: registration refuses impossible dates, unknown codes, blank, long and missing fields, naming each', async () => {
    const failures: string[] = [];
    const cases: [string, Record<string, unknown>, number[], string?][] = [
      ['impossible date', { receivedAt: '2026-02-30T10:00:00+08:00' }, [400], 'receivedAt'],
      ['far future', { receivedAt: '2999-01-01T10:00:00+08:00' }, [400, 422], 'receivedAt'],
      ['far past', { receivedAt: '1000-01-01T10:00:00+08:00' }, [400], 'receivedAt'],
      ['no offset', { receivedAt: '2026-11-22T09:30:00' }, [400], 'receivedAt'],
      ['unknown category', { category: 'plumbing-ish' }, [400], 'category'],
      ['unknown kind', { kind: 'rumour' }, [400], 'kind'],
      ['unknown channel', { channel: 'pigeon' }, [400], 'channel'],
      ['unknown intent', { intent: 'revenge' }, [400], 'intent'],
      ['blank description', { description: '   ' }, [400], 'description'],
      ['full-width blank demand', { demand: '\u3000\u3000' }, [400], 'demand'],
      ['over-long description', { description: '漏'.repeat(2001) }, [400], 'description'],
      ['description as number', { description: 42 }, [400], 'description'],
      ['customer as string', { customer: '王先生' }, [400], 'customer'],
      ['surname blank', { customer: { surname: ' ', phone: '13812345678' } }, [400], 'customer.surname'],
      ['phone garbage', { customer: { surname: '王', phone: 'call me' } }, [400], 'customer.phone'],
      ['malformed unit id', { unitId: 'unit-1' }, [400], 'unitId'],
      ['unknown unit id', { unitId: MISSING }, [400, 404, 422]],
      ['malformed person id', { personId: '1234' }, [400], 'personId'],
      ['unknown person id', { personId: MISSING }, [400, 404, 422]],
      ['malformed community', { communityId: 'gz 01;' }, [400], 'communityId'],
      ['community not the caller’s', { communityId: 'GZ02' }, [404]],
      ['unknown community', { communityId: 'ZZ99' }, [404]],
      ['extra field', { priority: 'urgent' }, [400], 'priority'],
      ['needsRepair as string', { needsRepair: 'yes' }, [400], 'needsRepair'],
      ['answer on a complaint', { answer: '已答复' }, [400, 422]],
    ];
    const before = await call('GET', '/api/v1/complaints?communityId=GZ01&limit=200');
    for (const [label, overrides, statuses, field] of cases) {
      const res = await call('POST', '/api/v1/complaints', complaintRegistration(overrides));
      try {
        refused(res, statuses, field);
      } catch (error) {
        failures.push(`${label}: ${(error as Error).message}`);
      }
    }
    for (const missing of ['communityId', 'channel', 'customer', 'description', 'demand', 'receivedAt']) {
      const body = complaintRegistration();
      delete body[missing];
      refused(await call('POST', '/api/v1/complaints', body), [400], missing);
    }
    const after = await call('GET', '/api/v1/complaints?communityId=GZ01&limit=200');
    expect(after.json.items.length).toBe(before.json.items.length);
    expect(failures).toEqual([]);
  });

  it('bad input: list, counts and return-visit queries name the parameter', async () => {
    const failures: string[] = [];
    const cases: [string, number[], string?][] = [
      ['/api/v1/complaints?status=lost', [400], 'status'],
      ['/api/v1/complaints?limit=0', [400], 'limit'],
      ['/api/v1/complaints?limit=201', [400], 'limit'],
      ['/api/v1/complaints?limit=ten', [400], 'limit'],
      ['/api/v1/complaints?cursor=not-a-cursor', [400], 'cursor'],
      ['/api/v1/complaints?receivedFrom=2026-02-30T00:00:00%2B08:00', [400], 'receivedFrom'],
      ['/api/v1/complaints?receivedTo=yesterday', [400], 'receivedTo'],
      ['/api/v1/complaints?from=2026-11-01', [400], 'from'],
      ['/api/v1/complaints?communityId=ZZ%2099', [400], 'communityId'],
      ['/api/v1/complaints?category=unknown', [400], 'category'],
      ['/api/v1/complaints?unknownFilter=1', [400], 'unknownFilter'],
      ['/api/v1/complaints/return-visits?communityId=', [400], 'communityId'],
      ['/api/v1/complaints/counts?communityId=GZ01&from=2026-13-01', [400], 'from'],
      ['/api/v1/complaints/not-a-uuid', [400], 'id'],
      [`/api/v1/complaints/${MISSING}`, [404]],
      [`/api/v1/complaints/${MISSING}/history`, [404]],
      ['/api/v1/complaints/12345/history', [400], 'id'],
    ];
    for (const [path, statuses, field] of cases) {
      const res = await call('GET', path);
      try {
        refused(res, statuses, field);
      } catch (error) {
        failures.push(`${path}: ${(error as Error).message}`);
      }
    }
    // An inverted window finds nothing.
    const inverted =
      '/api/v1/complaints?receivedFrom=2026-12-01T00:00:00%2B08:00&receivedTo=2026-11-01T00:00:00%2B08:00';
    const res = await call('GET', inverted);
    expect({ status: res.status, items: res.json.items }).toEqual({ status: 200, items: [] });
    // GEN-5: a community the caller does not see, or none at all, is 404 on every list (decisions 0138, 0302).
    for (const community of ['GZ02', 'ZZ99'])
      for (const list of [
        '/api/v1/complaints',
        '/api/v1/complaints/call-backs',
        '/api/v1/complaints/return-visits',
        '/api/v1/early-warnings',
        '/api/v1/incidents',
        '/api/v1/shift-handovers',
        '/api/v1/surveys',
        '/api/v1/surveys/revisits',
        '/api/v1/surveys/scores',
        '/api/v1/incoming-calls',
      ]) {
        const path = `${list}?communityId=${community}`;
        const listed = await call('GET', path);
        expect({ path, status: listed.status, code: listed.json?.code }).toEqual({
          path,
          status: 404,
          code: 'COMMUNITY_NOT_FOUND',
        });
      }
    expect(failures).toEqual([]);
  });

  it('bad input: every action on an unknown, malformed or foreign id is 404/400 and changes nothing', async () => {
    const failures: string[] = [];
    const foreign = await eventually(() => register({ communityId: 'GZ02' }, gz02Manager), 15_000, 200);
    const before = {
      entry: (await call('GET', `/api/v1/complaints/${foreign.id}`, undefined, gz02Manager)).json,
      history: (await call('GET', `/api/v1/complaints/${foreign.id}/history`, undefined, gz02Manager)).json,
    };
    const bodies: Record<string, unknown> = {
      assign: { department: 'cleaning', handler: { staffId: 'staff-0501', name: '赵敏' } },
      acknowledge: { promisedAt: '2026-12-25T18:00:00+08:00', note: '已告知业主' },
      feedback: { feedback: '已安排' },
      escalate: { reason: '超出权限' },
      resolve: { measures: '更换', result: '已恢复' },
      close: {},
      reopen: { reason: '复发' },
      merge: { intoId: foreign.id, reason: '重复' },
    };
    for (const [action, body] of Object.entries(bodies)) {
      refused(await call('POST', `/api/v1/complaints/${MISSING}/${action}`, body), [404]);
      refused(await call('POST', `/api/v1/complaints/not-a-uuid/${action}`, body), [400], 'id');
      refused(await call('POST', `/api/v1/complaints/${foreign.id}/${action}`, body), [404]);
    }
    const seen = await call('GET', `/api/v1/complaints/${foreign.id}`, undefined, gz02Manager);
    const history = await call('GET', `/api/v1/complaints/${foreign.id}/history`, undefined, gz02Manager);
    expect({ entry: seen.json, history: history.json }).toEqual(before);
    expect(failures).toEqual([]);
  });

  it('bad input: action bodies with wrong types, blank texts, unknown codes and impossible dates', async () => {
    const failures: string[] = [];
    const c = await register();
    await act(c.id, 'assign', { department: 'cleaning', handler: { staffId: 'staff-0501', name: '赵敏' } });
    const before = await snapshot(c.id);
    const cases: [string, unknown, number[], string?][] = [
      [
        'assign',
        { department: 'nowhere', handler: { staffId: 'staff-0501', name: '赵敏' } },
        [400],
        'department',
      ],
      [
        'assign',
        { department: 'cleaning', handler: { staffId: ' ', name: '赵敏' } },
        [400],
        'handler.staffId',
      ],
      ['assign', { department: 'cleaning' }, [400], 'handler'],
      ['acknowledge', { promisedAt: '2026-02-30T18:00:00+08:00' }, [400], 'promisedAt'],
      ['acknowledge', { promisedAt: '1999-01-01T18:00:00+08:00' }, [400, 422], 'promisedAt'],
      ['acknowledge', { promisedAt: '2999-01-01T18:00:00+08:00' }, [400], 'promisedAt'],
      ['acknowledge', { promisedAt: fromNow(400) }, [400], 'promisedAt'],
      ['feedback', { feedback: '' }, [400], 'feedback'],
      ['feedback', { feedback: 'x'.repeat(100_000) }, [400, 413], undefined],
      [
        'extend',
        {
          until: '2026-02-30T18:00:00+08:00',
          reason: '配件',
          customerConsent: { consented: true, consentedAt: '2026-11-25T10:00:00+08:00', channel: 'call' },
        },
        [400],
        'until',
      ],
      [
        'extend',
        {
          until: '2999-12-10T18:00:00+08:00',
          reason: '配件',
          customerConsent: { consented: true, consentedAt: '2026-11-25T10:00:00+08:00', channel: 'call' },
        },
        [400],
        'until',
      ],
      [
        'extend',
        {
          until: fromNow(400),
          reason: '配件',
          customerConsent: { consented: true, consentedAt: '2026-11-25T10:00:00+08:00', channel: 'call' },
        },
        [400],
        'until',
      ],
      [
        'extend',
        {
          until: fromNow(30),
          reason: '配件',
          customerConsent: { consented: false, consentedAt: '2026-11-25T10:00:00+08:00', channel: 'call' },
        },
        [400, 422],
      ],
      [
        'extend',
        {
          until: fromNow(30),
          reason: '配件',
          customerConsent: { consented: true, consentedAt: '2999-11-25T10:00:00+08:00', channel: 'call' },
        },
        [400, 422],
        'customerConsent.consentedAt',
      ],
      [
        'extend',
        {
          until: fromNow(30),
          reason: '配件',
          customerConsent: {
            consented: true,
            consentedAt: '2026-11-25T10:00:00+08:00',
            channel: 'telepathy',
          },
        },
        [400],
        'customerConsent.channel',
      ],
      ['pause', { reason: 'bored' }, [400], 'reason'],
      ['escalate', { reason: '   ' }, [400], 'reason'],
      ['escalate', { reason: 7 }, [400], 'reason'],
      ['acknowledge-escalation', { level: 'emperor' }, [400], 'level'],
      ['flag-major', { reasons: [] }, [400], 'reasons'],
      ['flag-major', { reasons: ['boredom'] }, [400], 'reasons'],
      ['flag-major', { reasons: 'injury' }, [400], 'reasons'],
      [
        'meeting',
        { heldAt: '2026-02-30T15:00:00+08:00', attendees: ['周建国'], minutes: '会' },
        [400],
        'heldAt',
      ],
      [
        'meeting',
        { heldAt: '2999-11-26T15:00:00+08:00', attendees: ['周建国'], minutes: '会' },
        [400, 409, 422],
      ],
      ['meeting', { heldAt: '2026-11-26T15:00:00+08:00', attendees: [], minutes: '会' }, [400], 'attendees'],
      [
        'meeting',
        { heldAt: '2026-11-26T15:00:00+08:00', attendees: [' '], minutes: '会' },
        [400],
        'attendees',
      ],
      ['resolve', { measures: '更换' }, [400], 'result'],
      ['resolve', { measures: '更换', result: '好', resolvedOnTheSpot: 'yes' }, [400]],
      ['return-visit', { method: 'carrier-pigeon', satisfaction: 'satisfied' }, [400], 'method'],
      ['return-visit', { method: 'phone', satisfaction: 'ecstatic' }, [400], 'satisfaction'],
      ['exempt-visit', { exemption: 'lazy' }, [400], 'exemption'],
      ['sign-off', { department: 'marketing' }, [400], 'department'],
      ['merge', { intoId: 'not-a-uuid', reason: '重复' }, [400], 'intoId'],
      ['merge', { intoId: MISSING, reason: '重复' }, [404, 422]],
      ['merge', { intoId: c.id, reason: '重复' }, [400], 'intoId'],
      ['close', { note: 5 }, [400], 'note'],
      ['close', { unknown: true }, [400], 'unknown'],
      ['close', [], [400]],
    ];
    for (const [action, body, statuses, field] of cases) {
      const res = await call('POST', `/api/v1/complaints/${c.id}/${action}`, body);
      try {
        refused(res, statuses, field);
      } catch (error) {
        failures.push(`${action} ${JSON.stringify(body).slice(0, 200)}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshot(c.id)).toEqual(before);
  });

  it('bad input: actions out of order are 409/422 and change nothing', async () => {
    const failures: string[] = [];
    const c = await register();
    const expectRefusal = async (action: string, body: unknown, statuses = [409]) => {
      const before = await snapshot(c.id);
      const res = await call('POST', `/api/v1/complaints/${c.id}/${action}`, body);
      try {
        refused(res, statuses);
      } catch (error) {
        failures.push(`${action} in ${(before as any).entry.status}: ${(error as Error).message}`);
      }
      expect(await snapshot(c.id)).toEqual(before);
    };
    // Registered: nothing that needs a handler.
    await expectRefusal('close', {});
    await expectRefusal('resolve', { measures: '更换', result: '已恢复' });
    await expectRefusal('feedback', { feedback: '已安排' });
    await expectRefusal('return-visit', { method: 'phone', satisfaction: 'satisfied' });
    await expectRefusal('visit-attempt', { method: 'phone', note: '无人接听' });
    await expectRefusal('exempt-visit', { exemption: 'sensitive', note: '敏感' });
    await expectRefusal('reopen', { reason: '复发' });
    await expectRefusal('disagree', { reason: '不满意' });
    await expectRefusal('answer', { answer: '已答复' });
    await expectRefusal('resume', { note: '已回' }, [409, 422]);
    await expectRefusal('acknowledge-escalation', { level: 'manager', note: '知悉' }, [409, 422]);
    await expectRefusal('sign-off', { department: 'engineering' });

    await act(c.id, 'assign', { department: 'cleaning', handler: { staffId: 'staff-0501', name: '赵敏' } });
    await expectRefusal('resume', { note: '已回' }, [409, 422]);
    await act(c.id, 'pause', { reason: 'no-access', note: '业主出差' });
    await expectRefusal('pause', { reason: 'no-access', note: '业主出差' }, [409, 422]);
    await act(c.id, 'resume', { note: '业主已回' });
    await act(c.id, 'resolve', { measures: '更换', result: '已恢复' });
    // Resolved: not twice, not escalated, not paused.
    await expectRefusal('resolve', { measures: '更换', result: '已恢复' });
    await expectRefusal('escalate', { reason: '超出权限' });
    await expectRefusal('pause', { reason: 'no-access', note: '业主出差' });
    await expectRefusal('assign', {
      department: 'cleaning',
      handler: { staffId: 'staff-0502', name: '钱多' },
    });
    await expectRefusal('feedback', { feedback: '已安排' });
    await act(c.id, 'return-visit', { method: 'phone', satisfaction: 'satisfied' });
    await expectRefusal('return-visit', { method: 'phone', satisfaction: 'satisfied' }, [409, 422]);
    await expectRefusal('exempt-visit', { exemption: 'sensitive', note: '敏感' }, [409, 422]);
    await expectRefusal('visit-attempt', { method: 'phone', note: '无人接听' }, [409, 422]);
    await act(c.id, 'close', {});
    // Closed: not twice, not escalated or resolved; reopening is the way back.
    await expectRefusal('close', {});
    await expectRefusal('escalate', { reason: '超出权限' });
    await expectRefusal('resolve', { measures: '更换', result: '已恢复' });
    await expectRefusal('merge', { intoId: (await register()).id, reason: '重复' });
    const reopened = await act(c.id, 'reopen', { reason: '问题复发' });
    expect(reopened.status).toBe('reopened');
    expect(failures).toEqual([]);
  });

  it('bad input: a retried action with its Idempotency-Key is answered once; another body with the key is 409', async () => {
    const failures: string[] = [];
    const c = await register();
    const key = { 'idempotency-key': `probe-escalate-${c.id}` };
    const first = await call(
      'POST',
      `/api/v1/complaints/${c.id}/escalate`,
      { reason: '超出权限' },
      manager,
      key,
    );
    expect(first.status).toBe(200);
    const again = await call(
      'POST',
      `/api/v1/complaints/${c.id}/escalate`,
      { reason: '超出权限' },
      manager,
      key,
    );
    expect({ status: again.status, version: again.json.version }).toEqual({
      status: 200,
      version: first.json.version,
    });
    refused(
      await call('POST', `/api/v1/complaints/${c.id}/escalate`, { reason: '另一个理由' }, manager, key),
      [409, 422],
    );
    const regKey = { 'idempotency-key': `probe-register-${c.id}` };
    const body = complaintRegistration({ description: `重复提交 ${c.id}` });
    const r1 = await call('POST', '/api/v1/complaints', body, manager, regKey);
    const r2 = await call('POST', '/api/v1/complaints', body, manager, regKey);
    expect([r1.status, r2.status, r2.json.id]).toEqual([201, 201, r1.json.id]);
    refused(
      await call('POST', '/api/v1/complaints', { ...body, demand: '别的' }, manager, regKey),
      [409, 422],
    );
    expect(failures).toEqual([]);
  });

  it('bad input: call-backs, reconciliations, reports, subscriptions, surveys and typical cases refuse bad input', async () => {
    const failures: string[] = [];
    const c = await register();
    const cases: [string, string, unknown, number[], string?][] = [
      ['GET', '/api/v1/complaints/call-backs?communityId=GZ01&status=maybe', undefined, [400], 'status'],
      ['POST', `/api/v1/complaints/call-backs/${MISSING}/done`, { outcome: '已告知' }, [404]],
      ['POST', '/api/v1/complaints/call-backs/nope/done', { outcome: '已告知' }, [400], 'id'],
      [
        'POST',
        `/api/v1/complaints/call-backs/${records['call-backs']![0]}/done`,
        { outcome: ' ' },
        [400],
        'outcome',
      ],
      ['GET', '/api/v1/complaints/reconciliations/GZ01/2026-02-30', undefined, [400], 'date'],
      ['GET', '/api/v1/complaints/reconciliations/GZ02/2026-11-22', undefined, [404]],
      [
        'POST',
        '/api/v1/complaints/reconciliations/GZ01/2999-01-01/sign-off',
        { note: '核对' },
        [400, 409, 422],
      ],
      [
        'POST',
        '/api/v1/complaints/reconciliations/GZ01/2026-02-30/sign-off',
        { note: '核对' },
        [400],
        'date',
      ],
      ['GET', '/api/v1/reports/complaints-weekly?communityId=GZ01&week=2026-W54', undefined, [400], 'week'],
      ['GET', '/api/v1/reports/complaints-weekly?communityId=GZ02&week=2026-W48', undefined, [404]],
      ['GET', '/api/v1/reports/complaints-rollup?period=2026-Q5', undefined, [400], 'period'],
      [
        'POST',
        '/api/v1/reports/subscriptions',
        { communityId: 'GZ01', kind: 'gossip', schedule: 'weekly', format: 'xlsx' },
        [400],
        'kind',
      ],
      [
        'POST',
        '/api/v1/reports/subscriptions',
        { communityId: 'GZ02', kind: 'complaints', schedule: 'weekly', format: 'xlsx' },
        [404],
      ],
      ['POST', `/api/v1/reports/subscriptions/${MISSING}/cancel`, {}, [404]],
      ['GET', `/api/v1/reports/deliveries/${MISSING}`, undefined, [404]],
      ['GET', `/api/v1/reports/deliveries/${MISSING}/file`, undefined, [404]],
      [
        'POST',
        '/api/v1/surveys',
        { communityId: 'GZ01', year: 2026, samplePercent: 150, seed: 's' },
        [400],
        'samplePercent',
      ],
      [
        'POST',
        '/api/v1/surveys',
        { communityId: 'GZ01', year: 'soon', samplePercent: 15, seed: 's' },
        [400],
        'year',
      ],
      // Decision 0300: a year as a JSON string is a mistyped integer like any other.
      [
        'POST',
        '/api/v1/surveys',
        { communityId: 'GZ01', year: '2027', samplePercent: 15, seed: 's' },
        [400],
        'year',
      ],
      ['GET', `/api/v1/surveys/${MISSING}`, undefined, [404]],
      ['GET', `/api/v1/surveys/${MISSING}/responses`, undefined, [404]],
      ['POST', `/api/v1/surveys/responses/${MISSING}/revisit`, { note: '已上门' }, [404]],
      ['PUT', `/api/v1/complaints/${MISSING}/typical-case`, { marked: true, reason: '典型' }, [404]],
      ['PUT', `/api/v1/complaints/${c.id}/typical-case`, { marked: 'yes', reason: '典型' }, [400], 'marked'],
      ['PUT', `/api/v1/complaints/${c.id}/typical-case`, { marked: true, reason: ' ' }, [400], 'reason'],
      [
        'GET',
        '/api/v1/reports/complaints-weekly.csv?communityId=GZ01&week=2026-W00',
        undefined,
        [400],
        'week',
      ],
      [
        'GET',
        '/api/v1/reports/complaints-register.csv?communityId=GZ01&from=2026-02-30',
        undefined,
        [400],
        'from',
      ],
    ];
    for (const [method, path, body, statuses, field] of cases) {
      const res = await call(method, path, body);
      try {
        refused(res, statuses, field);
      } catch (error) {
        failures.push(`${method} ${path} ${JSON.stringify(body)}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
  it('bad input: two staff sending the same final action at once get one 200 and one 409, never a 500', async () => {
    const c = await register();
    await act(c.id, 'assign', { department: 'cleaning', handler: { staffId: 'staff-0501', name: '赵敏' } });
    const twice = async (action: string, body: unknown) => {
      const results = await Promise.all([
        call('POST', `/api/v1/complaints/${c.id}/${action}`, body),
        call('POST', `/api/v1/complaints/${c.id}/${action}`, body),
      ]);
      const statuses = results.map((r) => r.status).sort();
      expect({ action, first: statuses[0] }).toEqual({ action, first: 200 });
      refused(
        results.find((r) => r.status !== 200)!,
        [409, 422],
      );
    };
    await twice('resolve', { measures: '更换', result: '已恢复' });
    await twice('return-visit', { method: 'phone', satisfaction: 'satisfied' });
    await twice('close', {});
    const history = await call('GET', `/api/v1/complaints/${c.id}/history`);
    expect(history.json.entries.map((e: { action: string }) => e.action)).toEqual([
      'registered',
      'assign',
      'resolve',
      'return-visit',
      'close',
    ]);
  });

  it('bad input: finished, negotiated, reopened and merged entries refuse what no longer applies', async () => {
    const failures: string[] = [];
    const refusedHere = async (id: string, action: string, body: unknown, statuses = [409]) => {
      const before = await snapshot(id);
      const res = await call('POST', `/api/v1/complaints/${id}/${action}`, body);
      try {
        refused(res, statuses);
        expect(await snapshot(id)).toEqual(before);
      } catch (error) {
        failures.push(`${action} in ${(before as any).entry.status}: ${(error as Error).message}`);
      }
    };
    const assigned = async () => {
      const c = await register();
      await act(c.id, 'assign', { department: 'cleaning', handler: { staffId: 'staff-0501', name: '赵敏' } });
      return c;
    };
    // Explained (无理投诉,已解释) is final.
    const explained = await assigned();
    await act(explained.id, 'explain', { explanation: '已向业主解释该区域属市政管理范围' });
    await refusedHere(explained.id, 'reopen', { reason: '复发' });
    await refusedHere(explained.id, 'close', {});
    await refusedHere(explained.id, 'resolve', { measures: '更换', result: '已恢复' });
    await refusedHere(explained.id, 'explain', { explanation: '再次解释' });
    await refusedHere(explained.id, 'escalate', { reason: '超出权限' });
    // Negotiating after a disagreement: not disagreed twice, not closed, no visit.
    const negotiating = await assigned();
    await act(negotiating.id, 'resolve', { measures: '更换', result: '已恢复' });
    await act(negotiating.id, 'disagree', { reason: '业主认为处理不彻底' });
    await refusedHere(negotiating.id, 'disagree', { reason: '仍不满意' });
    await refusedHere(negotiating.id, 'close', {});
    await refusedHere(negotiating.id, 'return-visit', { method: 'phone', satisfaction: 'satisfied' });
    // A dissatisfied visit reopens: not closed, not visited again until resolved again.
    const reopened = await assigned();
    await act(reopened.id, 'resolve', { measures: '更换', result: '已恢复' });
    expect(
      (await act(reopened.id, 'return-visit', { method: 'phone', satisfaction: 'dissatisfied' })).status,
    ).toBe('reopened');
    await refusedHere(reopened.id, 'close', {});
    await refusedHere(reopened.id, 'reopen', { reason: '复发' });
    await refusedHere(reopened.id, 'return-visit', { method: 'phone', satisfaction: 'satisfied' });
    // Major: flagged once; escalation stops at the general manager.
    const major = await assigned();
    await act(major.id, 'flag-major', { reasons: ['injury'], note: '业主滑倒受伤' });
    await refusedHere(major.id, 'flag-major', { reasons: ['injury'], note: '再次标记' }, [409, 422]);
    await refusedHere(major.id, 'escalate', { reason: '超出权限' }, [409, 422]);
    // Merged: final, and nothing merges into it.
    const stays = await assigned();
    const duplicate = await assigned();
    await act(duplicate.id, 'merge', { intoId: stays.id, reason: '同一事项重复登记' });
    await refusedHere(duplicate.id, 'merge', { intoId: stays.id, reason: '同一事项重复登记' });
    await refusedHere(duplicate.id, 'resolve', { measures: '更换', result: '已恢复' });
    const another = await assigned();
    await refusedHere(another.id, 'merge', { intoId: duplicate.id, reason: '重复' }, [400, 409, 422]);
    await refusedHere(another.id, 'merge', { intoId: explained.id, reason: '重复' }, [400, 409, 422]);
    // A suggestion is answered, never resolved (CMP-13); an answered one is final.
    const suggestion = await register({ kind: 'suggestion', category: undefined });
    await refusedHere(suggestion.id, 'resolve', { measures: '更换', result: '已恢复' });
    await refusedHere(suggestion.id, 'return-visit', { method: 'phone', satisfaction: 'satisfied' });
    await act(suggestion.id, 'answer', { answer: '感谢您的建议，已转相关部门' });
    await refusedHere(suggestion.id, 'answer', { answer: '再答一次' });
    await refusedHere(suggestion.id, 'reopen', { reason: '复发' });
    expect(failures).toEqual([]);
  });

  it('bad input: entries of two communities are not merged or mixed by a company-wide caller', async () => {
    const everywhere = await staffToken({
      sub: 'staff-0903',
      name: '吴刚',
      roles: ['cs-manager'],
      communities: ['*'],
    });
    const here = await register({}, everywhere);
    const there = await eventually(() => register({ communityId: 'GZ02' }, gz02Manager), 15_000, 200);
    const before = await snapshot(here.id);
    refused(
      await call(
        'POST',
        `/api/v1/complaints/${here.id}/merge`,
        { intoId: there.id, reason: '重复' },
        everywhere,
      ),
      [400, 409, 422],
      'intoId',
    );
    expect(await snapshot(here.id)).toEqual(before);
    // A unit or a resident of GZ01 named on a GZ02 entry.
    refused(
      await call(
        'POST',
        '/api/v1/complaints',
        complaintRegistration({ communityId: 'GZ02', unitId: records['units']![0] }),
        everywhere,
      ),
      [400],
      'unitId',
    );
    refused(
      await call(
        'POST',
        '/api/v1/complaints',
        complaintRegistration({ communityId: 'GZ02', personId: records['people']![0] }),
        everywhere,
      ),
      [400],
      'personId',
    );
  });

  it('bad input: call-backs, day sign-offs, subscriptions and incidents refuse a second time and foreign ids', async () => {
    const failures: string[] = [];
    const expectStatus = async (
      label: string,
      res: Promise<HttpResult>,
      statuses: number[],
      field?: string,
    ) => {
      try {
        refused(await res, statuses, field);
      } catch (error) {
        failures.push(`${label}: ${(error as Error).message}`);
      }
    };
    const callBack = records['call-backs']![0]!;
    const done = await call('POST', `/api/v1/complaints/call-backs/${callBack}/done`, {
      outcome: '已告知业主',
    });
    expect(done.status).toBe(200);
    await expectStatus(
      'call-back done twice',
      call('POST', `/api/v1/complaints/call-backs/${callBack}/done`, { outcome: '已告知业主' }),
      [409],
    );

    const day = '/api/v1/complaints/reconciliations/GZ01/2026-11-20/sign-off';
    expect((await call('POST', day, { note: '当日登记已逐条核对' })).status).toBe(200);
    await expectStatus('day signed twice', call('POST', day, { note: '当日登记已逐条核对' }), [409]);
    await expectStatus(
      'registered on a signed day',
      call('POST', '/api/v1/complaints', complaintRegistration({ receivedAt: '2026-11-20T10:00:00+08:00' })),
      [409, 422],
      'receivedAt',
    );

    const subscription = await call('POST', '/api/v1/reports/subscriptions', {
      communityId: 'GZ01',
      kind: 'complaints',
      schedule: 'weekly',
      format: 'xlsx',
    });
    expect(subscription.status).toBe(201);
    // The same subscription again is the one that exists, also when two managers ask at once.
    const same = await call('POST', '/api/v1/reports/subscriptions', {
      communityId: 'GZ01',
      kind: 'complaints',
      schedule: 'weekly',
      format: 'xlsx',
    });
    expect([same.status, same.json.id]).toEqual([201, subscription.json.id]);
    const csv = { communityId: 'GZ01', kind: 'complaints', schedule: 'weekly', format: 'csv' };
    const atOnce = await Promise.all([1, 2, 3].map(() => call('POST', '/api/v1/reports/subscriptions', csv)));
    expect(atOnce.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(atOnce.map((r) => r.json.id)).size).toBe(1);
    const cancel = `/api/v1/reports/subscriptions/${subscription.json.id}/cancel`;
    expect((await call('POST', cancel, {})).status).toBe(200);
    const again = await call('POST', cancel, {});
    if (again.status !== 200) await expectStatus('cancelled twice', Promise.resolve(again), [409]);

    const c = await register();
    const foreign = await eventually(() => register({ communityId: 'GZ02' }, gz02Manager), 15_000, 200);
    const incident = await call('POST', '/api/v1/incidents', {
      communityId: 'GZ01',
      cause: 'water-cut',
      buildingIds: [records['buildings']![0]],
      title: '1栋停水',
      description: '二次供水水泵故障',
      notice: '1栋今日9时至15时停水，请提前储水。',
    });
    expect(incident.status).toBe(201);
    const attach = (complaintIds: unknown) =>
      call('POST', `/api/v1/incidents/${incident.json.id}/complaints`, { complaintIds });
    await expectStatus('attach an unknown entry', attach([MISSING]), [400, 404, 422]);
    await expectStatus('attach a foreign entry', attach([foreign.id]), [400, 404, 422]);
    await expectStatus('attach a malformed id', attach(['nope']), [400], 'complaintIds');
    await expectStatus('attach nothing', attach([]), [400], 'complaintIds');
    const first = await attach([c.id, c.id]);
    if (first.status !== 200)
      await expectStatus(
        'attach the same entry twice in one list',
        Promise.resolve(first),
        [400],
        'complaintIds',
      );
    else {
      const second = await attach([c.id]);
      expect(second.status).toBe(200);
    }
    const history = await call('GET', `/api/v1/complaints/${c.id}/history`);
    expect(
      history.json.entries.filter((e: { action: string }) => e.action !== 'register').length,
    ).toBeLessThanOrEqual(1);
    expect(failures).toEqual([]);
  });

  it('bad input: a day signed, an entry marked or two entries merged into each other at once: one wins, never a 500', async () => {
    const day = '/api/v1/complaints/reconciliations/GZ01/2026-11-19/sign-off';
    const signs = await Promise.all([1, 2, 3].map(() => call('POST', day, { note: '当日登记已逐条核对' })));
    expect(signs.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    for (const r of signs.filter((x) => x.status !== 200)) refused(r, [409]);

    const c = await register();
    const marks = await Promise.all(
      ['典型一', '典型二', '典型三'].map((reason) =>
        call('PUT', `/api/v1/complaints/${c.id}/typical-case`, { marked: true, reason }),
      ),
    );
    expect(marks.map((r) => r.status)).toEqual([200, 200, 200]);

    const [a, b] = [await register(), await register()];
    const merges = await Promise.all([
      call('POST', `/api/v1/complaints/${a.id}/merge`, { intoId: b.id, reason: '重复' }),
      call('POST', `/api/v1/complaints/${b.id}/merge`, { intoId: a.id, reason: '重复' }),
    ]);
    expect(merges.map((r) => r.status).sort()[0]).toBe(200);
    refused(
      merges.find((r) => r.status !== 200)!,
      [409, 422],
    );
    const statuses = await Promise.all(
      [a, b].map(async (x) => (await call('GET', `/api/v1/complaints/${x.id}`)).json.status),
    );
    expect(statuses.sort()).toEqual(['merged', 'registered']);
  });

  it('GEN-5, DESK-3: the caller card shows the requested community only; one out of scope or unknown is 404 (decision 0299)', async () => {
    const everywhere = await staffToken({
      sub: 'staff-0904',
      name: '郑敏',
      roles: ['cs-manager'],
      communities: ['*'],
    });
    const phone = '13700137123';
    const here = await register({ customer: { surname: '李', phone } }, everywhere);
    const card = (communityId: string, token = everywhere) =>
      call('GET', `/api/v1/caller-card?phone=${phone}&communityId=${communityId}`, undefined, token);
    const gz01 = await card('GZ01');
    expect(gz01.status).toBe(200);
    expect(JSON.stringify(gz01.json.openEntries)).toContain(here.id);
    const gz02 = await card('GZ02');
    expect(gz02.status).toBe(200);
    expect(JSON.stringify(gz02.json)).not.toContain(here.id);
    for (const [communityId, token] of [
      ['GZ02', manager],
      ['ZZ99', manager],
      ['ZZ99', everywhere],
    ] as const) {
      const res = await card(communityId, token);
      expect({ communityId, status: res.status, code: res.json?.code }).toEqual({
        communityId,
        status: 404,
        code: 'COMMUNITY_NOT_FOUND',
      });
    }
  });

  it('DESK-3/GEN-5: a call id is one call per community; a call for a community never announced is 404 (decisions 0304, 0328)', async () => {
    const exchange = (sub: string, communities: string[], company = 'HRX') =>
      staffToken({ sub, name: '呼叫中心交换机', roles: ['telephony'], communities, company });
    const [gz01, gz02, everywhere, otherCompany] = await Promise.all([
      exchange('pbx-gz01', ['GZ01']),
      exchange('pbx-gz02', ['GZ02']),
      exchange('pbx-all', ['*']),
      exchange('pbx-xyz', ['*'], 'XYZ'),
    ]);
    const callId = `probe-call-${Date.now()}`;
    const report = (communityId: string, callerNumber: string) => ({
      communityId,
      callId,
      callerNumber,
      receivedAt: new Date().toISOString(),
    });
    const first = await call('POST', '/api/v1/incoming-calls', report('GZ01', '13802251234'), gz01);
    expect(first.status).toBe(201);
    const second = await call('POST', '/api/v1/incoming-calls', report('GZ02', '13900000001'), gz02);
    expect({ status: second.status, communityId: second.json.communityId }).toEqual({
      status: 201,
      communityId: 'GZ02',
    });
    expect(second.json.id).not.toBe(first.json.id);
    expect(second.json.phone).toBe('139****0001');
    const listed = await call('GET', '/api/v1/incoming-calls?communityId=GZ02', undefined, gz02Manager);
    expect(listed.json.items.map((c: { id: string }) => c.id)).toContain(second.json.id);
    for (const [communityId, token] of [
      ['ZZ99', everywhere],
      ['GZ01', otherCompany],
    ] as const) {
      const res = await call('POST', '/api/v1/incoming-calls', report(communityId, '13900000002'), token);
      expect({ communityId, status: res.status, code: res.json?.code }).toEqual({
        communityId,
        status: 404,
        code: 'COMMUNITY_NOT_FOUND',
      });
    }
  });

  it('CMP-2: finance reads the fee complaints it handles (decision 0291)', async () => {
    const finance = await staffToken({
      sub: 'staff-0601',
      name: '周婷',
      roles: ['finance'],
      communities: ['*'],
    });
    const c = await register({ category: 'fees' });
    await act(c.id, 'assign', { handler: { staffId: 'staff-0601', name: '周婷' } });
    const read = await call('GET', `/api/v1/complaints/${c.id}`, undefined, finance);
    expect({ status: read.status, department: read.json.department }).toEqual({
      status: 200,
      department: 'finance',
    });
    const mine = await call(
      'GET',
      '/api/v1/complaints?communityId=GZ01&handlerId=staff-0601',
      undefined,
      finance,
    );
    expect(mine.status).toBe(200);
    expect(mine.json.items.map((i: { id: string }) => i.id)).toContain(c.id);
  });
});
