import { IsBoolean, IsIn } from 'class-validator';
import { ContactChannel } from '../residents-codes.js';

/** RES-7: how a resident wants to be contacted, and whether return visits are refused. */
export class ContactPreferencesV1 {
  @IsBoolean()
  refuseReturnVisits!: boolean;

  @IsIn(ContactChannel.codes)
  preferredChannel!: ContactChannel;
}
