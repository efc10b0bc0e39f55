import { IsUUID } from 'class-validator';
import { DecorationDocumentsV1 } from './decoration-documents.js';

/** RES-5: apply for a secondary decoration (二次装修) of a unit; starts as a draft. */
export class ApplyForDecorationV1 extends DecorationDocumentsV1 {
  @IsUUID()
  unitId!: string;

  /** The owner (or tenant with the owner's consent) applying. */
  @IsUUID()
  applicantPersonId!: string;
}
