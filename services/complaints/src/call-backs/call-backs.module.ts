import { Module } from '@nestjs/common';
import { ClockModule } from '@pcs/platform';
import { CallBackService } from './call-back.service.js';
import { CallBacksNatsController } from './call-backs.nats-controller.js';

/** CMP-4: the desk's call-back list; escalations put customers on it (`putOnCallBackList`). */
@Module({
  imports: [ClockModule],
  controllers: [CallBacksNatsController],
  providers: [CallBackService],
})
export class CallBacksModule {}
