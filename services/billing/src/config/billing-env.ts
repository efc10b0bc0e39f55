import { ServiceEnv } from '@pcs/platform';

export class BillingEnv extends ServiceEnv {}

export const BILLING_DEVELOPMENT_ENV = {
  PORT: '3103',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/pcs_billing',
};
