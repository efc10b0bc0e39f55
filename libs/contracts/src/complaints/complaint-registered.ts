import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { IsInstant } from '../validation/validators.js';
import { ComplainantIntent, ComplaintCategory, ComplaintChannel, ComplaintKind } from './complaint-codes.js';

/**
 * `complaint.registered.v1`: a complaint, suggestion or praise was registered (CMP-1).
 * Events carry no phone or ID numbers (GEN-4); consumers that need a contact ask the service.
 */
export class ComplaintRegisteredV1 {
  @IsUUID()
  complaintId!: string;

  @IsString()
  number!: string;

  @IsIn(ComplaintKind.codes)
  kind!: ComplaintKind;

  @IsIn(ComplaintChannel.codes)
  channel!: ComplaintChannel;

  @IsOptional()
  @IsIn(ComplaintCategory.codes)
  category?: ComplaintCategory;

  @IsOptional()
  @IsIn(ComplainantIntent.codes)
  intent?: ComplainantIntent;

  @IsOptional()
  @IsUUID()
  unitId?: string;

  @IsOptional()
  @IsString()
  location?: string;

  @IsInstant()
  receivedAt!: string;

  /** Staff id of the receiving staff member. */
  @IsString()
  receivedBy!: string;
}
