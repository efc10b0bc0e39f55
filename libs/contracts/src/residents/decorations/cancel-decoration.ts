import { IsReason } from '../../validation/reason.js';
import { IsUUID } from 'class-validator';

export class CancellationV1 {
  @IsReason()
  reason!: string;
}

/** Withdraw an application that has not started works. */
export class CancelDecorationV1 extends CancellationV1 {
  @IsUUID()
  decorationId!: string;
}
