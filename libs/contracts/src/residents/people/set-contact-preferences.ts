import { IsReason } from '../../validation/reason.js';
import { IsOptional, IsUUID } from 'class-validator';
import { ContactPreferencesV1 } from './contact-preferences.js';

/** The body of `PUT /people/{id}/preferences`: the preferences and, optionally, why (RES-7). */
export class ContactPreferencesChangeV1 extends ContactPreferencesV1 {
  /** Why they change, kept with the preferences and in the archive (GEN-3): e.g. 业主来电表示不希望回访. */
  @IsOptional()
  @IsReason()
  reason?: string;
}

export class SetContactPreferencesV1 extends ContactPreferencesChangeV1 {
  @IsUUID()
  personId!: string;
}
