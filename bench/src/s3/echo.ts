import { IsInt, IsString, MaxLength, Min } from 'class-validator';

/** The S3 request: a contract class validated like every command (about 256 bytes as JSON). */
export class BenchEchoV1 {
  @IsString()
  @MaxLength(1_000)
  text!: string;

  @IsInt()
  @Min(0)
  n!: number;
}

export const ECHO_SUBJECT = 'bench.echo';
export const RAW_SUBJECT = 'bench.raw-echo';
