import { Module } from '@nestjs/common';
import {
  EquipmentReportsHttpController,
  ProactiveVisitsHttpController,
} from './proactive-visits.http-controller.js';
import { RepairTeamsHttpController } from './repair-teams.http-controller.js';
import {
  RepairRequestsHttpController,
  WarrantyPeriodsHttpController,
} from './repair-requests.http-controller.js';
import {
  PaidServicePricesHttpController,
  TechnicianScoresHttpController,
  WorkOrdersHttpController,
} from './work-orders.http-controller.js';

/** MNT-1 … MNT-13 at the edge: repair requests, work orders, the price list, warranty periods,
 * the repair teams. */
@Module({
  controllers: [
    EquipmentReportsHttpController,
    PaidServicePricesHttpController,
    ProactiveVisitsHttpController,
    RepairRequestsHttpController,
    RepairTeamsHttpController,
    TechnicianScoresHttpController,
    WarrantyPeriodsHttpController,
    WorkOrdersHttpController,
  ],
})
export class MaintenanceModule {}
