import { Injectable } from '@nestjs/common';
import { MaintenanceBus, SettlementCertified, WorkOrderCompleted } from '@pcs/contracts';
import { ConsumesEvents, onEvent, type EventHandler, type EventSubscriber } from '@pcs/platform';
import { BillIssuer } from '../bills/bill-issuer.js';
import { FundsService } from './funds.service.js';

/**
 * BIL-7: a completed type-C work order is charged to the unit, once per work order (the bill's unique
 * source key), to the resident who asked or else to the unit itself (decision 0105).
 */
@Injectable()
@ConsumesEvents({
  name: 'work-orders',
  stream: MaintenanceBus.stream,
  filterSubject: MaintenanceBus.events.workOrderCompleted,
})
export class WorkOrdersSubscriber implements EventSubscriber {
  constructor(private readonly issuer: BillIssuer) {}

  handlers(): EventHandler[] {
    return [
      onEvent(WorkOrderCompleted, async (event, em) => {
        const data = event.data;
        if (data.type !== 'c' || data.chargeableFen <= 0 || !data.unitId) return;
        await this.issuer.issue(em, {
          companyId: event.companyid,
          communityId: event.communityid ?? data.communityId,
          unitId: data.unitId,
          ...(data.payerPersonId ? { payerPersonId: data.payerPersonId } : {}),
          source: 'work-order',
          sourceKey: data.workOrderId,
          description: `有偿服务 ${data.number}`,
          lines: [
            {
              itemCode: 'paid-service',
              description: data.description,
              amountFen: BigInt(data.chargeableFen),
            },
          ],
          at: new Date(data.completedAt),
        });
      }),
    ];
  }
}

/** BIL-10: a certified type-A settlement is deducted from the contractor's quality deposit, once. */
@Injectable()
@ConsumesEvents({
  name: 'settlements',
  stream: MaintenanceBus.stream,
  filterSubject: MaintenanceBus.events.settlementCertified,
})
export class SettlementsSubscriber implements EventSubscriber {
  constructor(private readonly funds: FundsService) {}

  handlers(): EventHandler[] {
    return [
      onEvent(SettlementCertified, async (event, em) => {
        const data = event.data;
        if (data.deductionFen <= 0 || !data.contractorId) return;
        await this.funds.deductQuality(em, {
          companyId: event.companyid,
          settlementId: data.settlementId,
          contractorId: data.contractorId,
          contractorName: data.contractorName ?? '承包商',
          amountFen: BigInt(data.deductionFen),
          workOrderNumber: data.workOrderNumber,
          at: new Date(data.certifiedAt),
        });
      }),
    ];
  }
}
