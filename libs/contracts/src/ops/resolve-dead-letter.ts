import { IsUUID } from 'class-validator';
import { OpsReasonV1 } from './ops-reason.js';

/** Replay or discard one dead letter, with the reason. */
export class ResolveDeadLetterV1 extends OpsReasonV1 {
  @IsUUID()
  id!: string;
}
