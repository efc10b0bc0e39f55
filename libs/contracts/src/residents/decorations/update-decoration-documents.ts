import { IsUUID } from 'class-validator';
import { DecorationDocumentsV1 } from './decoration-documents.js';

/** Replace the documents of a draft or returned application. */
export class UpdateDecorationDocumentsV1 extends DecorationDocumentsV1 {
  @IsUUID()
  decorationId!: string;
}
