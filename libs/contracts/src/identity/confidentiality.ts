/* GEN-4: phone and ID numbers leave a service masked unless the caller may see them in full. */

/** `13812345678` → `138****5678`; other lengths keep their first 3 and last 4 characters. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** `440106199001011234` → `4401**********1234`. */
export function maskIdNumber(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
