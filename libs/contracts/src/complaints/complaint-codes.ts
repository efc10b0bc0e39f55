import { labelledCodes, type CodeOf } from '../common/labelled-codes.js';

/** CMP-13: suggestions and praise are registered like complaints, with their own kind. */
export const ComplaintKind = labelledCodes({
  complaint: '投诉',
  suggestion: '建议',
  praise: '表扬',
});
export type ComplaintKind = CodeOf<typeof ComplaintKind>;

/** CMP-1: where the complaint came from. */
export const ComplaintChannel = labelledCodes({
  call: '来电',
  visit: '来访',
  letter: '来信',
  'owner-app': '业主App',
  'return-visit': '回访',
  patrol: '内部巡查',
});
export type ComplaintChannel = CodeOf<typeof ComplaintChannel>;

/** CMP-2: categories, each routed to a responsible department. */
export const ComplaintCategory = labelledCodes({
  'engineering-quality': '工程质量',
  cleaning: '保洁',
  security: '秩序',
  landscaping: '绿化',
  'service-attitude': '服务态度',
  fees: '收费',
  neighbour: '邻里',
  noise: '噪音',
  parking: '停车',
  design: '开发设计',
  'public-utilities': '政府/公用事业',
  other: '其他',
});
export type ComplaintCategory = CodeOf<typeof ComplaintCategory>;

/** CMP-7: what the complainant wants from complaining. */
export const ComplainantIntent = labelledCodes({
  'solve-problem': '解决问题',
  vent: '发泄',
  expectation: '期待',
});
export type ComplainantIntent = CodeOf<typeof ComplainantIntent>;

export const ComplaintStatus = labelledCodes({
  registered: '已登记',
});
export type ComplaintStatus = CodeOf<typeof ComplaintStatus>;
