import { Controller, Module } from '@nestjs/common';
// A type-only NatsContext keeps the global validation pipe off it (its metatype becomes Object).
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import {
  DomainError,
  GetUnit,
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

/** What the stub answers to every request: what it was sent, on which subject, in which context. */
export interface Echo {
  subject: string;
  payload: Record<string, unknown>;
  ctx: unknown;
}

type Behaviour = (payload: Record<string, unknown>) => void;

/** Where a test needs the service to refuse, rather than echo. */
const BEHAVIOURS: Partial<Record<string, Behaviour>> = {
  [GetUnit.subject]: (query) => {
    if (query['id'] === MISSING_UNIT_ID) throw new DomainError('UNIT_NOT_FOUND');
  },
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
  answer(@Payload() payload: Record<string, unknown>, @Ctx() nats: NatsContext): Echo {
    const subject = this.names.unprefixed(nats.getSubject());
    const definition = REQUESTS.get(subject);
    if (!definition) throw new Error(`no residents request is declared on ${subject}`);
    const checked = validatePayload(definition.request, payload);
    if (!checked.ok) throw DomainError.validation(checked.errors);
    BEHAVIOURS[subject]?.(payload);
    return { subject, payload, ctx: CallContext.current() };
  }
}

@Module({ controllers: [StubResidentsController] })
class StubResidentsModule {}

export const stubResidents: EdgeSpec = {
  name: 'residents',
  env: ProcessEnv,
  imports: [StubResidentsModule],
};
