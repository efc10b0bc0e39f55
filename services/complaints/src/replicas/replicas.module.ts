import { Module } from '@nestjs/common';
import { ResidentPreferenceModule } from '@pcs/platform';
import { UnitReplicaSubscriber } from './replicas.subscribers.js';

/** What complaints keeps of residents' data: units by building, residents' contact preferences. */
@Module({ imports: [ResidentPreferenceModule], providers: [UnitReplicaSubscriber] })
export class ReplicasModule {}
