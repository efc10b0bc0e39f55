import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@pcs/contracts';
import { CallContext, HealthController, LOGGER } from '@pcs/platform';
import type { FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { isAllowed, type Permission } from './permissions.js';
import { PERMISSION_KEY, PUBLIC_KEY } from './permission.decorator.js';
import { TokenVerifier } from './token-verifier.js';

/**
 * Authenticates every request (401 without a valid staff token) and checks the route's row of the
 * permission table (403 for a role without it). Community scope is checked by the owning service,
 * which answers "not found" for communities outside the caller's (GEN-5).
 */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (
      context.getClass() === HealthController ||
      this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)
    ) {
      return true;
    }
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const actor = await this.verifier.verify(request.headers.authorization).catch((error: unknown) => {
      this.logger.warn({ path: request.url, reason: (error as Error).message }, 'authentication failed');
      throw error;
    });
    request.actor = actor;
    CallContext.actAs(actor);
    const permission = this.reflector.get<Permission | undefined>(PERMISSION_KEY, context.getHandler());
    if (!permission || !isAllowed(permission, actor.roles)) {
      this.logger.warn(
        { path: request.url, permission, roles: actor.roles, actor: actor.sub },
        'permission denied',
      );
      throw new DomainError('FORBIDDEN');
    }
    return true;
  }
}
