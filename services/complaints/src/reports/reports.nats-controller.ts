import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ComplaintsBus,
  GetComplaintRollupV1,
  GetWeeklyComplaintReportV1,
  SetTypicalCaseV1,
  ReportSubscriptionRequestV1,
  CancelReportSubscriptionV1,
  ListReportSubscriptionsV1,
  GetReportDeliveryV1,
  type ReportDeliveryView,
  type ReportSubscriptionListView,
  type ReportSubscriptionView,
  type TypicalCaseStateView,
  type ComplaintRollupView,
  type WeeklyComplaintReportView,
} from '@pcs/contracts';
import { ComplaintReportService } from './complaint-report.service.js';
import { ReportSubscriptionService } from './report-subscription.service.js';
import { TypicalCaseService } from './typical-case.service.js';

/** CMP-12 on the bus: the weekly report and the roll-ups. */
@Controller()
export class ReportsNatsController {
  constructor(
    private readonly reports: ComplaintReportService,
    private readonly typicalCases: TypicalCaseService,
    private readonly subscriptions: ReportSubscriptionService,
  ) {}

  @MessagePattern(ComplaintsBus.queries.weeklyReport)
  weekly(@Payload() query: GetWeeklyComplaintReportV1): Promise<WeeklyComplaintReportView> {
    return this.reports.weekly(query);
  }

  @MessagePattern(ComplaintsBus.queries.rollup)
  rollup(@Payload() query: GetComplaintRollupV1): Promise<ComplaintRollupView> {
    return this.reports.rollup(query);
  }

  @MessagePattern(ComplaintsBus.commands.setTypicalCase)
  setTypicalCase(@Payload() command: SetTypicalCaseV1): Promise<TypicalCaseStateView> {
    return this.typicalCases.set(command);
  }

  @MessagePattern(ComplaintsBus.commands.subscribeReport)
  subscribe(@Payload() command: ReportSubscriptionRequestV1): Promise<ReportSubscriptionView> {
    return this.subscriptions.subscribe(command);
  }

  @MessagePattern(ComplaintsBus.commands.cancelReportSubscription)
  cancel(@Payload() command: CancelReportSubscriptionV1): Promise<ReportSubscriptionView> {
    return this.subscriptions.cancel(command);
  }

  @MessagePattern(ComplaintsBus.queries.listReportSubscriptions)
  listSubscriptions(@Payload() query: ListReportSubscriptionsV1): Promise<ReportSubscriptionListView> {
    return this.subscriptions.list(query);
  }

  @MessagePattern(ComplaintsBus.queries.getReportDelivery)
  delivery(@Payload() query: GetReportDeliveryV1): Promise<ReportDeliveryView> {
    return this.subscriptions.delivery(query);
  }
}
