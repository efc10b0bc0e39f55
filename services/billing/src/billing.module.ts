import { Module } from '@nestjs/common';
import { CommunityReplicaModule } from '@pcs/platform';
import { BillingNatsController } from './billing.nats-controller.js';
import { BillingRunService } from './billing-runs/billing-run.service.js';
import { LateFeeService } from './billing-runs/late-fee.service.js';
import { OccupancyCorrection } from './billing-runs/occupancy-correction.js';
import {
  OccupancyReplicaSubscriber,
  UnitCorrectionsSubscriber,
  UnitReplicaSubscriber,
} from './billing-runs/replicas.subscribers.js';
import { BillIssuer } from './bills/bill-issuer.js';
import { BillService } from './bills/bill.service.js';
import { ChargeRequestSettlement } from './charge-requests/charge-request-settlement.js';
import { ChargeRequestStatusService } from './charge-requests/charge-request-status.service.js';
import { ChargeRequestsSubscriber } from './charge-requests/charge-requests.subscriber.js';
import {
  DecorationDamagesSubscriber,
  DecorationInspectionsSubscriber,
} from './deposits/decorations.subscriber.js';
import { DepositService } from './deposits/deposit.service.js';
import { FundsService } from './funds/funds.service.js';
import { SettlementsSubscriber, WorkOrdersSubscriber } from './funds/maintenance.subscribers.js';
import { MeterReadingService } from './meter-readings/meter-reading.service.js';
import { PaymentService } from './payments/payment.service.js';
import { ReminderService } from './reports/reminder.service.js';
import { ReportService } from './reports/report.service.js';
import { SharedMeterService } from './shared-meters/shared-meter.service.js';
import { StatementService } from './statements/statement.service.js';

/** Bills, payments, corrections, deposits, clearance and funds, with the events that drive them. */
@Module({
  imports: [CommunityReplicaModule],
  controllers: [BillingNatsController],
  providers: [
    BillingRunService,
    BillIssuer,
    BillService,
    ChargeRequestSettlement,
    ChargeRequestStatusService,
    ChargeRequestsSubscriber,
    DecorationDamagesSubscriber,
    DecorationInspectionsSubscriber,
    DepositService,
    FundsService,
    LateFeeService,
    OccupancyCorrection,
    OccupancyReplicaSubscriber,
    PaymentService,
    MeterReadingService,
    ReminderService,
    ReportService,
    SettlementsSubscriber,
    SharedMeterService,
    StatementService,
    UnitReplicaSubscriber,
    UnitCorrectionsSubscriber,
    WorkOrdersSubscriber,
  ],
})
export class BillingModule {}
