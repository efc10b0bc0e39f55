import { runMigrations } from '@pcs/platform';
import { complaintsService } from './complaints.service-spec.js';

await runMigrations(complaintsService);
