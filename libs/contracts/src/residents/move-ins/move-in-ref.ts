import { IsUUID } from 'class-validator';

export class MoveInRefV1 {
  @IsUUID()
  moveInId!: string;
}
