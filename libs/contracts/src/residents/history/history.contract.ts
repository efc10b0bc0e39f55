import type { Page } from '../../common/pagination.js';
import { defineQuery } from '../../events/definitions.js';
import type { HandoverInspectionView } from '../handover/handover-inspection-view.js';
import type { MoveInView } from '../move-ins/move-in-view.js';
import type { MoveOutView } from '../move-outs/move-out-view.js';
import { ResidentsBus } from '../residents.bus.js';
import { GetPersonHistoryV1, type PersonHistoryView } from './person-history.js';
import { ListHandoverInspectionsV1, ListMoveInsV1, ListMoveOutsV1 } from './procedure-lists.js';
import { GetUnitHistoryV1, type HistoryEntryView } from './unit-history.js';

/* GEN-3 as the desk reads it: a unit's timeline, a person's procedures, the procedure lists. */

const Q = ResidentsBus.queries;

export const GetUnitHistory = defineQuery<GetUnitHistoryV1, Page<HistoryEntryView>>({
  subject: Q.getUnitHistory,
  request: GetUnitHistoryV1,
  summary:
    "A unit's timeline, newest first: occupancies, move-ins, move-outs, inspections, decorations, corrections (GEN-3)",
});

export const GetPersonHistory = defineQuery<GetPersonHistoryV1, PersonHistoryView>({
  subject: Q.getPersonHistory,
  request: GetPersonHistoryV1,
  summary: 'The move-ins, move-outs and decorations a person took part in',
});

export const ListMoveIns = defineQuery<ListMoveInsV1, Page<MoveInView>>({
  subject: Q.listMoveIns,
  request: ListMoveInsV1,
  summary: 'Move-ins by community, unit, status, kind and planned date (RES-4)',
});

export const ListMoveOuts = defineQuery<ListMoveOutsV1, Page<MoveOutView>>({
  subject: Q.listMoveOuts,
  request: ListMoveOutsV1,
  summary: 'Move-outs by community, unit, status and date (RES-6)',
});

export const ListHandoverInspections = defineQuery<ListHandoverInspectionsV1, Page<HandoverInspectionView>>({
  subject: Q.listHandoverInspections,
  request: ListHandoverInspectionsV1,
  summary: 'Handover inspections by community, unit, date and whether they found defects (RES-3)',
});
