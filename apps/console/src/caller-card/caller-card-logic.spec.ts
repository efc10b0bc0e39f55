import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { operationRolesOf, type OpenApiDocument } from '../permissions/operation-roles';
import {
  accountSummary,
  latestLookup,
  mayReveal,
  registerFormValues,
  revealReason,
  unavailableNotice,
  yuan,
} from './caller-card-logic';
import { handedDraft } from './register-draft';

const table = operationRolesOf(
  JSON.parse(
    readFileSync(new URL('../../../../docs/openapi.json', import.meta.url), 'utf8'),
  ) as OpenApiDocument,
);

describe('the reveal button on the caller card (GEN-4)', () => {
  it('is shown to the roles the permission table lets reveal, never to the others', () => {
    expect(mayReveal(['front-desk'], table)).toBe(true);
    expect(mayReveal(['cs-supervisor'], table)).toBe(true);
    expect(mayReveal(['technician'], table)).toBe(false);
    expect(mayReveal(['finance'], table)).toBe(false);
    expect(mayReveal(['dispatcher'], table)).toBe(false);
    expect(mayReveal([], table)).toBe(false);
  });

  it('follows the table, not a list of its own: a desk role the table denies sees none', () => {
    const denying = { ...table, revealPerson: ['gm'] };
    expect(mayReveal(['front-desk'], denying)).toBe(false);
    expect(mayReveal(['front-desk', 'gm'], denying)).toBe(true);
  });

  it('asks for a reason of 2 to 200 characters, trimmed', () => {
    expect(revealReason('  业主来电要求核对身份  ')).toBe('业主来电要求核对身份');
    expect(revealReason('查')).toBeUndefined();
    expect(revealReason('   ')).toBeUndefined();
    expect(revealReason(undefined)).toBeUndefined();
    expect(revealReason('查'.repeat(201))).toBeUndefined();
  });
});

describe('what the caller card says about money and missing parts', () => {
  it('writes fen as yuan', () => {
    expect(yuan(0)).toBe('¥0.00');
    expect(yuan(123_450)).toBe('¥1,234.50');
    expect(yuan(-5)).toBe('-¥0.05');
  });

  it('tells clear, owing and overdue accounts apart', () => {
    expect(accountSummary(undefined)).toBe('暂无账户信息');
    expect(accountSummary({ clear: true, owedFen: 0, overdueFen: 0 })).toBe('无欠费');
    expect(accountSummary({ clear: false, owedFen: 26_000, overdueFen: 0 })).toBe('待缴 ¥260.00');
    expect(accountSummary({ clear: false, owedFen: 52_000, overdueFen: 26_000 })).toBe(
      '欠费 ¥520.00（其中逾期 ¥260.00）',
    );
  });

  it('names the parts the services could not answer in Chinese (DESK-3 degrades)', () => {
    expect(unavailableNotice([])).toBeUndefined();
    expect(unavailableNotice(['billing', 'maintenance'])).toBe(
      '以下信息暂时无法获取：账户欠费、报修记录；其余内容可正常使用。',
    );
  });
});

describe('a register entry from the caller card (CMP-1, DESK-3)', () => {
  const draft = {
    communityId: 'GZ01',
    channel: 'call' as const,
    customer: { surname: '欧', phone: '13800138000' },
    unitId: '0b0f5f9e-6a51-4d37-9a52-0c7c2f8f2a11',
    personId: '5d1c7c57-52a1-4f7a-9d8e-6a1f0d6b4f22',
  };

  it('starts the form with the caller, community, unit and person the card found', () => {
    expect(registerFormValues(draft, 'GZ02')).toEqual({
      communityId: 'GZ01',
      channel: 'call',
      customer: { anonymous: false, surname: '欧', phone: '13800138000' },
      unitId: draft.unitId,
      personId: draft.personId,
    });
  });

  it('falls back to the desk’s community for an unknown number, without inventing a surname', () => {
    expect(registerFormValues({ channel: 'call', customer: { phone: '02088881234' } }, 'GZ02')).toEqual({
      communityId: 'GZ02',
      channel: 'call',
      customer: { anonymous: false, phone: '02088881234' },
    });
  });

  it('reads the draft from the history entry the card opened, and nothing else', () => {
    expect(handedDraft({ registerDraft: { draft, unitLabel: '5栋0802' } })).toEqual({
      draft,
      unitLabel: '5栋0802',
    });
    expect(handedDraft(null)).toBeUndefined();
    expect(handedDraft({ registerDraft: { draft: { customer: {} } } })).toBeUndefined();
    expect(handedDraft({ other: 1 })).toBeUndefined();
  });
});

describe('the card a lookup shows (DESK-3)', () => {
  const card = (phone: string) => ({ phone });
  const shownBy = () => {
    const shown: ({ phone: string } | undefined)[] = [];
    return { shown, lookUp: latestLookup<{ phone: string }>((c) => shown.push(c)) };
  };

  it('is the answer to the lookup', async () => {
    const { shown, lookUp } = shownBy();
    await lookUp(async () => card('13802251234'));
    expect(shown.at(-1)).toEqual(card('13802251234'));
  });

  it("clears the previous caller's card when the next lookup is refused, and throws the refusal on", async () => {
    const { shown, lookUp } = shownBy();
    await lookUp(async () => card('13802251234'));
    const refusal = new Error('400 phone must be a mainland mobile or landline number');
    await expect(
      lookUp(async () => {
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect(shown.at(-1)).toBeUndefined();
  });

  it('drops an answer that arrives after a later lookup began', async () => {
    const { shown, lookUp } = shownBy();
    let answerFirst: (c: { phone: string }) => void = () => undefined;
    const first = lookUp(() => new Promise((resolve) => (answerFirst = resolve)));
    await lookUp(async () => card('13900000002'));
    answerFirst(card('13900000001'));
    await first;
    expect(shown.at(-1)).toEqual(card('13900000002'));
  });
});
