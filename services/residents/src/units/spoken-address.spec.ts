import { describe, expect, it } from '@jest/globals';
import { buildingKey, parseSpokenAddress } from './spoken-address.js';

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
