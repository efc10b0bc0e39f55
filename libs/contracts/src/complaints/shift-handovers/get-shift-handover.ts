import { IsUUID } from 'class-validator';

export class GetShiftHandoverV1 {
  @IsUUID()
  id!: string;
}
