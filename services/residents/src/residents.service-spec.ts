import { RecordHistory } from '@pcs/platform';
import { ResidentsBus } from '@pcs/contracts';
import type { ServiceSpec } from '@pcs/platform';
import { Building } from './communities/building.entity.js';
import { Community } from './communities/community.entity.js';
import { Company } from './communities/company.entity.js';
import { RESIDENTS_DEVELOPMENT_ENV, ResidentsEnv } from './config/residents-env.js';
import { RESIDENTS_MIGRATIONS } from './migrations/index.js';
import { Occupancy } from './occupancies/occupancy.entity.js';
import { Person } from './people/person.entity.js';
import { PROCEDURES_ENTITIES, ProceduresModule } from './procedures.js';
import { REGISTRY_ENTITIES, RegistryModule } from './registry.js';
import { Unit } from './units/unit.entity.js';

/** The records every part of the service shares. */
export const CORE_ENTITIES = [Building, Community, Company, Occupancy, Person, RecordHistory, Unit];

/** Residents: property structure, people, occupancy, move-in, fit-out, move-out, company calendar. */
export const residentsService: ServiceSpec<ResidentsEnv> = {
  name: ResidentsBus.service,
  env: ResidentsEnv,
  developmentEnv: RESIDENTS_DEVELOPMENT_ENV,
  imports: [RegistryModule, ProceduresModule],
  entities: [...CORE_ENTITIES, ...REGISTRY_ENTITIES, ...PROCEDURES_ENTITIES],
  migrations: RESIDENTS_MIGRATIONS,
  stream: ResidentsBus,
};
