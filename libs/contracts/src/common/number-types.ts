import { labelledCodes, type CodeOf } from './labelled-codes.js';

/** GEN-2: the kinds of record that get a human number, with their number prefixes. */
export const NumberedRecord = labelledCodes({
  complaint: '投诉',
  suggestion: '建议',
  praise: '表扬',
  enquiry: '咨询',
  'repair-call': '报修登记',
  'repair-request': '报修',
  'work-order': '派工单',
  bill: '账单',
  receipt: '收据',
  deposit: '押金',
  'return-visit': '回访',
  decoration: '装修申请',
  incident: '突发事件',
});
export type NumberedRecord = CodeOf<typeof NumberedRecord>;

export const NUMBER_PREFIX: Readonly<Record<NumberedRecord, string>> = {
  complaint: 'TS',
  suggestion: 'JY',
  praise: 'BY',
  enquiry: 'CX',
  'repair-call': 'BD',
  'repair-request': 'BX',
  'work-order': 'PG',
  bill: 'ZD',
  receipt: 'SJ',
  deposit: 'YJ',
  'return-visit': 'HF',
  decoration: 'ZX',
  incident: 'TF',
};

/** `TS-GZ01-2026-000123`: prefix, community, year, a per-year sequence of at least six digits. */
export function formatRecordNumber(
  record: NumberedRecord,
  communityId: string,
  year: number,
  seq: number,
): string {
  return `${NUMBER_PREFIX[record]}-${communityId}-${year}-${String(seq).padStart(6, '0')}`;
}
