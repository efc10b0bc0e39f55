import { runProcess, startService } from '@pcs/platform';
import { maintenanceService } from './maintenance.service-spec.js';

await runProcess(() =>
  startService(maintenanceService, { migrate: process.env['MIGRATE_ON_START'] === 'true' }),
);
