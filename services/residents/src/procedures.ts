import { Module } from '@nestjs/common';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';

/**
 * The procedures that cross into billing and maintenance: move-in, secondary decoration and
 * move-out (RES-4, RES-5, RES-6).
 */
@Module({})
export class ProceduresModule {}

export const PROCEDURES_ENTITIES: Constructor[] = [];
export const PROCEDURES_MIGRATIONS: Constructor<Migration>[] = [];
