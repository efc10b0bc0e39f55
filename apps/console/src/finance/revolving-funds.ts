import type { components } from '@pcs/api-client';
import type { FormParse } from '../common/parse-errors';
import { formatFen, parseYuan } from './money';

export type RepairTeam = components['schemas']['RepairTeamView'];
export type RevolvingFund = components['schemas']['RevolvingFundView'];
export type ReplenishmentBody = components['schemas']['RevolvingFundReplenishmentBodyV1'];
export type FundSizeBody = components['schemas']['RevolvingFundSizeBodyV1'];

/**
 * A repair team's fund as the 周转金 screen shows it (MNT-13): open, with its figures; not open yet
 * (the API's 404: billing opens a fund with the team's first settlement, decisions 0104, 0356); or
 * not read, with the refusal's title (the row says so, the other teams are still shown).
 */
export type FundState =
  { kind: 'open'; fund: RevolvingFund } | { kind: 'unopened' } | { kind: 'unreadable'; title: string };

/** A team with its fund: one row of the screen. */
export type FundRow = RepairTeam & { state: FundState };

/** What a refused read of a fund says: the API's status and its problem's Chinese title. */
export interface FundReadRefusal {
  status: number;
  title: string;
}

/** The fund's state after `GET /revolving-funds/{teamId}`: its answer, or its refusal (404: not open yet). */
export function fundStateOf(answer: { fund: RevolvingFund } | { refused: FundReadRefusal }): FundState {
  if ('fund' in answer) return { kind: 'open', fund: answer.fund };
  return answer.refused.status === 404
    ? { kind: 'unopened' }
    : { kind: 'unreadable', title: answer.refused.title };
}

/** What the screen says of a fund not open yet. */
export const UNOPENED_TEXT = '未开立（班组首次结算支取时开立）';

/** A fund's figures, in fen: its size (额度), what it holds (余额), what is drawn out and what it lacks. */
export interface FundFigures {
  sizeFen: number;
  balanceFen: number;
  /** 已支用: size − balance, what settled work drew and finance has not put back (decision 0356). */
  drawnFen: number;
  /** What a replenishment may put in: what it lacks of its size, 0 when full (or above it, decision 0252). */
  replenishableFen: number;
}

export function fundFigures(fund: Pick<RevolvingFund, 'sizeFen' | 'balanceFen'>): FundFigures {
  const drawnFen = fund.sizeFen - fund.balanceFen;
  return {
    sizeFen: fund.sizeFen,
    balanceFen: fund.balanceFen,
    drawnFen,
    replenishableFen: Math.max(0, drawnFen),
  };
}

/** 已支用 as shown: a fund above its size (before decision 0252) has drawn nothing out, and says by how much it is over. */
export function drawnText(figures: FundFigures): string {
  return figures.drawnFen >= 0
    ? formatFen(figures.drawnFen)
    : `${formatFen(0)}（超出额度 ${formatFen(-figures.drawnFen)}）`;
}

/** The rows in the order of the team list (the directory's, by name): every team, its fund or none. */
export function fundRows(teams: readonly RepairTeam[], states: readonly FundState[]): FundRow[] {
  return teams.map((team, i) => ({ ...team, state: states[i] ?? { kind: 'unopened' } }));
}

const NOTE_MAX = 200;

/** What the 补充周转金 form holds: the amount as the yuan typed. */
export interface ReplenishmentFormValues {
  amountYuan?: string;
  note?: string;
}

/** What the 调整额度 form holds: the new size as the yuan typed. */
export interface FundSizeFormValues {
  sizeYuan?: string;
  note?: string;
}

/** The body's fields as each form labels them: a problem names the body's fields. */
export const REPLENISHMENT_FIELDS: Readonly<Record<string, string>> = {
  amountFen: '补充金额（元）',
  note: '备注',
};
export const FUND_SIZE_FIELDS: Readonly<Record<string, string>> = {
  sizeFen: '新额度（元）',
  note: '备注',
};

/** The form item each amount's field error is shown on: the body's fen is the form's yuan. */
export function replenishmentField(apiField: string): string {
  return apiField === 'amountFen' ? 'amountYuan' : apiField;
}
export function fundSizeField(apiField: string): string {
  return apiField === 'sizeFen' ? 'sizeYuan' : apiField;
}

function noteOf(note: string | undefined): { ok: true; note?: string } | { ok: false; message: string } {
  const text = note?.trim() ?? '';
  if (text.length > NOTE_MAX) return { ok: false, message: `备注最多 ${NOTE_MAX} 字` };
  return text ? { ok: true, note: text } : { ok: true };
}

export type ReplenishmentParse = FormParse<ReplenishmentBody, keyof ReplenishmentFormValues>;

/**
 * The 补充周转金 form as the body of `POST /revolving-funds/{teamId}/replenishments` (MNT-13): the
 * yuan typed as integer fen, more than nothing and at most what the fund lacks of its size (decision
 * 0252; the API refuses more the same way, this says so before asking). A full fund takes nothing.
 */
export function replenishmentBody(values: ReplenishmentFormValues, figures: FundFigures): ReplenishmentParse {
  const errors: { name: keyof ReplenishmentFormValues; message: string }[] = [];
  const amount = parseYuan(values.amountYuan ?? '');
  const amountProblem = replenishmentAmountProblem(values.amountYuan, figures);
  if (amountProblem) errors.push({ name: 'amountYuan', message: amountProblem });
  const note = noteOf(values.note);
  if (!note.ok) errors.push({ name: 'note', message: note.message });
  if (errors.length || !amount.ok || !note.ok) return { ok: false, errors };
  return { ok: true, body: { amountFen: amount.fen, ...(note.note ? { note: note.note } : {}) } };
}

/** What the 补充周转金 dialog says of a fund that lacks nothing of its size: once, instead of the form. */
export const FUND_FULL_TEXT = '周转金已达额度，无需补充';

/**
 * What the 补充周转金 dialog offers (decision 0390): for a full fund, no amount to type, 提交 greyed out
 * and `FUND_FULL_TEXT` said once (it was both the field's help and its error); otherwise the field,
 * with how much it may take under it.
 */
export function replenishmentOffer(
  figures: FundFigures,
): { full: true; text: string } | { full: false; help: string } {
  return figures.replenishableFen === 0
    ? { full: true, text: FUND_FULL_TEXT }
    : { full: false, help: `最多可补充 ${formatFen(figures.replenishableFen)}（补足至额度），精确到分` };
}

/** What is wrong with the amount typed for a top-up, if anything: checked as it is typed and when sent. */
export function replenishmentAmountProblem(
  typed: string | undefined,
  figures: FundFigures,
): string | undefined {
  const amount = parseYuan(typed ?? '');
  if (!amount.ok) return amount.message;
  if (figures.replenishableFen === 0) return FUND_FULL_TEXT;
  if (amount.fen < 1) return '补充金额须大于零';
  if (amount.fen > figures.replenishableFen) {
    return `补充后不能超过额度：最多可补充 ${formatFen(figures.replenishableFen)}`;
  }
  return undefined;
}

export type FundSizeParse = FormParse<FundSizeBody, keyof FundSizeFormValues>;

/**
 * The 调整额度 form as the body of `PUT /revolving-funds/{teamId}` (decision 0356): the new size in
 * yuan as integer fen, more than nothing and not below what the team has drawn out (that stays drawn
 * out; the API refuses it too, with its own message, shown on the same field).
 */
export function fundSizeBody(values: FundSizeFormValues, figures: FundFigures): FundSizeParse {
  const errors: { name: keyof FundSizeFormValues; message: string }[] = [];
  const size = parseYuan(values.sizeYuan ?? '');
  const sizeProblem = fundSizeProblem(values.sizeYuan, figures);
  if (sizeProblem) errors.push({ name: 'sizeYuan', message: sizeProblem });
  const note = noteOf(values.note);
  if (!note.ok) errors.push({ name: 'note', message: note.message });
  if (errors.length || !size.ok || !note.ok) return { ok: false, errors };
  return { ok: true, body: { sizeFen: size.fen, ...(note.note ? { note: note.note } : {}) } };
}

/** What is wrong with the new size typed, if anything: checked as it is typed and when sent. */
export function fundSizeProblem(typed: string | undefined, figures: FundFigures): string | undefined {
  const size = parseYuan(typed ?? '');
  if (!size.ok) return size.message;
  if (size.fen < 1) return '额度须大于零';
  if (size.fen < figures.drawnFen) return `该班组已支用 ${formatFen(figures.drawnFen)}，额度不能低于此数`;
  return undefined;
}

/** What a resize does, before it is sent: the difference moves between the fund and finance's float. */
export function resizeEffectText(figures: FundFigures, newSizeFen: number): string {
  const change = newSizeFen - figures.sizeFen;
  const balanceAfter = figures.balanceFen + change;
  if (change === 0) return '额度不变，不发生资金划转';
  return change > 0
    ? `将从周转金备用金划入 ${formatFen(change)}，调整后余额 ${formatFen(balanceAfter)}`
    : `将把未使用的 ${formatFen(-change)} 退回周转金备用金，调整后余额 ${formatFen(balanceAfter)}`;
}
