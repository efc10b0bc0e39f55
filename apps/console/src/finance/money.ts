/*
 * Money is integer fen on the wire (BIL-*). Staff read and type yuan: these convert by string
 * arithmetic only, so no binary fraction (0.1 + 0.2) ever touches an amount.
 */

const FULL_WIDTH = /[\uff10-\uff19\uff0e]/g;

/**
 * The largest amount the API takes, in fen: 100 亿元 (libs/contracts' `MAX_FEN`, `@IsFen`; decision
 * 0204). A larger one is refused in the form, in yuan, rather than by the API in fen (decision 0313).
 */
export const MAX_FEN = 1_000_000_000_000;

/** What a refusal of an amount above `MAX_FEN` says. */
export const TOO_LARGE = '金额不能超过 100 亿元';

/** 26850 → '268.50'; -5 → '-0.05'. Without the currency sign or grouping: what a form field holds. */
export function fenToYuanText(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an amount in fen: ${fen}`);
  const digits = String(Math.abs(fen)).padStart(3, '0');
  return `${fen < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** 12345678 → '¥123,456.78'; -100 → '-¥1.00'. How the console shows every amount. */
export function formatFen(fen: number): string {
  const text = fenToYuanText(Math.abs(fen));
  const [whole = '0', cents = '00'] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fen < 0 ? '-' : ''}¥${grouped}.${cents}`;
}

export type YuanParse = { ok: true; fen: number } | { ok: false; message: string };

/**
 * What a member of staff typed as yuan, as integer fen: '268.5' → 26850, '0.1' → 10. Full-width
 * digits and point (a Chinese input method's) are read as ASCII ones. Refused, with the reason in
 * Chinese: empty, not a number, negative, more than two decimals (a fen is the smallest unit), or
 * above the API's largest amount (`MAX_FEN`).
 */
export function parseYuan(input: string): YuanParse {
  const text = input
    .trim()
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/^[¥￥]\s*/, '');
  if (text === '') return { ok: false, message: '请输入金额' };
  if (text.startsWith('-')) return { ok: false, message: '金额不能为负数' };
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return { ok: false, message: '金额格式不正确，请输入数字，如 268.50' };
  const [, whole = '', cents = ''] = match;
  if (cents.length > 2) return { ok: false, message: '金额最多保留两位小数（精确到分）' };
  if (whole.replace(/^0+/, '').length > 11) return { ok: false, message: TOO_LARGE };
  const fen = Number(whole) * 100 + Number(cents.padEnd(2, '0'));
  if (fen > MAX_FEN) return { ok: false, message: TOO_LARGE };
  return { ok: true, fen };
}
