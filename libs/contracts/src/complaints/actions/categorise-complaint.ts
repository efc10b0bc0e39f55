import { HasText } from '../../validation/text.js';
import { IsIn, IsString, IsUUID } from 'class-validator';
import { ComplaintCategory } from '../complaint-codes.js';

/**
 * CMP-2, GEN-3: a customer-service lead sets the category an entry was registered without, or corrects
 * a wrong one, with the reason; an entry not yet routed is routed to the category's department.
 */
export class CategorisationV1 {
  @IsIn(ComplaintCategory.codes)
  category!: ComplaintCategory;

  @IsString()
  @HasText(1, 500)
  reason!: string;
}

export class CategoriseComplaintV1 extends CategorisationV1 {
  @IsUUID()
  complaintId!: string;
}
