/* GEN-4: phone and ID numbers leave a service masked unless the caller may see them in full. */

/** A landline as records keep it: `020-88881234`, maybe with an extension `-601`. */
const LANDLINE = /^(0\d{2,3})-(\d{7,8})(?:-\d{1,6})?$/;

/**
 * `13812345678` → `138****5678`; a landline `020-88881234-601` → `020-****1234` (its area code and
 * last four digits, no extension); other text keeps its first 3 and last 4 characters.
 */
export function maskPhone(phone: string): string {
  const landline = LANDLINE.exec(phone);
  if (landline) {
    const [, area, number] = landline as unknown as [string, string, string];
    return `${area}-${'*'.repeat(number.length - 4)}${number.slice(-4)}`;
  }
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/**
 * Most characters of any ID number stay hidden: a mainland ID `440109199001011234` →
 * `4401**********1234`; a passport `E12345678` → `E1*****78`; at most 8 characters show, and always
 * fewer than half.
 */
export function maskIdNumber(id: string): string {
  const visible = Math.min(8, Math.floor((id.length - 1) / 2));
  if (visible <= 0) return '*'.repeat(id.length);
  const head = Math.floor(visible / 2);
  const tail = visible - head;
  return `${id.slice(0, head)}${'*'.repeat(id.length - visible)}${id.slice(id.length - tail)}`;
}
