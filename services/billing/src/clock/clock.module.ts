import { Global, Module } from '@nestjs/common';
import { Clock } from './clock.js';

/** One clock for the whole service, so that a test moving it moves every date computation. */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
