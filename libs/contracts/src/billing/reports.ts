import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../common/ids.js';
import { PageQuery } from '../common/pagination.js';
import { IsFen, IsLocalDate } from '../validation/validators.js';
import { ReminderStage } from './billing-codes.js';
import { PERIOD_PATTERN } from './billing-runs.js';

/** The arrears downloads (CSV, XLSX): the whole list as of a day. */
export class ArrearsDownloadQueryV1 {
  /**
   * The day the arrears are counted on (what was owed at its end: decision 0360); today in the
   * community when absent; a day after today is refused.
   */
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}

/** The arrears list a page at a time: `limit` (default 50, max 200) and `cursor` (decision 0348). */
export class ArrearsQueryV1 extends PageQuery {
  /**
   * The day the arrears are counted on (what was owed at its end: decision 0360); today in the
   * community when absent; a day after today is refused.
   */
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}

/** BIL-4: a community's unpaid bills past their due date, with the reminder each has come to. */
export class ListArrearsV1 extends ArrearsQueryV1 {
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;
}

export class ArrearsItemView {
  @IsUUID()
  billId!: string;

  @IsString()
  number!: string;

  @IsUUID()
  unitId!: string;

  @IsOptional()
  @IsString()
  unitLabel?: string;

  @IsOptional()
  @IsUUID()
  payerPersonId?: string;

  @IsString()
  description!: string;

  @IsLocalDate()
  dueDate!: string;

  @IsFen()
  outstandingFen!: number;

  @IsInt()
  daysOverdue!: number;

  @IsIn(ReminderStage.codes)
  reminderStage!: ReminderStage;

  @IsString()
  reminderStageLabel!: string;
}

export class ArrearsView {
  @IsString()
  communityId!: string;

  @IsLocalDate()
  asOf!: string;

  /** What the whole list owes, every page's bills (decision 0348). */
  @IsFen()
  totalFen!: number;

  /** How many bills the whole list has, every page's. */
  @IsInt()
  billCount!: number;

  /** This page's bills, oldest due first. */
  @ValidateNested({ each: true })
  @Type(() => ArrearsItemView)
  items!: ArrearsItemView[];

  /** Present when more bills follow; pass it as `cursor` to get them. */
  @IsOptional()
  @IsString()
  nextCursor?: string;
}

export class CollectionRateQueryV1 {
  @Matches(PERIOD_PATTERN, { message: 'period must be a month such as 2026-11' })
  period!: string;

  /**
   * The month's rate as it stood at the end of this day: what had been billed, credited and paid by
   * then (decision 0360); as it stands now when absent; a day after today is refused.
   */
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}

/** BIL-4: collected for the month's bills ÷ billed for the month (收费率). */
export class GetCollectionRateV1 extends CollectionRateQueryV1 {
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;
}

export class CollectionRateView {
  @IsString()
  communityId!: string;

  @IsString()
  period!: string;

  /** The day the rate is counted as of, when one was asked for (decision 0360). */
  @IsOptional()
  @IsLocalDate()
  asOf?: string;

  /** Billed for the month, less credit notes. */
  @IsFen()
  billedFen!: number;

  @IsFen()
  collectedFen!: number;

  /** In basis points (9512 = 95.12%); absent when nothing was billed: the month has no rate (decision 0348). */
  @IsOptional()
  @IsInt()
  rateBasisPoints?: number;
}

/** BIL-4: record and announce the reminders unpaid bills have come to by a day, each once. */
export class SendRemindersV1 {
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;

  @IsLocalDate()
  asOf!: string;
}

export class RemindersSentView {
  @IsString()
  communityId!: string;

  @IsLocalDate()
  asOf!: string;

  /** Reminders newly due by that day (each bill and stage once). */
  @IsInt()
  sent!: number;
}

/** `bill.reminder-due.v1`: an unpaid bill reached 15, 30 or 60 days past due; the channels remind the payer. */
export class BillReminderDueV1 {
  @IsUUID()
  billId!: string;

  @IsString()
  number!: string;

  @IsUUID()
  unitId!: string;

  @IsOptional()
  @IsUUID()
  payerPersonId?: string;

  @IsIn(ReminderStage.codes)
  stage!: ReminderStage;

  @IsInt()
  daysOverdue!: number;

  @IsFen()
  outstandingFen!: number;
}
