import { IsUUID } from 'class-validator';
import { CancellationV1 } from '../decorations/cancel-decoration.js';

/** Cancel a move-out not completed yet; a damage charge request it raised is withdrawn. */
export class CancelMoveOutV1 extends CancellationV1 {
  @IsUUID()
  moveOutId!: string;
}
