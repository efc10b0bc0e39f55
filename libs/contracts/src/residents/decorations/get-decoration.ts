import { IsUUID } from 'class-validator';

export class GetDecorationV1 {
  @IsUUID()
  id!: string;
}
