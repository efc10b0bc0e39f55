import { IsUUID } from 'class-validator';
import { DecorationDocumentsV1 } from './decoration-documents.js';

/** RES-5: apply for a secondary decoration (二次装修) of a unit; starts as a draft. */
export class ApplyForDecorationV1 extends DecorationDocumentsV1 {
  @IsUUID()
  unitId!: string;

  /** The owner applying: a current owner of the unit, never a tenant (decision 0342). */
  @IsUUID()
  applicantPersonId!: string;
}
