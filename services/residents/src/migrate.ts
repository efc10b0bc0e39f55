import { runMigrations } from '@pcs/platform';
import { residentsService } from './residents.service-spec.js';

await runMigrations(residentsService);
