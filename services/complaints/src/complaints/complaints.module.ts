import { Module } from '@nestjs/common';
import { CommunityReplicaModule, CompanyCalendars, ClockModule } from '@pcs/platform';
import { DeadlineMonitor } from '../deadlines/deadline-monitor.js';
import { DeadlineScheduler } from '../deadlines/deadline-scheduler.js';
import { ComplaintActionsService } from './complaint-actions.service.js';
import { ComplaintCountsService } from './complaint-counts.service.js';
import { ComplaintService } from './complaint.service.js';
import { ComplaintsNatsController } from './complaints.nats-controller.js';

@Module({
  // The calendar replica itself is kept by AppModule's CalendarReplicaModule (one consumer, with its listener).
  imports: [ClockModule, CommunityReplicaModule],
  controllers: [ComplaintsNatsController],
  providers: [
    CompanyCalendars,
    ComplaintActionsService,
    ComplaintCountsService,
    ComplaintService,
    DeadlineMonitor,
    DeadlineScheduler,
  ],
  exports: [ComplaintActionsService, ComplaintService, DeadlineMonitor],
})
export class ComplaintsModule {}
