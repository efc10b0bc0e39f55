import { IsBoolean, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { IsInstant } from '../validation/validators.js';
import { ComplaintCategory, ComplaintKind } from './complaint-codes.js';

/**
 * `complaint.repair-requested.v1` (CMP-2, MNT-1): a register entry needs a repair. Maintenance opens
 * a repair request linked to `complaintId` and reports its progress with
 * `repair-request.progressed.v1`, which the complaint follows. The contract between the two services.
 */
export class ComplaintRepairRequestedV1 {
  @IsUUID()
  complaintId!: string;

  @IsString()
  number!: string;

  @IsIn(ComplaintKind.codes)
  kind!: ComplaintKind;

  @IsOptional()
  @IsIn(ComplaintCategory.codes)
  category?: ComplaintCategory;

  @IsOptional()
  @IsUUID()
  unitId?: string;

  @IsOptional()
  @IsString()
  location?: string;

  @IsString()
  description!: string;

  @IsOptional()
  @IsUUID()
  personId?: string;

  @IsInstant()
  requestedAt!: string;

  /**
   * Whether the caller stayed anonymous (CMP-1). `false`: the caller left a surname and a contact,
   * kept by the complaint (decision 0007), so the repair's return visit is due (MNT-10, decision
   * 0321). Optional: absent from publishers before it, read then as before.
   */
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;
}
