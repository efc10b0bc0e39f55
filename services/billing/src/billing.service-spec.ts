import { BillingBus } from '@pcs/contracts';
import type { ServiceSpec } from '@pcs/platform';
import { AppModule, BILLING_ENTITIES, BILLING_MIGRATIONS } from './app.module.js';
import { BILLING_DEVELOPMENT_ENV, BillingEnv } from './config/billing-env.js';

/** Billing service: fee items, billing runs, apportionment, payments, deposits, ledger, clearance. */
export const billingService: ServiceSpec<BillingEnv> = {
  name: BillingBus.service,
  env: BillingEnv,
  developmentEnv: BILLING_DEVELOPMENT_ENV,
  imports: [AppModule],
  entities: BILLING_ENTITIES,
  migrations: BILLING_MIGRATIONS,
  stream: BillingBus,
};
