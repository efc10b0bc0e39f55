import type { Page } from '../../common/pagination.js';
import { defineCommand, defineEvent, defineQuery } from '../../events/definitions.js';
import { ResidentsBus } from '../residents.bus.js';
import { ConfirmDamageRepairV1 } from './decoration-damage.js';
import { ApplyForDecorationV1 } from './apply-for-decoration.js';
import { CancelDecorationV1 } from './cancel-decoration.js';
import { DecorationApprovedV1 } from './decoration-approved.js';
import { DecorationDamageFoundV1 } from './decoration-damage-found.js';
import { DecorationInspectionFailedV1 } from './decoration-inspection-failed.js';
import { DecorationInspectionPassedV1 } from './decoration-inspection-passed.js';
import { DecorationRefV1 } from './decoration-ref.js';
import { DecorationReturnedV1 } from './decoration-returned.js';
import type { DecorationView } from './decoration-view.js';
import { DecorationWorksStartedV1 } from './decoration-works-started.js';
import { GetDecorationV1 } from './get-decoration.js';
import { IssueWorkerPassesV1 } from './issue-worker-passes.js';
import { ListDecorationsV1 } from './list-decorations.js';
import { RecordDecorationInspectionV1 } from './record-decoration-inspection.js';
import { RecordPatrolFindingV1 } from './record-patrol-finding.js';
import { ReviewDecorationV1 } from './review-decoration.js';
import { UpdateDecorationDocumentsV1 } from './update-decoration-documents.js';

/* RES-5: secondary decoration. */

const C = ResidentsBus.commands;
const Q = ResidentsBus.queries;
const E = ResidentsBus.events;

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

export const ConfirmDamageRepair = defineCommand<ConfirmDamageRepairV1, DecorationView>({
  subject: C.confirmDamageRepair,
  request: ConfirmDamageRepairV1,
  summary:
    'Confirm at re-inspection that the resident repaired a damage; a repair not done is charged (RES-5, BIL-8)',
});
