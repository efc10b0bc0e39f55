import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ContactPreferencesV1 } from './contact-preferences.js';

export class SetContactPreferencesV1 extends ContactPreferencesV1 {
  @IsUUID()
  personId!: string;

  /** Why they change, for the archive (GEN-3): e.g. 业主来电表示不希望回访. */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  reason?: string;
}
