import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsUUID, ValidateIf } from 'class-validator';
import { HasText } from '../../validation/text.js';

export class ReviewDecisionV1 {
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  /** Why the drawings are rejected (required to reject): the application returns for changes. */
  @ValidateIf((r: ReviewDecisionV1) => r.decision === 'reject' || r.reasons !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @HasText(1, 200, { each: true })
  reasons?: string[];
}

/** RES-5: engineering reviews the drawings. */
export class ReviewDecorationV1 extends ReviewDecisionV1 {
  @IsUUID()
  decorationId!: string;
}
