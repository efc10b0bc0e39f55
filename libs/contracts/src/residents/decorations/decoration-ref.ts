import { IsUUID } from 'class-validator';

export class DecorationRefV1 {
  @IsUUID()
  decorationId!: string;
}
