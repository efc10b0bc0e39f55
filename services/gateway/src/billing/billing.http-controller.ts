import {
  applyDecorators,
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger';
import {
  RemindersSentView,
  SendReminders,
  SendRemindersV1,
  AccrueLateFees,
  AccrueLateFeesV1,
  ApportionSharedMeter,
  ListMeterReadings,
  ListFeeItems,
  ListFeeItemsV1,
  FeeItemsView,
  MeterReadingsQueryV1,
  MeterReadingsView,
  MeterReadingView,
  RecordMeterReading,
  RecordMeterReadingV1,
  ApportionSharedMeterV1,
  SharedMeterApportionmentView,
  LateFeeAccrualView,
  LateFeeWaiverBodyV1,
  WaiveLateFee,
  ArrearsDownloadQueryV1,
  ArrearsQueryV1,
  ArrearsView,
  CollectionRateQueryV1,
  CollectionRateView,
  GetCollectionRate,
  GetPerson,
  ListArrears,
  BillView,
  ClearanceView,
  CreditNoteBodyV1,
  CreditRefundBodyV1,
  DeductDeposit,
  DepositDeductionBodyV1,
  DepositRefundBodyV1,
  DepositView,
  GetClearance,
  GetClearanceV1,
  GetQualityDeposit,
  GetRevolvingFund,
  GetStatement,
  IssueCreditNote,
  PayerQueryV1,
  PaymentBodyV1,
  PaymentReversalBodyV1,
  PaymentView,
  PageQuery,
  QualityDepositView,
  ReceiveDeposit,
  ReceiveDepositV1,
  ReceiveQualityDeposit,
  ReceiveQualityDepositV1,
  QualityDepositReleaseBodyV1,
  ReleaseQualityDeposit,
  RecordPayment,
  RecordPaymentV1,
  RefundCredit,
  RefundDeposit,
  ReplenishRevolvingFund,
  ReversePayment,
  RunBilling,
  RunBillingV1,
  BillingRunView,
  SetFeeItemRate,
  SetFeeItemRateV1,
  FeeItemView,
  RevolvingFundReplenishmentBodyV1,
  RevolvingFundSizeBodyV1,
  RevolvingFundView,
  SetRevolvingFundSize,
  StatementView,
  GetCommunity,
  GetUnit,
  MAX_PAGE_LIMIT,
} from '@pcs/contracts';
import { BusClient, CallContext } from '@pcs/platform';
import type { TabularFormat } from '@pcs/tabular';
import { DEFAULT_STATEMENT_TIME_ZONE, PDF_CONTENT_TYPE, statementPdf } from './statement-pdf.js';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { CommunityIdParam } from '../http/community-id-param.js';
import { IdParam } from '../http/id-param.js';
import {
  ApiBadInput,
  ApiCommunityPath,
  ApiCreates,
  ApiCreatesOnce,
  ApiIdPath,
  ApiIdempotent,
  ApiJsonBody,
  ApiMovesMoneyOnce,
  ApiNotFound,
  ApiOk,
  ApiQueryOf,
  ApiRefused,
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';
import { ApiDownload, download } from '../http/downloads.js';
import { arrearsTable, collectionRateTable } from './billing-tables.js';
import { payerNames } from './payer-names.js';
import { isAllowed } from '../auth/permissions.js';

const NO_UNIT = "Billing knows no bill, payment or deposit of this unit in the caller's communities";

/**
 * BIL-5: what both payment routes (`units/{id}/payments` and interfaces.md's `payments`) are: what
 * one of them requires, the other requires too, so it goes here (decision 0205).
 */
const RecordsPayment = (): MethodDecorator =>
  applyDecorators(
    HttpCode(201),
    RequiresPermission('billing.collect'),
    ApiOperation({
      summary:
        '收款 Record a payment with a receipt number: oldest bills first or the bills named, the rest as credit (BIL-5)',
    }),
    // Decision 0200: without an Idempotency-Key a payment is refused (400 naming the header).
    ApiCreatesOnce(
      PaymentView,
      'EXTERNAL_TRANSACTION_REUSED: the transaction id was recorded with another amount or payer',
    ),
    ApiBadInput(),
    ApiNotFound(`${NO_UNIT}; BILL_NOT_FOUND: a bill named is not the unit's`),
    ApiRefused(
      'PAYER_NOT_OF_UNIT: billing knows no such payer of the unit; BILL_NOT_OPEN: a bill named is paid or cancelled',
    ),
  );

/** BIL-5, BIL-6, BIL-8 … BIL-11, MNT-13: the unit's account, payments, corrections, deposits and funds. */
@ApiTag('billing')
@ApiServedBy('billing')
@Controller('api/v1')
export class BillingHttpController {
  constructor(private readonly bus: BusClient) {}

  @Get('units/:id/statement')
  @RequiresPermission('billing.read')
  @ApiOperation({
    summary: '对账单 A unit’s account: bills, payments, deposits, what is owed and what is credited',
  })
  @ApiIdPath('The unit')
  @ApiQueryOf(PayerQueryV1)
  @ApiOk(StatementView)
  @ApiBadInput()
  @ApiNotFound(NO_UNIT)
  getUnitStatement(@Param() p: IdParam, @Query() query: PayerQueryV1): Promise<StatementView> {
    return this.bus.request(GetStatement, { ...query, unitId: p.id });
  }

  /** The fixed name of interfaces.md for the statement above: the same answer (decision 0205). */
  @Get('units/:id/account')
  @RequiresPermission('billing.read')
  @ApiOperation({
    summary:
      '房屋账户 A unit’s account: bills, payments, deposits, what is owed and credited; the same as its statement',
  })
  @ApiIdPath('The unit')
  @ApiQueryOf(PayerQueryV1)
  @ApiOk(StatementView)
  @ApiBadInput()
  @ApiNotFound(NO_UNIT)
  getUnitAccount(@Param() p: IdParam, @Query() query: PayerQueryV1): Promise<StatementView> {
    return this.getUnitStatement(p, query);
  }

  @Get('units/:id/statement.pdf')
  @RequiresPermission('billing.read')
  @Header('content-type', PDF_CONTENT_TYPE)
  @Header('content-disposition', 'attachment; filename="statement.pdf"')
  @ApiOperation({
    summary: '打印对账单（PDF） A unit’s account statement as a PDF to hand to the resident (BIL-5 … BIL-8)',
  })
  @ApiIdPath('The unit')
  @ApiQueryOf(PayerQueryV1)
  @ApiProduces(PDF_CONTENT_TYPE)
  @ApiOkResponse({ content: { [PDF_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiBadInput()
  @ApiNotFound(NO_UNIT)
  async exportUnitStatement(@Param() p: IdParam, @Query() query: PayerQueryV1): Promise<Buffer> {
    const statement = await this.bus.request(GetStatement, { ...query, unitId: p.id });
    // The heading names the unit as residents does; billing keeps only its id.
    const unit = await this.bus.request(GetUnit, { id: p.id });
    const community = unit.communityId
      ? await this.bus.request(GetCommunity, { id: unit.communityId })
      : undefined;
    return statementPdf(statement, {
      communityName: community?.name ?? unit.communityId ?? '',
      unitLabel: unit.label ?? p.id,
      timeZone: community?.timeZone ?? DEFAULT_STATEMENT_TIME_ZONE,
      payerNames: await this.payerNamesFor([
        ...(statement.bills ?? []).map((b) => b.payerPersonId),
        ...(statement.payments ?? []).map((pay) => pay.payerPersonId),
      ]),
    });
  }

  @Get('clearance')
  @RequiresPermission('billing.read')
  @ApiOperation({
    summary:
      '欠费查询 Does the unit (or one payer) owe anything? With the open items; a unit never billed owes nothing (BIL-11)',
  })
  @ApiQueryOf(GetClearanceV1)
  @ApiOk(ClearanceView)
  @ApiBadInput()
  getClearance(@Query() query: GetClearanceV1): Promise<ClearanceView> {
    return this.bus.request(GetClearance, query);
  }

  /** The fixed name of interfaces.md for the clearance of one unit: `GET clearance?unitId=` (0205). */
  @Get('units/:id/clearance')
  @RequiresPermission('billing.read')
  @ApiOperation({
    summary:
      '房屋欠费查询 Does the unit (or one payer) owe anything? With the open items; a unit never billed owes nothing (BIL-11)',
  })
  @ApiIdPath('The unit')
  @ApiQueryOf(PayerQueryV1)
  @ApiOk(ClearanceView)
  @ApiBadInput()
  @ApiNotFound(NO_UNIT)
  getUnitClearance(@Param() p: IdParam, @Query() query: PayerQueryV1): Promise<ClearanceView> {
    return this.getClearance({ ...query, unitId: p.id });
  }

  @Post('units/:id/payments')
  @RecordsPayment()
  @ApiIdPath('The unit')
  @ApiJsonBody(PaymentBodyV1)
  recordPayment(@Param() p: IdParam, @Body() body: PaymentBodyV1): Promise<PaymentView> {
    return this.pay({ ...body, unitId: p.id });
  }

  /** The fixed name of interfaces.md: the unit in the body, else the route above (decision 0205). */
  @Post('payments')
  @RecordsPayment()
  @ApiJsonBody(RecordPaymentV1)
  recordUnitPayment(@Body() body: RecordPaymentV1): Promise<PaymentView> {
    return this.pay(body);
  }

  /** BIL-5: both payment routes record a payment here, and only here. */
  private pay(command: RecordPaymentV1): Promise<PaymentView> {
    return this.bus.request(RecordPayment, command);
  }

  @Post('payments/:id/reversal')
  @HttpCode(200)
  @RequiresPermission('billing.correct')
  @ApiOperation({ summary: '冲回收款 Reverse a payment by new entries; what it paid is owed again (BIL-6)' })
  @ApiIdPath('The payment')
  @ApiJsonBody(PaymentReversalBodyV1)
  @ApiOk(PaymentView)
  @ApiBadInput()
  @ApiNotFound("No such payment in the caller's communities")
  @ApiIdempotent('INVALID_STATE_TRANSITION: the payment is reversed already')
  @ApiRefused('AMOUNT_EXCEEDS_BALANCE: what the payment paid in was refunded or deducted since')
  reversePayment(@Param() p: IdParam, @Body() body: PaymentReversalBodyV1): Promise<PaymentView> {
    return this.bus.request(ReversePayment, { ...body, paymentId: p.id });
  }

  @Post('units/:id/credit-refunds')
  @HttpCode(200)
  @RequiresPermission('billing.correct')
  @ApiOperation({ summary: '余额退款 Pay back part or all of a payer’s credit balance (BIL-5, BIL-6)' })
  @ApiIdPath('The unit')
  @ApiJsonBody(CreditRefundBodyV1)
  @ApiOk(StatementView)
  @ApiBadInput()
  @ApiNotFound(NO_UNIT)
  @ApiRefused('AMOUNT_EXCEEDS_BALANCE: more than the payer’s credit balance')
  // Money paid out: without an Idempotency-Key a retry would pay it twice (decision 0248).
  @ApiMovesMoneyOnce()
  refundCredit(@Param() p: IdParam, @Body() body: CreditRefundBodyV1): Promise<StatementView> {
    return this.bus.request(RefundCredit, { ...body, unitId: p.id });
  }

  @Post('bills/:id/credit-notes')
  @HttpCode(200)
  @RequiresPermission('billing.correct')
  @ApiOperation({ summary: '开具红字冲销 Reduce or cancel an issued bill by a credit note (BIL-6)' })
  @ApiIdPath('The bill')
  @ApiJsonBody(CreditNoteBodyV1)
  @ApiOk(BillView)
  @ApiBadInput()
  @ApiNotFound("No such bill in the caller's communities")
  @ApiRefused(
    'AMOUNT_EXCEEDS_BALANCE: more than the bill still owes; BUSINESS_RULE_VIOLATED: the bill is a late fee, waived by a cs-manager with POST /bills/{id}/waiver (BIL-13)',
  )
  // A partial credit note retried after a lost answer would reduce the bill twice (decision 0255).
  @ApiMovesMoneyOnce()
  issueCreditNote(@Param() p: IdParam, @Body() body: CreditNoteBodyV1): Promise<BillView> {
    return this.bus.request(IssueCreditNote, { ...body, billId: p.id });
  }

  @Post('deposits')
  @HttpCode(201)
  @RequiresPermission('billing.deposits')
  @ApiOperation({
    summary:
      '收取押金 Receive a unit payer’s contract deposit at the cashier, held at once, with its YJ number (BIL-8)',
  })
  @ApiJsonBody(ReceiveDepositV1)
  // Money received, as a payment (decision 0200): without an Idempotency-Key it is refused.
  @ApiCreatesOnce(
    DepositView,
    'EXTERNAL_TRANSACTION_REUSED: the transaction id paid a payment or another deposit',
  )
  @ApiBadInput()
  @ApiNotFound(NO_UNIT)
  @ApiRefused(
    "BUSINESS_RULE_VIOLATED: a decoration deposit (paid on its decoration's bill), or the payer's deposit of this kind awaits payment on a bill; PAYER_NOT_OF_UNIT: billing knows no such payer of the unit",
  )
  receiveDeposit(@Body() body: ReceiveDepositV1): Promise<DepositView> {
    return this.bus.request(ReceiveDeposit, body);
  }

  @Post('deposits/:id/deductions')
  @HttpCode(200)
  @RequiresPermission('billing.deposits')
  @ApiOperation({
    summary:
      '押金扣除 Deduct damage from a deposit; above its balance the rest is charged to the unit (BIL-8)',
  })
  @ApiIdPath('The deposit')
  @ApiJsonBody(DepositDeductionBodyV1)
  @ApiOk(DepositView)
  @ApiBadInput()
  @ApiNotFound("No such deposit in the caller's communities")
  // A retry would deduct (and charge the unit) twice: an Idempotency-Key is required (decision 0248).
  @ApiMovesMoneyOnce('INVALID_STATE_TRANSITION: the deposit is refunded or cancelled')
  deductDeposit(@Param() p: IdParam, @Body() body: DepositDeductionBodyV1): Promise<DepositView> {
    return this.bus.request(DeductDeposit, { ...body, depositId: p.id });
  }

  @Post('deposits/:id/refund')
  @HttpCode(200)
  @RequiresPermission('billing.deposits')
  @ApiOperation({
    summary:
      '退还押金 Refund a deposit’s balance; a decoration deposit from 90 days after its passed inspection (BIL-8, BIL-9)',
  })
  @ApiIdPath('The deposit')
  @ApiJsonBody(DepositRefundBodyV1)
  @ApiOk(DepositView)
  @ApiBadInput()
  @ApiNotFound("No such deposit in the caller's communities")
  @ApiIdempotent('INVALID_STATE_TRANSITION: the deposit is not held')
  @ApiRefused('DEPOSIT_NOT_REFUNDABLE: a decoration deposit before its refund day')
  refundDeposit(@Param() p: IdParam, @Body() body: DepositRefundBodyV1): Promise<DepositView> {
    return this.bus.request(RefundDeposit, { ...body, depositId: p.id });
  }

  @Get('contractors/:id/quality-deposit')
  @RequiresPermission('billing.read')
  @ApiOperation({
    summary:
      '质保金明细 A contractor’s quality guarantee deposit: its name, balance, shortfall and movements (receipts, deductions, shortfalls, releases), newest first, a page at a time (BIL-10)',
  })
  @ApiIdPath('The contractor')
  @ApiQueryOf(PageQuery)
  @ApiOk(QualityDepositView)
  @ApiBadInput()
  @ApiNotFound('Billing holds no quality deposit of this contractor')
  getQualityDeposit(@Param() p: IdParam, @Query() query: PageQuery): Promise<QualityDepositView> {
    return this.bus.request(GetQualityDeposit, { ...query, contractorId: p.id });
  }

  @Post('contractors/:id/quality-deposit/release')
  @HttpCode(200)
  @RequiresPermission('billing.funds')
  @ApiOperation({
    summary:
      '退还质保金 Release a contractor’s quality guarantee deposit at the end of the warranty, less what it still owes (BIL-10)',
  })
  @ApiIdPath('The contractor')
  @ApiJsonBody(QualityDepositReleaseBodyV1)
  @ApiOk(QualityDepositView)
  @ApiBadInput()
  @ApiNotFound('Billing holds no quality deposit of this contractor')
  @ApiRefused(
    'AMOUNT_EXCEEDS_BALANCE: more than the deposit holds; BUSINESS_RULE_VIOLATED: the warranty has not ended',
  )
  @ApiMovesMoneyOnce()
  releaseQualityDeposit(
    @Param() p: IdParam,
    @Body() body: QualityDepositReleaseBodyV1,
  ): Promise<QualityDepositView> {
    return this.bus.request(ReleaseQualityDeposit, { ...body, contractorId: p.id });
  }

  @Post('quality-deposits')
  @HttpCode(200)
  @RequiresPermission('billing.funds')
  @ApiOperation({
    summary:
      '收取质保金 Record a contractor’s quality guarantee deposit received; the first receipt records the contractor’s name (BIL-10)',
  })
  @ApiJsonBody(ReceiveQualityDepositV1)
  @ApiOk(QualityDepositView)
  @ApiBadInput()
  @ApiRefused('BUSINESS_RULE_VIOLATED: the contractor id is on file under another contractorName')
  // Money received, as a payment (decisions 0200, 0248): without an Idempotency-Key it is refused.
  @ApiMovesMoneyOnce()
  recordQualityDeposit(@Body() body: ReceiveQualityDepositV1): Promise<QualityDepositView> {
    return this.bus.request(ReceiveQualityDeposit, body);
  }

  @Get('revolving-funds/:id')
  @RequiresPermission('billing.funds')
  @ApiOperation({
    summary: '周转金余额 A repair team’s revolving fund: its size and what it holds now (MNT-13)',
  })
  @ApiIdPath('The repair team')
  @ApiOk(RevolvingFundView)
  @ApiBadInput()
  @ApiNotFound('The team has drawn nothing yet: its fund is not open')
  getRevolvingFund(@Param() p: IdParam): Promise<RevolvingFundView> {
    return this.bus.request(GetRevolvingFund, { teamId: p.id });
  }

  @Post('revolving-funds/:id/replenishments')
  @HttpCode(200)
  @RequiresPermission('billing.funds')
  @ApiOperation({
    summary: '补充周转金 Replenish a repair team’s revolving fund, opened by its first draw (MNT-13)',
  })
  @ApiIdPath('The repair team')
  @ApiJsonBody(RevolvingFundReplenishmentBodyV1)
  @ApiOk(RevolvingFundView)
  @ApiBadInput()
  @ApiNotFound('The team has drawn nothing yet: its fund is not open')
  @ApiRefused('BUSINESS_RULE_VIOLATED: the amount would take the fund above its size')
  // A retry would top the fund up twice: an Idempotency-Key is required (decision 0248).
  @ApiMovesMoneyOnce()
  replenishRevolvingFund(
    @Param() p: IdParam,
    @Body() body: RevolvingFundReplenishmentBodyV1,
  ): Promise<RevolvingFundView> {
    return this.bus.request(ReplenishRevolvingFund, { ...body, teamId: p.id });
  }

  @Put('revolving-funds/:id')
  @RequiresPermission('billing.funds')
  @ApiOperation({
    summary:
      '调整周转金额度 Set a repair team’s revolving fund size; the difference moves to or from the float (MNT-13, decision 0356)',
  })
  @ApiIdPath('The repair team')
  @ApiJsonBody(RevolvingFundSizeBodyV1)
  @ApiOk(RevolvingFundView)
  @ApiBadInput()
  @ApiRefused(
    'BUSINESS_RULE_VIOLATED: the team has no fund yet (teamId), or the size is below what the team has drawn out (sizeFen)',
  )
  // It moves money between the float and the fund: an Idempotency-Key is required (decision 0248).
  @ApiMovesMoneyOnce()
  setRevolvingFundSize(
    @Param() p: IdParam,
    @Body() body: RevolvingFundSizeBodyV1,
  ): Promise<RevolvingFundView> {
    return this.bus.request(SetRevolvingFundSize, { ...body, teamId: p.id });
  }

  @Get('fee-items')
  @RequiresPermission('billing.fee-items.read')
  @ApiOperation({ summary: '收费项目 The company’s fee items with every dated rate, by code (BIL-1)' })
  @ApiQueryOf(ListFeeItemsV1)
  @ApiOk(FeeItemsView)
  @ApiBadInput()
  listFeeItems(@Query() query: ListFeeItemsV1): Promise<FeeItemsView> {
    return this.bus.request(ListFeeItems, query);
  }

  @Post('fee-items')
  @HttpCode(200)
  @RequiresPermission('billing.fee-items')
  @ApiOperation({
    summary:
      '收费项目与单价 Define a fee item (periodic, or metered and billed by its readings) or give it a new rate from a day on; issued bills keep theirs (BIL-1)',
  })
  @ApiJsonBody(SetFeeItemRateV1)
  @ApiOk(FeeItemView)
  @ApiBadInput()
  @ApiIdempotent()
  setFeeItemRate(@Body() body: SetFeeItemRateV1): Promise<FeeItemView> {
    return this.bus.request(SetFeeItemRate, body);
  }

  @Post('billing-runs')
  @HttpCode(200)
  @RequiresPermission('billing.run')
  @ApiOperation({
    summary:
      '月度计费 Bill a community’s units for a month, once, pro rata by day; a second call (or a rerun after a failure) completes it, and bills units that have no bill of the month yet, without billing anyone twice (BIL-2)',
  })
  @ApiJsonBody(RunBillingV1)
  @ApiOk(BillingRunView)
  @ApiBadInput()
  @ApiNotFound("The community is not among the caller's, or residents never announced it")
  @ApiIdempotent()
  runBilling(@Body() body: RunBillingV1): Promise<BillingRunView> {
    return this.bus.request(RunBilling, body);
  }

  @Get('communities/:id/arrears')
  @RequiresPermission('billing.read')
  @ApiOperation({ summary: '欠费清单 Unpaid bills past due, with their 15/30/60-day reminder stage (BIL-4)' })
  @ApiCommunityPath()
  @ApiQueryOf(ArrearsQueryV1)
  @ApiOk(ArrearsView)
  @ApiBadInput()
  @ApiNotFound("No such community among the caller's")
  listArrears(@Param() p: CommunityIdParam, @Query() query: ArrearsQueryV1): Promise<ArrearsView> {
    return this.bus.request(ListArrears, { ...query, communityId: p.id });
  }

  @Get('communities/:id/arrears.csv')
  @RequiresPermission('billing.read')
  @ApiOperation({ summary: '导出欠费清单 The arrears list as CSV (UTF-8 with BOM, Chinese headers) (BIL-4)' })
  @ApiCommunityPath()
  @ApiQueryOf(ArrearsDownloadQueryV1)
  @ApiDownload('csv')
  @ApiBadInput()
  @ApiNotFound("No such community among the caller's")
  exportArrears(
    @Param() p: CommunityIdParam,
    @Query() query: ArrearsDownloadQueryV1,
  ): Promise<StreamableFile> {
    return this.arrears(p.id, query, 'csv');
  }

  @Get('communities/:id/collection-rate')
  @RequiresPermission('billing.read')
  @ApiOperation({ summary: '收费率 A month’s collection rate: collected ÷ billed (BIL-4)' })
  @ApiCommunityPath()
  @ApiQueryOf(CollectionRateQueryV1)
  @ApiOk(CollectionRateView)
  @ApiBadInput()
  @ApiNotFound("No such community among the caller's")
  getCollectionRate(
    @Param() p: CommunityIdParam,
    @Query() query: CollectionRateQueryV1,
  ): Promise<CollectionRateView> {
    return this.bus.request(GetCollectionRate, { ...query, communityId: p.id });
  }

  @Get('communities/:id/collection-rate.csv')
  @RequiresPermission('billing.read')
  @ApiOperation({ summary: '导出收费率 A month’s collection rate as CSV (UTF-8 with BOM) (BIL-4)' })
  @ApiCommunityPath()
  @ApiQueryOf(CollectionRateQueryV1)
  @ApiDownload('csv')
  @ApiBadInput()
  @ApiNotFound("No such community among the caller's")
  exportCollectionRate(
    @Param() p: CommunityIdParam,
    @Query() query: CollectionRateQueryV1,
  ): Promise<StreamableFile> {
    return this.collectionRate(p.id, query, 'csv');
  }

  @Post('shared-meter-apportionments')
  @HttpCode(200)
  @RequiresPermission('billing.run')
  @ApiOperation({
    summary:
      '公共能耗分摊 Apportion a shared meter’s month to its units by floor area or sub-meter usage, the parts adding up exactly, each billed to the unit’s holders; once per meter and month (BIL-3)',
  })
  @ApiJsonBody(ApportionSharedMeterV1)
  @ApiOk(SharedMeterApportionmentView)
  @ApiBadInput()
  @ApiNotFound("The community is not among the caller's")
  @ApiRefused('BUSINESS_RULE_VIOLATED: every sub-meter read 0, nothing to apportion by')
  @ApiIdempotent('APPORTIONMENT_EXISTS: the meter’s month was apportioned with other units or amounts')
  apportionSharedMeter(@Body() body: ApportionSharedMeterV1): Promise<SharedMeterApportionmentView> {
    return this.bus.request(ApportionSharedMeter, body);
  }

  @Post('meter-readings')
  @HttpCode(201)
  @RequiresPermission('billing.meter-readings')
  @ApiOperation({
    summary:
      '抄表 Record a unit’s meter reading for a month and bill its usage at the metered item’s rate to the unit’s holders, pro rata by day; once per unit, item and month (BIL-1)',
  })
  @ApiJsonBody(RecordMeterReadingV1)
  @ApiCreates(
    MeterReadingView,
    'READING_EXISTS: the month was read with another figure and its bills are not all cancelled',
  )
  @ApiBadInput()
  @ApiNotFound("The community is not among the caller's")
  @ApiRefused(
    'BUSINESS_RULE_VIOLATED: the item is not metered, has no rate for the month or does not apply to the unit, the reading is below the last, or a later month is read; AMOUNT_TOO_LARGE: the usage would bill more than a bill may hold',
  )
  recordMeterReading(@Body() body: RecordMeterReadingV1): Promise<MeterReadingView> {
    return this.bus.request(RecordMeterReading, body);
  }

  @Get('communities/:id/meter-readings')
  @RequiresPermission('billing.meter-readings.read')
  @ApiOperation({
    summary: '抄表记录 A community’s meter readings of a month, with usage and amount (BIL-1)',
  })
  @ApiCommunityPath()
  @ApiQueryOf(MeterReadingsQueryV1)
  @ApiOk(MeterReadingsView)
  @ApiBadInput()
  @ApiNotFound("No such community among the caller's")
  listMeterReadings(
    @Param() p: CommunityIdParam,
    @Query() query: MeterReadingsQueryV1,
  ): Promise<MeterReadingsView> {
    return this.bus.request(ListMeterReadings, { ...query, communityId: p.id });
  }

  @Post('late-fee-accruals')
  @HttpCode(200)
  @RequiresPermission('billing.run')
  @ApiOperation({
    summary:
      '计收滞纳金 Accrue late fees up to a day on the community’s unpaid bills: after the grace period, capped at the principal, never compounded (BIL-13)',
  })
  @ApiJsonBody(AccrueLateFeesV1)
  @ApiOk(LateFeeAccrualView)
  @ApiBadInput()
  @ApiNotFound("The community is not among the caller's")
  @ApiIdempotent()
  accrueLateFees(@Body() body: AccrueLateFeesV1): Promise<LateFeeAccrualView> {
    return this.bus.request(AccrueLateFees, body);
  }

  @Post('bills/:id/waiver')
  @HttpCode(200)
  @RequiresPermission('billing.waive')
  @ApiOperation({ summary: '减免滞纳金 Waive a late fee, approved by a cs-manager with the reason (BIL-13)' })
  @ApiIdPath('The late-fee bill')
  @ApiJsonBody(LateFeeWaiverBodyV1)
  @ApiOk(BillView)
  @ApiBadInput()
  @ApiNotFound("No such bill in the caller's communities")
  @ApiIdempotent('INVALID_STATE_TRANSITION: the late fee is paid or waived already')
  @ApiRefused('BUSINESS_RULE_VIOLATED: the bill is not a late fee')
  waiveLateFee(@Param() p: IdParam, @Body() body: LateFeeWaiverBodyV1): Promise<BillView> {
    return this.bus.request(WaiveLateFee, { ...body, billId: p.id });
  }

  @Post('reminders')
  @HttpCode(200)
  @RequiresPermission('billing.run')
  @ApiOperation({
    summary:
      '催缴 Announce the 15/30/60-day reminders the community’s unpaid bills have come to by a day, each once (BIL-4)',
  })
  @ApiJsonBody(SendRemindersV1)
  @ApiOk(RemindersSentView)
  @ApiBadInput()
  @ApiNotFound("The community is not among the caller's")
  @ApiIdempotent()
  sendReminders(@Body() body: SendRemindersV1): Promise<RemindersSentView> {
    return this.bus.request(SendReminders, body);
  }

  @Get('communities/:id/arrears.xlsx')
  @RequiresPermission('billing.read')
  @ApiOperation({ summary: '导出欠费清单（Excel） The arrears list as an XLSX workbook (BIL-4)' })
  @ApiCommunityPath()
  @ApiQueryOf(ArrearsDownloadQueryV1)
  @ApiDownload('xlsx')
  @ApiBadInput()
  @ApiNotFound("No such community among the caller's")
  exportArrearsWorkbook(
    @Param() p: CommunityIdParam,
    @Query() query: ArrearsDownloadQueryV1,
  ): Promise<StreamableFile> {
    return this.arrears(p.id, query, 'xlsx');
  }

  @Get('communities/:id/collection-rate.xlsx')
  @RequiresPermission('billing.read')
  @ApiOperation({ summary: '导出收费率（Excel） A month’s collection rate as an XLSX workbook (BIL-4)' })
  @ApiCommunityPath()
  @ApiQueryOf(CollectionRateQueryV1)
  @ApiDownload('xlsx')
  @ApiBadInput()
  @ApiNotFound("No such community among the caller's")
  exportCollectionRateWorkbook(
    @Param() p: CommunityIdParam,
    @Query() query: CollectionRateQueryV1,
  ): Promise<StreamableFile> {
    return this.collectionRate(p.id, query, 'xlsx');
  }

  /** The query is answered before the first byte, so a bad one is still a problem response (decision 0146). */
  private async arrears(
    communityId: string,
    query: ArrearsDownloadQueryV1,
    format: TabularFormat,
  ): Promise<StreamableFile> {
    // Decision 0348: the download is the whole list, read a page of the largest size at a time.
    const first = await this.bus.request(ListArrears, { ...query, communityId, limit: MAX_PAGE_LIMIT });
    const items = [...(first.items ?? [])];
    for (let cursor = first.nextCursor; cursor;) {
      const page = await this.bus.request(ListArrears, {
        ...query,
        communityId,
        limit: MAX_PAGE_LIMIT,
        cursor,
      });
      items.push(...(page.items ?? []));
      cursor = page.nextCursor;
    }
    const view = { ...first, items, nextCursor: undefined };
    const names = await this.payerNamesFor(items.map((i) => i.payerPersonId));
    return download(
      format,
      arrearsTable(view, format, names),
      `arrears-${communityId}-${view.asOf}`,
      `欠费清单-${communityId}-截至${view.asOf}`,
    );
  }

  /**
   * The names of payers billing knows by id, read from residents for a caller who may read the
   * resident file (GEN-4, decisions 0371 and 0392); none for any other caller.
   */
  private async payerNamesFor(ids: (string | undefined)[]): Promise<Map<string, string> | undefined> {
    if (!isAllowed('people.read', CallContext.actor().roles)) return undefined;
    return payerNames(ids, async (id) => (await this.bus.request(GetPerson, { id })).name);
  }

  private async collectionRate(
    communityId: string,
    query: CollectionRateQueryV1,
    format: TabularFormat,
  ): Promise<StreamableFile> {
    const view = await this.bus.request(GetCollectionRate, { ...query, communityId });
    const community = await this.bus.request(GetCommunity, { id: communityId });
    const name = `${communityId}-${query.period}`;
    // Decision 0392: a rate as of a past day says so in its name as well as in its column.
    const asOf = view.asOf
      ? { ascii: `-${view.asOf}`, chinese: `-截至${view.asOf}` }
      : { ascii: '', chinese: '' };
    return download(
      format,
      collectionRateTable(view, format, community.name),
      `collection-rate-${name}${asOf.ascii}`,
      `收费率-${name}${asOf.chinese}`,
    );
  }
}
