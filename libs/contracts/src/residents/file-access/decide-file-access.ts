import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { HasText } from '../../validation/text.js';

export class FileAccessDecisionV1 {
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @IsOptional()
  @HasText(1, 200)
  comment?: string;
}

/** RES-8: a manager approves or rejects (not their own request). */
export class DecideFileAccessV1 extends FileAccessDecisionV1 {
  @IsUUID()
  requestId!: string;
}
