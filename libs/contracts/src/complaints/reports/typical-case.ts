import { HasText } from '../../validation/text.js';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, ValidateIf, ValidateNested } from 'class-validator';
import { TypicalCaseView } from './complaint-report.js';

/**
 * CMP-12: mark a complaint as a typical case (典型案例) for training, with why, or unmark it. Setting
 * the state it already has changes nothing; marking again with another reason replaces the reason.
 */
export class TypicalCaseMarkV1 {
  @IsBoolean()
  marked!: boolean;

  /** Why it is worth training on; required to mark, optional (recorded in the archive) to unmark. */
  @ValidateIf((o: TypicalCaseMarkV1) => o.marked === true || o.reason !== undefined)
  @IsString()
  @HasText(2, 500)
  reason?: string;
}

export class SetTypicalCaseV1 extends TypicalCaseMarkV1 {
  @IsUUID()
  complaintId!: string;
}

/** A complaint's typical-case state after the change. */
export class TypicalCaseStateView {
  @IsUUID()
  complaintId!: string;

  @IsBoolean()
  marked!: boolean;

  @IsOptional()
  @ValidateNested()
  @Type(() => TypicalCaseView)
  typicalCase?: TypicalCaseView;
}
