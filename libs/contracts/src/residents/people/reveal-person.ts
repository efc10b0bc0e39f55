import { IsReason } from '../../validation/reason.js';
import { IsUUID } from 'class-validator';

/** GEN-4: see a person's phone and ID number in full; the reason is logged with who and when. */
export class RevealReasonV1 {
  @IsReason(2)
  reason!: string;
}

export class RevealPersonV1 extends RevealReasonV1 {
  @IsUUID()
  id!: string;
}
