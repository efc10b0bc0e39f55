/*
 * S4's event and stream: bench-only, under the run's bus prefix. Plain JavaScript with the validation
 * decorator applied by hand, so the bench runs on the built platform without a build of its own.
 */
import 'reflect-metadata';
import { defineEvent } from '@pcs/contracts';
import { IsInt } from 'class-validator';

export class BenchFannedOutV1 {}
IsInt()(BenchFannedOutV1.prototype, 'n');

export const BenchFannedOut = defineEvent({
  subject: 's4bench.events.bench.fanned-out',
  type: 'bench.fanned-out.v1',
  data: BenchFannedOutV1,
  summary: 'S4 bench only: one event fanned out to three consumers',
});

export const S4_STREAM = { stream: 'S4BENCH', streamSubjects: 's4bench.events.>' };
export const CONSUMERS = ['s4-notification', 's4-sla-timer', 's4-audit'];

/** Milliseconds on a clock every process on this machine shares (sub-millisecond). */
export function now() {
  return performance.timeOrigin + performance.now();
}
