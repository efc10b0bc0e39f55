import { Module } from '@nestjs/common';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';

/**
 * The resident registry: property structure, people and occupancy, confidentiality (reveal, access
 * log, search), preferences, file access, the company calendar and handover inspections
 * (RES-1, RES-2, RES-3, RES-7, RES-8, GEN-1 data, GEN-4, GEN-5).
 */
@Module({})
export class RegistryModule {}

export const REGISTRY_ENTITIES: Constructor[] = [];
export const REGISTRY_MIGRATIONS: Constructor<Migration>[] = [];
