import { Module } from '@nestjs/common';
import { ClockModule, CommunityReplicaModule } from '@pcs/platform';
import { ComplaintsModule } from '../complaints/complaints.module.js';
import { EarlyWarningService } from './early-warning.service.js';
import { IncidentClosedSubscriber } from './incident-closed.subscriber.js';
import { IncidentService } from './incident.service.js';
import { IncidentsNatsController } from './incidents.nats-controller.js';

/** CMP-11, CMP-15: early warnings raised at registration, incidents, and their closing. */
@Module({
  imports: [ClockModule, CommunityReplicaModule, ComplaintsModule],
  controllers: [IncidentsNatsController],
  providers: [EarlyWarningService, IncidentClosedSubscriber, IncidentService],
})
export class IncidentsModule {}
