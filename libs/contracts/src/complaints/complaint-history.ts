import { IsInstant } from '../validation/validators.js';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';

/** One GEN-3 entry of an entry's history. */
export class ComplaintHistoryEntryView {
  @IsUUID()
  id!: string;

  /** The entry the archive entry is about: this one, or one merged into it (CMP-16). */
  @IsUUID()
  complaintId!: string;

  @IsString()
  action!: string;

  @IsString()
  actionLabel!: string;

  @IsString()
  actorId!: string;

  @IsString()
  actorName!: string;

  @IsInstant()
  at!: string;

  @IsOptional()
  @IsObject()
  changes?: Record<string, unknown>;

  @IsOptional()
  @IsString()
  reason?: string;
}

export class ComplaintHistoryView {
  @IsUUID()
  complaintId!: string;

  @ValidateNested({ each: true })
  @Type(() => ComplaintHistoryEntryView)
  entries!: ComplaintHistoryEntryView[];
}

export class GetComplaintHistoryV1 {
  @IsUUID()
  id!: string;
}
