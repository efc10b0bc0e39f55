import { beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '@pcs/platform';
import {
  CancelReportSubscription,
  ComplaintsBus,
  GetReportDelivery,
  ListReportSubscriptions,
  RegisterComplaint,
  SubscribeReport,
  type CommandDefinition,
  type ReportDeliveryView,
  type ReportProducedV1,
  type ReportSubscriptionListView,
  type ReportSubscriptionView,
} from '@pcs/contracts';
import { complaintRegistration, eventually, staff, useService } from '@pcs/testing';
import { complaintsService } from '../src/complaints.service-spec.js';
import { ReportDeliveries } from '../src/reports/report-deliveries.js';
import { announceCommunities } from './announce-communities.js';

const at = (s: string) => new Date(`${s}+08:00`);
const desk = staff();
const manager = staff({ sub: 'staff-0102', name: '林芳', roles: ['cs-manager'] });

describe('scheduled report delivery (CMP-12)', () => {
  const fixture = useService(complaintsService);
  beforeAll(() => announceCommunities(fixture, ['GZ01']));
  const clock = () => fixture.service.app.get(Clock);
  const request = <R>(
    def: CommandDefinition<object, unknown>,
    payload: object,
    actor = manager,
  ): Promise<R> => fixture.bus.request<object, unknown>(def, payload, actor) as Promise<R>;
  const produced = async () =>
    (await fixture.bus.events(ComplaintsBus.stream))
      .filter((e) => e.type === 'complaint.report-produced.v1')
      .map((e) => e.data as ReportProducedV1);
  /** Two instances' rounds at once, then a restarted one's: what each round produced. */
  const rounds = async (now: Date) => {
    const deliveries = fixture.service.app.get(ReportDeliveries);
    const both = await Promise.all([deliveries.runOnce(now), deliveries.runOnce(now)]);
    return [...both, await deliveries.runOnce(now)];
  };

  let weekly: ReportSubscriptionView;
  let quarterly: ReportSubscriptionView;

  it('CMP-12: a manager subscribes a community to the weekly report and the quarterly roll-up; subscribing again changes nothing', async () => {
    clock().travelTo(at('2026-11-20T10:00:00'));
    weekly = await request(SubscribeReport, {
      communityId: 'GZ01',
      kind: 'complaints',
      schedule: 'weekly',
      format: 'xlsx',
    });
    expect(weekly).toMatchObject({
      communityId: 'GZ01',
      schedule: 'weekly',
      scheduleLabel: '每周(投诉处理周报)',
      format: 'xlsx',
      active: true,
    });
    const again = await request<ReportSubscriptionView>(SubscribeReport, {
      communityId: 'GZ01',
      kind: 'complaints',
      schedule: 'weekly',
      format: 'xlsx',
    });
    expect(again.id).toBe(weekly.id);
    quarterly = await request(SubscribeReport, {
      communityId: 'GZ01',
      kind: 'complaints',
      schedule: 'quarterly',
      format: 'csv',
    });
    const list = await request<ReportSubscriptionListView>(ListReportSubscriptions, { communityId: 'GZ01' });
    expect(list.items.map((s) => s.id).sort()).toEqual([weekly.id, quarterly.id].sort());
    await expect(
      request(
        SubscribeReport,
        { communityId: 'GZ01', kind: 'complaints', schedule: 'weekly', format: 'csv' },
        desk,
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      request(SubscribeReport, { communityId: 'GZ01', kind: 'complaints', schedule: 'daily', format: 'csv' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('CMP-12: each ended period is produced once, with two instances and a restart, as an event saying where the file is', async () => {
    clock().travelTo(at('2026-11-25T10:00:00'));
    await request(
      RegisterComplaint,
      complaintRegistration({ receivedAt: at('2026-11-24T09:00:00').toISOString() }),
      desk,
    );
    await request(
      RegisterComplaint,
      complaintRegistration({ receivedAt: at('2026-11-25T09:00:00').toISOString() }),
      desk,
    );

    // Monday of W49 in Beijing: W48 has ended; Q3 ended before the subscription was made.
    const monday = at('2026-11-30T00:05:00');
    clock().travelTo(monday);
    expect((await rounds(monday)).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
    await eventually(async () => expect(await produced()).toHaveLength(1));
    const [event] = await produced();
    expect(event).toMatchObject({
      subscriptionId: weekly.id,
      communityId: 'GZ01',
      period: '2026-W48',
      format: 'xlsx',
      file: {
        path: `/api/v1/reports/deliveries/${event!.deliveryId}/file`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        name: 'complaints-weekly-GZ01-2026-W48.xlsx',
      },
    });
    const delivery = await request<ReportDeliveryView>(GetReportDelivery, { deliveryId: event!.deliveryId });
    expect(delivery).toMatchObject({ period: '2026-W48', weekly: { week: '2026-W48', received: 2 } });

    // Later rounds of the same week add nothing.
    await rounds(at('2026-12-03T10:00:00'));
    expect(await produced()).toHaveLength(1);
  });

  it('CMP-12: a quarter is produced after it ends; a cancelled subscription produces no more', async () => {
    const newYear = at('2027-01-04T08:00:00');
    clock().travelTo(newYear);
    await rounds(newYear);
    await eventually(async () => expect(await produced()).toHaveLength(3));
    const periods = (await produced()).map((e) => [e.subscriptionId, e.period]);
    expect(periods).toEqual(
      expect.arrayContaining([
        [weekly.id, '2026-W53'],
        [quarterly.id, '2026-Q4'],
      ]),
    );
    const q4 = (await produced()).find((e) => e.period === '2026-Q4')!;
    const delivery = await request<ReportDeliveryView>(GetReportDelivery, { deliveryId: q4.deliveryId });
    expect(delivery.rollup).toMatchObject({ period: '2026-Q4', total: { received: 2 } });

    const cancelled = await request<ReportSubscriptionView>(CancelReportSubscription, {
      subscriptionId: weekly.id,
    });
    expect(cancelled).toMatchObject({ active: false });
    const nextWeek = at('2027-01-11T08:00:00');
    clock().travelTo(nextWeek);
    await rounds(nextWeek);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await produced()).filter((e) => e.subscriptionId === weekly.id)).toHaveLength(2);
  });

  it('bad input: managers subscribing to one report at once all get the one subscription, never a 500', async () => {
    const csv = { communityId: 'GZ01', kind: 'complaints', schedule: 'weekly', format: 'csv' };
    const others = [1, 2, 3, 4].map((i) =>
      staff({ sub: `staff-011${i}`, name: '林芳', roles: ['cs-manager'] }),
    );
    const atOnce = await Promise.allSettled(
      others.map((actor) => request<ReportSubscriptionView>(SubscribeReport, csv, actor)),
    );
    expect(atOnce.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    const ids = atOnce.map((r) => (r as PromiseFulfilledResult<ReportSubscriptionView>).value.id);
    expect(new Set(ids).size).toBe(1);
    const list = await request<ReportSubscriptionListView>(ListReportSubscriptions, { communityId: 'GZ01' });
    expect(list.items.filter((i) => i.active && i.schedule === 'weekly' && i.format === 'csv')).toHaveLength(
      1,
    );
    await request(CancelReportSubscription, { subscriptionId: ids[0] });
  });
});
