import { describe, expect, it } from '@jest/globals';
import { buildingKey, parseSpokenAddress, spokenAddressReadings, unitNumberKey } from './spoken-address.js';

describe('a unit as the desk hears it', () => {
  it.each([
    ['3-1201', { building: '3', number: '1201' }],
    ['3栋1201', { building: '3', number: '1201' }],
    ['3号楼1201室', { building: '3', number: '1201' }],
    ['3幢 1201', { building: '3', number: '1201' }],
    ['A座1201', { building: 'A', number: '1201' }],
    ['a座-1201室', { building: 'A', number: '1201' }],
    ['3#1201', { building: '3', number: '1201' }],
    [' 12 - 0302 ', { building: '12', number: '0302' }],
    ['1201', { number: '1201' }],
    ['1201室', { number: '1201' }],
  ])('%s is %j', (text, address) => {
    expect(parseSpokenAddress(text)).toEqual(address);
  });

  it.each(['', '3栋', '栋', '---', '3栋一二零一'])('%j names no unit', (text) => {
    expect(parseSpokenAddress(text)).toBeUndefined();
  });

  it('compares building codes and names alike', () => {
    expect(buildingKey('3')).toBe(buildingKey('3栋'));
    expect(buildingKey('A座')).toBe(buildingKey('a'));
    expect(buildingKey('3号楼')).toBe('3');
  });
});

describe('units numbered with letters and leading zeros (decision 0285)', () => {
  it.each([
    ['1栋S101', { building: '1', number: 'S101' }],
    ['3栋B1-001', { building: '3', number: 'B1-001' }],
    ['2-801', { building: '2', number: '801' }],
  ])('%s is %j', (text, address) => {
    expect(parseSpokenAddress(text)).toEqual(address);
  });

  it('reads a dashed text both as building and number and as a whole number', () => {
    expect(spokenAddressReadings('B1-001')).toEqual([
      { building: 'B1', number: '001' },
      { number: 'B1-001' },
    ]);
    expect(spokenAddressReadings('S101')).toEqual([{ number: 'S101' }]);
    expect(spokenAddressReadings('3栋一二零一')).toEqual([]);
  });

  it('compares numbers without leading zeros and in upper case', () => {
    expect(unitNumberKey('0801')).toBe(unitNumberKey('801'));
    expect(unitNumberKey('s101')).toBe('S101');
  });
});
