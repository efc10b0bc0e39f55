import { Module } from '@nestjs/common';
import { ResidentPreferenceSubscriber, UnitReplicaSubscriber } from './replicas.subscribers.js';

/** What complaints keeps of residents' data: units by building, residents' contact preferences. */
@Module({ providers: [ResidentPreferenceSubscriber, UnitReplicaSubscriber] })
export class ReplicasModule {}
