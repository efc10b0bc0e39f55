import { IsUUID } from 'class-validator';

export class GetUnitV1 {
  @IsUUID()
  id!: string;
}
