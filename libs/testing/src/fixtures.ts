import type { Actor, Role } from '@pcs/contracts';

/** A staff member of the demo company 华润xxx物业 (HRX), front desk of community GZ01 by default. */
export function staff(overrides: Partial<Actor> & { roles?: Role[] } = {}): Actor {
  return {
    sub: 'staff-0001',
    name: '李娜',
    companyId: 'HRX',
    roles: ['front-desk'],
    communities: ['GZ01'],
    ...overrides,
  };
}

/** A valid complaint registration in community GZ01. */
export function complaintRegistration(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    communityId: 'GZ01',
    channel: 'call',
    customer: { surname: '王', phone: '13812345678' },
    location: '3栋1单元大堂',
    description: '大堂的感应灯坏了三天，晚上很黑',
    demand: '尽快修好',
    receivedAt: '2026-11-22T09:30:00+08:00',
    category: 'engineering-quality',
    intent: 'solve-problem',
    ...overrides,
  };
}
