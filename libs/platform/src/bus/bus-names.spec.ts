import { describe, expect, it } from '@jest/globals';
import { BusNames } from './bus-names.js';

describe('BusNames', () => {
  it('leaves names alone without a prefix', () => {
    const names = new BusNames();
    expect(names.subject('complaints.register')).toBe('complaints.register');
    expect(names.stream('COMPLAINTS')).toBe('COMPLAINTS');
  });

  it('isolates a test bus by prefixing subjects, streams and consumers', () => {
    const names = new BusNames('t42x-ab');
    expect(names.subject('complaints.events.>')).toBe('t42x-ab.complaints.events.>');
    expect(names.unprefixed('t42x-ab.complaints.register')).toBe('complaints.register');
    expect(names.stream('COMPLAINTS')).toBe('T42X_AB_COMPLAINTS');
    expect(names.durable('complaints-calendar')).toBe('t42x-ab_complaints-calendar');
  });
});
