import { Module } from '@nestjs/common';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { BillingBridgeModule } from './billing/billing-bridge.module.js';
import { ChargeRequest } from './billing/charge-request.entity.js';
import { Decoration } from './decorations/decoration.entity.js';
import { DecorationsModule } from './decorations/decorations.module.js';
import { Migration20261123020000_Procedures } from './migrations/Migration20261123020000_Procedures.js';
import { MoveIn } from './move-ins/move-in.entity.js';
import { MoveInsModule } from './move-ins/move-ins.module.js';
import { MoveOut } from './move-outs/move-out.entity.js';
import { MoveOutsModule } from './move-outs/move-outs.module.js';

/**
 * The procedures that cross into billing and maintenance: move-in, secondary decoration and
 * move-out (RES-4, RES-5, RES-6).
 */
@Module({ imports: [BillingBridgeModule, MoveInsModule, MoveOutsModule, DecorationsModule] })
export class ProceduresModule {}

export const PROCEDURES_ENTITIES: Constructor[] = [ChargeRequest, Decoration, MoveIn, MoveOut];
export const PROCEDURES_MIGRATIONS: Constructor<Migration>[] = [Migration20261123020000_Procedures];
