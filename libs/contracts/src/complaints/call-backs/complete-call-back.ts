import { HasText } from '../../validation/text.js';
import { IsString, IsUUID } from 'class-validator';

/** CMP-4: the desk called the customer back; what came of it. */
export class CallBackOutcomeV1 {
  @IsString()
  @HasText(1, 1000)
  outcome!: string;
}

export class CompleteCallBackV1 extends CallBackOutcomeV1 {
  @IsUUID()
  callBackId!: string;
}
