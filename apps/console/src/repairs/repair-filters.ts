import type { RepairRequestView } from './repair-actions';

export interface RepairFilters {
  communityId?: string;
  progress?: RepairRequestView['progress'];
  /** Only requests still open (not completed, settled or cancelled). */
  open?: boolean;
  overdue?: boolean;
}

/** The list opens on the open requests: those a dispatcher still has to act on. */
export const DEFAULT_REPAIR_FILTERS: RepairFilters = { open: true };

/** The list's query: switches off are left out rather than sent as `false`, which would filter. */
export function repairQuery(filters: RepairFilters) {
  return {
    ...(filters.communityId ? { communityId: filters.communityId } : {}),
    ...(filters.progress ? { progress: filters.progress } : {}),
    ...(filters.open ? { open: 'true' as const } : {}),
    ...(filters.overdue ? { overdue: 'true' as const } : {}),
  };
}
