import { Module } from '@nestjs/common';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import {
  CalendarReplicaModule,
  CalendarYearReplica,
  CommunityReplica,
  CommunityReplicaModule,
  Migration20261122000000_PlatformTables,
  Migration20261123100000_CalendarReplica,
  Migration20261124000000_RecordHistory,
  Migration20261202000000_PlatformHardening,
  Migration20261202010000_CommunityReplica,
  RecordHistory,
  ClockModule,
  ResidentPreference,
} from '@pcs/platform';
import { CallBack } from './call-backs/call-back.entity.js';
import { CallBacksModule } from './call-backs/call-backs.module.js';
import { CallerCardModule } from './caller-card/caller-card.module.js';
import { IncomingCall } from './caller-card/incoming-call.entity.js';
import { Complaint } from './complaints/complaint.entity.js';
import { ComplaintsModule } from './complaints/complaints.module.js';
import { ComplaintDeadline } from './deadlines/complaint-deadline.entity.js';
import { DeadlineRecompute } from './deadlines/deadline-recompute.js';
import { ShiftHandover } from './handovers/shift-handover.entity.js';
import { ShiftHandoversModule } from './handovers/shift-handovers.module.js';
import { EarlyWarningRule } from './incidents/early-warning-rule.entity.js';
import { EarlyWarning } from './incidents/early-warning.entity.js';
import { Incident } from './incidents/incident.entity.js';
import { IncidentsModule } from './incidents/incidents.module.js';
import { DayReconciliation } from './reconciliation/day-reconciliation.entity.js';
import { ReconciliationModule } from './reconciliation/reconciliation.module.js';
import { ReplicasModule } from './replicas/replicas.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { ReportDelivery, ReportSubscription } from './reports/report-subscription.entity.js';
import { TypicalCase } from './reports/typical-case.entity.js';
import { PersonReplica } from './replicas/person-replica.entity.js';
import { UnitReplica } from './replicas/unit-replica.entity.js';
import { RepairsModule } from './repairs/repairs.module.js';
import { SurveyResponse } from './surveys/survey-response.entity.js';
import { Survey } from './surveys/survey.entity.js';
import { SurveysModule } from './surveys/surveys.module.js';
import { UnitStatusReplica } from './replicas/unit-status-replica.entity.js';
import { Migration20261122010000_Complaints } from './migrations/Migration20261122010000_Complaints.js';
import { Migration20261124010000_ComplaintsArchive } from './migrations/Migration20261124010000_ComplaintsArchive.js';
import { Migration20261202100000_ComplaintHandling } from './migrations/Migration20261202100000_ComplaintHandling.js';
import { Migration20261203100000_DeskRecords } from './migrations/Migration20261203100000_DeskRecords.js';
import { Migration20261204200000_WarningsAndIncidents } from './migrations/Migration20261204200000_WarningsAndIncidents.js';
import { Migration20261205300000_Surveys } from './migrations/Migration20261205300000_Surveys.js';
import { Migration20261205300000_ComplaintReports } from './migrations/Migration20261205300000_ComplaintReports.js';
import { Migration20261206100000_OpenCounts } from './migrations/Migration20261206100000_OpenCounts.js';
import { Migration20261207100000_RepairNumbersAndVisitDays } from './migrations/Migration20261207100000_RepairNumbersAndVisitDays.js';
import { Migration20261208100000_UnitCorrections } from './migrations/Migration20261208100000_UnitCorrections.js';
import { Migration20261209100000_IncomingCallsPerCommunity } from './migrations/Migration20261209100000_IncomingCallsPerCommunity.js';

/**
 * The complaints service: call/visit register, complaints, suggestions, return visits, the daily
 * reconciliation, the call-back list, shift handovers, early warnings, incidents, the caller card's
 * history and satisfaction surveys,
 * with the company calendar replicated for working-day deadlines (GEN-1) and the communities for
 * their time zones (GEN-2).
 */
@Module({
  imports: [
    CalendarReplicaModule.withListener(DeadlineRecompute, [ClockModule, CommunityReplicaModule]),
    CallBacksModule,
    CallerCardModule,
    CommunityReplicaModule,
    ComplaintsModule,
    IncidentsModule,
    ReconciliationModule,
    RepairsModule,
    ReplicasModule,
    ReportsModule,
    ShiftHandoversModule,
    SurveysModule,
  ],
})
export class AppModule {}

/** Every entity the service maps, listed explicitly: nothing is discovered from folders. */
export const COMPLAINTS_ENTITIES: Constructor[] = [
  CalendarYearReplica,
  CallBack,
  CommunityReplica,
  Complaint,
  ComplaintDeadline,
  DayReconciliation,
  EarlyWarning,
  EarlyWarningRule,
  Incident,
  IncomingCall,
  PersonReplica,
  RecordHistory,
  ReportDelivery,
  ReportSubscription,
  ResidentPreference,
  ShiftHandover,
  Survey,
  SurveyResponse,
  TypicalCase,
  UnitReplica,
  UnitStatusReplica,
];

/** Applied in this order; the platform's tables come first in every service. */
export const COMPLAINTS_MIGRATIONS: Constructor<Migration>[] = [
  Migration20261122000000_PlatformTables,
  Migration20261122010000_Complaints,
  Migration20261123100000_CalendarReplica,
  Migration20261124000000_RecordHistory,
  Migration20261124010000_ComplaintsArchive,
  Migration20261202000000_PlatformHardening,
  Migration20261202010000_CommunityReplica,
  Migration20261202100000_ComplaintHandling,
  Migration20261203100000_DeskRecords,
  Migration20261204200000_WarningsAndIncidents,
  Migration20261205300000_Surveys,
  Migration20261205300000_ComplaintReports,
  Migration20261206100000_OpenCounts,
  Migration20261207100000_RepairNumbersAndVisitDays,
  Migration20261208100000_UnitCorrections,
  Migration20261209100000_IncomingCallsPerCommunity,
];
