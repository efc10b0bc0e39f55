/** Valid registry requests with realistic data; each test overrides what it is about. */

export function communityPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'GZ01',
    name: '锦绣花园',
    kind: 'residential',
    address: { province: '广东省', city: '广州市', district: '天河区', street: '天河路385号' },
    ...overrides,
  };
}

export function buildingPayload(
  communityId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return { communityId, code: '3', name: '3栋', floorsAboveGround: 32, floorsBelowGround: 2, ...overrides };
}

export function unitPayload(
  buildingId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    buildingId,
    number: '1201',
    floor: 12,
    type: 'residence',
    grossAreaCentiM2: 8950,
    handoverDate: '2026-06-30',
    ...overrides,
  };
}

export function personPayload(
  communityId = 'GZ01',
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    communityId,
    name: '王建国',
    phone: '13802251234',
    idDocument: { type: 'resident-id-card', number: '440108198803152417' },
    ...overrides,
  };
}

/** The distinct field names of a VALIDATION_FAILED reply, sorted (a field fails once per broken rule). */
export function failedFields(reply: unknown): string[] {
  const r = reply as { ok: boolean; error?: { code: string; details?: { errors?: { field: string }[] } } };
  if (r.ok || r.error?.code !== 'VALIDATION_FAILED') return [];
  return [...new Set((r.error.details?.errors ?? []).map((e) => e.field))].sort();
}
