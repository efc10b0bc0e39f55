import { IsString, IsUUID } from 'class-validator';
import { ContactPreferencesV1 } from './contact-preferences.js';

export class ContactPreferencesView extends ContactPreferencesV1 {
  @IsUUID()
  personId!: string;

  @IsString()
  preferredChannelLabel!: string;
}
