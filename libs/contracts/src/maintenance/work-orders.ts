import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../common/ids.js';
import { PageQuery } from '../common/pagination.js';
import { ReturnVisitExemption, ReturnVisitStatus, Satisfaction } from '../complaints/complaint-codes.js';
import { ContactChannel } from '../residents/residents-codes.js';
import { StaffRef } from '../identity/staff-ref.js';
import { labelledCodes, type CodeOf } from '../common/labelled-codes.js';
import { IsReason } from '../validation/reason.js';
import { HasText } from '../validation/text.js';
import { IsFen, IsInstant } from '../validation/validators.js';
import {
  ApprovalStep,
  FundDrawStatus,
  RepairReturnVisitMethod,
  SettlementReviewer,
  WorkExecutor,
  WorkOrderStatus,
  WorkOrderType,
} from './maintenance-codes.js';

/** MNT-4: one line of a type-C (paid service) order, priced from the company's price list. */
export class PaidServiceLineV1 {
  /** A code of the company's paid-service price list, e.g. `faucet-replace`. */
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'code must be a lower-case code such as faucet-replace' })
  code!: string;

  @IsInt()
  @Min(1)
  @Max(1000)
  quantity!: number;
}

/**
 * MNT-4: a priced line as staff read it to the resident: the item's name, unit and unit price as the
 * price list stood when the order was opened (a later change of the list does not reprice it), and
 * the line's amount (decision 0270).
 */
export class PaidServiceLineView extends PaidServiceLineV1 {
  @IsString()
  name!: string;

  /** The item's unit, e.g. `个`; absent on orders opened before it was kept. */
  @IsOptional()
  @IsString()
  unit?: string;

  @IsFen()
  unitPriceFen!: number;

  /** `quantity` × `unitPriceFen`. */
  @IsFen()
  amountFen!: number;
}

/** MNT-4: a work order for a surveyed repair request; its type follows the survey's responsible party. */
export class CreateWorkOrderV1 {
  @IsUUID()
  repairRequestId!: string;

  @HasText(1, 200)
  description!: string;

  /**
   * The estimate the approval chain is chosen by (MNT-6); defaults to the survey's estimate, and may
   * raise it but not go below it (422).
   */
  @IsOptional()
  @IsFen()
  @Min(0)
  estimateFen?: number;

  /** Type C only: what the resident is charged, from the price list. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PaidServiceLineV1)
  paidServices?: PaidServiceLineV1[];
}

/** The body of an action on a work order: an optional note for the history (GEN-3). */
export class WorkOrderNoteV1 {
  @IsOptional()
  @HasText(1, 500)
  note?: string;
}

/** An action on a work order that needs nothing but the order (and an optional note). */
export class WorkOrderActionV1 extends WorkOrderNoteV1 {
  @IsUUID()
  workOrderId!: string;
}

/**
 * MNT-7 (decision 0331): the technician an order is dispatched to: an id and a name that say
 * something, so the order joins someone's queue (`mine=true`) and its score credits someone (MNT-11).
 */
export class DispatchTechnicianV1 {
  @HasText(1, 100)
  staffId!: string;

  @HasText(1, 100)
  name!: string;
}

/** MNT-7: to the in-house team (a technician) or, when the team cannot do it, to the contractor. */
export class DispatchDetailsV1 extends WorkOrderNoteV1 {
  @IsIn(WorkExecutor.codes)
  executor!: WorkExecutor;

  /**
   * The repair team, by its id in the company's directory (`GET /repair-teams`); its revolving fund
   * pays it (MNT-13). An id the directory does not hold is refused (decision 0330).
   */
  @ValidateIf((c: DispatchDetailsV1) => c.executor === 'team' || c.teamId !== undefined)
  @IsUUID()
  teamId?: string;

  /**
   * Optional: the order takes the team's name from the directory; a name given must be the
   * directory's name of `teamId`, or the dispatch is refused (decision 0330).
   */
  @IsOptional()
  @HasText(1, 100)
  teamName?: string;

  /** The technician whose queue it joins. */
  @ValidateIf((c: DispatchDetailsV1) => c.executor === 'team' || c.technician !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => DispatchTechnicianV1)
  technician?: DispatchTechnicianV1;

  /**
   * The contractor carrying the work out (`executor: contractor` only): stored trimmed; it is the liable
   * contractor when it is the survey's name, ignoring spaces, width, case and invisible characters
   * (decisions 0357, 0380). A dispatch to the team naming one is refused (decision 0380).
   */
  @ValidateIf((c: DispatchDetailsV1) => c.executor === 'contractor' || c.contractorName !== undefined)
  @HasText(1, 100)
  contractorName?: string;

  /**
   * Why an order already dispatched is dispatched again, before its work started (a sick technician,
   * the wrong team): required for such a re-dispatch, kept in the history (decision 0323).
   */
  @IsOptional()
  @IsReason(1, 500)
  reason?: string;
}

export class DispatchWorkOrderV1 extends DispatchDetailsV1 {
  @IsUUID()
  workOrderId!: string;
}

export class ArrivalDetailsV1 extends WorkOrderNoteV1 {
  @IsInstant()
  arrivedAt!: string;
}

export class RecordArrivalV1 extends ArrivalDetailsV1 {
  @IsUUID()
  workOrderId!: string;
}

export class MaterialV1 {
  @HasText(1, 100)
  name!: string;

  /** e.g. `1.5` (米): up to 3 decimals; the cost stays integer fen (decision 0327). */
  @IsNumber(
    { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 3 },
    { message: 'quantity must be a number with at most 3 decimals' },
  )
  @Min(0.001)
  @Max(100_000)
  quantity!: number;

  /** e.g. `个`, `米`. */
  @HasText(1, 10)
  unit!: string;

  @IsFen()
  @Min(0)
  costFen!: number;
}

/** MNT-7: work done, materials used and photos (references to stored files). */
export class WorkDoneDetailsV1 extends WorkOrderNoteV1 {
  @HasText(1, 2000)
  workDone!: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MaterialV1)
  materials?: MaterialV1[];

  /** Stored files, e.g. `files/2026/12/0a1b.jpg`. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @HasText(1, 300, { each: true })
  photos?: string[];
}

export class RecordWorkV1 extends WorkDoneDetailsV1 {
  @IsUUID()
  workOrderId!: string;
}

/** MNT-8: customer service and the team lead inspect; a failed check returns the order to execution. */
export class CompletionCheckDetailsV1 extends WorkOrderNoteV1 {
  @IsBoolean()
  passed!: boolean;

  /** MNT-8: who inspected (customer service or property staff, and the team lead): at least one. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @HasText(1, 50, { each: true })
  inspectors!: string[];

  /** What must be fixed; required when the check failed. */
  @ValidateIf((c: CompletionCheckDetailsV1) => !c.passed || c.itemsToFix !== undefined)
  @HasText(1, 1000)
  itemsToFix?: string;
}

export class CheckWorkOrderV1 extends CompletionCheckDetailsV1 {
  @IsUUID()
  workOrderId!: string;
}

/** MNT-8: the customer signs off (签认) with an opinion. */
export class SignOffDetailsV1 extends WorkOrderNoteV1 {
  @HasText(1, 50)
  customerName!: string;

  @IsIn(Satisfaction.codes)
  satisfaction!: Satisfaction;

  @IsOptional()
  @HasText(1, 500)
  opinion?: string;
}

export class SignOffWorkOrderV1 extends SignOffDetailsV1 {
  @IsUUID()
  workOrderId!: string;
}

/** The customer's recorded consent to a longer completion time (MNT-5). */
export class RepairConsentV1 {
  @HasText(1, 50)
  customerName!: string;

  @IsInstant()
  consentedAt!: string;

  /** How it was given, e.g. `电话录音 2026-12-03 10:12`. */
  @HasText(1, 200)
  record!: string;
}

export class ExtensionDetailsV1 extends WorkOrderNoteV1 {
  @IsInstant()
  until!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => RepairConsentV1)
  consent!: RepairConsentV1;
}

export class ExtendWorkOrderV1 extends ExtensionDetailsV1 {
  @IsUUID()
  workOrderId!: string;
}

/** MNT-9: the team lead's final account (维修工程决算书). */
export class FinalAccountDetailsV1 extends WorkOrderNoteV1 {
  @IsFen()
  @Min(1)
  finalAccountFen!: number;
}

export class SubmitSettlementV1 extends FinalAccountDetailsV1 {
  @IsUUID()
  workOrderId!: string;
}

/** MNT-9: customer service up to 2000000 fen (20,000 yuan), audit above. */
export class SettlementReviewDetailsV1 extends WorkOrderNoteV1 {
  /** The settled amount (维修工程结算书); at most the final account. */
  @IsFen()
  @Min(1)
  settledFen!: number;
}

export class ReviewSettlementV1 extends SettlementReviewDetailsV1 {
  @IsUUID()
  workOrderId!: string;
}

/** MNT-9, type A: the contractor confirms the settlement (recorded by engineering). */
export class ContractorConfirmationDetailsV1 extends WorkOrderNoteV1 {
  @HasText(1, 50)
  contractorSignatory!: string;
}

export class ConfirmSettlementV1 extends ContractorConfirmationDetailsV1 {
  @IsUUID()
  workOrderId!: string;
}

/** Why a work order is cancelled (required, for the history). */
export class CancellationDetailsV1 {
  @IsReason(1, 500)
  reason!: string;
}

export class CancelWorkOrderV1 extends CancellationDetailsV1 {
  @IsUUID()
  workOrderId!: string;
}

/**
 * MNT-6: an approver of the step due sends the estimate back (too high, the work not justified), with
 * the reason; the order is closed as `returned` and its repair request is surveyed again (decision
 * 0324).
 */
export class ApprovalReturnDetailsV1 {
  @IsReason(1, 500)
  reason!: string;
}

export class ReturnWorkOrderV1 extends ApprovalReturnDetailsV1 {
  @IsUUID()
  workOrderId!: string;
}

/** MNT-10: the return visit after completion, made the way the resident prefers. */
export class WorkOrderReturnVisitV1 extends WorkOrderNoteV1 {
  /** Any of the register's ways, or SMS and the app (RES-7's channels, decision 0325). */
  @IsIn(RepairReturnVisitMethod.codes)
  method!: RepairReturnVisitMethod;

  @IsIn(Satisfaction.codes)
  satisfaction!: Satisfaction;

  @IsOptional()
  @HasText(1, 500)
  comments?: string;
}

export class RecordWorkOrderReturnVisitV1 extends WorkOrderReturnVisitV1 {
  @IsUUID()
  workOrderId!: string;
}

export class WorkOrderReturnVisitView {
  @IsIn(ReturnVisitStatus.codes)
  status!: ReturnVisitStatus;

  @IsString()
  statusLabel!: string;

  /** MNT-10: 1 working day after completion. */
  @IsOptional()
  @IsInstant()
  dueAt?: string;

  /** MNT-10: still to be made and past `dueAt`. */
  @IsBoolean()
  overdue!: boolean;

  @IsOptional()
  @IsIn(ReturnVisitExemption.codes)
  exemption?: ReturnVisitExemption;

  @IsOptional()
  @IsString()
  exemptionLabel?: string;

  @IsOptional()
  @IsIn(RepairReturnVisitMethod.codes)
  method?: RepairReturnVisitMethod;

  @IsOptional()
  @IsString()
  methodLabel?: string;

  /** RES-7: the channel the resident prefers, as known at completion (decision 0325). */
  @IsOptional()
  @IsIn(ContactChannel.codes)
  preferredChannel?: ContactChannel;

  @IsOptional()
  @IsString()
  preferredChannelLabel?: string;

  @IsOptional()
  @IsIn(Satisfaction.codes)
  satisfaction?: Satisfaction;

  @IsOptional()
  @IsString()
  satisfactionLabel?: string;

  @IsOptional()
  @IsString()
  comments?: string;

  @IsOptional()
  @IsInstant()
  visitedAt?: string;
}

export class GetWorkOrderV1 {
  @IsUUID()
  id!: string;
}

/** MNT-10: which return visits a work-order list shows. */
export const WorkOrderReturnVisitFilter = labelledCodes({
  due: '待回访',
  overdue: '回访已逾期',
});
export type WorkOrderReturnVisitFilter = CodeOf<typeof WorkOrderReturnVisitFilter>;
export const WORK_ORDER_RETURN_VISIT_FILTERS = WorkOrderReturnVisitFilter.codes;

export class ListWorkOrdersV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;

  @IsOptional()
  @IsIn(WorkOrderStatus.codes)
  status?: WorkOrderStatus;

  /** `true`: only the caller's own queue as a technician (MNT-7). */
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';

  /** MNT-5: `true` only the orders whose work is unfinished past their completion deadline; `false` the rest. */
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  /** MNT-10: `due` the return visits still to be made, `overdue` those of them past their working day. */
  @IsOptional()
  @IsIn(WORK_ORDER_RETURN_VISIT_FILTERS)
  returnVisit?: WorkOrderReturnVisitFilter;
}

export class ApprovalView {
  @IsIn(ApprovalStep.codes)
  step!: ApprovalStep;

  @IsString()
  stepLabel!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => StaffRef)
  by?: StaffRef;

  @IsOptional()
  @IsInstant()
  at?: string;
}

export class WorkRecordView {
  @IsInstant()
  at!: string;

  @ValidateNested()
  @Type(() => StaffRef)
  by!: StaffRef;

  @IsString()
  workDone!: string;

  @ValidateNested({ each: true })
  @Type(() => MaterialV1)
  materials!: MaterialV1[];

  @IsArray()
  @IsString({ each: true })
  photos!: string[];
}

export class CompletionCheckView {
  @IsInstant()
  at!: string;

  @IsBoolean()
  passed!: boolean;

  @IsArray()
  @IsString({ each: true })
  inspectors!: string[];

  @IsOptional()
  @IsString()
  itemsToFix?: string;
}

export class SettlementView {
  /** One per work order; billing deducts and draws by it once (BIL-10, MNT-13). */
  @IsUUID()
  settlementId!: string;

  @IsFen()
  finalAccountFen!: number;

  /** MNT-9: the team lead who submitted the final account; they never review it (decision 0271). */
  @IsOptional()
  @ValidateNested()
  @Type(() => StaffRef)
  submittedBy?: StaffRef;

  @IsIn(SettlementReviewer.codes)
  reviewer!: SettlementReviewer;

  @IsString()
  reviewerLabel!: string;

  @IsOptional()
  @IsFen()
  settledFen?: number;

  @IsOptional()
  @IsString()
  contractorSignatory?: string;

  @IsOptional()
  @IsInstant()
  certifiedAt?: string;

  @IsIn(FundDrawStatus.codes)
  fundDraw!: FundDrawStatus;

  @IsString()
  fundDrawLabel!: string;

  /**
   * MNT-13 (decision 0379): while the draw is `refused`, billing's reason in Chinese, e.g.
   * `周转金余额不足：支取 105000.00 元，余额 99670.00 元（额度 100000.00 元），请财务补充周转金或调整额度后重新支付`.
   */
  @IsOptional()
  @IsString()
  fundDrawMessage?: string;
}

export class WorkOrderView {
  @IsUUID()
  id!: string;

  /** GEN-2, e.g. `PG-GZ01-2026-000031`. */
  @IsString()
  number!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  repairRequestId!: string;

  @IsString()
  repairRequestNumber!: string;

  @IsOptional()
  @IsUUID()
  unitId?: string;

  @IsIn(WorkOrderType.codes)
  type!: WorkOrderType;

  @IsString()
  typeLabel!: string;

  @IsIn(WorkOrderStatus.codes)
  status!: WorkOrderStatus;

  @IsString()
  statusLabel!: string;

  @IsString()
  description!: string;

  @IsFen()
  estimateFen!: number;

  /** Type C: what the resident is charged at completion (BIL-7); else 0. */
  @IsFen()
  chargeableFen!: number;

  /** Type C: the priced lines, each as the price list stood when the order was opened. */
  @ValidateNested({ each: true })
  @Type(() => PaidServiceLineView)
  paidServices!: PaidServiceLineView[];

  /** MNT-6: the steps the estimate needs, in order, with who took each. */
  @ValidateNested({ each: true })
  @Type(() => ApprovalView)
  approvals!: ApprovalView[];

  @ValidateNested()
  @Type(() => StaffRef)
  requestedBy!: StaffRef;

  @IsOptional()
  @IsIn(WorkExecutor.codes)
  executor?: WorkExecutor;

  @IsOptional()
  @IsString()
  executorLabel?: string;

  /** The team of the directory the order was dispatched to (decision 0330). */
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @IsOptional()
  @IsString()
  teamName?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => StaffRef)
  technician?: StaffRef;

  @IsOptional()
  @IsString()
  contractorName?: string;

  /** MNT-5: 3 working days after the survey (7 for multi-trade work), later only with consent. */
  @IsInstant()
  dueAt!: string;

  /** MNT-5: the work is not finished and `dueAt` has passed. */
  @IsBoolean()
  overdue!: boolean;

  @IsOptional()
  @ValidateNested()
  @Type(() => RepairConsentV1)
  extensionConsent?: RepairConsentV1;

  @IsOptional()
  @IsInstant()
  arrivedAt?: string;

  @ValidateNested({ each: true })
  @Type(() => WorkRecordView)
  work!: WorkRecordView[];

  @ValidateNested({ each: true })
  @Type(() => CompletionCheckView)
  checks!: CompletionCheckView[];

  @IsOptional()
  @IsString()
  signedOffBy?: string;

  @IsOptional()
  @IsIn(Satisfaction.codes)
  satisfaction?: Satisfaction;

  @IsOptional()
  @IsString()
  satisfactionLabel?: string;

  @IsOptional()
  @IsString()
  opinion?: string;

  @IsOptional()
  @IsInstant()
  completedAt?: string;

  @ValidateNested()
  @Type(() => WorkOrderReturnVisitView)
  returnVisit!: WorkOrderReturnVisitView;

  @IsOptional()
  @ValidateNested()
  @Type(() => SettlementView)
  settlement?: SettlementView;

  @IsInstant()
  createdAt!: string;
}

/** One GEN-3 entry of a record's history. */
export class MaintenanceHistoryEntryView {
  @IsUUID()
  id!: string;

  @IsString()
  action!: string;

  @IsString()
  actionLabel!: string;

  @IsString()
  actorId!: string;

  @IsString()
  actorName!: string;

  @IsInstant()
  at!: string;

  @IsOptional()
  @IsObject()
  changes?: Record<string, unknown>;

  @IsOptional()
  @IsString()
  reason?: string;
}

export class MaintenanceHistoryView {
  @IsUUID()
  recordId!: string;

  @ValidateNested({ each: true })
  @Type(() => MaintenanceHistoryEntryView)
  entries!: MaintenanceHistoryEntryView[];
}

export class GetMaintenanceHistoryV1 {
  @IsUUID()
  id!: string;
}

/** MNT-4: one item of the company's paid-service price list (有偿服务价目表). */
export class SetPaidServicePriceV1 {
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'code must be a lower-case code such as faucet-replace' })
  code!: string;

  @HasText(1, 100)
  name!: string;

  @HasText(1, 10)
  unit!: string;

  @IsFen()
  @Min(1)
  priceFen!: number;
}

export class PaidServicePriceView extends SetPaidServicePriceV1 {
  /** e.g. `180.00元/套`, for display. */
  @IsString()
  priceLabel!: string;
}

export class ListPaidServicePricesV1 {
  /** Only this item, e.g. `faucet-replace`. */
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'code must be a lower-case code such as faucet-replace' })
  code?: string;
}

export class PaidServicePriceListView {
  @ValidateNested({ each: true })
  @Type(() => PaidServicePriceView)
  items!: PaidServicePriceView[];
}

/** MNT-11: technician and team scores for a quarter or a year, from sign-offs and return visits. */
export class GetTechnicianScoresV1 {
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value,
  )
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  /** 1 … 4; absent: the whole year. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^[1-4]$/.test(value) ? Number(value) : value,
  )
  @IsInt()
  @Min(1)
  @Max(4)
  quarter?: number;

  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;
}

export class ScoreLineView {
  /** The technician's staff id, or the team's id. */
  @IsString()
  id!: string;

  @IsString()
  name!: string;

  /** Work orders completed in the period. */
  @IsInt()
  orders!: number;

  /** Opinions counted: sign-offs and return visits. */
  @IsInt()
  opinions!: number;

  /** 0 … 100: very satisfied 100, satisfied 80, neutral 60, dissatisfied 30, very dissatisfied 0. */
  @IsInt()
  score!: number;
}

export class TechnicianScoresView {
  @IsInt()
  year!: number;

  @IsOptional()
  @IsInt()
  quarter?: number;

  @ValidateNested({ each: true })
  @Type(() => ScoreLineView)
  technicians!: ScoreLineView[];

  @ValidateNested({ each: true })
  @Type(() => ScoreLineView)
  teams!: ScoreLineView[];
}
