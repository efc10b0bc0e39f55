import { printSchemaDrift } from '@pcs/platform';
import { complaintsService } from './complaints.service-spec.js';

/* `npm run migration:sql -w @pcs/complaints`: the SQL the next migration needs. */
await printSchemaDrift(complaintsService);
