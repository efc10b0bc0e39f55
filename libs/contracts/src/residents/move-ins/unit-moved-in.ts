import { IsUUID } from 'class-validator';
import { IsInstant } from '../../validation/validators.js';

/** `unit.moved-in.v1` */
export class UnitMovedInV1 {
  @IsUUID()
  moveInId!: string;

  @IsUUID()
  unitId!: string;

  @IsUUID('all', { each: true })
  ownerPersonIds!: string[];

  @IsInstant()
  movedInAt!: string;
}
