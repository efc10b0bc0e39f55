import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PROCESS_ENV } from '@pcs/platform';
import type { GatewayEnv } from '../config/gateway-env.js';
import { StaffAuthGuard } from './staff-auth.guard.js';
import { TokenVerifier } from './token-verifier.js';

@Module({
  providers: [
    {
      provide: TokenVerifier,
      inject: [PROCESS_ENV],
      useFactory: (env: GatewayEnv) => new TokenVerifier(env),
    },
    { provide: APP_GUARD, useClass: StaffAuthGuard },
  ],
})
export class AuthModule {}
