/**
 * Decisions 0357, 0377, 0380, 0394: how the names people type for a company (a contractor, a repair
 * team) are compared, by maintenance (a dispatch's contractor, the team directory) and by billing (a
 * quality deposit's contractor) alike. Two names are the same name when they differ only in spaces,
 * full- or half-width forms, case, or invisible format characters (`\p{Cf}`: a zero-width space, a
 * joiner, a BOM pasted with the name), which all look identical on screen.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\p{Cf}]+/gu, '')
    .toLowerCase();
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** White space and invisible format characters at either end of a name. */
const UNTIDY_ENDS = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;

/** A name as stored: without the spaces and invisible characters typed or pasted around it. */
export function tidyName(name: string): string {
  return name.replace(UNTIDY_ENDS, '');
}
