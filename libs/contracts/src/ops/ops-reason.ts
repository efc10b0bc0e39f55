import { IsString, Length } from 'class-validator';

/** Why an operator acts on a dead letter or an outbox event; archived with who and when (GEN-3). */
export class OpsReasonV1 {
  /** e.g. 修复计费服务后重放 */
  @IsString()
  @Length(2, 500)
  reason!: string;
}
