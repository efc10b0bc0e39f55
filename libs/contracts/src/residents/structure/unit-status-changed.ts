import { IsIn, IsUUID } from 'class-validator';
import { UnitStatus } from '../residents-codes.js';

/** `unit.status-changed.v1`: vacant, occupied, decorating. */
export class UnitStatusChangedV1 {
  @IsUUID()
  unitId!: string;

  @IsIn(UnitStatus.codes)
  from!: UnitStatus;

  @IsIn(UnitStatus.codes)
  to!: UnitStatus;
}
