import { runProcess, startService } from '@pcs/platform';
import { billingService } from './billing.service-spec.js';

await runProcess(() => startService(billingService, { migrate: process.env['MIGRATE_ON_START'] === 'true' }));
