import { CommunityKind, type BuildingView, type CommunityView } from '@pcs/contracts';
import type { Building } from './building.entity.js';
import type { Community } from './community.entity.js';

export function toCommunityView(
  c: Community,
  counts: { buildingCount: number; unitCount: number },
): CommunityView {
  return {
    id: c.id,
    companyId: c.companyId,
    name: c.name,
    kind: c.kind,
    kindLabel: CommunityKind.label(c.kind),
    address: { province: c.province, city: c.city, district: c.district, street: c.street },
    timeZone: c.timeZone,
    buildingCount: counts.buildingCount,
    unitCount: counts.unitCount,
    createdAt: c.createdAt.toISOString(),
  };
}

export function toBuildingView(b: Building, unitCount: number): BuildingView {
  return {
    id: b.id,
    communityId: b.communityId,
    code: b.code,
    name: b.name,
    floorsAboveGround: b.floorsAboveGround,
    floorsBelowGround: b.floorsBelowGround,
    unitCount,
  };
}
