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

/** A unit number as units are numbered: letters, digits and dashes with a digit (`1201`, `S101`, `B1-001`). */
const UNIT_NUMBER = /^(?=[A-Za-z0-9-]*[0-9])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
/** Where a building may end and the number begin: after a separator or a building's suffix. */
const BUILDING_END = /([\s\-#/]|号楼|栋|幢|座|楼|号)$/;

/**
 * Every way the text may split into a building and a number (decision 0285): `3-1201` is unit
 * `1201` of building 3, or a unit numbered `3-1201`; `B1-001` a parking space so numbered, or `001` of
 * building B1. The widest building first. Empty when the text holds no unit number at all.
 */
export function spokenAddressReadings(text: string): SpokenAddress[] {
  const spoken = text.trim().replace(ROOM_SUFFIX, '').trim();
  const readings: SpokenAddress[] = [];
  for (let end = spoken.length - 1; end >= 0; end--) {
    const before = spoken.slice(0, end);
    const number = spoken.slice(end).trim();
    if (!UNIT_NUMBER.test(number) || number.length > 12) continue;
    if (before.trim() === '') {
      readings.push({ number: number.toUpperCase() });
      continue;
    }
    if (!BUILDING_END.test(before)) continue;
    const building = buildingKey(before.replace(/[\s\-#/]+$/, ''));
    // `3栋B1`: a building's word inside says the building ended earlier (`3栋`, number `B1-001`).
    if (building !== '' && !/号楼|栋|幢|座/.test(building)) {
      readings.push({ building, number: number.toUpperCase() });
    }
  }
  return readings;
}

/** The reading with a building if there is one: how the desk says a unit most of the time. */
export function parseSpokenAddress(text: string): SpokenAddress | undefined {
  const readings = spokenAddressReadings(text);
  return readings.find((r) => r.building !== undefined) ?? readings[0];
}

/** A number as compared: upper case, leading zeros dropped (`0801` and `801` are one unit). */
export function unitNumberKey(number: string): string {
  return number.toUpperCase().replace(/^0+/, '');
}

/** A building's code or spoken name, as compared: `3号楼` → `3`, `a座` → `A`. */
export function buildingKey(text: string): string {
  return text.trim().replace(BUILDING_SUFFIX, '').trim().toUpperCase();
}
