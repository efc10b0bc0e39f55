import type { Actor } from '@pcs/contracts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the correlation hook on arrival. */
    correlationId: string;
    /** Set by StaffAuthGuard once the token is verified. */
    actor?: Actor;
  }
}
