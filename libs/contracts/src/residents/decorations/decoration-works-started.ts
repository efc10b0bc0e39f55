import { IsInt, IsUUID } from 'class-validator';
import { IsLocalDate } from '../../validation/validators.js';

/** `decoration.works-started.v1`: passes issued, the unit is decorating. */
export class DecorationWorksStartedV1 {
  @IsUUID()
  decorationId!: string;

  @IsUUID()
  unitId!: string;

  @IsInt()
  workerCount!: number;

  @IsLocalDate()
  passesValidUntil!: string;
}
