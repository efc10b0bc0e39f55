import { runProcess, startService } from '@pcs/platform';
import { complaintsService } from './complaints.service-spec.js';

await runProcess(() =>
  startService(complaintsService, { migrate: process.env['MIGRATE_ON_START'] === 'true' }),
);
