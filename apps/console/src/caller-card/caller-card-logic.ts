import type { ApiSchema } from '@pcs/api-client';
import { mayCall, type OperationRoles } from '../permissions/operation-roles';

export type CallerCard = ApiSchema<'CallerCardView'>;
export type RegisterDraft = ApiSchema<'CallerRegisterDraftView'>;

/**
 * GEN-4: a masked number is revealed only with a reason, and only to roles the permission table lets
 * call revealPerson; everyone else is never shown the button (the gateway would refuse them anyway).
 */
export function mayReveal(roles: readonly string[], table: OperationRoles): boolean {
  return mayCall(table, 'revealPerson', roles);
}

/** A reveal's reason as the API takes it (2 … 200 characters); undefined while it is too short. */
export function revealReason(input: string | undefined): string | undefined {
  const reason = (input ?? '').trim();
  return reason.length >= 2 && reason.length <= 200 ? reason : undefined;
}

/** Fen as staff read money: ¥1,234.50. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** What a household's account says at a glance: clear, owing, or owing past its due date. */
export function accountSummary(
  account: { clear: boolean; owedFen: number; overdueFen: number } | undefined,
): string {
  if (!account) return '暂无账户信息';
  if (account.clear) return '无欠费';
  return account.overdueFen > 0
    ? `欠费 ${yuan(account.owedFen)}（其中逾期 ${yuan(account.overdueFen)}）`
    : `待缴 ${yuan(account.owedFen)}`;
}

/** The parts of the card the services could not answer (DESK-3 degrades, it does not fail), in Chinese. */
const UNAVAILABLE_LABELS: Readonly<Record<string, string>> = {
  residents: '住户信息',
  complaints: '投诉记录',
  maintenance: '报修记录',
  billing: '账户欠费',
};

export function unavailableNotice(unavailable: readonly string[]): string | undefined {
  if (!unavailable.length) return undefined;
  const parts = unavailable.map((part) => UNAVAILABLE_LABELS[part] ?? part);
  return `以下信息暂时无法获取：${parts.join('、')}；其余内容可正常使用。`;
}

/**
 * CMP-1, DESK-3: the register form's starting values from the card's draft — the caller's number and
 * surname, the community, the unit and person it found — so the desk types only what was said.
 */
export function registerFormValues(
  draft: RegisterDraft,
  fallbackCommunity: string | undefined,
): {
  communityId: string | undefined;
  channel: 'call';
  customer: { anonymous: false; surname?: string; phone: string };
  unitId?: string;
  personId?: string;
} {
  return {
    communityId: draft.communityId ?? fallbackCommunity,
    channel: draft.channel,
    customer: {
      anonymous: false,
      phone: draft.customer.phone,
      ...(draft.customer.surname ? { surname: draft.customer.surname } : {}),
    },
    ...(draft.unitId ? { unitId: draft.unitId } : {}),
    ...(draft.personId ? { personId: draft.personId } : {}),
  };
}

/**
 * DESK-3: the card on screen is the answer to the latest lookup, or nothing. The previous caller's
 * card goes as soon as another number is looked up, so a refused or failed lookup never leaves it
 * standing (with its arrears, its open entries and a 新建登记 for the wrong caller); an answer that
 * arrives after a later lookup began is dropped. The request's failure is thrown on, to be shown
 * (decision 0306).
 */
export function latestLookup<Card>(show: (card: Card | undefined) => void) {
  let latest = 0;
  return async (request: () => Promise<Card>): Promise<void> => {
    const lookup = ++latest;
    show(undefined);
    const card = await request();
    if (lookup === latest) show(card);
  };
}
