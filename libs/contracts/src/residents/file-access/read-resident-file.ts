import { IsUUID } from 'class-validator';

/** RES-8: the requester reads the approved file; every read is logged (GEN-4). */
export class GetResidentFileV1 {
  @IsUUID()
  requestId!: string;
}
