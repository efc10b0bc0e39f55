import { ApiTags } from '@nestjs/swagger';

/**
 * The tags of the API, one per controller, each with the description a reader of the document (or
 * a generated client's docs) sees. Controllers tag themselves with `ApiTag('complaints')`, so a tag
 * cannot be used without being described here (decision 0074).
 */
export const API_TAGS = {
  billing: {
    name: '收费 billing',
    description:
      "A unit's account (bills, payments, credit notes, deposits) and its clearance for move-out, contractors' quality guarantee deposits and repair teams' revolving funds (BIL-5 … BIL-11, MNT-13).",
  },
  calendar: {
    name: '工作日历 calendar',
    description:
      "The company's holidays and make-up working days per year (GEN-1); complaint and work-order deadlines count working days by them.",
  },
  communities: {
    name: '小区与楼栋 communities',
    description: 'Communities (小区) and their buildings: the property structure a company manages (RES-1).',
  },
  complaints: {
    name: '投诉 complaints',
    description:
      "Complaints, suggestions and praise logged from calls and visits, with deadlines that escalate (CMP-1 and on), the desk's call-back list and the daily reconciliation of the register (CMP-4, CMP-6).",
  },
  decorations: {
    name: '装修管理 decorations',
    description:
      'Secondary decoration (装修) of a unit: application, drawing review, worker passes, patrols and the completion inspection (RES-5).',
  },
  desk: {
    name: '前台 desk',
    description:
      'What the front desk sees when a call comes in: the caller card composed from residents, complaints, maintenance and billing, masked and scoped (DESK-3).',
  },
  'file-access': {
    name: '档案调阅 file access',
    description:
      "Borrowing or exporting a resident's file: requested, approved by a manager other than the requester, every read logged (RES-8, GEN-4).",
  },
  handover: {
    name: '验房交付 handover',
    description: 'The handover inspection of a new unit; each defect found becomes a repair request (RES-3).',
  },
  incidents: {
    name: '预警与突发事件 incidents',
    description:
      'Early warnings when complaints of one category about one building cluster, and incidents that group complaints with one cause, notify the households once and resolve them together (CMP-11, CMP-15).',
  },
  maintenance: {
    name: '报修与派工 maintenance',
    description:
      'Repair requests with their emergency and survey clocks, site surveys and warranty, work orders A/B/C with their approval chain, execution, completion check, return visit and settlement, and the proactive visits after handover and fit-out with the first-year equipment report (MNT-1 … MNT-13).',
  },
  'move-ins': {
    name: '入住手续 move-ins',
    description:
      'The move-in procedure: charges, acknowledgements and keys, completed once every precondition holds (RES-4).',
  },
  'move-outs': {
    name: '迁出手续 move-outs',
    description:
      'The move-out procedure: refused while the unit owes anything, inspected, completed once billing confirms (RES-6).',
  },
  occupancies: {
    name: '入住关系 occupancies',
    description: 'Who is linked to a unit, as owner, tenant, household member or emergency contact (RES-2).',
  },
  operations: {
    name: '运维 operations',
    description:
      'For administrators: dead letters and parked outbox events of each service, mended with a reason that is archived.',
  },
  people: {
    name: '客户档案 people',
    description:
      'The resident file: people, masked by default, with audited full views and contact preferences (RES-2, RES-7, GEN-4).',
  },
  'shift-handovers': {
    name: '交接班 shift handovers',
    description:
      "The front desk's shift handover: open items, promised call-backs and active matters passed to the incoming staff member, who accepts or refuses; the supervisor reviews each day's handovers (DESK-1).",
  },
  surveys: {
    name: '满意度调查 surveys',
    description:
      "Satisfaction surveys: the first when a community is half occupied, yearly ones on a random sample drawn from a recorded seed, each household's answers with the register entries they raised, the manager's revisits of very dissatisfied households, and the scores (SAT-1 … SAT-4).",
  },
  units: {
    name: '房屋 units',
    description: 'Units (房屋) of a building with their status and current occupants, phones masked (RES-1).',
  },
} as const;

export type ApiTagKey = keyof typeof API_TAGS;

/** Tags a controller with one of the described tags. */
export const ApiTag = (tag: ApiTagKey): ClassDecorator & MethodDecorator => ApiTags(API_TAGS[tag].name);
