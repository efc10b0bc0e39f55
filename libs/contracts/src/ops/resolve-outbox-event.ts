import { IsUUID } from 'class-validator';
import { OpsReasonV1 } from './ops-reason.js';

/** Retry or skip one parked outbox event, with the reason. */
export class ResolveOutboxEventV1 extends OpsReasonV1 {
  @IsUUID()
  id!: string;
}
