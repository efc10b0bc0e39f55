import { Module } from '@nestjs/common';
import {
  ClockModule,
  CommunityReplicaModule,
  CompanyCalendars,
  ResidentPreferenceModule,
} from '@pcs/platform';
import { MaintenanceScheduler } from './deadlines/maintenance-scheduler.js';
import { RepairDeadlineMonitor } from './deadlines/repair-deadline-monitor.js';
import { FitOutVisitsSubscriber } from './proactive-visits/fit-out-visits.subscriber.js';
import { ProactiveVisitService } from './proactive-visits/proactive-visit.service.js';
import { ProactiveVisitsNatsController } from './proactive-visits/proactive-visits.nats-controller.js';
import { UnitCorrectionsSubscriber, UnitReplicaSubscriber } from './replicas/unit-replica.subscriber.js';
import { RepairRequestService } from './repair-requests/repair-request.service.js';
import { RepairRequestsNatsController } from './repair-requests/repair-requests.nats-controller.js';
import {
  ComplaintRepairsSubscriber,
  HandoverDefectsSubscriber,
} from './repair-requests/repair-sources.subscriber.js';
import { RepairTeamService } from './teams/repair-team.service.js';
import { RepairTeamsNatsController } from './teams/repair-teams.nats-controller.js';
import { FundDraws } from './work-orders/fund-draws.js';
import { ReturnVisitRefusals } from './work-orders/return-visit-refusals.js';
import { WorkOrderService } from './work-orders/work-order.service.js';
import { WorkOrdersNatsController } from './work-orders/work-orders.nats-controller.js';

/**
 * Repair requests and work orders, their sources, clocks and the team's pay, and the proactive visits
 * after handover and fit-out (MNT-1 … MNT-13).
 */
@Module({
  imports: [ClockModule, CommunityReplicaModule, ResidentPreferenceModule],
  controllers: [
    ProactiveVisitsNatsController,
    RepairRequestsNatsController,
    RepairTeamsNatsController,
    WorkOrdersNatsController,
  ],
  // The calendar replica itself is kept by AppModule's CalendarReplicaModule (one consumer).
  providers: [
    CompanyCalendars,
    ComplaintRepairsSubscriber,
    FitOutVisitsSubscriber,
    FundDraws,
    HandoverDefectsSubscriber,
    MaintenanceScheduler,
    ProactiveVisitService,
    RepairDeadlineMonitor,
    RepairRequestService,
    RepairTeamService,
    ReturnVisitRefusals,
    UnitReplicaSubscriber,
    UnitCorrectionsSubscriber,
    WorkOrderService,
  ],
  exports: [FundDraws, RepairDeadlineMonitor, ReturnVisitRefusals],
})
export class MaintenanceModule {}
