import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { ContactPreferencesV1 } from './contact-preferences.js';

/** `person.updated.v1`: which fields changed (not their values, for phones and IDs), and why. */
export class PersonUpdatedV1 {
  @IsUUID()
  personId!: string;

  @IsString()
  name!: string;

  @IsString({ each: true })
  changedFields!: string[];

  /** RES-7: current preferences, so complaints and maintenance honour them (CMP-10, MNT-10). */
  @ValidateNested()
  @Type(() => ContactPreferencesV1)
  preferences!: ContactPreferencesV1;

  @IsOptional()
  @IsString()
  reason?: string;
}
