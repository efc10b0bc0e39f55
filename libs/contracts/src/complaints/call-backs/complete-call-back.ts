import { IsString, IsUUID, Length } from 'class-validator';

/** CMP-4: the desk called the customer back; what came of it. */
export class CallBackOutcomeV1 {
  @IsString()
  @Length(1, 1000)
  outcome!: string;
}

export class CompleteCallBackV1 extends CallBackOutcomeV1 {
  @IsUUID()
  callBackId!: string;
}
