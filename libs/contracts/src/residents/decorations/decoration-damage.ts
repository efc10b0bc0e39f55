import { IsString, Length, Max, Min } from 'class-validator';
import { MAX_FEN } from '../../common/money.js';
import { IsFen } from '../../validation/validators.js';

export class DecorationDamageV1 {
  @IsString()
  @Length(1, 200)
  description!: string;

  @IsFen()
  @Min(1)
  @Max(MAX_FEN)
  amountFen!: number;
}
