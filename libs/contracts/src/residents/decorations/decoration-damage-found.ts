import { IsString, IsUUID } from 'class-validator';
import { IsFen } from '../../validation/validators.js';

/** `decoration.damage-found.v1`: billing deducts it from the decoration deposit (BIL-8). */
export class DecorationDamageFoundV1 {
  @IsUUID()
  decorationId!: string;

  @IsUUID()
  unitId!: string;

  @IsUUID()
  applicantPersonId!: string;

  /** The patrol finding or inspection that found it. */
  @IsUUID()
  foundBy!: string;

  @IsString()
  description!: string;

  @IsFen()
  amountFen!: number;
}
