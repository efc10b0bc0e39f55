import { IsIn, IsUUID } from 'class-validator';
import { IsLocalDate } from '../../validation/validators.js';
import { UnitStatus } from '../residents-codes.js';

/** `unit.moved-out.v1`: the departments are notified (RES-6). */
export class UnitMovedOutV1 {
  @IsUUID()
  moveOutId!: string;

  @IsUUID()
  unitId!: string;

  @IsUUID('all', { each: true })
  occupancyIds!: string[];

  @IsUUID('all', { each: true })
  personIds!: string[];

  @IsLocalDate()
  moveOutDate!: string;

  /** The unit's status afterwards: vacant when nobody current remains. */
  @IsIn(UnitStatus.codes)
  unitStatus!: UnitStatus;
}
