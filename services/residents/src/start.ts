import { runProcess, startService } from '@pcs/platform';
import { residentsService } from './residents.service-spec.js';

await runProcess(() =>
  startService(residentsService, { migrate: process.env['MIGRATE_ON_START'] === 'true' }),
);
