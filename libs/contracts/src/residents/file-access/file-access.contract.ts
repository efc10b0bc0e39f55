import type { Page } from '../../common/pagination.js';
import { defineCommand, defineQuery } from '../../events/definitions.js';
import { ResidentsBus } from '../residents.bus.js';
import { DecideFileAccessV1 } from './decide-file-access.js';
import type { FileAccessRequestView } from './file-access-request-view.js';
import { ListFileAccessRequestsV1 } from './list-file-access-requests.js';
import { GetResidentFileV1 } from './read-resident-file.js';
import { RequestFileAccessV1 } from './request-file-access.js';
import type { ResidentFileView } from './resident-file-view.js';

/* RES-8: borrowing or exporting a resident's file. */

const C = ResidentsBus.commands;
const Q = ResidentsBus.queries;

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
