import {
  BUS_MESSAGES,
  SERVICE_BUSES,
  ErrorCode,
  type CommandDefinition,
  type EventDefinition,
} from '@pcs/contracts';
import { contractJsonSchemas, type JsonSchema } from '@pcs/contracts/json-schema';

const SCHEMAS = '#/components/schemas/';

/**
 * The AsyncAPI 3.0 document of the bus, generated from the contracts: every request subject a service
 * serves (with its reply) and every event it publishes (a CloudEvents envelope around its data class).
 */
export function renderAsyncApi(): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const bus of SERVICE_BUSES) {
    const { requests, events } = BUS_MESSAGES[bus.service];
    for (const request of requests) addRequest(bus.service, request);
    for (const event of events) addEvent(bus.service, bus.stream, event);
  }

  function addRequest(service: string, def: CommandDefinition<object, unknown>): void {
    const id = def.subject;
    // One message per subject, not per class: every service's ops subjects share their request
    // classes, and each message's summary says what its own subject does.
    messages[id] = {
      name: def.request.name,
      summary: def.summary,
      payload: { $ref: `${SCHEMAS}${def.request.name}` },
    };
    channels[id] = {
      address: def.subject,
      summary: def.summary,
      description: `NATS request-reply, served by the ${service} service (queue group ${service})`,
      messages: { [def.request.name]: { $ref: `#/components/messages/${escape(id)}` } },
    };
    channels[`${id}.reply`] = {
      // The caller's own inbox, chosen per request: there is no fixed address to name.
      address: null,
      summary: `The reply to ${def.subject}`,
      messages: { Reply: { $ref: '#/components/messages/Reply' } },
    };
    operations[id] = {
      action: 'receive',
      title: `${service}: ${def.kind}`,
      summary: def.summary,
      channel: { $ref: `#/channels/${escape(id)}` },
      reply: { channel: { $ref: `#/channels/${escape(`${id}.reply`)}` } },
    };
  }

  function addEvent(service: string, stream: string, def: EventDefinition<object>): void {
    const id = def.subject;
    messages[def.type] = {
      name: def.type,
      title: def.summary,
      summary: `${def.summary} (CloudEvent ${def.type} around ${def.data.name})`,
      headers: {
        type: 'object',
        properties: { 'Nats-Msg-Id': { type: 'string', description: 'The CloudEvent id' } },
      },
      payload: {
        allOf: [
          { $ref: `${SCHEMAS}CloudEvent` },
          {
            type: 'object',
            properties: { type: { const: def.type }, data: { $ref: `${SCHEMAS}${def.data.name}` } },
          },
        ],
      },
    };
    channels[id] = {
      address: def.subject,
      summary: def.summary,
      description: `JetStream stream ${stream}`,
      messages: { [def.type]: { $ref: `#/components/messages/${def.type}` } },
    };
    operations[`${id}.publish`] = {
      action: 'send',
      title: `${service}: event`,
      summary: def.summary,
      channel: { $ref: `#/channels/${escape(id)}` },
    };
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: '物业客户服务中心 — bus',
      version: '1',
      description:
        'Requests are NATS request-reply on <service>.<verb> (queue group = service); the call context travels in ' +
        'headers Pcs-Correlation-Id, Pcs-Actor (a short-lived EdDSA-signed JWT of the acting staff member or ' +
        'service; unsigned, forged or expired ones are refused), Pcs-Idempotency-Key. Events are CloudEvents 1.0 JSON ' +
        'on JetStream, one stream per service, published from a transactional outbox with Nats-Msg-Id = event id. ' +
        'Generated from libs/contracts by `npm run docs`.',
    },
    defaultContentType: 'application/json',
    servers: { nats: { host: 'nats:4222', protocol: 'nats' } },
    channels,
    operations,
    components: {
      schemas: { ...contractJsonSchemas(SCHEMAS), ...FIXED_SCHEMAS },
      messages: { ...messages, Reply: REPLY },
    },
  };
}

/** `$ref` paths escape `/` and `~`; subjects contain neither, but dots are fine. */
function escape(id: string): string {
  return id.replaceAll('~', '~0').replaceAll('/', '~1');
}

const FIXED_SCHEMAS: Record<string, JsonSchema> = {
  CloudEvent: {
    type: 'object',
    required: [
      'specversion',
      'id',
      'source',
      'type',
      'time',
      'subject',
      'datacontenttype',
      'companyid',
      'correlationid',
      'data',
    ],
    properties: {
      specversion: { const: '1.0' },
      id: {
        type: 'string',
        description: "Unique; also the JetStream Nats-Msg-Id and the consumers' inbox key",
      },
      source: { type: 'string', description: 'The producing service' },
      type: { type: 'string', description: '<aggregate>.<event>.v<version>' },
      time: { type: 'string', format: 'date-time' },
      subject: { type: 'string', description: 'The aggregate id' },
      datacontenttype: { const: 'application/json' },
      companyid: { type: 'string' },
      communityid: { type: 'string' },
      correlationid: { type: 'string' },
      causationid: { type: 'string' },
      actorid: { type: 'string' },
      aggregateversion: {
        type: 'integer',
        minimum: 1,
        description:
          "The aggregate's version after this event (1, 2, 3, … without gaps): consumers that depend on order wait for the predecessor",
      },
      data: { type: 'object' },
    },
  },
  ErrorBody: {
    type: 'object',
    required: ['code', 'message'],
    properties: {
      code: { enum: Object.keys(ErrorCode) },
      message: { type: 'string' },
      details: {
        type: 'object',
        properties: {
          errors: {
            type: 'array',
            items: {
              type: 'object',
              required: ['field', 'message'],
              properties: { field: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
      },
    },
  },
};

const REPLY = {
  name: 'Reply',
  summary: 'The result (`ok: true` with `data`), or a typed error the gateway maps to problem details',
  payload: {
    oneOf: [
      { type: 'object', required: ['ok', 'data'], properties: { ok: { const: true }, data: {} } },
      {
        type: 'object',
        required: ['ok', 'error'],
        properties: { ok: { const: false }, error: { $ref: `${SCHEMAS}ErrorBody` } },
      },
    ],
  },
};
