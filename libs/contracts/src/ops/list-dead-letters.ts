import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../common/pagination.js';
import { DeadLetterStatus } from './ops-codes.js';

/** The dead letters of one service, newest first; by default those still waiting for an operator. */
export class ListDeadLettersV1 extends PageQuery {
  /** `open` (default), `replayed` or `discarded`. */
  @IsOptional()
  @IsIn(DeadLetterStatus.codes)
  status?: DeadLetterStatus;

  /** Only this consumer's, e.g. `complaints-calendar`. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  consumer?: string;
}
