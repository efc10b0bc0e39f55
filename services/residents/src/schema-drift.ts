import { printSchemaDrift } from '@pcs/platform';
import { residentsService } from './residents.service-spec.js';

/* `npm run migration:sql -w @pcs/residents`: the SQL the next migration needs. */
await printSchemaDrift(residentsService);
