import { Module } from '@nestjs/common';
import { CallBacksHttpController } from './call-backs.http-controller.js';
import { ComplaintDownloadsHttpController } from './complaint-downloads.http-controller.js';
import { ComplaintReportsHttpController } from './complaint-reports.http-controller.js';
import { ComplaintsHttpController } from './complaints.http-controller.js';
import { ReconciliationsHttpController } from './reconciliations.http-controller.js';
import { SurveysHttpController } from './surveys/surveys.http-controller.js';
import { ReportSubscriptionsHttpController } from './report-subscriptions.http-controller.js';
import { TypicalCasesHttpController } from './typical-cases.http-controller.js';

@Module({
  controllers: [
    CallBacksHttpController,
    ComplaintsHttpController,
    ReconciliationsHttpController,
    SurveysHttpController,
    ComplaintReportsHttpController,
    TypicalCasesHttpController,
    ComplaintDownloadsHttpController,
    ReportSubscriptionsHttpController,
  ],
})
export class ComplaintsModule {}
