import { Controller, Inject, Module, type DynamicModule } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  DomainError,
  DrawRevolvingFund,
  DrawRevolvingFundV1,
  type RevolvingFundDrawView,
  GetChargeRequestStatus,
  GetChargeRequestStatusV1,
  GetClearance,
  GetClearanceV1,
  type Actor,
  BillingBus,
  ChargeRequestSettled,
  type ChargeRequestSettledV1,
  type ChargeRequestStatus,
  type CloudEvent,
  type ChargeRequestStatusView,
  type ClearanceView,
  type OpenItemView,
} from '@pcs/contracts';
import { CallContext, ProcessEnv, type RunningProcess } from '@pcs/platform';
import type { TestBus } from './test-bus.js';
import { startTestEdge } from './test-service.js';

/*
 * A stand-in for the billing service until it exists, for the tests of services that ask billing
 * (residents, maintenance's revolving-fund draws) and for end-to-end journeys: it answers billing's queries on the test's bus with the
 * platform's real transport, and publishes billing's events as billing would.
 */

/** What the stand-in for billing answers; each test sets it for its own units and requests. */
export class BillingAnswers {
  /** Every clearance question, in order: `{ unitId, actor }`. */
  readonly clearanceCalls: { unitId: string; actor?: Actor }[] = [];
  /** Every charge-request status question, in order. */
  readonly statusCalls: string[][] = [];
  private readonly owed = new Map<string, OpenItemView[]>();
  private readonly statuses = new Map<string, ChargeRequestStatus>();
  private readonly hanging = new Set<string>();

  /** BIL-11: the unit owes these items until `clear` is called. */
  owes(unitId: string, items: OpenItemView[]): void {
    this.owed.set(unitId, items);
  }

  clear(unitId: string): void {
    this.owed.delete(unitId);
  }

  /** Billing never answers about this unit (the caller's timeout decides). */
  hang(unitId: string): void {
    this.hanging.add(unitId);
  }

  isHanging(unitId: string): boolean {
    return this.hanging.has(unitId);
  }

  /** MNT-13: every revolving-fund draw asked, retries included, in order. */
  readonly drawCalls: DrawRevolvingFundV1[] = [];
  /** Draws made, by draw id: the same id twice draws once, as billing promises. */
  readonly draws = new Map<string, RevolvingFundDrawView>();
  /** The team fund's balance (default 100,000 yuan, MNT-13). */
  fundBalanceFen = 10_000_000;
  /** While true, billing does not answer draws (the caller's timeout decides). */
  drawsHang = false;

  draw(command: DrawRevolvingFundV1): RevolvingFundDrawView {
    this.drawCalls.push(command);
    const done = this.draws.get(command.drawId);
    if (done) return done;
    if (command.amountFen > this.fundBalanceFen) {
      throw new DomainError('REVOLVING_FUND_OVERDRAWN', '周转金余额不足', {
        balanceFen: this.fundBalanceFen,
        amountFen: command.amountFen,
      });
    }
    this.fundBalanceFen -= command.amountFen;
    const view = {
      drawId: command.drawId,
      teamId: command.teamId,
      amountFen: command.amountFen,
      balanceFen: this.fundBalanceFen,
      drawnAt: new Date().toISOString(),
    };
    this.draws.set(command.drawId, view);
    return view;
  }

  chargeStatus(requestId: string, status: ChargeRequestStatus): void {
    this.statuses.set(requestId, status);
  }

  clearance(unitId: string): ClearanceView {
    this.clearanceCalls.push({ unitId, actor: CallContext.current()?.actor });
    const openItems = this.owed.get(unitId) ?? [];
    return {
      unitId,
      clear: openItems.length === 0,
      totalOwedFen: openItems.reduce((sum, i) => sum + i.amountFen, 0),
      openItems,
      asOf: new Date().toISOString(),
    };
  }

  status(requestIds: string[]): ChargeRequestStatusView {
    this.statusCalls.push(requestIds);
    return {
      items: requestIds.map((requestId) => {
        const status = this.statuses.get(requestId) ?? 'pending';
        return { requestId, status, billedFen: 250_000, paidFen: status === 'settled' ? 250_000 : 0 };
      }),
    };
  }
}

@Controller()
class StubBillingController {
  constructor(@Inject(BillingAnswers) private readonly answers: BillingAnswers) {}

  @MessagePattern(GetClearance.subject)
  clearance(@Payload() query: GetClearanceV1): ClearanceView | Promise<never> {
    if (this.answers.isHanging(query.unitId)) return new Promise<never>(() => undefined);
    return this.answers.clearance(query.unitId);
  }

  @MessagePattern(DrawRevolvingFund.subject)
  draw(@Payload() command: DrawRevolvingFundV1): RevolvingFundDrawView | Promise<never> {
    if (this.answers.drawsHang) return new Promise<never>(() => undefined);
    return this.answers.draw(command);
  }

  @MessagePattern(GetChargeRequestStatus.subject)
  status(@Payload() query: GetChargeRequestStatusV1): ChargeRequestStatusView {
    return this.answers.status(query.requestIds);
  }
}

@Module({})
class StubBillingModule {
  static answering(answers: BillingAnswers): DynamicModule {
    return {
      module: StubBillingModule,
      controllers: [StubBillingController],
      providers: [{ provide: BillingAnswers, useValue: answers }],
    };
  }
}

/**
 * Stands in for the billing service on the test file's bus, served by the platform's real transport
 * and validating what residents asks with the contract classes. `env` overrides its settings (e.g.
 * another NATS server and billing's NATS user).
 */
export async function startStubBilling(
  prefix: string,
  env?: Record<string, string>,
): Promise<{ answers: BillingAnswers; process: RunningProcess }> {
  const answers = new BillingAnswers();
  const process = await startTestEdge(
    { name: 'billing', env: ProcessEnv, imports: [StubBillingModule.answering(answers)] },
    { prefix, env },
  );
  return { answers, process };
}

/**
 * Publishes billing's `charge-request.settled.v1` as billing would: a CloudEvent on the BILLING
 * stream (created here; the billing service owns it in production). Returns the event.
 */
export async function publishChargeRequestSettled(
  bus: TestBus,
  data: Omit<ChargeRequestSettledV1, 'settledAt'> & { settledAt?: string },
  options: { companyId?: string; eventId?: string } = {},
): Promise<CloudEvent<ChargeRequestSettledV1>> {
  return bus.publishEvent(ChargeRequestSettled, BillingBus, {
    ...(options.eventId ? { id: options.eventId } : {}),
    source: 'billing',
    subject: data.requestId,
    companyid: options.companyId ?? 'HRX',
    correlationid: 'billing-test',
    data: { settledAt: '2026-11-22T10:15:00+08:00', ...data },
  });
}
