import { runMigrations } from '@pcs/platform';
import { billingService } from './billing.service-spec.js';

await runMigrations(billingService);
