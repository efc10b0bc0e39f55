import { IsUUID } from 'class-validator';
import { CancellationV1 } from '../decorations/cancel-decoration.js';

/** Cancel an open move-in opened by mistake; its charge request is withdrawn from billing. */
export class CancelMoveInV1 extends CancellationV1 {
  @IsUUID()
  moveInId!: string;
}
