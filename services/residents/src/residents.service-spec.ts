import { ResidentsBus } from '@pcs/contracts';
import type { ServiceSpec } from '@pcs/platform';
import { AppModule, RESIDENTS_ENTITIES, RESIDENTS_MIGRATIONS } from './app.module.js';
import { RESIDENTS_DEVELOPMENT_ENV, ResidentsEnv } from './config/residents-env.js';

/** Residents: property structure, people, occupancy, move-in, fit-out, move-out, company calendar. */
export const residentsService: ServiceSpec<ResidentsEnv> = {
  name: ResidentsBus.service,
  env: ResidentsEnv,
  developmentEnv: RESIDENTS_DEVELOPMENT_ENV,
  imports: [AppModule],
  entities: RESIDENTS_ENTITIES,
  migrations: RESIDENTS_MIGRATIONS,
  stream: ResidentsBus,
};
