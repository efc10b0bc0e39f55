import { IsOptional, IsString, IsUUID } from 'class-validator';
import { ContactPreferencesV1 } from './contact-preferences.js';

export class ContactPreferencesView extends ContactPreferencesV1 {
  @IsUUID()
  personId!: string;

  @IsString()
  preferredChannelLabel!: string;

  /** Why the preferences are as they are, as the resident said it (RES-7). */
  @IsOptional()
  @IsString()
  reason?: string;
}
