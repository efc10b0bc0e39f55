import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  ApproveWorkOrder,
  CheckWorkOrder,
  CreateWorkOrder,
  DispatchWorkOrder,
  FinishWork,
  GetWorkOrderHistory,
  RecordSurvey,
  RecordWork,
  RecordWorkOrderArrival,
  RegisterRepairRequest,
  ReviewSettlement,
  SignOffWorkOrder,
  SubmitSettlement,
  type CommandDefinition,
  type MaintenanceHistoryView,
  type RepairRequestView,
  type WorkOrderView,
} from '@pcs/contracts';
import { Clock } from '@pcs/platform';
import { eventually, startStubBilling, useService, type BillingAnswers } from '@pcs/testing';
import { maintenanceService } from '../src/maintenance.service-spec.js';
import { FundDraws } from '../src/work-orders/fund-draws.js';
import {
  announceCommunities,
  announcePerson,
  createTeam,
  people,
  RECEIVED_BEFORE_SURVEY,
  receivedAt,
  survey,
  TEAM,
} from './maintenance-fixtures.js';
import { startStubResidents } from './residents-stand-in.js';

const at = (local: string) => new Date(`${local}+08:00`);
const UNIT = '0193a000-0000-7000-8000-0000000003d9';
const RESIDENT = '0193a000-0000-7000-8000-0000000003b9';
/** The caller's wait: the test bus waits as long as the gateway (RPC_TIMEOUT_MS, 5 s), as maintenance does. */
const CALLER_TIMEOUT_MS = 5_000;

/*
 * Finding F1: with billing paused, maintenance waited for the fund draw as long as the gateway waited
 * for maintenance, so the gateway answered 504 for a settlement already final. Since decision 0374 the
 * gateway's time travels with the request and maintenance gives up on billing first.
 */
describe('a settlement while billing does not answer (MNT-13, decisions 0093 and 0374)', () => {
  const fixture = useService(maintenanceService);
  let billing: BillingAnswers;
  let stopBilling: () => Promise<void> = async () => undefined;
  let stopResidents: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    fixture.service.app.get(Clock).travelTo(at('2026-11-23T12:00:00'));
    const stub = await startStubBilling(fixture.prefix);
    billing = stub.answers;
    stopBilling = () => stub.process.close();
    const residents = await startStubResidents(fixture.prefix);
    stopResidents = () => residents.close();
    await announceCommunities(fixture, ['GZ01']);
    await announcePerson(fixture, RESIDENT);
    await createTeam(fixture);
    await fixture.service.app
      .get(EntityManager)
      .fork()
      .execute(
        `insert into unit_replica (unit_id, company_id, community_id, label, handover_date, version)
         values (?, 'HRX', 'GZ01', '9-903', null, 1) on conflict do nothing`,
        [UNIT],
      );
  });

  afterAll(async () => {
    await stopBilling();
    await stopResidents();
  });

  const send = <R = WorkOrderView>(
    definition: CommandDefinition<object, R>,
    payload: object,
    actor = people.dispatcher,
    key?: string,
  ) => fixture.bus.request<object, R>(definition, payload, actor, key ? { idempotencyKey: key } : {});

  /** A type-B order the in-house team executed, signed off and its settlement submitted (MNT-9). */
  async function orderToReview(): Promise<WorkOrderView> {
    const request = await receivedAt(fixture, RECEIVED_BEFORE_SURVEY, () =>
      send<RepairRequestView>(
        RegisterRepairRequest,
        {
          communityId: 'GZ01',
          source: 'desk',
          unitId: UNIT,
          trades: ['plumbing'],
          urgency: 'normal',
          description: '厨房水龙头漏水',
          personId: RESIDENT,
          contactSurname: '刘',
          contactPhone: '13912345678',
        },
        people.desk,
      ),
    );
    await send(
      RecordSurvey,
      survey(request.id, 5_000, {
        warrantyDecision: { underWarranty: false, reason: '住户自行改造的管道，不属保修' },
      }),
      people.engineer,
    );
    const order = await send(
      CreateWorkOrder,
      { repairRequestId: request.id, description: '更换水龙头' },
      people.desk,
    );
    await send(ApproveWorkOrder, { workOrderId: order.id }, people.csManager);
    await send(DispatchWorkOrder, {
      workOrderId: order.id,
      executor: 'team',
      ...TEAM,
      technician: { staffId: people.technician.sub, name: people.technician.name },
    });
    const arrivedAt = fixture.service.app.get(Clock).now().toISOString();
    await send(RecordWorkOrderArrival, { workOrderId: order.id, arrivedAt }, people.technician);
    await send(RecordWork, { workOrderId: order.id, workDone: '更换水龙头' }, people.technician);
    await send(FinishWork, { workOrderId: order.id }, people.technician);
    await send(CheckWorkOrder, { workOrderId: order.id, passed: true, inspectors: ['李娜'] }, people.desk);
    await send(
      SignOffWorkOrder,
      { workOrderId: order.id, customerName: '刘先生', satisfaction: 'satisfied' },
      people.desk,
    );
    return send(SubmitSettlement, { workOrderId: order.id, finalAccountFen: 5_000 }, people.repairLead);
  }

  it('MNT-13 (decisions 0093, 0374): billing paused, the review answers settled with the draw pending before the caller gives up; the draw is made once later', async () => {
    const order = await orderToReview();
    billing.drawsHang = true; // billing takes the request and never answers (SIGSTOP)
    const started = performance.now();
    const reviewed = await send(
      ReviewSettlement,
      { workOrderId: order.id, settledFen: 5_000 },
      people.csManager,
      'review-deadline-0001',
    );
    const ms = performance.now() - started;
    expect(reviewed).toMatchObject({
      status: 'settled',
      settlement: { settledFen: 5_000, fundDraw: 'pending' },
    });
    // Answered within the caller's wait (else the test bus would have thrown UPSTREAM_TIMEOUT), after
    // maintenance waited for billing most of it.
    expect(ms).toBeLessThan(CALLER_TIMEOUT_MS);
    expect(ms).toBeGreaterThan(CALLER_TIMEOUT_MS / 2);
    expect(billing.draws.size).toBe(0);

    // Billing answers again: the scheduler's round pays the team, once, with the same draw id.
    billing.drawsHang = false;
    await eventually(async () => {
      await fixture.service.app.get(FundDraws).retryPending();
      expect(billing.draws.size).toBe(1);
    });
    const calls = billing.drawCalls.filter((d) => d.workOrderNumber === order.number);
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(new Set(calls.map((d) => d.drawId)).size).toBe(1);
    const history = await fixture.bus.request<object, MaintenanceHistoryView>(
      GetWorkOrderHistory,
      { id: order.id },
      people.desk,
    );
    expect(history.entries.filter((e) => e.action === 'fund-drawn')).toHaveLength(1);
  });
});
