import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  BillingBus,
  DeductDepositV1,
  DrawRevolvingFundV1,
  GetChargeRequestStatusV1,
  GetClearanceV1,
  GetQualityDepositV1,
  GetRevolvingFundV1,
  GetStatementV1,
  GetCollectionRateV1,
  ListArrearsV1,
  type ArrearsView,
  type CollectionRateView,
  IssueCreditNoteV1,
  ReceiveDepositV1,
  ReceiveQualityDepositV1,
  ReleaseQualityDepositV1,
  RecordPaymentV1,
  RefundCreditV1,
  RefundDepositV1,
  ReplenishRevolvingFundV1,
  SetRevolvingFundSizeV1,
  ReversePaymentV1,
  RunBillingV1,
  SendRemindersV1,
  ApportionSharedMeterV1,
  ListMeterReadingsV1,
  RecordMeterReadingV1,
  type MeterReadingsView,
  type MeterReadingView,
  type SharedMeterApportionmentView,
  type RemindersSentView,
  AccrueLateFeesV1,
  WaiveLateFeeV1,
  type LateFeeAccrualView,
  SetFeeItemRateV1,
  ListFeeItemsV1,
  type FeeItemsView,
  type BillingRunView,
  type FeeItemView,
  type BillView,
  type ChargeRequestStatusView,
  type ClearanceView,
  type DepositView,
  type PaymentView,
  type QualityDepositView,
  type RevolvingFundDrawView,
  type RevolvingFundView,
  type StatementView,
} from '@pcs/contracts';
import { BillingRunService } from './billing-runs/billing-run.service.js';
import { LateFeeService } from './billing-runs/late-fee.service.js';
import { BillService } from './bills/bill.service.js';
import { ChargeRequestStatusService } from './charge-requests/charge-request-status.service.js';
import { DepositService } from './deposits/deposit.service.js';
import { FundsService } from './funds/funds.service.js';
import { MeterReadingService } from './meter-readings/meter-reading.service.js';
import { PaymentService } from './payments/payment.service.js';
import { ReminderService } from './reports/reminder.service.js';
import { ReportService } from './reports/report.service.js';
import { SharedMeterService } from './shared-meters/shared-meter.service.js';
import { StatementService } from './statements/statement.service.js';

const C = BillingBus.commands;
const Q = BillingBus.queries;

/** Billing on the bus: one-line handlers, each forwarding to the service that owns the rule. */
@Controller()
export class BillingNatsController {
  constructor(
    private readonly billingRuns: BillingRunService,
    private readonly bills: BillService,
    private readonly chargeRequests: ChargeRequestStatusService,
    private readonly deposits: DepositService,
    private readonly funds: FundsService,
    private readonly lateFees: LateFeeService,
    private readonly payments: PaymentService,
    private readonly meterReadings: MeterReadingService,
    private readonly reminders: ReminderService,
    private readonly reports: ReportService,
    private readonly sharedMeters: SharedMeterService,
    private readonly statements: StatementService,
  ) {}

  @MessagePattern(Q.getClearance)
  getClearance(@Payload() query: GetClearanceV1): Promise<ClearanceView> {
    return this.statements.clearance(query);
  }

  @MessagePattern(Q.getChargeRequestStatus)
  getChargeRequestStatus(@Payload() query: GetChargeRequestStatusV1): Promise<ChargeRequestStatusView> {
    return this.chargeRequests.status(query);
  }

  @MessagePattern(Q.getStatement)
  getStatement(@Payload() query: GetStatementV1): Promise<StatementView> {
    return this.statements.statement(query);
  }

  @MessagePattern(Q.getQualityDeposit)
  getQualityDeposit(@Payload() query: GetQualityDepositV1): Promise<QualityDepositView> {
    return this.funds.getQualityDeposit(query);
  }

  @MessagePattern(Q.getRevolvingFund)
  getRevolvingFund(@Payload() query: GetRevolvingFundV1): Promise<RevolvingFundView> {
    return this.funds.getRevolvingFund(query);
  }

  @MessagePattern(C.recordPayment)
  recordPayment(@Payload() command: RecordPaymentV1): Promise<PaymentView> {
    return this.payments.record(command);
  }

  @MessagePattern(C.reversePayment)
  reversePayment(@Payload() command: ReversePaymentV1): Promise<PaymentView> {
    return this.payments.reverse(command);
  }

  @MessagePattern(C.refundCredit)
  refundCredit(@Payload() command: RefundCreditV1): Promise<StatementView> {
    return this.payments.refundCredit(command);
  }

  @MessagePattern(C.issueCreditNote)
  issueCreditNote(@Payload() command: IssueCreditNoteV1): Promise<BillView> {
    return this.bills.issueCreditNote(command);
  }

  @MessagePattern(C.deductDeposit)
  deductDeposit(@Payload() command: DeductDepositV1): Promise<DepositView> {
    return this.deposits.deduct(command);
  }

  @MessagePattern(C.refundDeposit)
  refundDeposit(@Payload() command: RefundDepositV1): Promise<DepositView> {
    return this.deposits.refund(command);
  }

  @MessagePattern(C.receiveDeposit)
  receiveDeposit(@Payload() command: ReceiveDepositV1): Promise<DepositView> {
    return this.deposits.receive(command);
  }

  @MessagePattern(C.receiveQualityDeposit)
  receiveQualityDeposit(@Payload() command: ReceiveQualityDepositV1): Promise<QualityDepositView> {
    return this.funds.receiveQualityDeposit(command);
  }

  @MessagePattern(C.releaseQualityDeposit)
  releaseQualityDeposit(@Payload() command: ReleaseQualityDepositV1): Promise<QualityDepositView> {
    return this.funds.releaseQualityDeposit(command);
  }

  @MessagePattern(C.drawRevolvingFund)
  drawRevolvingFund(@Payload() command: DrawRevolvingFundV1): Promise<RevolvingFundDrawView> {
    return this.funds.draw(command);
  }

  @MessagePattern(C.replenishRevolvingFund)
  replenishRevolvingFund(@Payload() command: ReplenishRevolvingFundV1): Promise<RevolvingFundView> {
    return this.funds.replenish(command);
  }

  @MessagePattern(C.setRevolvingFundSize)
  setRevolvingFundSize(@Payload() command: SetRevolvingFundSizeV1): Promise<RevolvingFundView> {
    return this.funds.setSize(command);
  }

  @MessagePattern(Q.listFeeItems)
  listFeeItems(@Payload() query: ListFeeItemsV1): Promise<FeeItemsView> {
    return this.billingRuns.listFeeItems(query);
  }

  @MessagePattern(C.setFeeItemRate)
  setFeeItemRate(@Payload() command: SetFeeItemRateV1): Promise<FeeItemView> {
    return this.billingRuns.setFeeItemRate(command);
  }

  @MessagePattern(C.runBilling)
  runBilling(@Payload() command: RunBillingV1): Promise<BillingRunView> {
    return this.billingRuns.run(command);
  }

  @MessagePattern(Q.listArrears)
  listArrears(@Payload() query: ListArrearsV1): Promise<ArrearsView> {
    return this.reports.listArrears(query);
  }

  @MessagePattern(Q.getCollectionRate)
  getCollectionRate(@Payload() query: GetCollectionRateV1): Promise<CollectionRateView> {
    return this.reports.collectionRate(query);
  }

  @MessagePattern(C.accrueLateFees)
  accrueLateFees(@Payload() command: AccrueLateFeesV1): Promise<LateFeeAccrualView> {
    return this.lateFees.accrue(command);
  }

  @MessagePattern(C.waiveLateFee)
  waiveLateFee(@Payload() command: WaiveLateFeeV1): Promise<BillView> {
    return this.lateFees.waive(command);
  }

  @MessagePattern(C.apportionSharedMeter)
  apportionSharedMeter(@Payload() command: ApportionSharedMeterV1): Promise<SharedMeterApportionmentView> {
    return this.sharedMeters.apportion(command);
  }

  @MessagePattern(C.recordMeterReading)
  recordMeterReading(@Payload() command: RecordMeterReadingV1): Promise<MeterReadingView> {
    return this.meterReadings.record(command);
  }

  @MessagePattern(Q.listMeterReadings)
  listMeterReadings(@Payload() query: ListMeterReadingsV1): Promise<MeterReadingsView> {
    return this.meterReadings.list(query);
  }

  @MessagePattern(C.sendReminders)
  sendReminders(@Payload() command: SendRemindersV1): Promise<RemindersSentView> {
    return this.reminders.send(command);
  }
}
