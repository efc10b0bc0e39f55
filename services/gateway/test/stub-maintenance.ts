import { Controller, Module } from '@nestjs/common';
// A type-only NatsContext keeps the global validation pipe off it (its metatype becomes Object).
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { DomainError, MAINTENANCE_MESSAGES, validatePayload, type CommandDefinition } from '@pcs/contracts';
import { BusNames, CallContext, ProcessEnv, type EdgeSpec } from '@pcs/platform';
import type { Echo } from './stub-residents.js';

/** Every maintenance request: validated by its contract class, as the service does, then echoed. */
const ECHOED = new Map<string, CommandDefinition<object, unknown>>(
  MAINTENANCE_MESSAGES.requests.map((definition) => [definition.subject, definition]),
);

/** Stands in for the maintenance service on the bus, served by the platform's real transport. */
@Controller()
class StubMaintenanceController {
  constructor(private readonly names: BusNames) {}

  @MessagePattern([...ECHOED.keys()])
  answer(@Payload() payload: Record<string, unknown>, @Ctx() nats: NatsContext): Echo {
    const subject = this.names.unprefixed(nats.getSubject());
    const definition = ECHOED.get(subject);
    if (!definition) throw new Error(`no maintenance request is declared on ${subject}`);
    const checked = validatePayload(definition.request, payload);
    if (!checked.ok) throw DomainError.validation(checked.errors);
    return { subject, payload, ctx: CallContext.current() };
  }
}

@Module({ controllers: [StubMaintenanceController] })
class StubMaintenanceModule {}

export const stubMaintenance: EdgeSpec = {
  name: 'maintenance',
  env: ProcessEnv,
  imports: [StubMaintenanceModule],
};
