import { printSchemaDrift } from '@pcs/platform';
import { maintenanceService } from './maintenance.service-spec.js';

/* `npm run migration:sql -w @pcs/maintenance`: the SQL the next migration needs. */
await printSchemaDrift(maintenanceService);
