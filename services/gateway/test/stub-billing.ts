import { Controller, Module } from '@nestjs/common';
// A type-only NatsContext keeps the global validation pipe off it (its metatype becomes Object).
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { BILLING_MESSAGES, DomainError, validatePayload, type CommandDefinition } from '@pcs/contracts';
import { BusNames, CallContext, ProcessEnv, type EdgeSpec } from '@pcs/platform';
import type { Echo } from './stub-residents.js';

const REQUESTS = new Map<string, CommandDefinition<object, unknown>>(
  BILLING_MESSAGES.requests.map((definition) => [definition.subject, definition]),
);

/** Stands in for billing on the bus: validates each request by its contract class, then echoes it. */
@Controller()
class StubBillingController {
  constructor(private readonly names: BusNames) {}

  @MessagePattern([...REQUESTS.keys()])
  answer(@Payload() payload: Record<string, unknown>, @Ctx() nats: NatsContext): Echo {
    const subject = this.names.unprefixed(nats.getSubject());
    const definition = REQUESTS.get(subject);
    if (!definition) throw new Error(`no billing request is declared on ${subject}`);
    const checked = validatePayload(definition.request, payload);
    if (!checked.ok) throw DomainError.validation(checked.errors);
    return { subject, payload, ctx: CallContext.current() };
  }
}

@Module({ controllers: [StubBillingController] })
class StubBillingModule {}

export const stubBilling: EdgeSpec = { name: 'billing', env: ProcessEnv, imports: [StubBillingModule] };
