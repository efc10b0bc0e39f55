import { IsString, IsUUID, Length } from 'class-validator';

export class CancellationV1 {
  @IsString()
  @Length(1, 200)
  reason!: string;
}

/** Withdraw an application that has not started works. */
export class CancelDecorationV1 extends CancellationV1 {
  @IsUUID()
  decorationId!: string;
}
