import { Type } from 'class-transformer';
import { IsString, IsUUID, ValidateNested } from 'class-validator';
import { ContactPreferencesV1 } from './contact-preferences.js';

/** `person.registered.v1` */
export class PersonRegisteredV1 {
  @IsUUID()
  personId!: string;

  @IsString()
  name!: string;

  @ValidateNested()
  @Type(() => ContactPreferencesV1)
  preferences!: ContactPreferencesV1;
}
