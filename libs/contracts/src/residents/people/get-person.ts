import { IsUUID } from 'class-validator';

export class GetPersonV1 {
  @IsUUID()
  id!: string;
}
