import { IsUUID } from 'class-validator';

export class MoveOutRefV1 {
  @IsUUID()
  moveOutId!: string;
}
