import { describe, expect, it } from '@jest/globals';
import { time } from '../common/local-time';
import { handlingDetails, returnVisitText } from './complaint-details';
import type { ComplaintView } from './deadline-badges';

/** The lifecycle tester's complaint after it was closed (console report F5). */
const closed: ComplaintView = {
  id: '0193a000-0000-7000-8000-000000000041',
  number: 'TS-GZ01-2026-000041',
  companyId: 'C1',
  communityId: 'GZ01',
  kind: 'complaint',
  kindLabel: '投诉',
  channel: 'call',
  channelLabel: '来电',
  status: 'closed',
  statusLabel: '已结案',
  customer: { anonymous: false, surname: '王', phone: '138****1234' },
  description: '楼道灯不亮',
  demand: '尽快修好',
  receivedAt: '2026-12-07T01:00:00.000Z',
  receivedBy: { staffId: 'staff-0001', name: '李娜' },
  promisedAt: '2026-12-08T10:00:00.000Z',
  feedback: '已安排电工明早更换灯管',
  feedbackAt: '2026-12-07T03:00:00.000Z',
  escalationLevel: 'supervisor',
  escalationLevelLabel: '客服主管',
  major: true,
  majorReasons: ['group-complaint'],
  majorReasonLabels: ['群体投诉'],
  meeting: { heldAt: '2026-12-07T06:00:00.000Z', attendees: ['王磊', '陈静'], minutes: '统一更换灯管' },
  paused: false,
  measures: '更换了灯管',
  result: '灯已亮',
  resolvedAt: '2026-12-08T02:00:00.000Z',
  signOffs: [
    {
      department: 'engineering',
      departmentLabel: '工程部',
      by: { staffId: 'staff-0300', name: '林海' },
      at: '2026-12-08T03:00:00.000Z',
    },
  ],
  returnVisit: {
    status: 'done',
    statusLabel: '已回访',
    attempts: 0,
    attemptDays: 0,
    satisfaction: 'satisfied',
    satisfactionLabel: '满意',
    visitedAt: '2026-12-08T04:00:00.000Z',
  },
  reopenCount: 1,
  closedAt: '2026-12-08T05:00:00.000Z',
  mergedFromIds: [],
  repairRequested: false,
  overdue: false,
  deadlines: [],
  createdAt: '2026-12-07T01:00:00.000Z',
  updatedAt: '2026-12-08T05:00:00.000Z',
  version: 9,
} as ComplaintView;

const shown = (c: ComplaintView) => Object.fromEntries(handlingDetails(c).map((r) => [r.label, r.value]));

describe('what the complaint page shows was done (GEN-3, decision 0309)', () => {
  it('shows the promise, feedback, measures, result, return visit, sign-offs, escalation, major flag and reopenings', () => {
    expect(shown(closed)).toEqual({
      上报层级: '客服主管',
      承诺处理时间: time('2026-12-08T10:00:00.000Z'),
      部门反馈: `已安排电工明早更换灯管（${time('2026-12-07T03:00:00.000Z')}）`,
      处理措施: '更换了灯管',
      处理结果: `灯已亮（${time('2026-12-08T02:00:00.000Z')}）`,
      回访: `已回访，客户满意，${time('2026-12-08T04:00:00.000Z')}`,
      签字认可: `工程部 林海 ${time('2026-12-08T03:00:00.000Z')}`,
      重大投诉: '是（群体投诉）',
      专题会议: `${time('2026-12-07T06:00:00.000Z')}，参会：王磊、陈静；纪要：统一更换灯管`,
      重新处理次数: '1次',
      办结时间: time('2026-12-08T05:00:00.000Z'),
    });
  });

  it('says which steps are not taken yet on a fresh complaint', () => {
    const fresh = {
      ...closed,
      status: 'assigned',
      escalationLevel: 'handler',
      promisedAt: undefined,
      feedback: undefined,
      feedbackAt: undefined,
      measures: undefined,
      result: undefined,
      resolvedAt: undefined,
      major: false,
      majorReasonLabels: undefined,
      meeting: undefined,
      signOffs: [],
      returnVisit: { status: 'not-due', statusLabel: '未到回访', attempts: 0, attemptDays: 0 },
      reopenCount: 0,
      closedAt: undefined,
      paused: true,
      pauseReasonLabel: '客户不在',
    } as ComplaintView;
    expect(shown(fresh)).toEqual({
      上报层级: '未上报',
      承诺处理时间: '未承诺',
      部门反馈: '未反馈',
      计时暂停: '客户不在',
      处理措施: '未处理',
      处理结果: '未处理',
      回访: '未到回访',
      签字认可: '暂无部门签字',
      重大投诉: '否',
      重新处理次数: '0次',
    });
  });

  it('shows an answered suggestion its answer, without the complaint-only steps', () => {
    const answered = {
      ...closed,
      kind: 'suggestion',
      escalationLevel: 'handler',
      answer: '已采纳，下月增设垃圾桶',
      closedAt: undefined,
    } as ComplaintView;
    expect(shown(answered)).toEqual({ 上报层级: '未上报', 答复内容: '已采纳，下月增设垃圾桶' });
  });

  it('names an exemption and the unanswered attempts of a return visit (DESK-4)', () => {
    expect(
      returnVisitText({
        status: 'exempt',
        statusLabel: '免回访',
        attempts: 3,
        attemptDays: 2,
        exemption: 'unreachable',
        exemptionLabel: '多次联系不上',
      }),
    ).toBe('免回访，原因：多次联系不上，已尝试联系3次');
  });
});
