import { Module } from '@nestjs/common';
import { Clock } from './clock.js';

/** One clock for the whole service, so that a test moving it moves every deadline computation. */
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
