import { defineCommand, defineEvent, defineQuery } from '../../events/definitions.js';
import { ComplaintsBus } from '../complaints.bus.js';
import {
  GetComplaintRollupV1,
  GetWeeklyComplaintReportV1,
  type ComplaintRollupView,
  type WeeklyComplaintReportView,
} from './complaint-report.js';

import {
  CancelReportSubscriptionV1,
  GetReportDeliveryV1,
  ListReportSubscriptionsV1,
  ReportProducedV1,
  ReportSubscriptionRequestV1,
  type ReportDeliveryView,
  type ReportSubscriptionListView,
  type ReportSubscriptionView,
} from './report-subscription.js';
import { SetTypicalCaseV1, type TypicalCaseStateView } from './typical-case.js';

const Q = ComplaintsBus.queries;

export const GetWeeklyComplaintReport = defineQuery<GetWeeklyComplaintReportV1, WeeklyComplaintReportView>({
  subject: Q.weeklyReport,
  request: GetWeeklyComplaintReportV1,
  summary:
    "A community's weekly complaint report: received, resolved, overdue, by category and department, satisfaction (CMP-12)",
});
export const GetComplaintRollup = defineQuery<GetComplaintRollupV1, ComplaintRollupView>({
  subject: Q.rollup,
  request: GetComplaintRollupV1,
  summary: "A company's quarterly or yearly complaint roll-up, a line per community (CMP-12)",
});

export const SetTypicalCase = defineCommand<SetTypicalCaseV1, TypicalCaseStateView>({
  subject: ComplaintsBus.commands.setTypicalCase,
  request: SetTypicalCaseV1,
  summary: 'Mark or unmark a complaint as a typical case for training, with why (CMP-12)',
});

export const SubscribeReport = defineCommand<ReportSubscriptionRequestV1, ReportSubscriptionView>({
  subject: ComplaintsBus.commands.subscribeReport,
  request: ReportSubscriptionRequestV1,
  summary: 'Subscribe a community to a report produced once per week or quarter (CMP-12)',
});
export const CancelReportSubscription = defineCommand<CancelReportSubscriptionV1, ReportSubscriptionView>({
  subject: ComplaintsBus.commands.cancelReportSubscription,
  request: CancelReportSubscriptionV1,
  summary: 'Stop a report subscription; what was produced stays (CMP-12)',
});
export const ListReportSubscriptions = defineQuery<ListReportSubscriptionsV1, ReportSubscriptionListView>({
  subject: Q.listReportSubscriptions,
  request: ListReportSubscriptionsV1,
  summary: "The report subscriptions of the caller's communities (CMP-12)",
});
export const GetReportDelivery = defineQuery<GetReportDeliveryV1, ReportDeliveryView>({
  subject: Q.getReportDelivery,
  request: GetReportDeliveryV1,
  summary: 'A produced report with the figures as they were when produced (CMP-12)',
});
export const ReportProduced = defineEvent({
  subject: ComplaintsBus.events.reportProduced,
  type: 'complaint.report-produced.v1',
  data: ReportProducedV1,
  summary: 'A subscribed report was produced for its period, once; carries where its file is (CMP-12)',
});

export const REPORT_REQUESTS = [
  GetWeeklyComplaintReport,
  GetComplaintRollup,
  SetTypicalCase,
  SubscribeReport,
  CancelReportSubscription,
  ListReportSubscriptions,
  GetReportDelivery,
];
export const REPORT_EVENTS = [ReportProduced];
