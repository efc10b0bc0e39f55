import {
  AcknowledgementsV1,
  AcknowledgeMoveIn,
  ApplyForDecoration,
  ApplyForDecorationV1,
  BuildingDetailsV1,
  CalendarDaysV1,
  CancelDecoration,
  CancellationV1,
  CompleteMoveIn,
  CompleteMoveInBodyV1,
  CompleteMoveOut,
  ContactPreferencesV1,
  CreateBuilding,
  CreateCommunity,
  CreateCommunityV1,
  CreateUnit,
  DecideFileAccess,
  DecorationDocumentsV1,
  DecorationInspectionV1,
  EndOccupancy,
  FileAccessDecisionV1,
  FileAccessPurposeV1,
  GetCalendarYear,
  GetCommunity,
  GetDecoration,
  GetMoveIn,
  GetMoveOut,
  GetPerson,
  GetUnit,
  HandoverInspectionDetailsV1,
  IssueWorkerPasses,
  KeysHandedOverV1,
  ListBuildings,
  ListCommunities,
  ListDecorations,
  ListFileAccessRequests,
  ListPersonalDataAccess,
  ListUnits,
  MoveInDetailsV1,
  MoveOutDetailsV1,
  MoveOutInspectionV1,
  OccupancyDetailsV1,
  OccupancyEndV1,
  PatrolFindingV1,
  PersonChangesV1,
  ReadResidentFile,
  RecordDecorationInspection,
  RecordHandoverInspection,
  RecordMoveInKeys,
  RecordMoveOutInspection,
  RecordPatrolFinding,
  RegisterPerson,
  RegisterPersonV1,
  RequestDecorationInspection,
  RequestFileAccess,
  RequestMoveOut,
  RevealPerson,
  RevealReasonV1,
  ReviewDecisionV1,
  ReviewDecoration,
  SearchPeople,
  SetCalendarYear,
  SetContactPreferences,
  StartMoveIn,
  StartOccupancy,
  SubmitDecoration,
  UnitDetailsV1,
  UpdateDecorationDocuments,
  UpdatePerson,
  WorkerPassesV1,
  type CommandDefinition,
} from '@pcs/contracts';
import type { Permission } from '../src/auth/permissions.js';
import * as sample from './residents-samples.js';

/** The id in the path of every sample request (a community code or a year where the path says so). */
export const PATH_ID = '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8b';
export const PATH_COMMUNITY = 'GZ01';
export const PATH_YEAR = 2026;
/** A community's local date in the path (an ended day). */
export const PATH_DATE = '2026-11-25';

export interface ResidentsRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  /** As the OpenAPI document names it. */
  template: string;
  permission: Permission;
  status: 200 | 201;
  /** The bus request the gateway makes. */
  sends: CommandDefinition<object, unknown>;
  /** The contract class of the body, and a valid one. */
  bodyClass?: new () => object;
  body?: Record<string, unknown>;
  query?: Record<string, string>;
  /** What the command carries from the path, besides the body or query. */
  fromPath?: Record<string, unknown>;
}

/** Every route the gateway serves for the residents service; the OpenAPI test checks it is complete. */
export const RESIDENTS_ROUTES: readonly ResidentsRoute[] = [
  // RES-1: structure
  {
    method: 'POST',
    template: '/api/v1/communities',
    permission: 'communities.manage',
    status: 201,
    sends: CreateCommunity,
    bodyClass: CreateCommunityV1,
    body: sample.communityCreation(),
  },
  {
    method: 'GET',
    template: '/api/v1/communities',
    permission: 'structure.read',
    status: 200,
    sends: ListCommunities,
    query: { limit: '10' },
  },
  {
    method: 'GET',
    template: '/api/v1/communities/{id}',
    permission: 'structure.read',
    status: 200,
    sends: GetCommunity,
    fromPath: { id: PATH_COMMUNITY },
  },
  {
    method: 'POST',
    template: '/api/v1/communities/{id}/buildings',
    permission: 'communities.manage',
    status: 201,
    sends: CreateBuilding,
    bodyClass: BuildingDetailsV1,
    body: sample.buildingDetails(),
    fromPath: { communityId: PATH_COMMUNITY },
  },
  {
    method: 'GET',
    template: '/api/v1/communities/{id}/buildings',
    permission: 'structure.read',
    status: 200,
    sends: ListBuildings,
    fromPath: { communityId: PATH_COMMUNITY },
  },
  {
    method: 'POST',
    template: '/api/v1/buildings/{id}/units',
    permission: 'communities.manage',
    status: 201,
    sends: CreateUnit,
    bodyClass: UnitDetailsV1,
    body: sample.unitDetails(),
    fromPath: { buildingId: PATH_ID },
  },
  {
    method: 'GET',
    template: '/api/v1/units',
    permission: 'structure.read',
    status: 200,
    sends: ListUnits,
    query: { communityId: 'GZ01', status: 'vacant' },
  },
  {
    method: 'GET',
    template: '/api/v1/units/{id}',
    permission: 'structure.read',
    status: 200,
    sends: GetUnit,
    fromPath: { id: PATH_ID },
  },

  // RES-2, RES-7, GEN-4: people
  {
    method: 'POST',
    template: '/api/v1/people',
    permission: 'people.register',
    status: 201,
    sends: RegisterPerson,
    bodyClass: RegisterPersonV1,
    body: sample.personRegistration(),
  },
  {
    method: 'GET',
    template: '/api/v1/people',
    permission: 'people.search',
    status: 200,
    sends: SearchPeople,
    query: { name: '王建' },
  },
  {
    method: 'GET',
    template: '/api/v1/people/{id}',
    permission: 'people.read',
    status: 200,
    sends: GetPerson,
    fromPath: { id: PATH_ID },
  },
  {
    method: 'PATCH',
    template: '/api/v1/people/{id}',
    permission: 'people.update',
    status: 200,
    sends: UpdatePerson,
    bodyClass: PersonChangesV1,
    body: sample.personChanges(),
    fromPath: { id: PATH_ID },
  },
  {
    method: 'POST',
    template: '/api/v1/people/{id}/reveal',
    permission: 'people.reveal',
    status: 200,
    sends: RevealPerson,
    bodyClass: RevealReasonV1,
    body: sample.revealReason(),
    fromPath: { id: PATH_ID },
  },
  {
    method: 'PUT',
    template: '/api/v1/people/{id}/preferences',
    permission: 'people.preferences',
    status: 200,
    sends: SetContactPreferences,
    bodyClass: ContactPreferencesV1,
    body: sample.contactPreferences(),
    fromPath: { personId: PATH_ID },
  },
  {
    method: 'GET',
    template: '/api/v1/personal-data-access-log',
    permission: 'personal-data-access.read',
    status: 200,
    sends: ListPersonalDataAccess,
    query: { personId: PATH_ID },
  },

  // RES-2: occupancy
  {
    method: 'POST',
    template: '/api/v1/units/{id}/occupancies',
    permission: 'occupancies.manage',
    status: 201,
    sends: StartOccupancy,
    bodyClass: OccupancyDetailsV1,
    body: sample.occupancyDetails(),
    fromPath: { unitId: PATH_ID },
  },
  {
    method: 'POST',
    template: '/api/v1/occupancies/{id}/end',
    permission: 'occupancies.manage',
    status: 200,
    sends: EndOccupancy,
    bodyClass: OccupancyEndV1,
    body: sample.occupancyEnd(),
    fromPath: { id: PATH_ID },
  },

  // RES-3: handover
  {
    method: 'POST',
    template: '/api/v1/units/{id}/handover-inspections',
    permission: 'handover.record',
    status: 201,
    sends: RecordHandoverInspection,
    bodyClass: HandoverInspectionDetailsV1,
    body: sample.handoverInspection(),
    fromPath: { unitId: PATH_ID },
  },

  // RES-4: move-in
  {
    method: 'POST',
    template: '/api/v1/units/{id}/move-ins',
    permission: 'move-ins.manage',
    status: 201,
    sends: StartMoveIn,
    bodyClass: MoveInDetailsV1,
    body: sample.moveInDetails(),
    fromPath: { unitId: PATH_ID },
  },
  {
    method: 'GET',
    template: '/api/v1/move-ins/{id}',
    permission: 'move-ins.manage',
    status: 200,
    sends: GetMoveIn,
    fromPath: { moveInId: PATH_ID },
  },
  {
    method: 'POST',
    template: '/api/v1/move-ins/{id}/acknowledgements',
    permission: 'move-ins.manage',
    status: 200,
    sends: AcknowledgeMoveIn,
    bodyClass: AcknowledgementsV1,
    body: sample.acknowledgements(),
    fromPath: { moveInId: PATH_ID },
  },
  {
    method: 'POST',
    template: '/api/v1/move-ins/{id}/keys',
    permission: 'move-ins.manage',
    status: 200,
    sends: RecordMoveInKeys,
    bodyClass: KeysHandedOverV1,
    body: sample.keysHandedOver(),
    fromPath: { moveInId: PATH_ID },
  },
  {
    method: 'POST',
    template: '/api/v1/move-ins/{id}/complete',
    permission: 'move-ins.manage',
    status: 200,
    sends: CompleteMoveIn,
    bodyClass: CompleteMoveInBodyV1,
    body: sample.moveInCompletion(),
    fromPath: { moveInId: PATH_ID },
  },

  // RES-6: move-out
  {
    method: 'POST',
    template: '/api/v1/units/{id}/move-outs',
    permission: 'move-outs.manage',
    status: 201,
    sends: RequestMoveOut,
    bodyClass: MoveOutDetailsV1,
    body: sample.moveOutDetails(),
    fromPath: { unitId: PATH_ID },
  },
  {
    method: 'GET',
    template: '/api/v1/move-outs/{id}',
    permission: 'move-outs.read',
    status: 200,
    sends: GetMoveOut,
    fromPath: { moveOutId: PATH_ID },
  },
  {
    method: 'POST',
    template: '/api/v1/move-outs/{id}/inspection',
    permission: 'move-outs.inspect',
    status: 200,
    sends: RecordMoveOutInspection,
    bodyClass: MoveOutInspectionV1,
    body: sample.moveOutInspection(),
    fromPath: { moveOutId: PATH_ID },
  },
  {
    method: 'POST',
    template: '/api/v1/move-outs/{id}/complete',
    permission: 'move-outs.manage',
    status: 200,
    sends: CompleteMoveOut,
    fromPath: { moveOutId: PATH_ID },
  },

  // RES-5: decoration
  {
    method: 'POST',
    template: '/api/v1/decorations',
    permission: 'decorations.apply',
    status: 201,
    sends: ApplyForDecoration,
    bodyClass: ApplyForDecorationV1,
    body: sample.decorationApplication(),
  },
  {
    method: 'GET',
    template: '/api/v1/decorations',
    permission: 'decorations.read',
    status: 200,
    sends: ListDecorations,
    query: { status: 'under-review', limit: '200' },
  },
  {
    method: 'GET',
    template: '/api/v1/decorations/{id}',
    permission: 'decorations.read',
    status: 200,
    sends: GetDecoration,
    fromPath: { id: PATH_ID },
  },
  {
    method: 'PUT',
    template: '/api/v1/decorations/{id}/documents',
    permission: 'decorations.apply',
    status: 200,
    sends: UpdateDecorationDocuments,
    bodyClass: DecorationDocumentsV1,
    body: sample.decorationDocuments(),
    fromPath: { decorationId: PATH_ID },
  },
  {
    method: 'POST',
    template: '/api/v1/decorations/{id}/submit',
    permission: 'decorations.apply',
    status: 200,
    sends: SubmitDecoration,
    fromPath: { decorationId: PATH_ID },
  },
  {
    method: 'POST',
    template: '/api/v1/decorations/{id}/review',
    permission: 'decorations.review',
    status: 200,
    sends: ReviewDecoration,
    bodyClass: ReviewDecisionV1,
    body: sample.reviewDecision(),
    fromPath: { decorationId: PATH_ID },
  },
  {
    method: 'POST',
    template: '/api/v1/decorations/{id}/issue-passes',
    permission: 'decorations.passes',
    status: 200,
    sends: IssueWorkerPasses,
    bodyClass: WorkerPassesV1,
    body: sample.workerPasses(),
    fromPath: { decorationId: PATH_ID },
  },
  {
    method: 'POST',
    template: '/api/v1/decorations/{id}/patrol-findings',
    permission: 'decorations.patrol',
    status: 200,
    sends: RecordPatrolFinding,
    bodyClass: PatrolFindingV1,
    body: sample.patrolFinding(),
    fromPath: { decorationId: PATH_ID },
  },
  {
    method: 'POST',
    template: '/api/v1/decorations/{id}/request-inspection',
    permission: 'decorations.apply',
    status: 200,
    sends: RequestDecorationInspection,
    fromPath: { decorationId: PATH_ID },
  },
  {
    method: 'POST',
    template: '/api/v1/decorations/{id}/inspection',
    permission: 'decorations.inspect',
    status: 200,
    sends: RecordDecorationInspection,
    bodyClass: DecorationInspectionV1,
    body: sample.decorationInspection(),
    fromPath: { decorationId: PATH_ID },
  },
  {
    method: 'POST',
    template: '/api/v1/decorations/{id}/cancel',
    permission: 'decorations.apply',
    status: 200,
    sends: CancelDecoration,
    bodyClass: CancellationV1,
    body: sample.cancellation(),
    fromPath: { decorationId: PATH_ID },
  },

  // RES-8: file access
  {
    method: 'POST',
    template: '/api/v1/people/{id}/file-access-requests',
    permission: 'file-access.request',
    status: 201,
    sends: RequestFileAccess,
    bodyClass: FileAccessPurposeV1,
    body: sample.fileAccessPurpose(),
    fromPath: { personId: PATH_ID },
  },
  {
    method: 'GET',
    template: '/api/v1/file-access-requests',
    permission: 'file-access.read',
    status: 200,
    sends: ListFileAccessRequests,
    query: { status: 'pending' },
  },
  {
    method: 'POST',
    template: '/api/v1/file-access-requests/{id}/decision',
    permission: 'file-access.decide',
    status: 200,
    sends: DecideFileAccess,
    bodyClass: FileAccessDecisionV1,
    body: sample.fileAccessDecision(),
    fromPath: { requestId: PATH_ID },
  },
  {
    method: 'GET',
    template: '/api/v1/file-access-requests/{id}/file',
    permission: 'file-access.request',
    status: 200,
    sends: ReadResidentFile,
    fromPath: { requestId: PATH_ID },
  },

  // GEN-1: calendar
  {
    method: 'GET',
    template: '/api/v1/calendar/{year}',
    permission: 'calendar.read',
    status: 200,
    sends: GetCalendarYear,
    fromPath: { year: PATH_YEAR },
  },
  {
    method: 'PUT',
    template: '/api/v1/calendar/{year}',
    permission: 'calendar.manage',
    status: 200,
    sends: SetCalendarYear,
    bodyClass: CalendarDaysV1,
    body: sample.calendarDays(),
    fromPath: { year: PATH_YEAR },
  },
];

/** Whether the route's `{id}` is a community code rather than a UUID. */
export const takesCommunityCode = (route: ResidentsRoute): boolean =>
  route.template.startsWith('/api/v1/communities/');

/** The sample request's path: the template with the sample id (or the one given) and query. */
export function pathOf(route: ResidentsRoute, id?: string): string {
  const path = route.template
    .replace('{id}', id ?? (takesCommunityCode(route) ? PATH_COMMUNITY : PATH_ID))
    .replace('{year}', id ?? String(PATH_YEAR))
    .replace('{communityId}', PATH_COMMUNITY)
    .replace('{date}', PATH_DATE);
  return route.query ? `${path}?${new URLSearchParams(route.query).toString()}` : path;
}

/** The command or query the service must receive for the sample request. */
export function expectedPayload(route: ResidentsRoute): Record<string, unknown> {
  const query = Object.fromEntries(
    Object.entries(route.query ?? {}).map(([k, v]) => [k, k === 'limit' ? Number(v) : v]),
  );
  return { ...route.body, ...query, ...route.fromPath };
}
