import { ComplaintsBus } from '@pcs/contracts';
import type { ServiceSpec } from '@pcs/platform';
import { AppModule, COMPLAINTS_ENTITIES, COMPLAINTS_MIGRATIONS } from './app.module.js';
import { COMPLAINTS_DEVELOPMENT_ENV, ComplaintsEnv } from './config/complaints-env.js';

/** The complaints service: call/visit register, complaints, suggestions, return visits, handovers. */
export const complaintsService: ServiceSpec<ComplaintsEnv> = {
  name: ComplaintsBus.service,
  env: ComplaintsEnv,
  developmentEnv: COMPLAINTS_DEVELOPMENT_ENV,
  imports: [AppModule],
  entities: COMPLAINTS_ENTITIES,
  migrations: COMPLAINTS_MIGRATIONS,
  stream: ComplaintsBus,
};
