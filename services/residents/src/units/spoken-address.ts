/**
 * A unit as people say it within a community: `3-1201`, `3栋1201`, `3号楼1201室`, `A座 1201`,
 * `3#1201`, or only `1201`. Pure, so that the desk's every way of saying it is tested fast.
 */
export interface SpokenAddress {
  /** The building as its code reads without a suffix (`3`, `A`); absent when only a number was said. */
  building?: string;
  /** The unit's number: `1201`. */
  number: string;
}

const BUILDING_SUFFIX = /(号楼|栋|幢|座|楼|号)$/;
const ROOM_SUFFIX = /(室|房|号)$/;

/** Undefined when the text holds no unit number at all. */
export function parseSpokenAddress(text: string): SpokenAddress | undefined {
  const spoken = text.trim().replace(ROOM_SUFFIX, '').trim();
  const match = /^(.*?)[\s\-#/]*([0-9]{1,6}[A-Za-z]?)$/.exec(spoken);
  if (!match) return undefined;
  const [, before = '', number = ''] = match;
  const building = buildingKey(before.replace(/[\s\-#/]+$/, ''));
  if (before.trim() !== '' && building === '') return undefined;
  return building === '' ? { number: number.toUpperCase() } : { building, number: number.toUpperCase() };
}

/** A building's code or spoken name, as compared: `3号楼` → `3`, `a座` → `A`. */
export function buildingKey(text: string): string {
  return text.trim().replace(BUILDING_SUFFIX, '').trim().toUpperCase();
}
