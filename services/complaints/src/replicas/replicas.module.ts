import { Module } from '@nestjs/common';
import { ResidentPreferenceModule } from '@pcs/platform';
import {
  PersonReplicaSubscriber,
  UnitCorrectionsSubscriber,
  UnitReplicaSubscriber,
} from './replicas.subscribers.js';

/**
 * What complaints keeps of residents' data: units by building, residents' communities and contact
 * preferences.
 */
@Module({
  imports: [ResidentPreferenceModule],
  providers: [PersonReplicaSubscriber, UnitCorrectionsSubscriber, UnitReplicaSubscriber],
})
export class ReplicasModule {}
