import { Module } from '@nestjs/common';
import { RepairProgressSubscriber } from './repair-progress.subscriber.js';

/** CMP-2: entries follow the repair requests maintenance opened for them. */
@Module({ providers: [RepairProgressSubscriber] })
export class RepairsModule {}
