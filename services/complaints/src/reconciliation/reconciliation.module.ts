import { Module } from '@nestjs/common';
import { ClockModule } from '@pcs/platform';
import { DayReconciliationService } from './day-reconciliation.service.js';
import { ReconciliationNatsController } from './reconciliation.nats-controller.js';

/** CMP-6: the daily reconciliation; registration asks `refuseSignedDay` whether a day is locked. */
@Module({
  imports: [ClockModule],
  controllers: [ReconciliationNatsController],
  providers: [DayReconciliationService],
})
export class ReconciliationModule {}
