import { IsUUID } from 'class-validator';
import { IsLocalDate } from '../../validation/validators.js';

export class WorkerPassesV1 {
  /** The passes are valid until this day (at most the schedule's end). */
  @IsLocalDate()
  validUntil!: string;
}

/** RES-5: issue worker passes (施工人员出入证); the works start and the unit is `decorating`. */
export class IssueWorkerPassesV1 extends WorkerPassesV1 {
  @IsUUID()
  decorationId!: string;
}
