import { defineCommand, defineEvent } from '../../events/definitions.js';
import { ResidentsBus } from '../residents.bus.js';
import { HandoverInspectedV1 } from './handover-inspected.js';
import type { HandoverInspectionView } from './handover-inspection-view.js';
import { RecordHandoverInspectionV1 } from './record-handover-inspection.js';

/* RES-3: the handover inspection. */

const C = ResidentsBus.commands;
const E = ResidentsBus.events;

export const RecordHandoverInspection = defineCommand<RecordHandoverInspectionV1, HandoverInspectionView>({
  subject: C.recordHandoverInspection,
  request: RecordHandoverInspectionV1,
  summary: 'Record the handover inspection; each defect becomes a repair request (RES-3)',
});

export const HandoverInspected = defineEvent({
  subject: E.handoverInspected,
  type: 'handover.inspected.v1',
  data: HandoverInspectedV1,
  summary: 'A unit was inspected at handover; maintenance opens a repair request per defect (RES-3)',
});
