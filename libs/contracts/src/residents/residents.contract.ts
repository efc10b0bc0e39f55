import { PageQuery, type Page } from '../common/pagination.js';
import { defineCommand, defineEvent, defineQuery } from '../events/definitions.js';
import { CalendarYearView, GetCalendarYearV1, SetCalendarYearV1 } from './calendar.js';
import { ChargeRequestRaisedV1, ChargeRequestWithdrawnV1 } from './charge-request.js';
import {
  ApplyForDecorationV1,
  CancelDecorationV1,
  DecorationRefV1,
  DecorationApprovedV1,
  DecorationDamageFoundV1,
  DecorationInspectionFailedV1,
  DecorationInspectionPassedV1,
  DecorationReturnedV1,
  DecorationView,
  DecorationWorksStartedV1,
  GetDecorationV1,
  IssueWorkerPassesV1,
  ListDecorationsV1,
  RecordDecorationInspectionV1,
  RecordPatrolFindingV1,
  ReviewDecorationV1,
  UpdateDecorationDocumentsV1,
} from './decoration.js';
import {
  DecideFileAccessV1,
  FileAccessRequestView,
  GetResidentFileV1,
  ListFileAccessRequestsV1,
  RequestFileAccessV1,
  ResidentFileView,
} from './file-access.js';
import { HandoverInspectedV1, HandoverInspectionView, RecordHandoverInspectionV1 } from './handover.js';
import {
  CompleteMoveInV1,
  MoveInRefV1,
  MoveInView,
  RecordKeysHandedOverV1,
  RecordMoveInAcknowledgementsV1,
  StartMoveInV1,
  UnitMovedInV1,
} from './move-in.js';
import {
  MoveOutRefV1,
  MoveOutView,
  RecordMoveOutInspectionV1,
  RequestMoveOutV1,
  UnitMovedOutV1,
} from './move-out.js';
import { EndOccupancyV1, OccupancyView, StartOccupancyV1 } from './occupancy.js';
import {
  ContactPreferencesView,
  GetContactPreferencesV1,
  GetPersonV1,
  ListPersonalDataAccessV1,
  PersonalDataAccessView,
  PersonView,
  RegisterPersonV1,
  RevealedPersonView,
  RevealPersonV1,
  SearchPeopleV1,
  SetContactPreferencesV1,
  UpdatePersonV1,
} from './people.js';
import {
  BuildingCreatedV1,
  CalendarUpdatedV1,
  CommunityCreatedV1,
  OccupancyEndedV1,
  OccupancyStartedV1,
  PersonRegisteredV1,
  PersonUpdatedV1,
  UnitCreatedV1,
  UnitStatusChangedV1,
} from './residents-events.js';
import { ResidentsBus } from './residents.bus.js';
import {
  BuildingView,
  CommunityView,
  CreateBuildingV1,
  CreateCommunityV1,
  CreateUnitV1,
  GetCommunityV1,
  GetUnitV1,
  ListBuildingsV1,
  ListUnitsV1,
  UnitView,
} from './structure.js';

const C = ResidentsBus.commands;
const Q = ResidentsBus.queries;
const E = ResidentsBus.events;

// RES-1: property structure
export const CreateCommunity = defineCommand<CreateCommunityV1, CommunityView>({
  subject: C.createCommunity,
  request: CreateCommunityV1,
  summary: 'Register a community (RES-1)',
});
export const GetCommunity = defineQuery<GetCommunityV1, CommunityView>({
  subject: Q.getCommunity,
  request: GetCommunityV1,
  summary: 'Read a community',
});
export const ListCommunities = defineQuery<PageQuery, Page<CommunityView>>({
  subject: Q.listCommunities,
  request: PageQuery,
  summary: "The caller's communities",
});
export const CreateBuilding = defineCommand<CreateBuildingV1, BuildingView>({
  subject: C.createBuilding,
  request: CreateBuildingV1,
  summary: 'Add a building to a community (RES-1)',
});
export const ListBuildings = defineQuery<ListBuildingsV1, Page<BuildingView>>({
  subject: Q.listBuildings,
  request: ListBuildingsV1,
  summary: "A community's buildings",
});
export const CreateUnit = defineCommand<CreateUnitV1, UnitView>({
  subject: C.createUnit,
  request: CreateUnitV1,
  summary: 'Add a unit to a building (RES-1)',
});
export const GetUnit = defineQuery<GetUnitV1, UnitView>({
  subject: Q.getUnit,
  request: GetUnitV1,
  summary: 'Read a unit with its current occupants (masked)',
});
export const ListUnits = defineQuery<ListUnitsV1, Page<UnitView>>({
  subject: Q.listUnits,
  request: ListUnitsV1,
  summary: 'Units by community, building, status or type',
});

// RES-2, RES-7, GEN-4: people
export const RegisterPerson = defineCommand<RegisterPersonV1, PersonView>({
  subject: C.registerPerson,
  request: RegisterPersonV1,
  summary: "Register a person in a community's resident file (RES-2)",
});
export const UpdatePerson = defineCommand<UpdatePersonV1, PersonView>({
  subject: C.updatePerson,
  request: UpdatePersonV1,
  summary: "Change a person's record, with a reason (GEN-3)",
});
export const GetPerson = defineQuery<GetPersonV1, PersonView>({
  subject: Q.getPerson,
  request: GetPersonV1,
  summary: 'Read a person, masked (GEN-4)',
});
export const SearchPeople = defineQuery<SearchPeopleV1, Page<PersonView>>({
  subject: Q.searchPeople,
  request: SearchPeopleV1,
  summary: 'Find people by name, full phone or unit, masked (GEN-4)',
});
export const RevealPerson = defineCommand<RevealPersonV1, RevealedPersonView>({
  subject: C.revealPerson,
  request: RevealPersonV1,
  summary: "See a person's phone and ID number in full, logged with the reason (GEN-4)",
});
export const SetContactPreferences = defineCommand<SetContactPreferencesV1, ContactPreferencesView>({
  subject: C.setContactPreferences,
  request: SetContactPreferencesV1,
  summary: 'Refuse return visits or choose a channel (RES-7)',
});
export const GetContactPreferences = defineQuery<GetContactPreferencesV1, ContactPreferencesView>({
  subject: Q.getContactPreferences,
  request: GetContactPreferencesV1,
  summary: 'May this person be visited, and how (RES-7, CMP-10, MNT-10)',
});
export const ListPersonalDataAccess = defineQuery<ListPersonalDataAccessV1, Page<PersonalDataAccessView>>({
  subject: Q.listPersonalDataAccess,
  request: ListPersonalDataAccessV1,
  summary: 'The log of full views of personal data (GEN-4)',
});

// RES-2: occupancy
export const StartOccupancy = defineCommand<StartOccupancyV1, OccupancyView>({
  subject: C.startOccupancy,
  request: StartOccupancyV1,
  summary: 'Link a person to a unit as owner, tenant, household member or emergency contact (RES-2)',
});
export const EndOccupancy = defineCommand<EndOccupancyV1, OccupancyView>({
  subject: C.endOccupancy,
  request: EndOccupancyV1,
  summary: 'End an occupancy; it stays in the history (RES-2)',
});

// RES-3: handover inspection
export const RecordHandoverInspection = defineCommand<RecordHandoverInspectionV1, HandoverInspectionView>({
  subject: C.recordHandoverInspection,
  request: RecordHandoverInspectionV1,
  summary: 'Record the handover inspection; each defect becomes a repair request (RES-3)',
});

// RES-4: move-in
export const StartMoveIn = defineCommand<StartMoveInV1, MoveInView>({
  subject: C.startMoveIn,
  request: StartMoveInV1,
  summary: 'Open the move-in procedure; the move-in charges are requested from billing (RES-4)',
});
export const AcknowledgeMoveIn = defineCommand<RecordMoveInAcknowledgementsV1, MoveInView>({
  subject: C.acknowledgeMoveIn,
  request: RecordMoveInAcknowledgementsV1,
  summary: 'Record the handbook and decoration rules acknowledged (RES-4)',
});
export const RecordMoveInKeys = defineCommand<RecordKeysHandedOverV1, MoveInView>({
  subject: C.recordMoveInKeys,
  request: RecordKeysHandedOverV1,
  summary: 'Record the keys handed over (RES-4)',
});
export const CompleteMoveIn = defineCommand<CompleteMoveInV1, MoveInView>({
  subject: C.completeMoveIn,
  request: CompleteMoveInV1,
  summary: 'Complete the move-in once every precondition holds (RES-4)',
});
export const GetMoveIn = defineQuery<MoveInRefV1, MoveInView>({
  subject: Q.getMoveIn,
  request: MoveInRefV1,
  summary: 'Read a move-in and what it still lacks',
});

// RES-6: move-out
export const RequestMoveOut = defineCommand<RequestMoveOutV1, MoveOutView>({
  subject: C.requestMoveOut,
  request: RequestMoveOutV1,
  summary: 'Request a move-out; refused while billing reports arrears (RES-6)',
});
export const RecordMoveOutInspection = defineCommand<RecordMoveOutInspectionV1, MoveOutView>({
  subject: C.recordMoveOutInspection,
  request: RecordMoveOutInspectionV1,
  summary: 'Record the move-out inspection and damages (RES-6)',
});
export const CompleteMoveOut = defineCommand<MoveOutRefV1, MoveOutView>({
  subject: C.completeMoveOut,
  request: MoveOutRefV1,
  summary: 'Complete the move-out once billing confirms it is settled (RES-6)',
});
export const GetMoveOut = defineQuery<MoveOutRefV1, MoveOutView>({
  subject: Q.getMoveOut,
  request: MoveOutRefV1,
  summary: 'Read a move-out',
});

// RES-5: secondary decoration
export const ApplyForDecoration = defineCommand<ApplyForDecorationV1, DecorationView>({
  subject: C.applyForDecoration,
  request: ApplyForDecorationV1,
  summary: 'Apply for a secondary decoration (RES-5)',
});
export const UpdateDecorationDocuments = defineCommand<UpdateDecorationDocumentsV1, DecorationView>({
  subject: C.updateDecorationDocuments,
  request: UpdateDecorationDocumentsV1,
  summary: 'Replace the documents of a draft or returned application (RES-5)',
});
export const SubmitDecoration = defineCommand<DecorationRefV1, DecorationView>({
  subject: C.submitDecoration,
  request: DecorationRefV1,
  summary: 'Submit the application; the deposit and waste-removal fee are requested (RES-5)',
});
export const ReviewDecoration = defineCommand<ReviewDecorationV1, DecorationView>({
  subject: C.reviewDecoration,
  request: ReviewDecorationV1,
  summary: 'Approve the drawings, or reject them with reasons (RES-5)',
});
export const IssueWorkerPasses = defineCommand<IssueWorkerPassesV1, DecorationView>({
  subject: C.issueWorkerPasses,
  request: IssueWorkerPassesV1,
  summary: 'Issue worker passes; the works start (RES-5)',
});
export const RecordPatrolFinding = defineCommand<RecordPatrolFindingV1, DecorationView>({
  subject: C.recordPatrolFinding,
  request: RecordPatrolFindingV1,
  summary: 'Record a patrol finding during the works (RES-5)',
});
export const RequestDecorationInspection = defineCommand<DecorationRefV1, DecorationView>({
  subject: C.requestDecorationInspection,
  request: DecorationRefV1,
  summary: 'Ask for the completion inspection or re-inspection (RES-5)',
});
export const RecordDecorationInspection = defineCommand<RecordDecorationInspectionV1, DecorationView>({
  subject: C.recordDecorationInspection,
  request: RecordDecorationInspectionV1,
  summary: 'Record the completion inspection: passed, or failed with items to fix (RES-5)',
});
export const CancelDecoration = defineCommand<CancelDecorationV1, DecorationView>({
  subject: C.cancelDecoration,
  request: CancelDecorationV1,
  summary: 'Withdraw an application before works start',
});
export const GetDecoration = defineQuery<GetDecorationV1, DecorationView>({
  subject: Q.getDecoration,
  request: GetDecorationV1,
  summary: 'Read a decoration application with its history',
});
export const ListDecorations = defineQuery<ListDecorationsV1, Page<DecorationView>>({
  subject: Q.listDecorations,
  request: ListDecorationsV1,
  summary: 'Decoration applications by community, unit or status',
});

// RES-8: file access
export const RequestFileAccess = defineCommand<RequestFileAccessV1, FileAccessRequestView>({
  subject: C.requestFileAccess,
  request: RequestFileAccessV1,
  summary: "Ask to borrow or export a resident's file (RES-8)",
});
export const DecideFileAccess = defineCommand<DecideFileAccessV1, FileAccessRequestView>({
  subject: C.decideFileAccess,
  request: DecideFileAccessV1,
  summary: 'A manager approves or rejects a file request (RES-8)',
});
export const ReadResidentFile = defineCommand<GetResidentFileV1, ResidentFileView>({
  subject: C.readResidentFile,
  request: GetResidentFileV1,
  summary: 'Read an approved file in full; logged (RES-8, GEN-4)',
});
export const ListFileAccessRequests = defineQuery<ListFileAccessRequestsV1, Page<FileAccessRequestView>>({
  subject: Q.listFileAccessRequests,
  request: ListFileAccessRequestsV1,
  summary: 'File requests by community and status',
});

// GEN-1: the company calendar
export const SetCalendarYear = defineCommand<SetCalendarYearV1, CalendarYearView>({
  subject: C.setCalendarYear,
  request: SetCalendarYearV1,
  summary: "Set a year's holidays and make-up working days (GEN-1)",
});
export const GetCalendarYear = defineQuery<GetCalendarYearV1, CalendarYearView>({
  subject: Q.getCalendarYear,
  request: GetCalendarYearV1,
  summary: "Read a year's holidays and make-up working days",
});

// Events
export const CommunityCreated = defineEvent({
  subject: E.communityCreated,
  type: 'community.created.v1',
  data: CommunityCreatedV1,
  summary: 'A community was registered',
});
export const BuildingCreated = defineEvent({
  subject: E.buildingCreated,
  type: 'building.created.v1',
  data: BuildingCreatedV1,
  summary: 'A building was added',
});
export const UnitCreated = defineEvent({
  subject: E.unitCreated,
  type: 'unit.created.v1',
  data: UnitCreatedV1,
  summary: 'A unit was added',
});
export const UnitStatusChanged = defineEvent({
  subject: E.unitStatusChanged,
  type: 'unit.status-changed.v1',
  data: UnitStatusChangedV1,
  summary: 'A unit became vacant, occupied or decorating',
});
export const PersonRegistered = defineEvent({
  subject: E.personRegistered,
  type: 'person.registered.v1',
  data: PersonRegisteredV1,
  summary: 'A person was registered',
});
export const PersonUpdated = defineEvent({
  subject: E.personUpdated,
  type: 'person.updated.v1',
  data: PersonUpdatedV1,
  summary: "A person's record or preferences changed",
});
export const OccupancyStarted = defineEvent({
  subject: E.occupancyStarted,
  type: 'occupancy.started.v1',
  data: OccupancyStartedV1,
  summary: 'A person became owner, tenant, member or contact of a unit',
});
export const OccupancyEnded = defineEvent({
  subject: E.occupancyEnded,
  type: 'occupancy.ended.v1',
  data: OccupancyEndedV1,
  summary: 'An occupancy ended',
});
export const HandoverInspected = defineEvent({
  subject: E.handoverInspected,
  type: 'handover.inspected.v1',
  data: HandoverInspectedV1,
  summary: 'A unit was inspected at handover; maintenance opens a repair request per defect (RES-3)',
});
export const UnitMovedIn = defineEvent({
  subject: E.unitMovedIn,
  type: 'unit.moved-in.v1',
  data: UnitMovedInV1,
  summary: 'The owners moved in (RES-4)',
});
export const UnitMovedOut = defineEvent({
  subject: E.unitMovedOut,
  type: 'unit.moved-out.v1',
  data: UnitMovedOutV1,
  summary: 'Occupants moved out (RES-6)',
});
export const DecorationApproved = defineEvent({
  subject: E.decorationApproved,
  type: 'decoration.approved.v1',
  data: DecorationApprovedV1,
  summary: 'Decoration drawings approved (RES-5)',
});
export const DecorationReturned = defineEvent({
  subject: E.decorationReturned,
  type: 'decoration.returned.v1',
  data: DecorationReturnedV1,
  summary: 'Decoration drawings rejected; returned for changes (RES-5)',
});
export const DecorationWorksStarted = defineEvent({
  subject: E.decorationWorksStarted,
  type: 'decoration.works-started.v1',
  data: DecorationWorksStartedV1,
  summary: 'Worker passes issued; works started (RES-5)',
});
export const DecorationInspectionPassed = defineEvent({
  subject: E.decorationInspectionPassed,
  type: 'decoration.inspection-passed.v1',
  data: DecorationInspectionPassedV1,
  summary: 'The completion inspection passed; the deposit refund clock starts (RES-5, BIL-9)',
});
export const DecorationInspectionFailed = defineEvent({
  subject: E.decorationInspectionFailed,
  type: 'decoration.inspection-failed.v1',
  data: DecorationInspectionFailedV1,
  summary: 'The completion inspection failed; items must be fixed (RES-5)',
});
export const DecorationDamageFound = defineEvent({
  subject: E.decorationDamageFound,
  type: 'decoration.damage-found.v1',
  data: DecorationDamageFoundV1,
  summary: 'Damage found, to be charged against the decoration deposit (RES-5, BIL-8)',
});
export const ChargeRequestRaised = defineEvent({
  subject: E.chargeRequestRaised,
  type: 'charge-request.raised.v1',
  data: ChargeRequestRaisedV1,
  summary: 'Billing is asked to charge the payer of a unit (RES-4, RES-5, RES-6)',
});
export const ChargeRequestWithdrawn = defineEvent({
  subject: E.chargeRequestWithdrawn,
  type: 'charge-request.withdrawn.v1',
  data: ChargeRequestWithdrawnV1,
  summary: 'A charge request is withdrawn: its procedure was cancelled before it was settled',
});
export const CalendarUpdated = defineEvent({
  subject: E.calendarUpdated,
  type: 'calendar.updated.v1',
  data: CalendarUpdatedV1,
  summary: "A year's holidays and make-up days changed (GEN-1)",
});

export const RESIDENTS_MESSAGES = {
  requests: [
    CreateCommunity,
    GetCommunity,
    ListCommunities,
    CreateBuilding,
    ListBuildings,
    CreateUnit,
    GetUnit,
    ListUnits,
    RegisterPerson,
    UpdatePerson,
    GetPerson,
    SearchPeople,
    RevealPerson,
    SetContactPreferences,
    GetContactPreferences,
    ListPersonalDataAccess,
    StartOccupancy,
    EndOccupancy,
    RecordHandoverInspection,
    StartMoveIn,
    AcknowledgeMoveIn,
    RecordMoveInKeys,
    CompleteMoveIn,
    GetMoveIn,
    RequestMoveOut,
    RecordMoveOutInspection,
    CompleteMoveOut,
    GetMoveOut,
    ApplyForDecoration,
    UpdateDecorationDocuments,
    SubmitDecoration,
    ReviewDecoration,
    IssueWorkerPasses,
    RecordPatrolFinding,
    RequestDecorationInspection,
    RecordDecorationInspection,
    CancelDecoration,
    GetDecoration,
    ListDecorations,
    RequestFileAccess,
    DecideFileAccess,
    ReadResidentFile,
    ListFileAccessRequests,
    SetCalendarYear,
    GetCalendarYear,
  ],
  events: [
    CommunityCreated,
    BuildingCreated,
    UnitCreated,
    UnitStatusChanged,
    PersonRegistered,
    PersonUpdated,
    OccupancyStarted,
    OccupancyEnded,
    HandoverInspected,
    UnitMovedIn,
    UnitMovedOut,
    DecorationApproved,
    DecorationReturned,
    DecorationWorksStarted,
    DecorationInspectionPassed,
    DecorationInspectionFailed,
    DecorationDamageFound,
    ChargeRequestRaised,
    ChargeRequestWithdrawn,
    CalendarUpdated,
  ],
};
