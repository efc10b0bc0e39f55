import { afterAll, beforeAll } from '@jest/globals';
import type { Actor } from '@pcs/contracts';
import { startStubBilling, type BillingAnswers, type ServiceFixture } from '@pcs/testing';
import { Seed } from './seed.js';

/** What a procedure test works with: its seeded database and the stand-in for billing. */
export interface SeedAndBilling {
  readonly seed: Seed;
  readonly billing: BillingAnswers;
  /** Stops the stand-in for billing, as a test of billing being unreachable does. */
  readonly stopBilling: () => Promise<void>;
}

/**
 * Before the file's tests: seeds its communities (id to name) into the service's database, starts the
 * stand-in for billing on its bus and hands both to `ready`; after them, stops both. Use inside a
 * `describe`, after `useService`.
 */
export function useSeedAndStubBilling(
  fixture: ServiceFixture,
  communities: Record<string, string>,
  ready: (procedures: SeedAndBilling) => void,
): void {
  let seed: Seed | undefined;
  let stopBilling: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    seed = new Seed(fixture.service.database.url);
    for (const [id, name] of Object.entries(communities)) await seed.community(id, name);
    const stub = await startStubBilling(fixture.prefix);
    stopBilling = () => stub.process.close();
    ready({ seed, billing: stub.answers, stopBilling });
  });
  afterAll(async () => {
    await stopBilling?.();
    await seed?.close();
  });
}

/** Sends a command on the file's bus as `defaultActor` unless another is given; `Reply` is what it answers. */
export function sendAs<Reply = unknown>(fixture: ServiceFixture, defaultActor: Actor) {
  return <T = Reply>(
    definition: Parameters<ServiceFixture['bus']['request']>[0],
    payload: object,
    actor = defaultActor,
  ) => fixture.bus.request(definition, payload, actor) as Promise<T>;
}

/**
 * A unit with its owner 王建国 (ID card on file) holding a current owner occupancy; `handedOver`: the
 * unit's handover inspection with him is recorded too (RES-3, what his move-in needs, decision 0368).
 */
export async function householdWithOwner(
  seed: Seed,
  options: {
    communityId?: string;
    status?: string;
    ownerIdNumber?: string | null;
    handedOver?: boolean;
  } = {},
): Promise<{ unitId: string; ownerId: string; ownerOccupancyId: string }> {
  const communityId = options.communityId ?? 'GZ01';
  const unitId = await seed.unit({ communityId, status: options.status });
  const ownerId = await seed.person({
    communityId,
    name: '王建国',
    phone: '13802251234',
    idNumber: options.ownerIdNumber,
  });
  const ownerOccupancyId = await seed.occupancy(unitId, ownerId, 'owner', { communityId });
  if (options.handedOver) await seed.handover(unitId, ownerId, { communityId });
  return { unitId, ownerId, ownerOccupancyId };
}

/** The documents of a secondary decoration: a kitchen and bathroom refit by a Guangzhou firm. */
export function decorationDocuments(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    scope: '厨房、卫生间改造，客厅吊顶，不涉及承重结构',
    contractor: {
      name: '广州美家装饰工程有限公司',
      licenseNumber: '91440101MA5CXXXX1K',
      managerName: '陈志强',
      managerPhone: '13922334455',
    },
    schedule: { startDate: '2026-12-01', endDate: '2027-02-28' },
    workers: [
      { name: '李建军', phone: '13711112222', idNumber: '440106198506123318' },
      { name: '黄永明', phone: '13633334444', idNumber: '441806199002204417' },
    ],
    drawings: [
      { fileId: 'files/2026/11/zx-plan-001.pdf', title: '平面布置图' },
      { fileId: 'files/2026/11/zx-water-002.pdf', title: '水电改造图' },
    ],
    agreement: { fileId: 'files/2026/11/zx-agreement-001.pdf', signedOn: '2026-11-20' },
    ...overrides,
  };
}

export function decorationApplication(
  unitId: string,
  applicantPersonId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return { unitId, applicantPersonId, ...decorationDocuments(), ...overrides };
}

/** The completion acceptance signed by the heads of customer service, engineering and security (RES-5). */
export const ACCEPTANCE_SIGNATURES = [
  { department: 'customer-service', headName: '周建华' },
  { department: 'engineering', headName: '赵志刚' },
  { department: 'security', headName: '王海' },
];

/**
 * Moves the recorded times of a procedure's earlier steps back, as if they had been taken then: a time
 * staff enter for a later step is checked against them (decision 198), and a test that needs a fixed
 * local day (the refund date, BIL-9) enters a fixed time after them.
 */
export async function backdateSteps(
  seed: Seed,
  table: 'decoration' | 'move_in' | 'move_out',
  id: string,
  times: Record<string, string>,
): Promise<void> {
  const columns = Object.keys(times);
  await seed.query(
    `update "${table}" set ${columns.map((c, i) => `"${c}" = $${i + 2}`).join(', ')} where id = $1`,
    [id, ...Object.values(times)],
  );
}
