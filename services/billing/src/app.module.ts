import { Module } from '@nestjs/common';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import {
  CommunityReplica,
  CommunityReplicaModule,
  Migration20261122000000_PlatformTables,
  Migration20261124000000_RecordHistory,
  Migration20261202000000_PlatformHardening,
  Migration20261202010000_CommunityReplica,
  RecordHistory,
} from '@pcs/platform';
import { BillingModule } from './billing.module.js';
import { BillingRun } from './billing-runs/billing-run.entity.js';
import { FeeItem } from './billing-runs/fee-item.entity.js';
import { OccupancyReplica } from './billing-runs/occupancy-replica.entity.js';
import { UnitReplica } from './billing-runs/unit-replica.entity.js';
import { BillLine } from './bills/bill-line.entity.js';
import { Bill } from './bills/bill.entity.js';
import { FeeRate } from './bills/fee-rate.entity.js';
import { ChargeRequest } from './charge-requests/charge-request.entity.js';
import { ClockModule } from './clock/clock.module.js';
import { Deposit } from './deposits/deposit.entity.js';
import { FundMovement } from './funds/fund-movement.entity.js';
import { QualityDepositContractor } from './funds/quality-deposit-contractor.entity.js';
import { Account } from './ledger/account.entity.js';
import { LedgerEntry } from './ledger/ledger-entry.entity.js';
import { LedgerTransaction } from './ledger/ledger-transaction.entity.js';
import { Migration20261210100000_Ledger } from './migrations/Migration20261210100000_Ledger.js';
import { Migration20261211100000_BillingRuns } from './migrations/Migration20261211100000_BillingRuns.js';
import { Migration20261212100000_UnitReplicaVersion } from './migrations/Migration20261212100000_UnitReplicaVersion.js';
import { Migration20261214120000_DepositsAtTheCashier } from './migrations/Migration20261214120000_DepositsAtTheCashier.js';
import { BillReminder } from './reports/bill-reminder.entity.js';
import { PaymentAllocation } from './payments/payment-allocation.entity.js';
import { Payment } from './payments/payment.entity.js';
import { MeterReading } from './meter-readings/meter-reading.entity.js';
import { Migration20261217100000_TenantPaysFees } from './migrations/Migration20261217100000_TenantPaysFees.js';
import { Migration20261218100000_PayerlessPayments } from './migrations/Migration20261218100000_PayerlessPayments.js';
import { Migration20261218110000_LateFeeTermsAtIssue } from './migrations/Migration20261218110000_LateFeeTermsAtIssue.js';
import { Migration20261219130000_QualityDepositNames } from './migrations/Migration20261219130000_QualityDepositNames.js';
import { Migration20261216100000_MeterReadings } from './migrations/Migration20261216100000_MeterReadings.js';
import { SharedMeterApportionment } from './shared-meters/shared-meter-apportionment.entity.js';
import { Migration20261215100000_SharedMeters } from './migrations/Migration20261215100000_SharedMeters.js';

/**
 * The billing service: the ledger (BIL-12), bills from residents' charge requests and maintenance's
 * paid services, payments and corrections, deposits, clearance, the repair teams' revolving funds and
 * the contractors' quality deposits.
 */
@Module({
  imports: [BillingModule, ClockModule, CommunityReplicaModule],
})
export class AppModule {}

/** Every entity the service maps, listed explicitly: nothing is discovered from folders. */
export const BILLING_ENTITIES: Constructor[] = [
  Account,
  Bill,
  BillingRun,
  BillLine,
  BillReminder,
  ChargeRequest,
  CommunityReplica,
  Deposit,
  FeeItem,
  FeeRate,
  FundMovement,
  LedgerEntry,
  LedgerTransaction,
  OccupancyReplica,
  MeterReading,
  Payment,
  PaymentAllocation,
  QualityDepositContractor,
  RecordHistory,
  SharedMeterApportionment,
  UnitReplica,
];

/** Applied in this order; the platform's tables come first in every service. */
export const BILLING_MIGRATIONS: Constructor<Migration>[] = [
  Migration20261122000000_PlatformTables,
  Migration20261124000000_RecordHistory,
  Migration20261202000000_PlatformHardening,
  Migration20261202010000_CommunityReplica,
  Migration20261210100000_Ledger,
  Migration20261211100000_BillingRuns,
  Migration20261212100000_UnitReplicaVersion,
  Migration20261214120000_DepositsAtTheCashier,
  Migration20261215100000_SharedMeters,
  Migration20261216100000_MeterReadings,
  Migration20261217100000_TenantPaysFees,
  Migration20261218100000_PayerlessPayments,
  Migration20261218110000_LateFeeTermsAtIssue,
  Migration20261219130000_QualityDepositNames,
];
