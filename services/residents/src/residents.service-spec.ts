import { ResidentsBus } from '@pcs/contracts';
import type { ServiceSpec } from '@pcs/platform';
import { RESIDENTS_DEVELOPMENT_ENV, ResidentsEnv } from './config/residents-env.js';
import { RESIDENTS_MIGRATIONS } from './migrations/index.js';

/** Residents service: property structure, people, occupancy, move-in, fit-out, move-out, company calendar. */
export const residentsService: ServiceSpec<ResidentsEnv> = {
  name: ResidentsBus.service,
  env: ResidentsEnv,
  developmentEnv: RESIDENTS_DEVELOPMENT_ENV,
  imports: [],
  entities: [],
  migrations: RESIDENTS_MIGRATIONS,
  stream: ResidentsBus,
};
