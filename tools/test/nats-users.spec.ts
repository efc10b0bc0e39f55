import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { BUS_PROCESSES, EVENT_SUBSCRIPTIONS, SERVICE_BUSES } from '@pcs/contracts';
import { natsUsers, requestSubjects } from '../src/nats-permissions.js';
import { NATS_USERS_FILE, renderNatsUsersConf } from '../src/nats-users-conf.js';

const users = natsUsers();
const userOf = (name: string) => users.find((u) => u.user === name)!;

describe('the NATS users generated from the contracts', () => {
  it('are committed as deploy/k8s/base/nats/nats-users.conf, up to date (run `npm run nats-users`)', () => {
    expect(readFileSync(NATS_USERS_FILE, 'utf8')).toBe(renderNatsUsersConf());
  });

  it('give every process its own user and password variable', () => {
    expect(users.map((u) => [u.user, u.passwordVariable])).toEqual(
      BUS_PROCESSES.map((p) => [p, `${p.toUpperCase()}_NATS_PASSWORD`]),
    );
  });

  it("let a service publish its own events and no other service's", () => {
    for (const bus of SERVICE_BUSES) {
      const events = userOf(bus.service).publish.allow.filter((s) => /^[a-z-]+\.events\./.test(s));
      expect({ service: bus.service, events }).toEqual({
        service: bus.service,
        events: [bus.streamSubjects],
      });
    }
  });

  it('let the gateway call every request subject and every operator subject, and never publish an event', () => {
    const gateway = userOf('gateway');
    for (const bus of SERVICE_BUSES) {
      expect(gateway.publish.allow).toEqual(expect.arrayContaining(requestSubjects(bus.service)));
      expect(gateway.publish.allow).toContain(`${bus.service}.ops.>`);
    }
    expect(gateway.publish.allow.some((s) => s.includes('.events.') || s.startsWith('$JS'))).toBe(false);
    expect(gateway.publish.deny).toEqual(['*.events.>']);
    expect(gateway.subscribe.allow).toEqual(['_INBOX.gateway.>']);
  });

  it('let each service serve only its own subjects, and read only its own replies', () => {
    for (const bus of SERVICE_BUSES) {
      expect(userOf(bus.service).subscribe.allow).toEqual([
        ...requestSubjects(bus.service),
        `${bus.service}.ops.>`,
        `_INBOX.${bus.service}.>`,
      ]);
    }
  });

  it('let residents call billing, complaints call residents, maintenance call residents and billing, and billing nobody', () => {
    const calls = (user: string) =>
      SERVICE_BUSES.filter((bus) =>
        userOf(user).publish.allow.includes(requestSubjects(bus.service)[0] ?? '-'),
      ).map((bus) => bus.service);
    expect(calls('residents')).toEqual(['billing']);
    expect(calls('complaints')).toEqual(['residents']);
    expect(calls('maintenance')).toEqual(['billing', 'residents']);
    expect(calls('billing')).toEqual([]);
  });

  it('give each service the JetStream API of its own stream and its declared consumers only', () => {
    const complaints = userOf('complaints').publish.allow.filter((s) => s.startsWith('$JS'));
    expect(complaints).toEqual([
      '$JS.API.INFO',
      '$JS.API.STREAM.CREATE.COMPLAINTS',
      '$JS.API.STREAM.INFO.COMPLAINTS',
      '$JS.API.STREAM.UPDATE.COMPLAINTS',
      '$JS.API.CONSUMER.CREATE.RESIDENTS.complaints-calendar.residents.events.calendar.updated',
      '$JS.API.CONSUMER.INFO.RESIDENTS.complaints-calendar',
      '$JS.API.CONSUMER.MSG.NEXT.RESIDENTS.complaints-calendar',
      '$JS.ACK.RESIDENTS.complaints-calendar.>',
      '$JS.API.CONSUMER.CREATE.RESIDENTS.complaints-communities.residents.events.community.created',
      '$JS.API.CONSUMER.INFO.RESIDENTS.complaints-communities',
      '$JS.API.CONSUMER.MSG.NEXT.RESIDENTS.complaints-communities',
      '$JS.ACK.RESIDENTS.complaints-communities.>',
      '$JS.API.CONSUMER.CREATE.RESIDENTS.complaints-units.residents.events.unit.created',
      '$JS.API.CONSUMER.INFO.RESIDENTS.complaints-units',
      '$JS.API.CONSUMER.MSG.NEXT.RESIDENTS.complaints-units',
      '$JS.ACK.RESIDENTS.complaints-units.>',
      '$JS.API.CONSUMER.CREATE.RESIDENTS.complaints-unit-corrections.residents.events.unit.updated',
      '$JS.API.CONSUMER.INFO.RESIDENTS.complaints-unit-corrections',
      '$JS.API.CONSUMER.MSG.NEXT.RESIDENTS.complaints-unit-corrections',
      '$JS.ACK.RESIDENTS.complaints-unit-corrections.>',
      '$JS.API.CONSUMER.CREATE.RESIDENTS.complaints-unit-statuses.residents.events.unit.status-changed',
      '$JS.API.CONSUMER.INFO.RESIDENTS.complaints-unit-statuses',
      '$JS.API.CONSUMER.MSG.NEXT.RESIDENTS.complaints-unit-statuses',
      '$JS.ACK.RESIDENTS.complaints-unit-statuses.>',
      '$JS.API.CONSUMER.CREATE.RESIDENTS.complaints-people.residents.events.person.>',
      '$JS.API.CONSUMER.INFO.RESIDENTS.complaints-people',
      '$JS.API.CONSUMER.MSG.NEXT.RESIDENTS.complaints-people',
      '$JS.ACK.RESIDENTS.complaints-people.>',
      '$JS.API.CONSUMER.CREATE.RESIDENTS.complaints-person-communities.residents.events.person.registered',
      '$JS.API.CONSUMER.INFO.RESIDENTS.complaints-person-communities',
      '$JS.API.CONSUMER.MSG.NEXT.RESIDENTS.complaints-person-communities',
      '$JS.ACK.RESIDENTS.complaints-person-communities.>',
      '$JS.API.CONSUMER.CREATE.MAINTENANCE.complaints-repairs.maintenance.events.repair-request.progressed',
      '$JS.API.CONSUMER.INFO.MAINTENANCE.complaints-repairs',
      '$JS.API.CONSUMER.MSG.NEXT.MAINTENANCE.complaints-repairs',
      '$JS.ACK.MAINTENANCE.complaints-repairs.>',
      '$JS.API.CONSUMER.CREATE.COMPLAINTS.complaints-incidents.complaints.events.incident.closed',
      '$JS.API.CONSUMER.INFO.COMPLAINTS.complaints-incidents',
      '$JS.API.CONSUMER.MSG.NEXT.COMPLAINTS.complaints-incidents',
      '$JS.ACK.COMPLAINTS.complaints-incidents.>',
    ]);
    // Maintenance follows residents' structure, preferences (MNT-10) and handovers (RES-3), and complaints' repairs (CMP-2).
    const maintenanceConsumers = userOf('maintenance')
      .publish.allow.filter((s) => s.startsWith('$JS.API.CONSUMER.CREATE.'))
      .map((s) => s.replace('$JS.API.CONSUMER.CREATE.', ''));
    expect(maintenanceConsumers).toEqual([
      'RESIDENTS.maintenance-calendar.residents.events.calendar.updated',
      'RESIDENTS.maintenance-communities.residents.events.community.created',
      'RESIDENTS.maintenance-units.residents.events.unit.created',
      'RESIDENTS.maintenance-unit-corrections.residents.events.unit.updated',
      'RESIDENTS.maintenance-people.residents.events.person.>',
      'RESIDENTS.maintenance-handovers.residents.events.handover.inspected',
      'RESIDENTS.maintenance-fit-outs.residents.events.decoration.inspection-passed',
      'COMPLAINTS.maintenance-complaint-repairs.complaints.events.complaint.repair-requested',
    ]);
    for (const bus of SERVICE_BUSES) {
      const durables = userOf(bus.service)
        .publish.allow.filter((s) => s.startsWith('$JS.API.CONSUMER.INFO.'))
        .map((s) => s.split('.').slice(4).join('.'));
      expect(durables).toEqual(
        EVENT_SUBSCRIPTIONS[bus.service].map((d) => `${d.stream}.${bus.service}-${d.purpose}`),
      );
    }
  });

  it("let billing read residents' charge requests, units, occupancies, decorations and communities and maintenance's work orders and settlements", () => {
    const consumers = userOf('billing')
      .publish.allow.filter((s) => s.startsWith('$JS.API.CONSUMER.CREATE.'))
      .map((s) => s.replace('$JS.API.CONSUMER.CREATE.', ''));
    expect(consumers).toEqual([
      'RESIDENTS.billing-communities.residents.events.community.created',
      'RESIDENTS.billing-charge-requests.residents.events.charge-request.>',
      'RESIDENTS.billing-units.residents.events.unit.created',
      'RESIDENTS.billing-unit-corrections.residents.events.unit.updated',
      'RESIDENTS.billing-occupancies.residents.events.occupancy.>',
      'RESIDENTS.billing-decoration-inspections.residents.events.decoration.inspection-passed',
      'RESIDENTS.billing-decoration-damages.residents.events.decoration.damage-found',
      'MAINTENANCE.billing-work-orders.maintenance.events.work-order.completed',
      'MAINTENANCE.billing-settlements.maintenance.events.settlement.certified',
    ]);
  });
});
