import type { Page } from '../../common/pagination.js';
import { defineCommand, defineQuery } from '../../events/definitions.js';
import { ComplaintsBus } from '../complaints.bus.js';
import type { CallBackView } from './call-back-view.js';
import { CompleteCallBackV1 } from './complete-call-back.js';
import { ListCallBacksV1 } from './list-call-backs.js';

export const ListCallBacks = defineQuery<ListCallBacksV1, Page<CallBackView>>({
  subject: ComplaintsBus.queries.listCallBacks,
  request: ListCallBacksV1,
  summary: "The desk's call-back list: customers to tell that their complaint was escalated (CMP-4)",
});

export const CompleteCallBack = defineCommand<CompleteCallBackV1, CallBackView>({
  subject: ComplaintsBus.commands.completeCallBack,
  request: CompleteCallBackV1,
  summary: 'The desk called the customer back; record what came of it (CMP-4)',
});
