import { Controller, Module } from '@nestjs/common';
// A type-only NatsContext keeps the global validation pipe off it (its metatype becomes Object).
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import {
  DomainError,
  GetUnit,
  ListUnits,
  SearchPeople,
  RequestMoveOut,
  RESIDENTS_MESSAGES,
  validatePayload,
  type CommandDefinition,
} from '@pcs/contracts';
import { BusNames, CallContext, ProcessEnv, type EdgeSpec } from '@pcs/platform';

/** A unit the stub does not know: GET /units/{MISSING_UNIT_ID} is 404 UNIT_NOT_FOUND. */
export const MISSING_UNIT_ID = '00000000-0000-7000-8000-000000000404';
/** A unit that owes money: a move-out request for it is refused with the open items. */
export const UNIT_IN_ARREARS_ID = '00000000-0000-7000-8000-0000000a4ea5';
export const OPEN_ITEMS = [
  { billNumber: 'ZD-GZ01-2026-000031', feeItem: '物业服务费', period: '2026-10', amountFen: 35_800 },
  { billNumber: 'ZD-GZ01-2026-000044', feeItem: '水费', period: '2026-10', amountFen: 4_250 },
];

/** A search by this number is refused as one too many in the minute (decision 0283). */
export const RATE_LIMITED_PHONE = '13900009999';

/** A unit with occupants: GET /units/{OCCUPIED_UNIT_ID} answers it, and so does a search for `9-0909`. */
export const OCCUPIED_UNIT_ID = '00000000-0000-7000-8000-0000000c0c0c';
export const OCCUPIED_UNIT = {
  id: OCCUPIED_UNIT_ID,
  companyId: 'HRX',
  communityId: 'GZ01',
  buildingId: '00000000-0000-7000-8000-0000000b0b0b',
  buildingName: '9栋',
  number: '0909',
  label: '9栋0909',
  floor: 9,
  type: 'residence',
  typeLabel: '住宅',
  grossAreaCentiM2: 8_950,
  status: 'occupied',
  statusLabel: '已入住',
  occupants: [
    {
      occupancyId: '00000000-0000-7000-8000-0000000d0d0d',
      personId: '00000000-0000-7000-8000-0000000e0e0e',
      name: '黄伟',
      role: 'owner',
      roleLabel: '业主',
      phone: '135****1234',
      since: '2026-06-30',
    },
  ],
  version: 1,
};

/** What the stub answers to every request: what it was sent, on which subject, in which context. */
export interface Echo {
  subject: string;
  payload: Record<string, unknown>;
  ctx: unknown;
}

function echoOf(subject: string, payload: Record<string, unknown>): Echo {
  return { subject, payload, ctx: CallContext.current() };
}

/** A refusal (thrown), an answer of its own, or `undefined` to echo. */
type Behaviour = (payload: Record<string, unknown>) => unknown;

/** Where a test needs the service to refuse or to answer a record, rather than echo. */
const BEHAVIOURS: Partial<Record<string, Behaviour>> = {
  [GetUnit.subject]: (query) => {
    if (query['id'] === MISSING_UNIT_ID) throw new DomainError('UNIT_NOT_FOUND');
    return query['id'] === OCCUPIED_UNIT_ID ? OCCUPIED_UNIT : undefined;
  },
  [SearchPeople.subject]: (query) => {
    if (query['phone'] === RATE_LIMITED_PHONE) {
      throw new DomainError('RATE_LIMITED', '一分钟内按完整号码查找已达30个号码，请17秒后再试', {
        retryAfterSeconds: 17,
        limit: 30,
      });
    }
    return undefined;
  },
  // Otherwise an empty page beside the echo: the gateway reads the page's units (decision 0279).
  [ListUnits.subject]: (query) =>
    query['address'] === '9-0909'
      ? { items: [OCCUPIED_UNIT] }
      : { ...echoOf(ListUnits.subject, query), items: [] },
  [RequestMoveOut.subject]: (command) => {
    if (command['unitId'] === UNIT_IN_ARREARS_ID) {
      throw new DomainError('MOVE_OUT_BLOCKED_BY_ARREARS', '存在欠费，不能办理迁出', {
        openItems: OPEN_ITEMS,
      });
    }
  },
};

const REQUESTS = new Map<string, CommandDefinition<object, unknown>>(
  RESIDENTS_MESSAGES.requests.map((definition) => [definition.subject, definition]),
);

/**
 * Stands in for the residents service on the bus, served by the platform's real transport. One
 * handler serves every request subject of the contracts: it validates the payload with the
 * subject's contract class, as the real service does, so a command the gateway builds wrongly (say,
 * without the path id) fails here; then it echoes what it received.
 */
@Controller()
class StubResidentsController {
  constructor(private readonly names: BusNames) {}

  @MessagePattern([...REQUESTS.keys()])
  answer(@Payload() payload: Record<string, unknown>, @Ctx() nats: NatsContext): unknown {
    const subject = this.names.unprefixed(nats.getSubject());
    const definition = REQUESTS.get(subject);
    if (!definition) throw new Error(`no residents request is declared on ${subject}`);
    const checked = validatePayload(definition.request, payload);
    if (!checked.ok) throw DomainError.validation(checked.errors);
    return BEHAVIOURS[subject]?.(payload) ?? echoOf(subject, payload);
  }
}

@Module({ controllers: [StubResidentsController] })
class StubResidentsModule {}

export const stubResidents: EdgeSpec = {
  name: 'residents',
  env: ProcessEnv,
  imports: [StubResidentsModule],
};
