import { IsString, IsUUID, Length } from 'class-validator';

/**
 * `charge-request.withdrawn.v1` (residents → billing): the procedure that raised the request was
 * cancelled. Billing cancels what is unpaid (a credit note, BIL-6) and settles what was paid (e.g.
 * refunds the decoration deposit) by its own rules.
 */
export class ChargeRequestWithdrawnV1 {
  @IsUUID()
  requestId!: string;

  @IsString()
  @Length(1, 200)
  reason!: string;
}
