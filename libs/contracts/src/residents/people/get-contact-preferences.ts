import { IsUUID } from 'class-validator';

/** For other services (CMP-10, MNT-10): may this person be visited, and how? */
export class GetContactPreferencesV1 {
  @IsUUID()
  personId!: string;
}
