import { defineCommand, defineEvent, defineQuery } from '../events/definitions.js';
import { BillingBus } from './billing.bus.js';
import {
  ChargeRequestSettledV1,
  ChargeRequestStatusView,
  ClearanceView,
  GetChargeRequestStatusV1,
  GetClearanceV1,
} from './billing-queries.js';
import {
  AccrueLateFeesV1,
  BillingRunView,
  FeeItemsView,
  FeeItemView,
  LateFeeAccrualView,
  ListFeeItemsV1,
  RunBillingV1,
  SetFeeItemRateV1,
  WaiveLateFeeV1,
} from './billing-runs.js';
import { BillIssuedV1, BillView, IssueCreditNoteV1 } from './bills.js';
import {
  DeductDepositV1,
  DepositReceivedV1,
  DepositRefundedV1,
  DepositView,
  RefundDepositV1,
} from './deposits.js';
import {
  AccountClearedV1,
  PaymentRecordedV1,
  PaymentReversedV1,
  PaymentView,
  RecordPaymentV1,
  RefundCreditV1,
  ReversePaymentV1,
} from './payments.js';
import {
  GetQualityDepositV1,
  QualityDepositView,
  ReceiveQualityDepositV1,
  ReleaseQualityDepositV1,
} from './quality-deposits.js';
import {
  ListMeterReadingsV1,
  MeterReadingsView,
  MeterReadingView,
  RecordMeterReadingV1,
} from './meter-readings.js';
import { ReceiveDepositV1 } from './receive-deposit.js';
import { ApportionSharedMeterV1, SharedMeterApportionmentView } from './shared-meters.js';
import {
  DrawRevolvingFundV1,
  GetRevolvingFundV1,
  ReplenishRevolvingFundV1,
  RevolvingFundDrawView,
  RevolvingFundView,
  SetRevolvingFundSizeV1,
} from './revolving-fund.js';
import {
  ArrearsView,
  BillReminderDueV1,
  CollectionRateView,
  GetCollectionRateV1,
  ListArrearsV1,
  RemindersSentView,
  SendRemindersV1,
} from './reports.js';
import { GetStatementV1, StatementView } from './statement.js';

/*
 * Billing's side of the move-in, decoration and move-out procedures (decision 0030), its payments,
 * corrections, deposits and funds.
 */

const C = BillingBus.commands;
const Q = BillingBus.queries;
const E = BillingBus.events;

export const GetClearance = defineQuery<GetClearanceV1, ClearanceView>({
  subject: Q.getClearance,
  request: GetClearanceV1,
  summary: 'Does this unit or payer owe anything? With the open items (BIL-11)',
});

export const GetChargeRequestStatus = defineQuery<GetChargeRequestStatusV1, ChargeRequestStatusView>({
  subject: Q.getChargeRequestStatus,
  request: GetChargeRequestStatusV1,
  summary: 'How far billing got with charge requests raised by other services',
});

export const GetStatement = defineQuery<GetStatementV1, StatementView>({
  subject: Q.getStatement,
  request: GetStatementV1,
  summary: "A unit's account statement: bills, payments, deposits, what is owed and credited",
});

export const GetQualityDeposit = defineQuery<GetQualityDepositV1, QualityDepositView>({
  subject: Q.getQualityDeposit,
  request: GetQualityDepositV1,
  summary: "A contractor's quality guarantee deposit (BIL-10)",
});

export const GetRevolvingFund = defineQuery<GetRevolvingFundV1, RevolvingFundView>({
  subject: Q.getRevolvingFund,
  request: GetRevolvingFundV1,
  summary: "A repair team's revolving fund: its size and balance (MNT-13)",
});

export const ListArrears = defineQuery<ListArrearsV1, ArrearsView>({
  subject: Q.listArrears,
  request: ListArrearsV1,
  summary: "A community's unpaid bills past due, with their 15/30/60-day reminder stage (BIL-4)",
});

export const GetCollectionRate = defineQuery<GetCollectionRateV1, CollectionRateView>({
  subject: Q.getCollectionRate,
  request: GetCollectionRateV1,
  summary: "A community's collection rate for a month: collected ÷ billed (BIL-4)",
});

export const ListFeeItems = defineQuery<ListFeeItemsV1, FeeItemsView>({
  subject: Q.listFeeItems,
  request: ListFeeItemsV1,
  summary: "The company's fee items with their dated rates (BIL-1)",
});

export const ListMeterReadings = defineQuery<ListMeterReadingsV1, MeterReadingsView>({
  subject: Q.listMeterReadings,
  request: ListMeterReadingsV1,
  summary: "A community's meter readings of a month, with their usage and amount (BIL-1)",
});

export const RecordPayment = defineCommand<RecordPaymentV1, PaymentView>({
  subject: C.recordPayment,
  request: RecordPaymentV1,
  summary: 'Record a payment, allocated oldest first or to named bills, with a receipt number (BIL-5)',
});

export const ReversePayment = defineCommand<ReversePaymentV1, PaymentView>({
  subject: C.reversePayment,
  request: ReversePaymentV1,
  summary: 'Reverse a payment: its allocations are undone by new entries (BIL-6)',
});

export const RefundCredit = defineCommand<RefundCreditV1, StatementView>({
  subject: C.refundCredit,
  request: RefundCreditV1,
  summary: "Pay back part or all of a payer's credit balance (BIL-5, BIL-6)",
});

export const IssueCreditNote = defineCommand<IssueCreditNoteV1, BillView>({
  subject: C.issueCreditNote,
  request: IssueCreditNoteV1,
  summary: 'Reduce or cancel an issued bill by a credit note (BIL-6)',
});

export const DeductDeposit = defineCommand<DeductDepositV1, DepositView>({
  subject: C.deductDeposit,
  request: DeductDepositV1,
  summary: 'Deduct damage from a deposit; above its balance the rest is charged to the unit (BIL-8)',
});

export const RefundDeposit = defineCommand<RefundDepositV1, DepositView>({
  subject: C.refundDeposit,
  request: RefundDepositV1,
  summary:
    "Refund a deposit's balance; a decoration deposit 90 days after its passed inspection (BIL-8, BIL-9)",
});

export const ReceiveDeposit = defineCommand<ReceiveDepositV1, DepositView>({
  subject: C.receiveDeposit,
  request: ReceiveDepositV1,
  summary: "Receive a unit payer's contract deposit at the cashier, held at once (BIL-8, decision 0207)",
});

export const ReceiveQualityDeposit = defineCommand<ReceiveQualityDepositV1, QualityDepositView>({
  subject: C.receiveQualityDeposit,
  request: ReceiveQualityDepositV1,
  summary: "Record a contractor's quality guarantee deposit received (BIL-10)",
});

export const ReleaseQualityDeposit = defineCommand<ReleaseQualityDepositV1, QualityDepositView>({
  subject: C.releaseQualityDeposit,
  request: ReleaseQualityDepositV1,
  summary: "Release a contractor's quality deposit at the end of the warranty, less what it owes (BIL-10)",
});

export const DrawRevolvingFund = defineCommand<DrawRevolvingFundV1, RevolvingFundDrawView>({
  subject: C.drawRevolvingFund,
  request: DrawRevolvingFundV1,
  summary: 'Pay the repair team for settled work from its revolving fund; an overdraw is refused (MNT-13)',
});

export const ReplenishRevolvingFund = defineCommand<ReplenishRevolvingFundV1, RevolvingFundView>({
  subject: C.replenishRevolvingFund,
  request: ReplenishRevolvingFundV1,
  summary: "Finance replenishes a repair team's revolving fund (MNT-13)",
});

export const SetRevolvingFundSize = defineCommand<SetRevolvingFundSizeV1, RevolvingFundView>({
  subject: C.setRevolvingFundSize,
  request: SetRevolvingFundSizeV1,
  summary:
    "Finance sets a repair team's revolving fund size; the difference moves to or from the float (MNT-13)",
});

export const SetFeeItemRate = defineCommand<SetFeeItemRateV1, FeeItemView>({
  subject: C.setFeeItemRate,
  request: SetFeeItemRateV1,
  summary: 'Define a periodic fee item or give it a new rate from a day on (BIL-1)',
});

export const RunBilling = defineCommand<RunBillingV1, BillingRunView>({
  subject: C.runBilling,
  request: RunBillingV1,
  summary: "Bill a community's units for a month, once, pro rata by day (BIL-2)",
});

export const AccrueLateFees = defineCommand<AccrueLateFeesV1, LateFeeAccrualView>({
  subject: C.accrueLateFees,
  request: AccrueLateFeesV1,
  summary: "Accrue late fees up to a day on a community's unpaid bills, capped, never compounded (BIL-13)",
});

export const WaiveLateFee = defineCommand<WaiveLateFeeV1, BillView>({
  subject: C.waiveLateFee,
  request: WaiveLateFeeV1,
  summary: "Waive a late fee with a cs-manager's approval and the reason (BIL-13)",
});

export const ApportionSharedMeter = defineCommand<ApportionSharedMeterV1, SharedMeterApportionmentView>({
  subject: C.apportionSharedMeter,
  request: ApportionSharedMeterV1,
  summary: "Apportion a shared meter's month to its units by floor area or sub-meter usage, exactly (BIL-3)",
});

export const RecordMeterReading = defineCommand<RecordMeterReadingV1, MeterReadingView>({
  subject: C.recordMeterReading,
  request: RecordMeterReadingV1,
  summary: "Record a unit's meter reading for a month and bill its usage at the metered item's rate (BIL-1)",
});

export const SendReminders = defineCommand<SendRemindersV1, RemindersSentView>({
  subject: C.sendReminders,
  request: SendRemindersV1,
  summary: 'Announce the 15/30/60-day reminders unpaid bills have come to by a day, each once (BIL-4)',
});

export const BillReminderDue = defineEvent({
  subject: E.billReminderDue,
  type: 'bill.reminder-due.v1',
  data: BillReminderDueV1,
  summary: 'An unpaid bill reached 15, 30 or 60 days past due: remind the payer (BIL-4)',
});

export const ChargeRequestSettled = defineEvent({
  subject: E.chargeRequestSettled,
  type: 'charge-request.settled.v1',
  data: ChargeRequestSettledV1,
  summary: 'Everything billed for a charge request is paid',
});

export const BillIssued = defineEvent({
  subject: E.billIssued,
  type: 'bill.issued.v1',
  data: BillIssuedV1,
  summary: "A bill was issued to a unit's payer (BIL-4)",
});

export const PaymentRecorded = defineEvent({
  subject: E.paymentRecorded,
  type: 'payment.recorded.v1',
  data: PaymentRecordedV1,
  summary: 'A payment was recorded with its receipt number (BIL-5)',
});

export const PaymentReversed = defineEvent({
  subject: E.paymentReversed,
  type: 'payment.reversed.v1',
  data: PaymentReversedV1,
  summary: 'A payment was reversed (BIL-6)',
});

export const DepositReceived = defineEvent({
  subject: E.depositReceived,
  type: 'deposit.received.v1',
  data: DepositReceivedV1,
  summary: 'A deposit was paid in full and is held (BIL-8)',
});

export const DepositRefunded = defineEvent({
  subject: E.depositRefunded,
  type: 'deposit.refunded.v1',
  data: DepositRefundedV1,
  summary: "A deposit's balance was refunded (BIL-8, BIL-9)",
});

export const AccountCleared = defineEvent({
  subject: E.accountCleared,
  type: 'account.cleared.v1',
  data: AccountClearedV1,
  summary: "A unit's payer owes nothing any more (BIL-11)",
});

export const BILLING_MESSAGES = {
  requests: [
    GetClearance,
    GetChargeRequestStatus,
    GetStatement,
    GetQualityDeposit,
    GetRevolvingFund,
    ListArrears,
    GetCollectionRate,
    ListFeeItems,
    ListMeterReadings,
    RecordPayment,
    ReversePayment,
    RefundCredit,
    IssueCreditNote,
    DeductDeposit,
    RefundDeposit,
    ReceiveDeposit,
    ReceiveQualityDeposit,
    ReleaseQualityDeposit,
    DrawRevolvingFund,
    ReplenishRevolvingFund,
    SetRevolvingFundSize,
    SetFeeItemRate,
    RunBilling,
    AccrueLateFees,
    WaiveLateFee,
    SendReminders,
    ApportionSharedMeter,
    RecordMeterReading,
  ],
  events: [
    ChargeRequestSettled,
    BillIssued,
    PaymentRecorded,
    PaymentReversed,
    DepositReceived,
    DepositRefunded,
    AccountCleared,
    BillReminderDue,
  ],
};
