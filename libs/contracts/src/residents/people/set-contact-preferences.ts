import { IsReason } from '../../validation/reason.js';
import { IsOptional, IsUUID } from 'class-validator';
import { ContactPreferencesV1 } from './contact-preferences.js';

export class SetContactPreferencesV1 extends ContactPreferencesV1 {
  @IsUUID()
  personId!: string;

  /** Why they change, for the archive (GEN-3): e.g. 业主来电表示不希望回访. */
  @IsOptional()
  @IsReason()
  reason?: string;
}
