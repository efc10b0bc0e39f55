import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { ComplaintAction } from '@pcs/contracts';
import { ACTION_FORMS, OFFERED_ACTIONS, actionBody, actionFields, latestProblem } from './action-forms';
import { localDateTime } from '../work-orders/field-forms';
import { ACTION_OPERATIONS, type ActionFacts } from './complaint-actions';
import { mergeCandidates } from './merge-candidates';

interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  items?: Schema;
}
const document = JSON.parse(
  readFileSync(new URL('../../../../docs/openapi.json', import.meta.url), 'utf8'),
) as {
  paths: Record<string, { post?: { requestBody?: { content: Record<string, { schema: Schema }> } } }>;
  components: { schemas: Record<string, Schema> };
};
const deref = (schema: Schema): Schema =>
  schema.$ref ? document.components.schemas[schema.$ref.split('/').pop()!]! : schema;
const bodySchema = (path: string): Schema =>
  deref(document.paths[path]!.post!.requestBody!.content['application/json']!.schema);

/** Every leaf field of a body schema, dotted as the forms name them, with whether it is required. */
function leaves(
  schema: Schema,
  prefix = '',
  required = true,
): Map<string, { required: boolean; schema: Schema }> {
  const out = new Map<string, { required: boolean; schema: Schema }>();
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const field = deref(raw);
    const isRequired = required && (schema.required ?? []).includes(name);
    if (field.properties) for (const [k, v] of leaves(field, `${prefix}${name}.`, isRequired)) out.set(k, v);
    else out.set(`${prefix}${name}`, { required: isRequired, schema: field });
  }
  return out;
}

describe('an action form as the body the API takes', () => {
  it('nests dotted names and leaves out empty optional fields', () => {
    expect(
      actionBody(ACTION_FORMS.assign!, {
        department: 'engineering',
        'handler.staffId': ' staff-0101 ',
        'handler.name': '张工',
        note: '   ',
      }),
    ).toEqual({ department: 'engineering', handler: { staffId: 'staff-0101', name: '张工' } });
  });

  it('sends a date and time as an instant', () => {
    const body = actionBody(ACTION_FORMS.acknowledge!, { promisedAt: '2026-12-04T18:00' });
    expect(body['promisedAt']).toBe(new Date('2026-12-04T18:00').toISOString());
  });

  it('has a form for every action of the contracts', () => {
    expect([...OFFERED_ACTIONS].sort()).toEqual([...ComplaintAction.codes].sort());
  });

  it("asks for every field the API requires, only fields the API knows, choices from the API's lists", () => {
    const problems: string[] = [];
    for (const action of OFFERED_ACTIONS) {
      const fields = ACTION_FORMS[action]!;
      const api = leaves(bodySchema(ACTION_OPERATIONS[action].path));
      for (const field of fields) {
        const known = api.get(field.name);
        if (!known) problems.push(`${action}: ${field.name} unknown to the API`);
        else if (known.required !== Boolean(field.required))
          problems.push(`${action}: ${field.name} required?`);
        const allowed = known?.schema.enum ?? known?.schema.items?.enum;
        for (const option of field.options ?? []) {
          if (!allowed?.includes(option.value))
            problems.push(`${action}: ${field.name} offers ${option.value}`);
        }
      }
      for (const [name, { required }] of api) {
        if (required && !fields.some((f) => f.name === name)) problems.push(`${action}: ${name} missing`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('sends lists as lists, blanks left out, and consent only when ticked', () => {
    expect(
      actionBody(ACTION_FORMS['record-meeting']!, {
        heldAt: '2026-12-04T15:00',
        attendees: [' 王磊 ', '', '欧阳建华'],
        minutes: '双方同意更换门锁',
      }),
    ).toEqual({
      heldAt: new Date('2026-12-04T15:00').toISOString(),
      attendees: ['王磊', '欧阳建华'],
      minutes: '双方同意更换门锁',
    });
    expect(actionBody(ACTION_FORMS['flag-major']!, { reasons: [], note: '媒体' })).toEqual({ note: '媒体' });
    const extension = {
      until: '2026-12-10T18:00',
      reason: '配件到货延迟',
      'customerConsent.consentedAt': '2026-12-04T10:00',
      'customerConsent.channel': 'call',
    };
    expect(
      actionBody(ACTION_FORMS.extend!, { ...extension, 'customerConsent.consented': true }),
    ).toMatchObject({
      customerConsent: { consented: true, channel: 'call' },
    });
    expect(
      actionBody(ACTION_FORMS.extend!, { ...extension, 'customerConsent.consented': false })[
        'customerConsent'
      ],
    ).toEqual({ consentedAt: new Date('2026-12-04T10:00').toISOString(), channel: 'call' });
  });
});

describe('the entries one can be merged into (CMP-16)', () => {
  const entry = { id: 'a', communityId: 'GZ01' };
  const other = (id: string, status: string, communityId = 'GZ01') =>
    ({
      id,
      communityId,
      number: `TS-GZ01-2026-00000${id}`,
      status,
      statusLabel: status,
      description: '楼上漏水，天花板渗水严重需要尽快处理',
    }) as never;

  it('are the other entries of its community not merged or referred away, by number', () => {
    expect(
      mergeCandidates(entry, [
        other('a', 'assigned'),
        other('b', 'assigned'),
        other('c', 'merged'),
        other('d', 'referred'),
        other('e', 'assigned', 'GZ02'),
      ]),
    ).toEqual([{ value: 'b', label: 'TS-GZ01-2026-00000b（assigned）楼上漏水，天花板渗水严重需要尽快处理' }]);
  });
});

describe("an action's form offers only choices the service accepts (decision 0307)", () => {
  const facts: ActionFacts = {
    kind: 'complaint',
    status: 'resolved',
    paused: false,
    major: false,
    escalationLevel: 'manager',
    deadlines: (['supervisor', 'manager'] as const).map((level) => ({
      kind: 'escalation-acknowledge' as const,
      kindLabel: '上报确认',
      level,
      dueAt: '2026-12-10T00:00:00.000Z',
      warnAt: '2026-12-09T00:00:00.000Z',
      paused: false,
      overdue: false,
    })),
    returnVisit: { status: 'due', statusLabel: '待回访', attempts: 0, attemptDays: 0 },
    signOffs: [
      {
        department: 'engineering',
        departmentLabel: '工程部',
        by: { staffId: 'staff-0300', name: '林海' },
        at: '2026-12-08T00:00:00.000Z',
      },
    ],
    repairRequested: false,
  };
  const options = (action: 'acknowledge-escalation' | 'sign-off', roles: string[], name: string) =>
    actionFields(action, facts, roles)
      .find((f) => f.name === name)
      ?.options?.map((o) => o.value);

  it('CMP-4: the escalation levels awaiting confirmation that the caller holds', () => {
    expect(options('acknowledge-escalation', ['cs-supervisor'], 'level')).toEqual(['supervisor']);
    expect(options('acknowledge-escalation', ['cs-manager'], 'level')).toEqual(['manager']);
    expect(options('acknowledge-escalation', ['gm'], 'level')).toEqual([]);
  });

  it('CMP-8: the departments that have not signed yet', () => {
    const departments = options('sign-off', ['front-desk', 'engineer'], 'department');
    expect(departments).not.toContain('engineering');
    expect(departments).toContain('customer-service');
  });

  it('CMP-8 (decision 0290): only the departments the caller signs for', () => {
    expect(options('sign-off', ['front-desk'], 'department')).toEqual(['customer-service']);
    expect(options('sign-off', ['security'], 'department')).toEqual(['security']);
    expect(options('sign-off', ['engineer'], 'department')).toEqual([]);
  });

  it('leaves the other forms as they are', () => {
    expect(actionFields('resolve', facts, ['front-desk'])).toBe(ACTION_FORMS.resolve);
  });
});

describe('the promise to the customer (CMP-3, decision 0294)', () => {
  const now = new Date('2026-12-08T02:00:00.000Z');
  const resolve = (dueAt: string, extra: Partial<ActionFacts['deadlines'][number]> = {}) => ({
    kind: 'resolve' as const,
    kindLabel: '处理',
    dueAt,
    warnAt: dueAt,
    paused: false,
    overdue: false,
    ...extra,
  });
  const facts = (deadlines: ActionFacts['deadlines'], extra: Partial<ActionFacts> = {}): ActionFacts => ({
    kind: 'complaint',
    status: 'assigned',
    paused: false,
    major: false,
    escalationLevel: 'handler',
    deadlines,
    returnVisit: { status: 'not-due', statusLabel: '未到回访', attempts: 0, attemptDays: 0 },
    signOffs: [],
    repairRequested: false,
    ...extra,
  });
  const promised = (complaint: ActionFacts) =>
    actionFields('acknowledge', complaint, ['front-desk'], now).find((f) => f.name === 'promisedAt')!;

  it('CMP-3: a promise later than the running resolution deadline is refused before sending', () => {
    const field = promised(facts([resolve('2026-12-10T02:00:00.000Z')]));
    expect(field.latest?.at).toBe('2026-12-10T02:00:00.000Z');
    expect(latestProblem(field, localDateTime(new Date('2026-12-10T03:00:00.000Z')))).toMatch(
      /^承诺时间不能晚于处理时限 .*延期$/,
    );
    expect(latestProblem(field, localDateTime(new Date('2026-12-10T02:00:00.000Z')))).toBeUndefined();
    expect(latestProblem(field, localDateTime(new Date('2026-12-09T02:00:00.000Z')))).toBeUndefined();
    expect(latestProblem(field, undefined)).toBeUndefined();
  });

  it('CMP-3: no bound from a paused, met, passed or absent clock, nor for a repair complaint', () => {
    const due = '2026-12-10T02:00:00.000Z';
    expect(promised(facts([resolve(due, { paused: true })])).latest).toBeUndefined();
    expect(promised(facts([resolve(due)], { paused: true })).latest).toBeUndefined();
    expect(promised(facts([resolve(due, { metAt: '2026-12-08T01:00:00.000Z' })])).latest).toBeUndefined();
    expect(promised(facts([resolve('2026-12-08T01:00:00.000Z')])).latest).toBeUndefined();
    expect(promised(facts([])).latest).toBeUndefined();
    expect(promised(facts([resolve(due)], { repairRequested: true })).latest).toBeUndefined();
    expect(promised(facts([])).name).toBe('promisedAt');
  });
});
