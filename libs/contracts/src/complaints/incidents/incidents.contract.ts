import type { Page } from '../../common/pagination.js';
import { defineCommand, defineEvent, defineQuery } from '../../events/definitions.js';
import { ComplaintsBus } from '../complaints.bus.js';
import {
  EarlyWarningRaisedV1,
  EarlyWarningRuleView,
  GetEarlyWarningRuleV1,
  GetEarlyWarningV1,
  ListEarlyWarningsV1,
  RecordEarlyWarningActionV1,
  SetEarlyWarningRuleV1,
  type EarlyWarningView,
} from './early-warning.js';
import {
  AttachIncidentComplaintsV1,
  CloseIncidentV1,
  GetIncidentV1,
  IncidentClosedV1,
  IncidentOpenedV1,
  ListIncidentsV1,
  OpenIncidentFromWarningV1,
  OpenIncidentV1,
  type IncidentView,
} from './incident.js';

const C = ComplaintsBus.commands;
const Q = ComplaintsBus.queries;
const E = ComplaintsBus.events;

export const ListEarlyWarnings = defineQuery<ListEarlyWarningsV1, Page<EarlyWarningView>>({
  subject: Q.listEarlyWarnings,
  request: ListEarlyWarningsV1,
  summary: 'Early warnings, newest first; open ones are what still needs doing (CMP-11)',
});
export const GetEarlyWarning = defineQuery<GetEarlyWarningV1, EarlyWarningView>({
  subject: Q.getEarlyWarning,
  request: GetEarlyWarningV1,
  summary: 'One early warning with its complaints and what was done (CMP-11)',
});
export const RecordEarlyWarningAction = defineCommand<RecordEarlyWarningActionV1, EarlyWarningView>({
  subject: C.recordEarlyWarningAction,
  request: RecordEarlyWarningActionV1,
  summary: 'Record what was done about a warning, closing it when that settles it (CMP-11)',
});
export const SetEarlyWarningRule = defineCommand<SetEarlyWarningRuleV1, EarlyWarningRuleView>({
  subject: C.setEarlyWarningRule,
  request: SetEarlyWarningRuleV1,
  summary: "A community's early-warning threshold and window (CMP-11)",
});
export const GetEarlyWarningRule = defineQuery<GetEarlyWarningRuleV1, EarlyWarningRuleView>({
  subject: Q.getEarlyWarningRule,
  request: GetEarlyWarningRuleV1,
  summary: "A community's early-warning threshold and window, or the defaults (CMP-11)",
});
export const OpenIncident = defineCommand<OpenIncidentV1, IncidentView>({
  subject: C.openIncident,
  request: OpenIncidentV1,
  summary: 'Open an incident for a known outage; the affected households get one notice (CMP-15)',
});
export const OpenIncidentFromWarning = defineCommand<OpenIncidentFromWarningV1, IncidentView>({
  subject: C.openIncidentFromWarning,
  request: OpenIncidentFromWarningV1,
  summary: "Turn an early warning into an incident with the warning's open complaints (CMP-11, CMP-15)",
});
export const AttachIncidentComplaints = defineCommand<AttachIncidentComplaintsV1, IncidentView>({
  subject: C.attachIncidentComplaints,
  request: AttachIncidentComplaintsV1,
  summary: 'Attach complaints to an incident in bulk (CMP-15)',
});
export const CloseIncident = defineCommand<CloseIncidentV1, IncidentView>({
  subject: C.closeIncident,
  request: CloseIncidentV1,
  summary: 'Close an incident; its complaints are resolved with its record (CMP-15)',
});
export const ListIncidents = defineQuery<ListIncidentsV1, Page<IncidentView>>({
  subject: Q.listIncidents,
  request: ListIncidentsV1,
  summary: 'Incidents, newest first, by community, status or affected building (CMP-15)',
});
export const GetIncident = defineQuery<GetIncidentV1, IncidentView>({
  subject: Q.getIncident,
  request: GetIncidentV1,
  summary: 'One incident (CMP-15)',
});

export const EarlyWarningRaised = defineEvent({
  subject: E.earlyWarningRaised,
  type: 'early-warning.raised.v1',
  data: EarlyWarningRaisedV1,
  summary: 'Complaints of one category about one building reached the threshold (CMP-11)',
});
export const IncidentOpened = defineEvent({
  subject: E.incidentOpened,
  type: 'incident.opened.v1',
  data: IncidentOpenedV1,
  summary: 'An incident was opened; carries the one notice for the affected households (CMP-15)',
});
export const IncidentClosed = defineEvent({
  subject: E.incidentClosed,
  type: 'incident.closed.v1',
  data: IncidentClosedV1,
  summary: 'An incident was closed; its complaints are resolved with its record, once (CMP-15)',
});

export const INCIDENT_REQUESTS = [
  ListEarlyWarnings,
  GetEarlyWarning,
  RecordEarlyWarningAction,
  SetEarlyWarningRule,
  GetEarlyWarningRule,
  OpenIncident,
  OpenIncidentFromWarning,
  AttachIncidentComplaints,
  CloseIncident,
  ListIncidents,
  GetIncident,
];
export const INCIDENT_EVENTS = [EarlyWarningRaised, IncidentOpened, IncidentClosed];
