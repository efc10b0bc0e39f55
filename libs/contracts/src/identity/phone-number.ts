/*
 * DESK-3: a phone number in any common format finds its records: `138 1234 5678`, `+86 138-1234-5678`,
 * `0086 13812345678`, `(020) 8888-1234`, `020-88881234 转 601`, `+86 20 8888 1234 ext. 601`.
 * Records and searches both keep the number's digits in one canonical form: the mobile's 11 digits,
 * or a landline with its leading 0 and area code; no country code, no extension.
 */

/** Text that starts an extension: `转`, `ext`, `ext.`, `x`, `#`, `分机`. */
const EXTENSION = /\s*(转|分机|ext\.?|x|#).*$/i;

/** The canonical digits of a number, or undefined when what is left is no mainland number. */
export function phoneDigits(raw: string): string | undefined {
  if (raw.length > 60) return undefined;
  let text = raw.trim().replace(EXTENSION, '');
  // A landline's extension may also follow a third dash group: 020-88881234-601.
  const dashed = /^(\+?\d{0,4}[\s-]?\(?0?\d{2,3}\)?[\s-]?\d{7,8})-\d{1,6}$/.exec(text);
  if (dashed && !/^\+?(86|0086)?\s*1\d/.test(text)) text = dashed[1];
  let digits = text.replace(/[\s\-().+]/g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.startsWith('86') && digits.length >= 12) digits = digits.slice(2);
  if (/^1[3-9]\d{9}$/.test(digits)) return digits;
  // Without its 0 only Beijing's area code (10) starts with 1; anything else is a mobile cut short.
  if (digits.startsWith('1') && !digits.startsWith('10')) return undefined;
  if (!digits.startsWith('0')) digits = `0${digits}`;
  // Decision 0227: a three-digit area code (010, 020–029) is followed by 8 digits, a four-digit one by
  // 7 or 8: 11 or 12 digits with the 0, never 10, and 12 only after a four-digit code.
  if (!/^0\d{10,11}$/.test(digits)) return undefined;
  return THREE_DIGIT_AREA.test(digits) && digits.length !== 11 ? undefined : digits;
}

/** Area codes of three digits with their 0: Beijing 010 and 020–029; every other area code has four. */
const THREE_DIGIT_AREA = /^0(10|2\d)/;

/**
 * The number as records keep and show it (normalised on write): a mobile's 11 digits, or a landline as
 * `020-88881234`, with an extension as `-601`. Undefined when `raw` is no mainland number.
 */
export function formatPhone(raw: string): string | undefined {
  const digits = phoneDigits(raw);
  if (digits === undefined) return undefined;
  if (!digits.startsWith('0')) return digits;
  const area = THREE_DIGIT_AREA.test(digits) ? 3 : 4;
  const extension = extensionOf(raw);
  return `${digits.slice(0, area)}-${digits.slice(area)}${extension ? `-${extension}` : ''}`;
}

/** The extension a landline was written with (`转 601`, `ext. 601`, `020-88881234-601`), if any. */
function extensionOf(raw: string): string | undefined {
  const text = raw.trim();
  const spoken = /(?:转|分机|ext\.?|x|#)\s*(\d{1,6})\s*$/i.exec(text);
  if (spoken) return spoken[1];
  return /^\+?\d{0,4}[\s-]?\(?0?\d{2,3}\)?[\s-]?\d{7,8}-(\d{1,6})$/.exec(text)?.[1];
}

/** The last four digits (尾号) callers are often found by. */
export const PHONE_TAIL_PATTERN = /^\d{4}$/;
