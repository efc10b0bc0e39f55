import { describe, expect, it } from '@jest/globals';
import { periodOf, scoresOf } from './scores.js';

describe('MNT-11: technician and team scores', () => {
  const orders = [
    {
      technicianId: 't1',
      technicianName: '李建军',
      teamId: 'a',
      teamName: '一队',
      opinions: ['very-satisfied', 'satisfied'] as const,
    },
    {
      technicianId: 't1',
      technicianName: '李建军',
      teamId: 'a',
      teamName: '一队',
      opinions: ['neutral', null] as const,
    },
    {
      technicianId: 't2',
      technicianName: '王强',
      teamId: 'a',
      teamName: '一队',
      opinions: ['dissatisfied'] as const,
    },
    { technicianId: null, teamId: null, opinions: ['satisfied'] as const },
  ].map((o) => ({ ...o, opinions: [...o.opinions] }));

  it('MNT-11: a technician scores the mean of the sign-off and return-visit opinions on their orders', () => {
    expect(scoresOf(orders, 'technician')).toEqual([
      { id: 't1', name: '李建军', orders: 2, opinions: 3, score: 80 },
      { id: 't2', name: '王强', orders: 1, opinions: 1, score: 30 },
    ]);
  });

  it('MNT-11: a team scores every opinion on its members’ orders; contractor work counts for no team', () => {
    expect(scoresOf(orders, 'team')).toEqual([{ id: 'a', name: '一队', orders: 3, opinions: 4, score: 68 }]);
  });

  it('MNT-11: quarters and years are periods of the local calendar', () => {
    expect(periodOf(2026, 4)).toEqual({
      from: new Date('2026-10-01T00:00:00+08:00'),
      to: new Date('2027-01-01T00:00:00+08:00'),
    });
    expect(periodOf(2026, undefined).to).toEqual(new Date('2027-01-01T00:00:00+08:00'));
    expect(periodOf(2026, 2)).toEqual({
      from: new Date('2026-04-01T00:00:00+08:00'),
      to: new Date('2026-07-01T00:00:00+08:00'),
    });
  });
});
