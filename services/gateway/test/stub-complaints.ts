import { Controller, Module } from '@nestjs/common';
// A type-only NatsContext keeps the global validation pipe off it (its metatype becomes Object).
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import {
  COMPLAINTS_MESSAGES,
  DomainError,
  GetComplaint,
  opsMessagesOf,
  RegisterComplaint,
  validatePayload,
  type CommandDefinition,
  type ComplaintView,
  type DeadLetterView,
  type Page,
} from '@pcs/contracts';
import { BusNames, CallContext, ProcessEnv, type EdgeSpec } from '@pcs/platform';
import type { Echo } from './stub-residents.js';

/** Every other complaints request: validated by its contract class, as the service does, then echoed. */
const ECHOED = new Map<string, CommandDefinition<object, unknown>>(
  COMPLAINTS_MESSAGES.requests
    .filter((d) => d !== RegisterComplaint && d !== GetComplaint)
    .map((definition) => [definition.subject, definition]),
);

export const HANGING_ID = '00000000-0000-7000-8000-00000000dead';
export const FAILING_ID = '00000000-0000-7000-8000-00000000fa11';
export const MISSING_ID = '00000000-0000-7000-8000-000000000404';

/** Stands in for the complaints service on the bus, served by the platform's real transport. */
@Controller()
class StubComplaintsController {
  constructor(private readonly names: BusNames) {}

  @MessagePattern([...ECHOED.keys()])
  answer(@Payload() payload: Record<string, unknown>, @Ctx() nats: NatsContext): Echo {
    const subject = this.names.unprefixed(nats.getSubject());
    const definition = ECHOED.get(subject);
    if (!definition) throw new Error(`no complaints request is declared on ${subject}`);
    const checked = validatePayload(definition.request, payload);
    if (!checked.ok) throw DomainError.validation(checked.errors);
    return { subject, payload, ctx: CallContext.current() };
  }

  @MessagePattern(RegisterComplaint.subject)
  register(@Payload() body: Record<string, unknown>): Partial<ComplaintView> & { seen: unknown } {
    const ctx = CallContext.current();
    return { id: '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8b', number: 'TS-GZ01-2026-000001', seen: { body, ctx } };
  }

  @MessagePattern(GetComplaint.subject)
  async get(@Payload() query: { id: string }): Promise<unknown> {
    if (query.id === HANGING_ID) return new Promise(() => undefined);
    if (query.id === FAILING_ID) {
      throw new Error(
        'relation "complaint" does not exist: select * from complaint at /srv/services/complaints/dist/x.js:12:7',
      );
    }
    if (query.id === MISSING_ID) throw new DomainError('COMPLAINT_NOT_FOUND');
    return { id: query.id, seen: CallContext.current() };
  }

  @MessagePattern(opsMessagesOf('complaints').listDeadLetters.subject)
  listDeadLetters(): Page<DeadLetterView> {
    return { items: [] };
  }
}

@Module({ controllers: [StubComplaintsController] })
class StubComplaintsModule {}

export const stubComplaints: EdgeSpec = {
  name: 'complaints',
  env: ProcessEnv,
  imports: [StubComplaintsModule],
};
