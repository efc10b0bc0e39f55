/*
 * The registration S1 sends: a complaint at the front desk (CMP-1) about a place, not a unit, with a
 * tag in its description by which a run finds the rows its answered requests wrote.
 */
export const TAG_PREFIX = 'bench#';

export function registration(communityId, tag, receivedAt = new Date(Date.now() - 60_000).toISOString()) {
  return {
    communityId,
    channel: 'call',
    customer: { surname: '王', phone: '13812345678' },
    location: '3栋1单元大堂',
    description: `大堂的感应灯坏了三天，晚上很黑 ${TAG_PREFIX}${tag}`,
    demand: '尽快修好',
    receivedAt,
    category: 'engineering-quality',
    intent: 'solve-problem',
  };
}
