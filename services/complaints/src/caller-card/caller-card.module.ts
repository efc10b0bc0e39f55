import { Module } from '@nestjs/common';
import { ClockModule } from '@pcs/platform';
import { CallerCardNatsController } from './caller-card.nats-controller.js';
import { CallerHistoryService } from './caller-history.service.js';
import { IncomingCallService } from './incoming-call.service.js';

/** DESK-3: what the register knows of a caller, and the calls the telephony system reports. */
@Module({
  imports: [ClockModule],
  controllers: [CallerCardNatsController],
  providers: [CallerHistoryService, IncomingCallService],
})
export class CallerCardModule {}
