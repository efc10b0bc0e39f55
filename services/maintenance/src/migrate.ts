import { runMigrations } from '@pcs/platform';
import { maintenanceService } from './maintenance.service-spec.js';

await runMigrations(maintenanceService);
