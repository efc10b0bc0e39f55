import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Role } from '@pcs/contracts';
import { budgetMs, httpCall } from '@pcs/testing';
import { staffToken } from './gateway-harness.js';
import { startRealStack, type RealStack } from './hostile/real-stack.js';
import { seedRecords, type SeededRecords } from './hostile/seed-records.js';
import * as sample from './residents-samples.js';
import { expectRefused as refused } from './hostile/refused.js';

/*
 * A new front-desk or manager user's probe of the residents routes, through the gateway to the real
 * services: malformed input, ids that do not exist or belong to another community, roles that may not
 * see personal data, and procedures out of order. Each is refused with problem details naming the field
 * (400/422) or the state (403/404/409), changes nothing, and a retried write writes once.
 */

const MISSING = '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8c';
/** Resident ID card numbers with a valid birth date and check digit (GB 11643). */
const VALID_IDS = ['11010519491231002X', '440106199001010013', '44010619900101003x'];

describe('residents routes probed with bad input and odd sequences', () => {
  let stack: RealStack;
  let records: SeededRecords;
  let desk: string;
  let manager: string;
  let engineer: string;
  let gz02Desk: string;
  let admin: string;
  let n = 0;

  const call = (method: string, path: string, body?: unknown, token = desk, headers = {}) =>
    httpCall(stack.gateway.url, method, path, {
      token,
      ...(body === undefined ? {} : { body }),
      headers: { 'x-correlation-id': `res-probe-${++n}`, ...headers },
    });

  const tokenFor = (sub: string, roles: Role[], communities: string[]) =>
    staffToken({ sub, name: '探针', roles, communities });

  /** Runs every case and collects the ones not refused as expected. */
  async function sweep(
    cases: [string, string, unknown, number[], string?][],
    token = desk,
  ): Promise<string[]> {
    const failures: string[] = [];
    for (const [method, path, body, statuses, field] of cases) {
      const res = await call(method, path, body, token);
      try {
        refused(res, statuses, field);
      } catch (error) {
        failures.push(
          `${method} ${path} ${JSON.stringify(body)?.slice(0, 160)}: ${(error as Error).message}`,
        );
      }
    }
    return failures;
  }

  async function ok(method: string, path: string, body?: unknown, token = desk, status = 200): Promise<any> {
    const res = await call(method, path, body, token);
    expect({ path, status: res.status, body: res.status === status ? undefined : res.json }).toEqual({
      path,
      status,
      body: undefined,
    });
    return res.json;
  }

  let units: string[];
  let unitSeq = 200;
  async function newUnit(): Promise<string> {
    const unit = await ok(
      'POST',
      `/api/v1/buildings/${records['buildings']![0]}/units`,
      { ...sample.unitDetails(), number: String(++unitSeq), floor: 2 },
      admin,
      201,
    );
    return unit.id;
  }
  let phoneSeq = 13_700_000_000;
  async function newPerson(communityId = 'GZ01', token = desk): Promise<any> {
    const rawPhone = String(++phoneSeq);
    const person = await ok(
      'POST',
      '/api/v1/people',
      { ...sample.personRegistration(), communityId, phone: rawPhone, idDocument: undefined },
      token,
      201,
    );
    return { ...person, rawPhone };
  }

  beforeAll(
    async () => {
      stack = await startRealStack();
      records = await seedRecords(stack.gateway.url);
      units = records['units']!;
      desk = await tokenFor('staff-0911', ['front-desk'], ['GZ01']);
      manager = await tokenFor('staff-0912', ['cs-manager'], ['GZ01']);
      engineer = await tokenFor('staff-0913', ['engineer'], ['GZ01']);
      gz02Desk = await tokenFor('staff-0914', ['front-desk'], ['GZ02']);
      admin = await tokenFor('staff-0915', ['admin'], ['*']);
    },
    budgetMs(60, 1_000),
  );

  afterAll(async () => {
    await stack?.close();
  });

  it('bad input: registering a person refuses bad names, phones, ID numbers, codes and extra fields, naming each, and registers nobody', async () => {
    const before = await call('GET', '/api/v1/people?name=%E7%8E%8B');
    const reg = (overrides: Record<string, unknown>) => ({ ...sample.personRegistration(), ...overrides });
    const id = (number: unknown, type = 'resident-id-card') => ({ idDocument: { type, number } });
    const cases: [string, string, unknown, number[], string?][] = [
      ['POST', '/api/v1/people', reg({ name: '' }), [400], 'name'],
      ['POST', '/api/v1/people', reg({ name: '\u3000 ' }), [400], 'name'],
      ['POST', '/api/v1/people', reg({ name: '王'.repeat(51) }), [400], 'name'],
      ['POST', '/api/v1/people', reg({ name: 42 }), [400], 'name'],
      ['POST', '/api/v1/people', reg({ phone: '1381234567' }), [400], 'phone'],
      ['POST', '/api/v1/people', reg({ phone: 13812345678 }), [400], 'phone'],
      ['POST', '/api/v1/people', reg({ phone: 'call me' }), [400], 'phone'],
      ['POST', '/api/v1/people', reg({ phone: '' }), [400], 'phone'],
      ['POST', '/api/v1/people', reg(id('1234')), [400], 'idDocument.number'],
      ['POST', '/api/v1/people', reg(id('abcdefghijklmnopqr')), [400], 'idDocument.number'],
      ['POST', '/api/v1/people', reg(id('44010619900101001')), [400], 'idDocument.number'],
      ['POST', '/api/v1/people', reg(id('4401061990010100166')), [400], 'idDocument.number'],
      ['POST', '/api/v1/people', reg(id('440106199002300012')), [400], 'idDocument.number'],
      ['POST', '/api/v1/people', reg(id('440106299001010011')), [400], 'idDocument.number'],
      ['POST', '/api/v1/people', reg(id('440106199013010010')), [400], 'idDocument.number'],
      ['POST', '/api/v1/people', reg(id(440106199001)), [400], 'idDocument.number'],
      ['POST', '/api/v1/people', reg(id('G12345678', 'passport-of-mars')), [400], 'idDocument.type'],
      ['POST', '/api/v1/people', reg({ idDocument: '440106199001010013' }), [400], 'idDocument'],
      ['POST', '/api/v1/people', reg({ communityId: 'gz 01;' }), [400], 'communityId'],
      ['POST', '/api/v1/people', reg({ communityId: 'GZ02' }), [404]],
      ['POST', '/api/v1/people', reg({ communityId: 'ZZ99' }), [404]],
      ['POST', '/api/v1/people', reg({ preferences: { preferredChannel: 'pigeon' } }), [400], 'preferences'],
      ['POST', '/api/v1/people', reg({ notes: 'x'.repeat(501) }), [400], 'notes'],
      ['POST', '/api/v1/people', reg({ vip: true }), [400], 'vip'],
      ['POST', '/api/v1/people', [], [400]],
      ['POST', '/api/v1/people', 'null', [400]],
    ];
    const failures = await sweep(cases);
    for (const missing of ['communityId', 'name', 'phone']) {
      const body: Record<string, unknown> = sample.personRegistration();
      delete body[missing];
      failures.push(...(await sweep([['POST', '/api/v1/people', body, [400], missing]])));
    }
    expect(failures).toEqual([]);
    const after = await call('GET', '/api/v1/people?name=%E7%8E%8B');
    expect(after.json.items.length).toBe(before.json.items.length);
  });

  it('bad input: a valid resident ID card number is accepted, with an X check digit too', async () => {
    for (const number of VALID_IDS) {
      const person = await ok(
        'POST',
        '/api/v1/people',
        {
          ...sample.personRegistration(),
          phone: String(++phoneSeq),
          idDocument: { type: 'resident-id-card', number },
        },
        desk,
        201,
      );
      // Decision 0234: stored, and so shown, with a capital X.
      expect(person.idNumber).toBe(`${number.slice(0, 4)}**********${number.slice(-4).toUpperCase()}`);
    }
  });

  it('bad input: reading, changing, revealing and listing people refuse bad ids and parameters, naming them', async () => {
    const [owner] = records['people']!;
    const foreign = await newPerson('GZ02', gz02Desk);
    const before = await call('GET', `/api/v1/people/${foreign.id}`, undefined, gz02Desk);
    const cases: [string, string, unknown, number[], string?][] = [
      ['GET', '/api/v1/people/not-a-uuid', undefined, [400], 'id'],
      ['GET', `/api/v1/people/${MISSING}`, undefined, [404]],
      ['GET', `/api/v1/people/${foreign.id}`, undefined, [404]],
      ['GET', `/api/v1/people/${foreign.id}/history`, undefined, [404]],
      ['GET', `/api/v1/people/${MISSING}/history`, undefined, [404]],
      ['GET', '/api/v1/people/1/history', undefined, [400], 'id'],
      ['PATCH', `/api/v1/people/${foreign.id}`, sample.personChanges(), [404]],
      ['PATCH', `/api/v1/people/${MISSING}`, sample.personChanges(), [404]],
      ['PATCH', `/api/v1/people/${owner}`, { phone: '12345', reason: '换号' }, [400], 'phone'],
      ['PATCH', `/api/v1/people/${owner}`, { name: ' ', reason: '改名' }, [400], 'name'],
      ['PATCH', `/api/v1/people/${owner}`, { phone: '13900001111' }, [400], 'reason'],
      ['PATCH', `/api/v1/people/${owner}`, { phone: '13900001111', reason: '  ' }, [400], 'reason'],
      ['PATCH', `/api/v1/people/${owner}`, { clear: ['name'], reason: '清除' }, [400], 'clear'],
      [
        'PATCH',
        `/api/v1/people/${owner}`,
        { idDocument: { type: 'resident-id-card', number: '440106199002300012' }, reason: '补录' },
        [400],
        'idDocument.number',
      ],
      ['PATCH', `/api/v1/people/${owner}`, { communityId: 'GZ02', reason: '迁' }, [400], 'communityId'],
      ['POST', `/api/v1/people/${foreign.id}/reveal`, sample.revealReason(), [404]],
      ['POST', `/api/v1/people/${MISSING}/reveal`, sample.revealReason(), [404]],
      ['POST', `/api/v1/people/${owner}/reveal`, {}, [400], 'reason'],
      ['POST', `/api/v1/people/${owner}/reveal`, { reason: ' ' }, [400], 'reason'],
      ['POST', `/api/v1/people/${owner}/reveal`, { reason: 7 }, [400], 'reason'],
      ['PUT', `/api/v1/people/${foreign.id}/preferences`, sample.contactPreferences(), [404]],
      [
        'PUT',
        `/api/v1/people/${owner}/preferences`,
        { ...sample.contactPreferences(), preferredChannel: 'pigeon' },
        [400],
        'preferredChannel',
      ],
      [
        'PUT',
        `/api/v1/people/${owner}/preferences`,
        { ...sample.contactPreferences(), refuseReturnVisits: 'yes' },
        [400],
        'refuseReturnVisits',
      ],
      ['GET', '/api/v1/people', undefined, [400, 422]],
      ['GET', '/api/v1/people?phone=abc', undefined, [400], 'phone'],
      ['GET', '/api/v1/people?unitId=nope', undefined, [400], 'unitId'],
      ['GET', '/api/v1/people?name=%E7%8E%8B&limit=0', undefined, [400], 'limit'],
      ['GET', '/api/v1/people?name=%E7%8E%8B&limit=201', undefined, [400], 'limit'],
      ['GET', '/api/v1/people?name=%E7%8E%8B&cursor=junk', undefined, [400], 'cursor'],
      ['GET', '/api/v1/people?name=%E7%8E%8B&shoeSize=42', undefined, [400], 'shoeSize'],
    ];
    const failures = [
      ...(await sweep(cases)),
      ...(await sweep(
        [
          ['GET', '/api/v1/people/not-a-uuid', undefined, [400], 'id'],
          [
            'GET',
            '/api/v1/personal-data-access-log?from=2026-02-30T00:00:00%2B08:00',
            undefined,
            [400],
            'from',
          ],
          ['GET', '/api/v1/personal-data-access-log?personId=nope', undefined, [400], 'personId'],
          ['GET', '/api/v1/personal-data-access-log?limit=500', undefined, [400], 'limit'],
        ],
        manager,
      )),
    ];
    // A search in the caller's communities does not find the other community's person.
    const found = await call('GET', `/api/v1/people?phone=${foreign.rawPhone}`);
    expect(found.status).toBe(200);
    expect(found.json.items.map((p: { id: string }) => p.id)).not.toContain(foreign.id);
    expect((await call('GET', `/api/v1/people/${foreign.id}`, undefined, gz02Desk)).json).toEqual(
      before.json,
    );
    expect(failures).toEqual([]);
  });

  it('GEN-4: an engineer gets no person record and no full phone or ID number from any residents route', async () => {
    const [owner] = records['people']!;
    const decoration = records['decorations']![0]!;
    refused(await call('GET', `/api/v1/people/${owner}`, undefined, engineer), [403, 404]);
    refused(await call('GET', '/api/v1/people?name=%E7%8E%8B', undefined, engineer), [403, 404]);
    refused(await call('GET', `/api/v1/people/${owner}/history`, undefined, engineer), [403, 404]);
    refused(
      await call('POST', `/api/v1/people/${owner}/reveal`, sample.revealReason(), engineer),
      [403, 404],
    );
    refused(await call('GET', '/api/v1/caller-card?phone=13812345678', undefined, engineer), [403, 404]);
    // What an engineer may read (units, decorations, move-outs) shows no full phone or ID number.
    const fullNumbers = /1[3-9]\d{9}(?!\d)|\d{17}[\dXx]/;
    for (const path of [
      `/api/v1/units/${units[0]}`,
      `/api/v1/units/${units[0]}/history`,
      `/api/v1/decorations/${decoration}`,
      '/api/v1/decorations?communityId=GZ01',
      `/api/v1/move-outs/${records['move-outs']![0]}`,
      '/api/v1/move-outs?communityId=GZ01',
      `/api/v1/move-ins/${records['move-ins']![0]}`,
      '/api/v1/handover-inspections?communityId=GZ01',
    ]) {
      const res = await call('GET', path, undefined, engineer);
      expect(res.status === 500 ? { path, body: res.json } : 'no 500').toBe('no 500');
      if (res.status === 200)
        expect({ path, leaked: fullNumbers.exec(res.text)?.[0] }).toEqual({ path, leaked: undefined });
    }
  });

  it('bad input: structure routes refuse bad codes, numbers, dates and foreign ids, naming each', async () => {
    const building = records['buildings']![0]!;
    const [unit] = units;
    const foreignBuilding = await ok(
      'POST',
      '/api/v1/communities/GZ02/buildings',
      { ...sample.buildingDetails(), code: '9' },
      admin,
      201,
    );
    const gz01Admin = await tokenFor('staff-0916', ['admin'], ['GZ01']);
    const u = (overrides: Record<string, unknown>) => ({
      ...sample.unitDetails(),
      number: '9901',
      ...overrides,
    });
    const cases: [string, string, unknown, number[], string?][] = [
      ['POST', '/api/v1/communities', { ...sample.communityCreation(), id: 'gz 03' }, [400], 'id'],
      ['POST', '/api/v1/communities', { ...sample.communityCreation(), kind: 'castle' }, [400], 'kind'],
      ['POST', '/api/v1/communities', { ...sample.communityCreation(), name: ' ' }, [400], 'name'],
      ['POST', '/api/v1/communities', { ...sample.communityCreation(), id: 'GZ01' }, [409]],
      ['POST', '/api/v1/communities', { ...sample.communityCreation(), address: 'x' }, [400], 'address'],
      ['GET', '/api/v1/communities/ZZ99', undefined, [404]],
      ['GET', '/api/v1/communities/gz%2001', undefined, [400, 404]],
      ['PATCH', '/api/v1/communities/GZ01', { name: '新名' }, [400], 'reason'],
      ['PATCH', '/api/v1/communities/GZ01', { ...sample.communityChanges(), name: '' }, [400], 'name'],
      [
        'POST',
        '/api/v1/communities/GZ01/buildings',
        { ...sample.buildingDetails(), code: '' },
        [400],
        'code',
      ],
      [
        'POST',
        '/api/v1/communities/GZ01/buildings',
        { ...sample.buildingDetails(), floorsAboveGround: 'many' },
        [400],
        'floorsAboveGround',
      ],
      [
        'POST',
        '/api/v1/communities/GZ01/buildings',
        { ...sample.buildingDetails(), floorsAboveGround: -3 },
        [400],
        'floorsAboveGround',
      ],
      ['POST', '/api/v1/communities/GZ01/buildings', sample.buildingDetails(), [409]],
      ['POST', `/api/v1/buildings/${building}/units`, u({ type: 'castle' }), [400], 'type'],
      [
        'POST',
        `/api/v1/buildings/${building}/units`,
        u({ handoverDate: '2026-02-30' }),
        [400],
        'handoverDate',
      ],
      [
        'POST',
        `/api/v1/buildings/${building}/units`,
        u({ handoverDate: '30/06/2026' }),
        [400],
        'handoverDate',
      ],
      ['POST', `/api/v1/buildings/${building}/units`, u({ grossAreaCentiM2: -1 }), [400], 'grossAreaCentiM2'],
      [
        'POST',
        `/api/v1/buildings/${building}/units`,
        u({ grossAreaCentiM2: 89.5 }),
        [400],
        'grossAreaCentiM2',
      ],
      ['POST', `/api/v1/buildings/${building}/units`, u({ number: '' }), [400], 'number'],
      ['POST', `/api/v1/buildings/${building}/units`, u({ number: '1'.repeat(200) }), [400], 'number'],
      ['POST', `/api/v1/buildings/${building}/units`, u({ number: '101' }), [409]],
      ['POST', `/api/v1/buildings/${building}/units`, u({ status: 'occupied' }), [400], 'status'],
      ['POST', `/api/v1/buildings/${MISSING}/units`, u({}), [404]],
      ['POST', '/api/v1/buildings/abc/units', u({}), [400], 'id'],
      ['PATCH', `/api/v1/buildings/${MISSING}`, sample.buildingChanges(), [404]],
      ['PATCH', `/api/v1/buildings/${building}`, { name: 5, reason: '改名' }, [400], 'name'],
      [
        'PATCH',
        `/api/v1/units/${unit}`,
        { handoverDate: '2026-13-01', reason: '补录' },
        [400],
        'handoverDate',
      ],
      ['PATCH', `/api/v1/units/${MISSING}`, sample.unitChanges(), [404]],
      ['GET', `/api/v1/units/${MISSING}`, undefined, [404]],
      ['GET', '/api/v1/units/xyz', undefined, [400], 'id'],
      ['GET', `/api/v1/units/${MISSING}/history`, undefined, [404]],
      ['GET', '/api/v1/units?communityId=GZ01&status=haunted', undefined, [400], 'status'],
      ['GET', '/api/v1/units?communityId=GZ01&buildingId=nope', undefined, [400], 'buildingId'],
      ['GET', '/api/v1/units?communityId=GZ01&limit=-1', undefined, [400], 'limit'],
      ['GET', '/api/v1/communities/GZ01/buildings?limit=1000', undefined, [400], 'limit'],
      [
        'PATCH',
        '/api/v1/company',
        { ...sample.companySettings(), decorationDepositRefundDays: -5 },
        [400],
        'decorationDepositRefundDays',
      ],
      [
        'PATCH',
        '/api/v1/company',
        { ...sample.companySettings(), decorationDepositRefundDays: 'ninety' },
        [400],
        'decorationDepositRefundDays',
      ],
    ];
    const failures = await sweep(cases, admin);
    // A community-scoped admin gets 404 for the other community's building and its units.
    failures.push(
      ...(await sweep(
        [
          ['POST', `/api/v1/buildings/${foreignBuilding.id}/units`, u({}), [404]],
          ['PATCH', `/api/v1/buildings/${foreignBuilding.id}`, sample.buildingChanges(), [404]],
          ['GET', '/api/v1/communities/GZ02', undefined, [404]],
          ['GET', '/api/v1/communities/GZ02/buildings', undefined, [404]],
          ['PATCH', '/api/v1/communities/GZ02', sample.communityChanges(), [404]],
          ['POST', '/api/v1/communities/GZ02/buildings', { ...sample.buildingDetails(), code: '8' }, [404]],
        ],
        gz01Admin,
      )),
    );
    const list = await ok('GET', `/api/v1/units?communityId=GZ01&limit=200`, undefined, admin);
    expect(list.items.map((x: { number: string }) => x.number)).not.toContain('9901');
    expect(failures).toEqual([]);
  });

  it('bad input: occupancies refuse bad roles and dates, foreign people and units, and a second end', async () => {
    const unit = await newUnit();
    const person = await newPerson();
    const foreignPerson = await newPerson('GZ02', gz02Desk);
    const occ = (overrides: Record<string, unknown>) => ({
      personId: person.id,
      role: 'tenant',
      startDate: '2026-07-01',
      ...overrides,
    });
    const failures = await sweep([
      ['POST', `/api/v1/units/${unit}/occupancies`, occ({ role: 'landlord' }), [400], 'role'],
      ['POST', `/api/v1/units/${unit}/occupancies`, occ({ startDate: '2026-02-30' }), [400], 'startDate'],
      ['POST', `/api/v1/units/${unit}/occupancies`, occ({ startDate: 'tomorrow' }), [400], 'startDate'],
      [
        'POST',
        `/api/v1/units/${unit}/occupancies`,
        occ({ startDate: '9999-12-31' }),
        [400, 422],
        'startDate',
      ],
      [
        'POST',
        `/api/v1/units/${unit}/occupancies`,
        occ({ startDate: '0001-01-01' }),
        [400, 422],
        'startDate',
      ],
      ['POST', `/api/v1/units/${unit}/occupancies`, occ({ personId: 'p1' }), [400], 'personId'],
      ['POST', `/api/v1/units/${unit}/occupancies`, occ({ personId: MISSING }), [404, 422]],
      ['POST', `/api/v1/units/${unit}/occupancies`, occ({ personId: foreignPerson.id }), [404, 422]],
      ['POST', `/api/v1/units/${unit}/occupancies`, occ({ endDate: '2026-01-01' }), [400, 422]],
      ['POST', `/api/v1/units/${MISSING}/occupancies`, occ({}), [404]],
      [
        'POST',
        `/api/v1/units/${unit}/occupancies`,
        { role: 'tenant', startDate: '2026-07-01' },
        [400],
        'personId',
      ],
      ['POST', `/api/v1/occupancies/${MISSING}/end`, sample.occupancyEnd(), [404]],
      ['POST', '/api/v1/occupancies/zzz/end', sample.occupancyEnd(), [400], 'id'],
    ]);
    const started = await ok('POST', `/api/v1/units/${unit}/occupancies`, occ({}), desk, 201);
    failures.push(
      ...(await sweep([
        ['POST', `/api/v1/units/${unit}/occupancies`, occ({}), [409, 422]],
        [
          'POST',
          `/api/v1/occupancies/${started.id}/end`,
          { endDate: '2026-02-30', reason: '退租' },
          [400],
          'endDate',
        ],
        ['POST', `/api/v1/occupancies/${started.id}/end`, { endDate: '2026-12-31' }, [400], 'reason'],
        [
          'POST',
          `/api/v1/occupancies/${started.id}/end`,
          { endDate: '2026-06-01', reason: '退租' },
          [400, 409, 422],
        ],
      ])),
    );
    // The foreign community's desk cannot end or see it.
    failures.push(
      ...(await sweep(
        [['POST', `/api/v1/occupancies/${started.id}/end`, sample.occupancyEnd(), [404]]],
        gz02Desk,
      )),
    );
    await ok('POST', `/api/v1/occupancies/${started.id}/end`, { endDate: '2026-12-31', reason: '退租' });
    failures.push(
      ...(await sweep([
        ['POST', `/api/v1/occupancies/${started.id}/end`, { endDate: '2026-12-31', reason: '再退' }, [409]],
      ])),
    );
    expect(failures).toEqual([]);
  });

  it('bad input: move-ins and move-outs refuse bad bodies and actions out of order, and change nothing', async () => {
    const unit = await newUnit();
    const owner = await newPerson();
    const occupancy = await ok(
      'POST',
      `/api/v1/units/${unit}/occupancies`,
      { personId: owner.id, role: 'owner', startDate: '2026-07-01' },
      desk,
      201,
    );
    const failures = await sweep([
      [
        'POST',
        `/api/v1/units/${unit}/move-ins`,
        { ownerPersonIds: [], plannedDate: '2026-07-15' },
        [400],
        'ownerPersonIds',
      ],
      [
        'POST',
        `/api/v1/units/${unit}/move-ins`,
        { ownerPersonIds: ['x'], plannedDate: '2026-07-15' },
        [400],
        'ownerPersonIds',
      ],
      [
        'POST',
        `/api/v1/units/${unit}/move-ins`,
        { ownerPersonIds: [owner.id], plannedDate: '2026-02-30' },
        [400],
        'plannedDate',
      ],
      [
        'POST',
        `/api/v1/units/${unit}/move-ins`,
        { ownerPersonIds: [owner.id], plannedDate: '3026-07-15' },
        [400, 422],
        'plannedDate',
      ],
      [
        'POST',
        `/api/v1/units/${unit}/move-ins`,
        { ownerPersonIds: [MISSING], plannedDate: '2026-07-15' },
        [404, 422],
      ],
      [
        'POST',
        `/api/v1/units/${MISSING}/move-ins`,
        { ownerPersonIds: [owner.id], plannedDate: '2026-07-15' },
        [404],
      ],
      [
        'POST',
        `/api/v1/units/${unit}/tenant-move-ins`,
        { ...sample.tenantMoveInDetails(), tenantPersonIds: [owner.id], contractDepositFen: -1 },
        [400],
        'contractDepositFen',
      ],
      [
        'POST',
        `/api/v1/units/${unit}/tenant-move-ins`,
        { ...sample.tenantMoveInDetails(), tenantPersonIds: [owner.id], contractDepositFen: 10.5 },
        [400],
        'contractDepositFen',
      ],
      ['GET', `/api/v1/move-ins/${MISSING}`, undefined, [404]],
      ['GET', '/api/v1/move-ins/abc', undefined, [400], 'id'],
      ['GET', '/api/v1/move-ins?communityId=GZ01&status=flying', undefined, [400], 'status'],
      ['POST', `/api/v1/move-ins/${MISSING}/acknowledgements`, sample.acknowledgements(), [404]],
      ['POST', `/api/v1/move-ins/${MISSING}/keys`, sample.keysHandedOver(), [404]],
      ['POST', `/api/v1/move-ins/${MISSING}/complete`, sample.moveInCompletion(), [404]],
      ['POST', `/api/v1/move-ins/${MISSING}/cancel`, sample.cancellation(), [404]],
      // Move-out before anyone moved in, of an occupancy that is not the unit's, or unknown.
      [
        'POST',
        `/api/v1/units/${unit}/move-outs`,
        { ...sample.moveOutDetails(), occupancyIds: [MISSING] },
        [404, 422],
      ],
      [
        'POST',
        `/api/v1/units/${unit}/move-outs`,
        { ...sample.moveOutDetails(), occupancyIds: [] },
        [400],
        'occupancyIds',
      ],
      [
        'POST',
        `/api/v1/units/${unit}/move-outs`,
        { ...sample.moveOutDetails(), occupancyIds: [occupancy.id], moveOutDate: '2026-02-30' },
        [400],
        'moveOutDate',
      ],
      [
        'POST',
        `/api/v1/units/${unit}/move-outs`,
        { ...sample.moveOutDetails(), occupancyIds: [occupancy.id], moveOutDate: '2026-06-01' },
        [400, 409, 422],
      ],
      [
        'POST',
        `/api/v1/units/${units[0]}/move-outs`,
        { ...sample.moveOutDetails(), occupancyIds: [occupancy.id] },
        [404, 409, 422],
      ],
      ['GET', `/api/v1/move-outs/${MISSING}`, undefined, [404]],
      ['POST', `/api/v1/move-outs/${MISSING}/complete`, undefined, [404]],
      ['POST', `/api/v1/move-outs/${MISSING}/cancel`, sample.cancellation(), [404]],
      ['GET', '/api/v1/move-outs?communityId=GZ01&from=2026-02-30', undefined, [400], 'from'],
    ]);
    const moveIn = await ok(
      'POST',
      `/api/v1/units/${unit}/move-ins`,
      { ownerPersonIds: [owner.id], plannedDate: '2026-07-15' },
      desk,
      201,
    );
    const snapshot = () => call('GET', `/api/v1/move-ins/${moveIn.id}`).then((r) => r.json);
    const before = await snapshot();
    failures.push(
      ...(await sweep([
        // Completion before acknowledgements, ID document and paid charges.
        ['POST', `/api/v1/move-ins/${moveIn.id}/complete`, sample.moveInCompletion(), [409, 422]],
        [
          'POST',
          `/api/v1/move-ins/${moveIn.id}/complete`,
          { movedInAt: '2026-02-30T15:00:00+08:00' },
          [400],
          'movedInAt',
        ],
        [
          'POST',
          `/api/v1/move-ins/${moveIn.id}/acknowledgements`,
          { handbook: 'yes', decorationRules: true },
          [400],
          'handbook',
        ],
        [
          'POST',
          `/api/v1/move-ins/${moveIn.id}/keys`,
          { keys: [{ kind: 'magic-wand', count: 1 }] },
          [400],
          'keys',
        ],
        [
          'POST',
          `/api/v1/move-ins/${moveIn.id}/keys`,
          { keys: [{ kind: 'door-key', count: -1 }] },
          [400],
          'keys',
        ],
        [
          'POST',
          `/api/v1/move-ins/${moveIn.id}/keys`,
          { keys: [{ kind: 'door-key', count: 1e9 }] },
          [400],
          'keys',
        ],
        ['POST', `/api/v1/move-ins/${moveIn.id}/cancel`, { reason: '' }, [400], 'reason'],
        [
          'POST',
          `/api/v1/units/${unit}/move-ins`,
          { ownerPersonIds: [owner.id], plannedDate: '2026-07-15' },
          [409, 422],
        ],
      ])),
    );
    failures.push(
      ...(await sweep(
        [['POST', `/api/v1/move-ins/${moveIn.id}/cancel`, sample.cancellation(), [404]]],
        gz02Desk,
      )),
    );
    expect(await snapshot()).toEqual(before);
    await ok('POST', `/api/v1/move-ins/${moveIn.id}/cancel`, sample.cancellation());
    failures.push(
      ...(await sweep([
        ['POST', `/api/v1/move-ins/${moveIn.id}/cancel`, sample.cancellation(), [409]],
        ['POST', `/api/v1/move-ins/${moveIn.id}/acknowledgements`, sample.acknowledgements(), [409]],
        ['POST', `/api/v1/move-ins/${moveIn.id}/keys`, sample.keysHandedOver(), [409]],
        ['POST', `/api/v1/move-ins/${moveIn.id}/complete`, sample.moveInCompletion(), [409]],
      ])),
    );
    // The seeded move-out: inspected, cancelled, then nothing more.
    const moveOut = records['move-outs']![0]!;
    failures.push(
      ...(await sweep(
        [
          [
            'POST',
            `/api/v1/move-outs/${moveOut}/inspection`,
            { ...sample.moveOutInspection(), inspectedAt: '2026-02-30T10:00:00+08:00' },
            [400],
            'inspectedAt',
          ],
          [
            'POST',
            `/api/v1/move-outs/${moveOut}/inspection`,
            {
              ...sample.moveOutInspection(),
              damages: [{ description: '破损', amountFen: -5, chargeTo: 'deposit' }],
            },
            [400],
            'damages',
          ],
          [
            'POST',
            `/api/v1/move-outs/${moveOut}/inspection`,
            {
              ...sample.moveOutInspection(),
              damages: [{ description: '破损', amountFen: 5, chargeTo: 'neighbour' }],
            },
            [400],
            'damages',
          ],
        ],
        engineer,
      )),
    );
    const mo = await call('GET', `/api/v1/move-outs/${moveOut}`);
    expect(mo.status).toBe(200);
    await ok('POST', `/api/v1/move-outs/${moveOut}/cancel`, sample.cancellation());
    failures.push(
      ...(await sweep([
        ['POST', `/api/v1/move-outs/${moveOut}/cancel`, sample.cancellation(), [409]],
        ['POST', `/api/v1/move-outs/${moveOut}/complete`, undefined, [409]],
      ])),
      ...(await sweep(
        [['POST', `/api/v1/move-outs/${moveOut}/inspection`, sample.moveOutInspection(), [409]]],
        engineer,
      )),
    );
    expect(failures).toEqual([]);
  });

  it('bad input: decorations refuse bad documents and every step out of order, and change nothing', async () => {
    const unit = await newUnit();
    const owner = await newPerson();
    await ok(
      'POST',
      `/api/v1/units/${unit}/occupancies`,
      { personId: owner.id, role: 'owner', startDate: '2026-07-01' },
      desk,
      201,
    );
    const app = (overrides: Record<string, unknown> = {}) => ({
      ...sample.decorationApplication(),
      unitId: unit,
      applicantPersonId: owner.id,
      ...overrides,
    });
    const worker = (overrides: Record<string, unknown>) => ({
      workers: [{ name: '张国栋', phone: '13600002222', idNumber: '440106199001010013', ...overrides }],
    });
    const failures = await sweep([
      ['POST', '/api/v1/decorations', app({ unitId: 'nope' }), [400], 'unitId'],
      ['POST', '/api/v1/decorations', app({ unitId: MISSING }), [404, 422]],
      ['POST', '/api/v1/decorations', app({ applicantPersonId: MISSING }), [404, 422]],
      ['POST', '/api/v1/decorations', app({ scope: ' ' }), [400], 'scope'],
      ['POST', '/api/v1/decorations', app({ scope: '改'.repeat(1001) }), [400], 'scope'],
      [
        'POST',
        '/api/v1/decorations',
        app({ schedule: { startDate: '2026-02-30', endDate: '2026-09-30' } }),
        [400],
        'schedule.startDate',
      ],
      [
        'POST',
        '/api/v1/decorations',
        app({ schedule: { startDate: '2026-09-30', endDate: '2026-08-01' } }),
        [400, 422],
        'schedule',
      ],
      [
        'POST',
        '/api/v1/decorations',
        app({ schedule: { startDate: '2026-08-01', endDate: '2999-08-01' } }),
        [400, 422],
        'schedule',
      ],
      ['POST', '/api/v1/decorations', app(worker({ phone: '123' })), [400], 'workers'],
      ['POST', '/api/v1/decorations', app(worker({ idNumber: '4401061990010100' })), [400], 'workers'],
      ['POST', '/api/v1/decorations', app(worker({ idNumber: '440106199002300012' })), [400], 'workers'],
      [
        'POST',
        '/api/v1/decorations',
        app({ contractor: { ...sample.decorationDocuments().contractor, managerPhone: 'x' } }),
        [400],
        'contractor.managerPhone',
      ],
      ['POST', '/api/v1/decorations', app({ drawings: 'plan.pdf' }), [400], 'drawings'],
      ['POST', '/api/v1/decorations', app({ approved: true }), [400], 'approved'],
      ['GET', `/api/v1/decorations/${MISSING}`, undefined, [404]],
      ['GET', '/api/v1/decorations/abc', undefined, [400], 'id'],
      ['GET', '/api/v1/decorations?communityId=GZ01&status=painting', undefined, [400], 'status'],
    ]);
    expect(failures).toEqual([]);
    const decoration = await ok('POST', '/api/v1/decorations', app(), desk, 201);
    const path = `/api/v1/decorations/${decoration.id}`;
    const before = await call('GET', path).then((r) => r.json);
    const chief = await tokenFor('staff-0917', ['chief-engineer'], ['GZ01']);
    const supervisor = await tokenFor('staff-0918', ['cs-supervisor'], ['GZ01']);
    failures.push(
      ...(await sweep(
        [
          // Not submitted yet: no review, passes, inspection.
          ['POST', `${path}/review`, { decision: 'approve' }, [409, 422]],
          ['POST', `${path}/review`, { decision: 'maybe' }, [400], 'decision'],
          ['POST', `${path}/review`, { decision: 'reject', reasons: [] }, [400, 422], 'reasons'],
          ['POST', `${path}/inspection`, sample.decorationInspection(), [409, 422]],
          [
            'POST',
            `${path}/inspection`,
            { ...sample.decorationInspection(), result: 'meh' },
            [400],
            'result',
          ],
          ['POST', `${path}/repair-confirmations`, sample.repairConfirmation(), [404, 409, 422]],
        ],
        chief,
      )),
      ...(await sweep(
        [
          ['POST', `${path}/issue-passes`, sample.workerPasses(), [409, 422]],
          ['POST', `${path}/issue-passes`, { validUntil: '2026-02-30' }, [400], 'validUntil'],
        ],
        supervisor,
      )),
      ...(await sweep([
        ['POST', `${path}/request-inspection`, undefined, [409, 422]],
        ['POST', `${path}/patrol-findings`, { ...sample.patrolFinding(), foundAt: 'noon' }, [400], 'foundAt'],
        [
          'POST',
          `${path}/patrol-findings`,
          { ...sample.patrolFinding(), damage: { description: '划伤', amountFen: -1 } },
          [400],
          'damage',
        ],
        [
          'PUT',
          `${path}/documents`,
          { ...sample.decorationDocuments(), workers: 'all of them' },
          [400],
          'workers',
        ],
        ['POST', `${path}/cancel`, {}, [400], 'reason'],
      ])),
      ...(await sweep(
        [
          ['GET', path, undefined, [404]],
          ['POST', `${path}/submit`, undefined, [404]],
          ['POST', `${path}/cancel`, sample.cancellation(), [404]],
        ],
        gz02Desk,
      )),
    );
    expect(await call('GET', path).then((r) => r.json)).toEqual(before);
    await ok('POST', `${path}/cancel`, sample.cancellation());
    failures.push(
      ...(await sweep([
        ['POST', `${path}/cancel`, sample.cancellation(), [409]],
        ['POST', `${path}/submit`, undefined, [409]],
        ['PUT', `${path}/documents`, sample.decorationDocuments(), [409]],
      ])),
      ...(await sweep([['POST', `${path}/review`, { decision: 'approve' }, [409]]], chief)),
    );
    expect(failures).toEqual([]);
  });

  it('bad input: handover inspections, file access and the caller card refuse bad input and foreign ids', async () => {
    const [owner] = records['people']!;
    const foreign = await newPerson('GZ02', gz02Desk);
    const fileRequest = records['file-access-requests']![0]!;
    const failures = await sweep([
      [
        'POST',
        `/api/v1/units/${units[0]}/handover-inspections`,
        { ...sample.handoverInspection(), ownerPersonId: owner, inspectedAt: '2026-02-30T10:00:00+08:00' },
        [400],
        'inspectedAt',
      ],
      [
        'POST',
        `/api/v1/units/${units[0]}/handover-inspections`,
        { ...sample.handoverInspection(), ownerPersonId: 'x' },
        [400],
        'ownerPersonId',
      ],
      [
        'POST',
        `/api/v1/units/${units[0]}/handover-inspections`,
        { ...sample.handoverInspection(), ownerPersonId: foreign.id },
        [404, 422],
      ],
      [
        'POST',
        `/api/v1/units/${units[0]}/handover-inspections`,
        {
          ...sample.handoverInspection(),
          ownerPersonId: owner,
          defects: [{ location: '厨房', description: '漏水', trades: ['magic'], severity: 'major' }],
        },
        [400],
        'defects',
      ],
      [
        'POST',
        `/api/v1/units/${units[0]}/handover-inspections`,
        {
          ...sample.handoverInspection(),
          ownerPersonId: owner,
          defects: [{ location: '厨房', description: '漏水', trades: ['plumbing'], severity: 'apocalyptic' }],
        },
        [400],
        'defects',
      ],
      [
        'POST',
        `/api/v1/units/${MISSING}/handover-inspections`,
        { ...sample.handoverInspection(), ownerPersonId: owner },
        [404],
      ],
      ['GET', '/api/v1/handover-inspections?unitId=abc', undefined, [400], 'unitId'],
      [
        'POST',
        `/api/v1/people/${owner}/file-access-requests`,
        { purpose: 'gossip', reason: '好奇' },
        [400],
        'purpose',
      ],
      [
        'POST',
        `/api/v1/people/${owner}/file-access-requests`,
        { purpose: 'borrow', reason: ' ' },
        [400],
        'reason',
      ],
      ['POST', `/api/v1/people/${foreign.id}/file-access-requests`, sample.fileAccessPurpose(), [404]],
      ['POST', `/api/v1/people/${MISSING}/file-access-requests`, sample.fileAccessPurpose(), [404]],
      ['GET', `/api/v1/file-access-requests/${MISSING}/file`, undefined, [404]],
      ['GET', '/api/v1/file-access-requests/nope/file', undefined, [400], 'id'],
      ['GET', `/api/v1/file-access-requests/${fileRequest}/file`, undefined, [403, 404, 409, 422]],
      ['GET', '/api/v1/caller-card?phone=abc', undefined, [400], 'phone'],
      ['GET', '/api/v1/caller-card', undefined, [400], 'phone'],
      ['GET', '/api/v1/caller-card?phone=13812345678&communityId=gz%2001', undefined, [400], 'communityId'],
      ['POST', `/api/v1/incoming-calls/${MISSING}/take`, undefined, [404]],
      ['GET', '/api/v1/incoming-calls?status=ringing-loudly', undefined, [400], 'status'],
    ]);
    failures.push(
      ...(await sweep(
        [
          [
            'POST',
            `/api/v1/file-access-requests/${fileRequest}/decision`,
            { decision: 'perhaps' },
            [400],
            'decision',
          ],
          ['POST', `/api/v1/file-access-requests/${MISSING}/decision`, sample.fileAccessDecision(), [404]],
        ],
        manager,
      )),
    );
    // The caller card of the other community's phone, asked in GZ01, shows nobody.
    const card = await call('GET', `/api/v1/caller-card?phone=${foreign.rawPhone}&communityId=GZ02`);
    expect([200, 404].includes(card.status) ? 'ok' : card.json).toBe('ok');
    if (card.status === 200) expect(JSON.stringify(card.json)).not.toContain(foreign.id);
    await ok(
      'POST',
      `/api/v1/file-access-requests/${fileRequest}/decision`,
      sample.fileAccessDecision(),
      manager,
    );
    failures.push(
      ...(await sweep(
        [
          [
            'POST',
            `/api/v1/file-access-requests/${fileRequest}/decision`,
            { decision: 'reject', comment: '改主意' },
            [409],
          ],
        ],
        manager,
      )),
    );
    expect(failures).toEqual([]);
  });

  it('bad input: a retried registration with its Idempotency-Key registers once; another body with the key is 409; two at once make one', async () => {
    const body = { ...sample.personRegistration(), phone: String(++phoneSeq), idDocument: undefined };
    const key = { 'idempotency-key': `res-probe-register-${phoneSeq}` };
    const r1 = await call('POST', '/api/v1/people', body, desk, key);
    const r2 = await call('POST', '/api/v1/people', body, desk, key);
    expect([r1.status, r2.status, r2.json.id]).toEqual([201, 201, r1.json.id]);
    refused(await call('POST', '/api/v1/people', { ...body, name: '王小明' }, desk, key), [409, 422]);
    const found = await call('GET', `/api/v1/people?phone=${body.phone}`);
    expect(found.json.items.map((p: { id: string }) => p.id)).toEqual([r1.json.id]);

    const twinBody = { ...sample.personRegistration(), phone: String(++phoneSeq), idDocument: undefined };
    const twinKey = { 'idempotency-key': `res-probe-twins-${phoneSeq}` };
    const twins = await Promise.all([
      call('POST', '/api/v1/people', twinBody, desk, twinKey),
      call('POST', '/api/v1/people', twinBody, desk, twinKey),
    ]);
    expect(twins.map((r) => r.status).includes(500)).toBe(false);
    const twinsFound = await call('GET', `/api/v1/people?phone=${twinBody.phone}`);
    expect(twinsFound.json.items).toHaveLength(1);

    // An occupancy ended twice at once: one 200, one 409.
    const unit = await newUnit();
    const person = await newPerson();
    const o = await ok(
      'POST',
      `/api/v1/units/${unit}/occupancies`,
      { personId: person.id, role: 'household-member', startDate: '2026-07-01' },
      desk,
      201,
    );
    const ends = await Promise.all([
      call('POST', `/api/v1/occupancies/${o.id}/end`, { endDate: '2026-12-31', reason: '搬走' }),
      call('POST', `/api/v1/occupancies/${o.id}/end`, { endDate: '2026-12-31', reason: '搬走' }),
    ]);
    expect(ends.map((r) => r.status).sort()).toEqual([200, 409]);

    // The same occupancy started with and without a key: the retry with the key is one, without it a 409.
    const p2 = await newPerson();
    const oBody = { personId: p2.id, role: 'household-member', startDate: '2026-07-01' };
    const oKey = { 'idempotency-key': `res-probe-occ-${p2.id}` };
    const s1 = await call('POST', `/api/v1/units/${unit}/occupancies`, oBody, desk, oKey);
    const s2 = await call('POST', `/api/v1/units/${unit}/occupancies`, oBody, desk, oKey);
    expect([s1.status, s2.status, s2.json.id]).toEqual([201, 201, s1.json.id]);
    refused(await call('POST', `/api/v1/units/${unit}/occupancies`, oBody), [409, 422]);
  });
});
