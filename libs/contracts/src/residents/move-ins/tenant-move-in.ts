import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID, Min } from 'class-validator';
import { IsFen, IsLocalDate } from '../../validation/validators.js';

/**
 * A tenant's move-in as the HTTP body of `POST /units/{id}/tenant-move-ins` carries it: after the
 * lease is signed (the tenants hold current tenant occupancies of the unit), with the contract
 * deposit (合同押金) the lease names, which billing is asked to collect and hold (BIL-8).
 */
export class TenantMoveInDetailsV1 {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  tenantPersonIds!: string[];

  @IsLocalDate()
  plannedDate!: string;

  /** The contract deposit in fen, as the lease names it. */
  @IsFen()
  @Min(1)
  contractDepositFen!: number;
}

/** RES-4: open a tenant's move-in procedure. */
export class StartTenantMoveInV1 extends TenantMoveInDetailsV1 {
  @IsUUID()
  unitId!: string;
}
