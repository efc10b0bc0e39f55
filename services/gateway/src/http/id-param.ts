import { IsUUID } from 'class-validator';

/** A path `{id}`: a malformed one is bad input (400 naming `id`), not a missing record. */
export class IdParam {
  @IsUUID()
  id!: string;
}
