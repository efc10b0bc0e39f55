import { printSchemaDrift } from '@pcs/platform';
import { billingService } from './billing.service-spec.js';

/* `npm run migration:sql -w @pcs/billing`: the SQL the next migration needs. */
await printSchemaDrift(billingService);
