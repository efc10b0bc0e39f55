import { Module } from '@nestjs/common';
import { ClockModule, CommunityReplicaModule } from '@pcs/platform';
import { ComplaintReportService } from './complaint-report.service.js';
import { ReportsNatsController } from './reports.nats-controller.js';
import { ReportDeliveries } from './report-deliveries.js';
import { ReportScheduler } from './report-scheduler.js';
import { ReportSubscriptionService } from './report-subscription.service.js';
import { TypicalCaseService } from './typical-case.service.js';

/** CMP-12: complaint reports, typical cases and scheduled delivery. */
@Module({
  imports: [ClockModule, CommunityReplicaModule],
  controllers: [ReportsNatsController],
  providers: [
    ComplaintReportService,
    TypicalCaseService,
    ReportSubscriptionService,
    ReportDeliveries,
    ReportScheduler,
  ],
})
export class ReportsModule {}
