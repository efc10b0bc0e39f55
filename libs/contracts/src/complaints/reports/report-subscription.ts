import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { labelledCodes, type CodeOf } from '../../common/labelled-codes.js';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { StaffRef } from '../../identity/staff-ref.js';
import { IsInstant } from '../../validation/validators.js';
import { ComplaintRollupView, WeeklyComplaintReportView } from './complaint-report.js';

/** CMP-12: the reports that can be subscribed to. */
export const ReportKind = labelledCodes({
  complaints: '投诉处理报表',
});
export type ReportKind = CodeOf<typeof ReportKind>;

/** CMP-12: how often: the weekly report after each week, the roll-up after each quarter. */
export const ReportSchedule = labelledCodes({
  weekly: '每周(投诉处理周报)',
  quarterly: '每季度(投诉季报)',
});
export type ReportSchedule = CodeOf<typeof ReportSchedule>;

export const ReportFormat = labelledCodes({
  csv: 'CSV',
  xlsx: 'Excel',
});
export type ReportFormat = CodeOf<typeof ReportFormat>;

/** CMP-12: subscribe a community to a report, produced once per period when the period ends. */
export class ReportSubscriptionRequestV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;

  @IsIn(ReportKind.codes)
  kind!: ReportKind;

  @IsIn(ReportSchedule.codes)
  schedule!: ReportSchedule;

  @IsIn(ReportFormat.codes)
  format!: ReportFormat;
}

export class ListReportSubscriptionsV1 {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;
}

export class CancelReportSubscriptionV1 {
  @IsUUID()
  subscriptionId!: string;
}

export class GetReportDeliveryV1 {
  @IsUUID()
  deliveryId!: string;
}

/** Where a produced report's file is: a gateway path that renders it in the subscribed format. */
export class ReportFileRef {
  @IsString()
  path!: string;

  @IsString()
  contentType!: string;

  @IsString()
  name!: string;
}

export class ReportSubscriptionView {
  @IsUUID()
  id!: string;

  @IsString()
  communityId!: string;

  @IsIn(ReportKind.codes)
  kind!: ReportKind;

  @IsString()
  kindLabel!: string;

  @IsIn(ReportSchedule.codes)
  schedule!: ReportSchedule;

  @IsString()
  scheduleLabel!: string;

  @IsIn(ReportFormat.codes)
  format!: ReportFormat;

  @IsBoolean()
  active!: boolean;

  @ValidateNested()
  @Type(() => StaffRef)
  createdBy!: StaffRef;

  @IsInstant()
  createdAt!: string;

  @IsOptional()
  @IsInstant()
  cancelledAt?: string;
}

export class ReportSubscriptionListView {
  @ValidateNested({ each: true })
  @Type(() => ReportSubscriptionView)
  items!: ReportSubscriptionView[];
}

/** CMP-12: one produced report: the period's figures as they were when produced, and its file. */
export class ReportDeliveryView {
  @IsUUID()
  id!: string;

  @IsUUID()
  subscriptionId!: string;

  @IsString()
  communityId!: string;

  @IsIn(ReportKind.codes)
  kind!: ReportKind;

  @IsIn(ReportSchedule.codes)
  schedule!: ReportSchedule;

  @IsIn(ReportFormat.codes)
  format!: ReportFormat;

  /** `2026-W48` or `2026-Q4`. */
  @IsString()
  period!: string;

  @IsInstant()
  producedAt!: string;

  @ValidateNested()
  @Type(() => ReportFileRef)
  file!: ReportFileRef;

  @IsOptional()
  @ValidateNested()
  @Type(() => WeeklyComplaintReportView)
  weekly?: WeeklyComplaintReportView;

  @IsOptional()
  @ValidateNested()
  @Type(() => ComplaintRollupView)
  rollup?: ComplaintRollupView;
}

/** `complaint.report-produced.v1`: a subscribed report was produced for a period; no customer data. */
export class ReportProducedV1 {
  @IsUUID()
  deliveryId!: string;

  @IsUUID()
  subscriptionId!: string;

  @IsString()
  communityId!: string;

  @IsIn(ReportKind.codes)
  kind!: ReportKind;

  @IsIn(ReportSchedule.codes)
  schedule!: ReportSchedule;

  @IsIn(ReportFormat.codes)
  format!: ReportFormat;

  @IsString()
  period!: string;

  @ValidateNested()
  @Type(() => ReportFileRef)
  file!: ReportFileRef;

  @IsInstant()
  producedAt!: string;
}
