import { describe, expect, it } from '@jest/globals';
import { downloadUrl, fileNameOf } from './download';

describe('downloads', () => {
  it('saves under the Chinese name when the gateway gives one', () => {
    expect(
      fileNameOf(
        `attachment; filename="arrears-GZ01.csv"; filename*=UTF-8''${encodeURIComponent('欠费清单-GZ01.csv')}`,
        'x.csv',
      ),
    ).toBe('欠费清单-GZ01.csv');
    expect(fileNameOf('attachment; filename="arrears-GZ01.csv"', 'x.csv')).toBe('arrears-GZ01.csv');
    expect(fileNameOf(`attachment; filename*=UTF-8''%E0%A4%A; filename=a.csv`, 'x.csv')).toBe('a.csv');
    expect(fileNameOf(null, 'x.csv')).toBe('x.csv');
  });

  it('fills the path and leaves empty query values out', () => {
    expect(downloadUrl('/api/v1/communities/{id}/arrears.csv', { id: 'GZ01' }, { asOf: undefined })).toBe(
      '/api/v1/communities/GZ01/arrears.csv',
    );
    expect(
      downloadUrl('/api/v1/communities/{id}/collection-rate.xlsx', { id: 'GZ 01' }, { period: '2026-11' }),
    ).toBe('/api/v1/communities/GZ%2001/collection-rate.xlsx?period=2026-11');
  });
});
