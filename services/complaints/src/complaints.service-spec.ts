import { ComplaintsBus } from '@pcs/contracts';
import {
  CalendarReplicaModule,
  CalendarYearReplica,
  CommunityReplica,
  CommunityReplicaModule,
  RecordHistory,
  type ServiceSpec,
} from '@pcs/platform';
import { Complaint } from './complaints/complaint.entity.js';
import { ComplaintsModule } from './complaints/complaints.module.js';
import { COMPLAINTS_DEVELOPMENT_ENV, ComplaintsEnv } from './config/complaints-env.js';
import { COMPLAINTS_MIGRATIONS } from './migrations/index.js';

/** The complaints service: call/visit register, complaints, suggestions, return visits, handovers. */
export const complaintsService: ServiceSpec<ComplaintsEnv> = {
  name: ComplaintsBus.service,
  env: ComplaintsEnv,
  developmentEnv: COMPLAINTS_DEVELOPMENT_ENV,
  imports: [CalendarReplicaModule, CommunityReplicaModule, ComplaintsModule],
  entities: [CalendarYearReplica, CommunityReplica, Complaint, RecordHistory],
  migrations: COMPLAINTS_MIGRATIONS,
  stream: ComplaintsBus,
};
