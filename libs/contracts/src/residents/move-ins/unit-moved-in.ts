import { IsOptional, IsUUID } from 'class-validator';
import { IsInstant } from '../../validation/validators.js';

/** `unit.moved-in.v1` */
export class UnitMovedInV1 {
  @IsUUID()
  moveInId!: string;

  @IsUUID()
  unitId!: string;

  /** The owners who moved in; empty for a tenants' move-in. */
  @IsUUID('all', { each: true })
  ownerPersonIds!: string[];

  /** The tenants who moved in, for a tenants' move-in (RES-4). */
  @IsOptional()
  @IsUUID('all', { each: true })
  tenantPersonIds?: string[];

  @IsInstant()
  movedInAt!: string;
}
