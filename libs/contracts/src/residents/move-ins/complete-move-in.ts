import { IsUUID } from 'class-validator';
import { IsInstant } from '../../validation/validators.js';

export class CompleteMoveInBodyV1 {
  @IsInstant()
  movedInAt!: string;
}

/**
 * RES-4: complete the move-in. Refused (MOVE_IN_INCOMPLETE, the missing steps listed) unless the
 * owners' identity is recorded, both acknowledgements and the keys are recorded, an owner's unit has
 * had its handover inspection (RES-3, decision 0368), and billing says the move-in charges are paid.
 */
export class CompleteMoveInV1 extends CompleteMoveInBodyV1 {
  @IsUUID()
  moveInId!: string;
}
