import { BillingBus } from '@pcs/contracts';
import type { ServiceSpec } from '@pcs/platform';
import { BILLING_DEVELOPMENT_ENV, BillingEnv } from './config/billing-env.js';
import { BILLING_MIGRATIONS } from './migrations/index.js';

/** Billing service: fee items, billing runs, apportionment, payments, deposits, ledger, clearance. */
export const billingService: ServiceSpec<BillingEnv> = {
  name: BillingBus.service,
  env: BillingEnv,
  developmentEnv: BILLING_DEVELOPMENT_ENV,
  imports: [],
  entities: [],
  migrations: BILLING_MIGRATIONS,
  stream: BillingBus,
};
