import { IsString } from 'class-validator';

/** A staff member as a record names them: the id from the token, and the name as it was then. */
export class StaffRef {
  @IsString()
  staffId!: string;

  @IsString()
  name!: string;
}
