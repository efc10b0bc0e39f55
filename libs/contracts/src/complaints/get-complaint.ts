import { IsUUID } from 'class-validator';

export class GetComplaintV1 {
  @IsUUID()
  id!: string;
}
