import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { StaffRef } from '../identity/staff-ref.js';
import { IsInstant } from '../validation/validators.js';
import {
  ComplainantIntent,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintKind,
  ComplaintStatus,
} from './complaint-codes.js';

export class ComplaintCustomerView {
  @IsBoolean()
  anonymous!: boolean;

  @IsOptional()
  @IsString()
  surname?: string;

  /** Masked, e.g. `138****5678` (GEN-4). */
  @IsOptional()
  @IsString()
  phone?: string;
}

/**
 * A complaint as staff see it: every code with its Chinese label, the phone masked (GEN-4).
 * The decorators document the shape (OpenAPI) and let tests check replies against it.
 */
export class ComplaintView {
  @IsUUID()
  id!: string;

  /** GEN-2 number, e.g. `TS-GZ01-2026-000123`. */
  @IsString()
  number!: string;

  @IsString()
  companyId!: string;

  @IsString()
  communityId!: string;

  @IsIn(ComplaintKind.codes)
  kind!: ComplaintKind;

  @IsString()
  kindLabel!: string;

  @IsIn(ComplaintChannel.codes)
  channel!: ComplaintChannel;

  @IsString()
  channelLabel!: string;

  @IsIn(ComplaintStatus.codes)
  status!: ComplaintStatus;

  @IsString()
  statusLabel!: string;

  @ValidateNested()
  @Type(() => ComplaintCustomerView)
  customer!: ComplaintCustomerView;

  @IsOptional()
  @IsUUID()
  unitId?: string;

  @IsOptional()
  @IsString()
  location?: string;

  @IsString()
  description!: string;

  @IsString()
  demand!: string;

  @IsOptional()
  @IsIn(ComplaintCategory.codes)
  category?: ComplaintCategory;

  @IsOptional()
  @IsString()
  categoryLabel?: string;

  @IsOptional()
  @IsIn(ComplainantIntent.codes)
  intent?: ComplainantIntent;

  @IsOptional()
  @IsString()
  intentLabel?: string;

  @IsInstant()
  receivedAt!: string;

  @ValidateNested()
  @Type(() => StaffRef)
  receivedBy!: StaffRef;

  @IsInstant()
  createdAt!: string;

  @IsInstant()
  updatedAt!: string;

  @IsInt()
  version!: number;
}
