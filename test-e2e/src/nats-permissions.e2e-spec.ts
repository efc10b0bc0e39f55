import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AckPolicy, jetstream, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  BUS_PROCESSES,
  ComplaintsBus,
  inboxPrefix,
  ResidentsBus,
  type BusProcess,
  type Role,
} from '@pcs/contracts';
import { complaintRegistration, eventually, NatsServerProcess, type HttpResult } from '@pcs/testing';
import pg from 'pg';
import { Stack } from './stack.js';

/*
 * The NATS users of the deployment (deploy/k8s/base/nats/nats-users.conf, generated from the
 * contracts) on a nats-server of this file's own, configured as the NATS pods are: the file included,
 * each process's password in an environment variable. First single connections show what a user may
 * not do; then every process runs under its own user through a journey, and the server must not have
 * refused anything.
 */
const USERS_FILE = path.resolve(import.meta.dirname, '../../deploy/k8s/base/nats/nats-users.conf');
/** How nats-server 2.9 logs a refused publish or subscription ("Publish Violation - User …"). */
const VIOLATION = /Violation/;

interface DeploymentNats {
  server: NatsServerProcess;
  passwords: Record<BusProcess, string>;
}

async function startDeploymentNats(): Promise<DeploymentNats> {
  const passwords = Object.fromEntries(
    BUS_PROCESSES.map((p) => [p, `p${randomBytes(16).toString('hex')}`]),
  ) as Record<BusProcess, string>;
  const server = await NatsServerProcess.start({
    files: { 'nats-users.conf': readFileSync(USERS_FILE, 'utf8') },
    config: 'include ./nats-users.conf',
    env: Object.fromEntries(BUS_PROCESSES.map((p) => [`${p.toUpperCase()}_NATS_PASSWORD`, passwords[p]])),
  });
  return { server, passwords };
}

/** A connection as one process's user, with that process's inbox prefix (as the platform connects). */
interface UserConnection {
  nc: NatsConnection;
  jsm: JetStreamManager;
  /** The permission errors the server sent this connection. */
  refusals: string[];
}

async function connectAs(nats: DeploymentNats, user: BusProcess): Promise<UserConnection> {
  const nc = await connect({
    servers: nats.server.url,
    user,
    pass: nats.passwords[user],
    inboxPrefix: inboxPrefix(user),
  });
  const refusals: string[] = [];
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === 'error') refusals.push(String(status.error));
    }
  })();
  // No account check: the gateway's user has no JetStream API at all.
  return { nc, jsm: await jetstreamManager(nc, { checkAPI: false }), refusals };
}

/** The local date of yesterday: a move-out that has taken effect. */
function yesterday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() - 86_400_000),
  );
}

async function messagesIn(as: UserConnection, stream: string): Promise<number> {
  return (await as.jsm.streams.info(stream)).state.messages;
}

describe('NATS users of the deployment', () => {
  describe('each user is held to its own part of the bus', () => {
    let nats: DeploymentNats;
    let complaints: UserConnection;
    let residents: UserConnection;
    let gateway: UserConnection;

    beforeAll(async () => {
      nats = await startDeploymentNats();
      [complaints, residents, gateway] = await Promise.all([
        connectAs(nats, 'complaints'),
        connectAs(nats, 'residents'),
        connectAs(nats, 'gateway'),
      ]);
      // Each owner creates its stream, as the services do at start-up.
      for (const [as, bus] of [
        [complaints, ComplaintsBus],
        [residents, ResidentsBus],
      ] as const) {
        await as.jsm.streams.add({ name: bus.stream, subjects: [bus.streamSubjects] });
      }
    });

    afterAll(async () => {
      await Promise.all([complaints, residents, gateway].map((c) => c?.nc.close()));
      await nats?.server.destroy();
    });

    it('a service publishes its own event to its own stream', async () => {
      const ack = await jetstream(complaints.nc).publish(ComplaintsBus.events.complaintRegistered, '{}');
      expect(ack.stream).toBe(ComplaintsBus.stream);
    });

    it("a service cannot publish another service's event, neither core nor JetStream, and the stream stays untouched", async () => {
      const subject = ResidentsBus.events.communityCreated;
      complaints.nc.publish(subject, '{"forged":true}');
      await expect(jetstream(complaints.nc).publish(subject, '{"forged":true}')).rejects.toThrow(
        `Permissions Violation for Publish to "${subject}"`,
      );
      await complaints.nc.flush();
      await eventually(() => expect(complaints.refusals.filter((r) => r.includes(subject))).toHaveLength(2));
      expect(await messagesIn(residents, ResidentsBus.stream)).toBe(0);
      // The server logs each refusal, which is what the journey below relies on.
      expect(nats.server.problemLines.filter((l) => VIOLATION.test(l) && l.includes(subject))).toHaveLength(
        2,
      );
    });

    it('the gateway publishes no event at all', async () => {
      const before = await messagesIn(complaints, ComplaintsBus.stream);
      await expect(
        jetstream(gateway.nc).publish(ComplaintsBus.events.complaintRegistered, '{}'),
      ).rejects.toThrow('Permissions Violation for Publish');
      expect(await messagesIn(complaints, ComplaintsBus.stream)).toBe(before);
    });

    it("a service cannot read another's requests or replies, nor subscribe to events over core NATS", async () => {
      for (const subject of [
        '_INBOX.>',
        `${inboxPrefix('gateway')}.>`,
        'residents.people.get',
        'residents.events.>',
      ]) {
        complaints.nc.subscribe(subject);
      }
      await complaints.nc.flush();
      await eventually(() =>
        expect(complaints.refusals.filter((r) => r.includes('Subscription to'))).toHaveLength(4),
      );
    });

    it("a service cannot touch another's stream, nor consume it beyond its declared consumers", async () => {
      await expect(complaints.jsm.streams.info(ResidentsBus.stream)).rejects.toThrow('Permissions Violation');
      await expect(complaints.jsm.streams.delete(ResidentsBus.stream)).rejects.toThrow(
        'Permissions Violation',
      );
      for (const [name, filter] of [
        // Not a consumer of complaints: an unknown name.
        ['complaints-everything', 'residents.events.>'],
        // Its own consumer's name, but reading more than it declared.
        ['complaints-communities', 'residents.events.>'],
      ]) {
        await expect(
          complaints.jsm.consumers.add(ResidentsBus.stream, {
            durable_name: name,
            filter_subject: filter,
            ack_policy: AckPolicy.Explicit,
          }),
        ).rejects.toThrow('Permissions Violation');
      }
      // Its declared consumer is allowed.
      const declared = await complaints.jsm.consumers.add(ResidentsBus.stream, {
        durable_name: 'complaints-communities',
        filter_subject: ResidentsBus.events.communityCreated,
        ack_policy: AckPolicy.Explicit,
      });
      expect(declared.name).toBe('complaints-communities');
    });
  });

  describe('every process under its own user, through a journey', () => {
    let nats: DeploymentNats;
    let stack: Stack;

    const call = async (
      roles: Role[],
      method: string,
      route: string,
      body?: unknown,
      communities = ['GZ01'],
    ): Promise<HttpResult> =>
      stack.http(method, route, {
        token: await stack.token({ roles, communities }),
        ...(body === undefined ? {} : { body }),
      });
    const created = (res: HttpResult): any => {
      expect({ status: res.status, body: res.json }).toEqual({ status: 201, body: expect.anything() });
      return res.json;
    };

    beforeAll(async () => {
      nats = await startDeploymentNats();
      const userOf = (p: BusProcess): Record<string, string> => ({
        NATS_URL: nats.server.url,
        NATS_USER: p,
        NATS_PASSWORD: nats.passwords[p],
      });
      // The users are written for production subjects: no bus prefix.
      stack = await Stack.start(
        { BUS_PREFIX: '' },
        Object.fromEntries(BUS_PROCESSES.map((p) => [p, userOf(p)])),
      );
    });

    afterAll(async () => {
      await stack?.stopAll();
      await nats?.server.destroy();
    });

    it('residents creates a community; complaints learns of it and registers a complaint, whose event is stored', async () => {
      created(
        await call(
          ['cs-manager'],
          'POST',
          '/api/v1/communities',
          {
            id: 'GZ01',
            name: '锦绣花园',
            kind: 'residential',
            address: { province: '广东省', city: '广州市', district: '天河区', street: '天河路385号' },
          },
          ['*'],
        ),
      );
      // complaints-communities consumes residents' event; until then the community is unknown there.
      const complaint = await eventually(
        async () =>
          created(await call(['front-desk'], 'POST', '/api/v1/complaints', complaintRegistration())),
        20_000,
        250,
      );
      expect(complaint.status).toBe('registered');
      const complaints = await connectAs(nats, 'complaints');
      try {
        await eventually(async () =>
          expect(await messagesIn(complaints, ComplaintsBus.stream)).toBeGreaterThanOrEqual(1),
        );
      } finally {
        await complaints.nc.close();
      }
    });

    it('a calendar set in residents reaches the calendar consumers of complaints and maintenance', async () => {
      const res = await call(
        ['cs-manager'],
        'PUT',
        '/api/v1/calendar/2027',
        { holidays: ['2027-10-01'], makeUpWorkdays: [] },
        ['*'],
      );
      expect(res.status).toBe(200);
      for (const service of ['complaints', 'maintenance'] as const) {
        const db = new pg.Client({ connectionString: stack.databases.get(service)!.url });
        await db.connect();
        try {
          await eventually(async () => {
            const { rows } = await db.query('select year from calendar_year_replica');
            expect({ service, rows }).toEqual({ service, rows: [{ year: 2027 }] });
          });
        } finally {
          await db.end();
        }
      }
    });

    it('residents asks billing for a clearance before a move-out, and gets its answer', async () => {
      const building = created(
        await call(
          ['cs-manager'],
          'POST',
          '/api/v1/communities/GZ01/buildings',
          { code: '3', name: '3栋', floorsAboveGround: 32 },
          ['*'],
        ),
      );
      const unit = created(
        await call(
          ['cs-manager'],
          'POST',
          `/api/v1/buildings/${building.id}/units`,
          {
            number: '1201',
            floor: 12,
            type: 'residence',
            grossAreaCentiM2: 8950,
            handoverDate: '2026-06-30',
          },
          ['*'],
        ),
      );
      const tenant = created(
        await call(['front-desk'], 'POST', '/api/v1/people', {
          communityId: 'GZ01',
          name: '陈晓红',
          phone: '13926107788',
        }),
      );
      const lease = created(
        await call(['front-desk'], 'POST', `/api/v1/units/${unit.id}/occupancies`, {
          personId: tenant.id,
          role: 'tenant',
          startDate: '2026-08-01',
        }),
      );
      // Billing, connected as billing, answers that the unit owes nothing: the move-out opens.
      created(
        await call(['front-desk'], 'POST', `/api/v1/units/${unit.id}/move-outs`, {
          occupancyIds: [lease.id],
          moveOutDate: yesterday(),
          reason: '租约到期',
        }),
      );
      // And the gateway, connected as the gateway, reads the unit's clearance from billing.
      expect((await call(['finance'], 'GET', `/api/v1/clearance?unitId=${unit.id}`)).json).toMatchObject({
        unitId: unit.id,
        clear: true,
      });
    });

    it('the declared durable consumers exist and have caught up', async () => {
      for (const [user, stream, durable] of [
        ['complaints', 'RESIDENTS', 'complaints-communities'],
        ['complaints', 'RESIDENTS', 'complaints-calendar'],
        ['maintenance', 'RESIDENTS', 'maintenance-calendar'],
        ['residents', 'BILLING', 'residents-billing'],
        ['billing', 'RESIDENTS', 'billing-charge-requests'],
        ['billing', 'MAINTENANCE', 'billing-work-orders'],
      ] as const) {
        const as = await connectAs(nats, user);
        try {
          await eventually(async () => {
            const info = await as.jsm.consumers.info(stream, durable);
            expect({ durable, pending: info.num_pending, unacked: info.num_ack_pending }).toEqual({
              durable,
              pending: 0,
              unacked: 0,
            });
          });
        } finally {
          await as.nc.close();
        }
      }
    });

    it('nothing was refused: no permission violation in the server log or in any process log', () => {
      expect(nats.server.problemLines.filter((l) => VIOLATION.test(l))).toEqual([]);
      for (const [name, proc] of stack.processes) {
        const refused = proc.logs.filter((l) => /Permissions Violation|NATS reported an error/.test(l));
        expect({ name, refused }).toEqual({ name, refused: [] });
      }
    });
  });
});
