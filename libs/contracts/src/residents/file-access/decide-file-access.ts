import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';

export class FileAccessDecisionV1 {
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @IsOptional()
  @IsString()
  @Length(1, 200)
  comment?: string;
}

/** RES-8: a manager approves or rejects (not their own request). */
export class DecideFileAccessV1 extends FileAccessDecisionV1 {
  @IsUUID()
  requestId!: string;
}
