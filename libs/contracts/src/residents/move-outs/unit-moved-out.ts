import { IsIn, IsUUID } from 'class-validator';
import { IsLocalDate } from '../../validation/validators.js';
import { UnitStatus } from '../residents-codes.js';

/**
 * `unit.moved-out.v1`: the departments are notified (RES-6) when the move-out completes, which may be
 * before `moveOutDate`; the occupancies end on that date (`occupancy.ended.v1`).
 */
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

  /**
   * The unit's status from the move-out date on: vacant when nobody current remains. A move-out
   * completed ahead of its date changes the unit on that day, with `unit.status-changed` (decision 220).
   */
  @IsIn(UnitStatus.codes)
  unitStatus!: UnitStatus;
}
