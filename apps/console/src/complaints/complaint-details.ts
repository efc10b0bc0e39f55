import { time } from '../common/local-time';
import type { ComplaintView } from './deadline-badges';

/** One row of the page's 处理情况: a label and what the entry records for it. */
export interface DetailRow {
  key: string;
  label: string;
  value: string;
  /** Long texts take the whole width. */
  wide?: boolean;
}

const said = (text: string | undefined, none: string) => text?.trim() || none;

/** The return visit as one line: its state, the customer's satisfaction and when, or why none (CMP-9). */
export function returnVisitText(visit: ComplaintView['returnVisit']): string {
  const parts = [visit.statusLabel];
  if (visit.satisfactionLabel) parts.push(`客户${visit.satisfactionLabel}`);
  if (visit.visitedAt) parts.push(time(visit.visitedAt));
  if (visit.exemptionLabel) parts.push(`原因：${visit.exemptionLabel}`);
  if (visit.attempts > 0) parts.push(`已尝试联系${visit.attempts}次`);
  return parts.join('，');
}

/**
 * GEN-3, decision 0309: what was done about an entry, as the record holds it — the promise to the
 * customer, the department's feedback, the measures and result, the return visit, the departments'
 * sign-offs, the escalation, the major flag and its meeting, reopenings — so a supervisor reviewing it
 * or the desk calling the customer back can read it on the page. A complaint shows every step (those
 * not yet taken say so); the other kinds show what they record.
 */
export function handlingDetails(c: ComplaintView): DetailRow[] {
  const rows: DetailRow[] = [];
  const add = (key: string, label: string, value: string, wide = false) =>
    rows.push({ key, label, value, ...(wide ? { wide } : {}) });
  const complaint = c.kind === 'complaint';

  add('escalation', '上报层级', c.escalationLevel === 'handler' ? '未上报' : c.escalationLevelLabel);
  if (complaint) {
    add('promised', '承诺处理时间', c.promisedAt ? time(c.promisedAt) : '未承诺');
    add(
      'feedback',
      '部门反馈',
      c.feedback ? `${c.feedback.trim()}${c.feedbackAt ? `（${time(c.feedbackAt)}）` : ''}` : '未反馈',
      true,
    );
    if (c.paused) add('paused', '计时暂停', said(c.pauseReasonLabel, '已暂停'));
    add('measures', '处理措施', said(c.measures, '未处理'), true);
    add(
      'result',
      '处理结果',
      c.result ? `${c.result.trim()}${c.resolvedAt ? `（${time(c.resolvedAt)}）` : ''}` : '未处理',
      true,
    );
    add('return-visit', '回访', returnVisitText(c.returnVisit), true);
    add(
      'sign-offs',
      '签字认可',
      c.signOffs.length
        ? c.signOffs.map((s) => `${s.departmentLabel} ${s.by.name} ${time(s.at)}`).join('；')
        : '暂无部门签字',
      true,
    );
    add(
      'major',
      '重大投诉',
      c.major ? `是（${(c.majorReasonLabels ?? []).join('、') || '未注明原因'}）` : '否',
    );
    if (c.meeting) {
      add(
        'meeting',
        '专题会议',
        `${time(c.meeting.heldAt)}，参会：${c.meeting.attendees.join('、')}；纪要：${c.meeting.minutes}`,
        true,
      );
    }
    add('reopened', '重新处理次数', `${c.reopenCount}次`);
  }
  if (c.explanation) add('explanation', '解释说明', c.explanation, true);
  if (c.answer) add('answer', '答复内容', c.answer, true);
  if (c.repairRequestNumber) {
    add('repair', '关联报修', [c.repairRequestNumber, c.repairStatusLabel].filter(Boolean).join(' '));
  }
  if (c.closedAt) add('closed', '办结时间', time(c.closedAt));
  return rows;
}
