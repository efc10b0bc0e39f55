import {
  BUS_CALLS,
  BUS_PROCESSES,
  EVENT_SUBSCRIPTIONS,
  inboxPrefix,
  operatorSubjects,
  SERVICE_BUSES,
  type BusProcess,
  type ServiceName,
} from '@pcs/contracts';

/** One process's NATS user: what it may publish and subscribe to. */
export interface NatsUser {
  user: BusProcess;
  /** The environment variable of the NATS pods that holds the password (from the Secret `<user>-nats`). */
  passwordVariable: string;
  /** One line for the generated file: what the user is for. */
  summary: string;
  publish: { allow: string[]; deny: string[] };
  subscribe: { allow: string[] };
  /** May answer requests it received (the reply subjects of its requests, once each). */
  allowResponses: boolean;
}

export function natsPasswordVariable(process: BusProcess): string {
  return `${process.toUpperCase().replaceAll('-', '_')}_NATS_PASSWORD`;
}

function busOf(service: ServiceName): (typeof SERVICE_BUSES)[number] {
  const bus = SERVICE_BUSES.find((b) => b.service === service);
  if (!bus) throw new Error(`no bus declared for ${service}`);
  return bus;
}

/** The request subjects a service serves (its commands and queries), sorted. */
export function requestSubjects(service: ServiceName): string[] {
  const bus = busOf(service);
  return [...Object.values(bus.commands), ...Object.values(bus.queries)].map(String).sort();
}

function isService(process: BusProcess): process is ServiceName {
  return SERVICE_BUSES.some((b) => b.service === process);
}

/**
 * The JetStream API a service uses (libs/platform: stream-provisioning.ts, event-consumer.ts): the
 * account check, create/update/info of its own stream, and for each durable consumer declared in
 * EVENT_SUBSCRIPTIONS its creation (with its filter in the subject, as clients do on servers >= 2.9),
 * info, next-message requests and acknowledgements. Nothing else: no other stream, no deletes.
 */
function jetStreamSubjects(service: ServiceName): string[] {
  const stream = busOf(service).stream;
  const own = [
    '$JS.API.INFO',
    `$JS.API.STREAM.CREATE.${stream}`,
    `$JS.API.STREAM.INFO.${stream}`,
    `$JS.API.STREAM.UPDATE.${stream}`,
  ];
  const consumers = EVENT_SUBSCRIPTIONS[service].flatMap(({ purpose, stream: from, filterSubject }) => {
    const durable = `${service}-${purpose}`;
    return [
      `$JS.API.CONSUMER.CREATE.${from}.${durable}.${filterSubject}`,
      `$JS.API.CONSUMER.INFO.${from}.${durable}`,
      `$JS.API.CONSUMER.MSG.NEXT.${from}.${durable}`,
      `$JS.ACK.${from}.${durable}.>`,
    ];
  });
  return [...own, ...consumers];
}

/**
 * Every process's NATS user, from the contracts: a service publishes only its own events, the requests
 * of the services it calls (BUS_CALLS) and its JetStream API subjects, and subscribes only to its own
 * request subjects, its operator subjects and its own inbox; the gateway publishes requests (operator
 * subjects included) and never an event.
 */
export function natsUsers(): NatsUser[] {
  return BUS_PROCESSES.map((process): NatsUser => {
    const callees = BUS_CALLS[process];
    const requests = callees.flatMap((callee) => [
      ...requestSubjects(callee),
      ...(process === 'gateway' ? [operatorSubjects(callee)] : []),
    ]);
    const inbox = `${inboxPrefix(process)}.>`;
    const calls = callees.length ? `calls ${callees.join(', ')}` : 'calls no service';
    if (!isService(process)) {
      return {
        user: process,
        passwordVariable: natsPasswordVariable(process),
        summary: `${process}: ${calls}; publishes no event; no JetStream`,
        publish: { allow: requests, deny: ['*.events.>'] },
        subscribe: { allow: [inbox] },
        allowResponses: false,
      };
    }
    const bus = busOf(process);
    const consumes = EVENT_SUBSCRIPTIONS[process].map((s) => `${process}-${s.purpose} on ${s.stream}`);
    return {
      user: process,
      passwordVariable: natsPasswordVariable(process),
      summary:
        `${process}: publishes ${bus.streamSubjects} to ${bus.stream}; ${calls}; ` +
        `consumes ${consumes.length ? consumes.join(', ') : 'nothing'}`,
      publish: { allow: [bus.streamSubjects, ...requests, ...jetStreamSubjects(process)], deny: [] },
      subscribe: { allow: [...requestSubjects(process), operatorSubjects(process), inbox] },
      allowResponses: true,
    };
  });
}
