import { describe, expect, it } from '@jest/globals';
import { arrearsCsv, collectionRateCsv, toCsv, yuan } from './billing-csv.js';

describe('the billing CSV exports (BIL-4)', () => {
  it('BIL-4: the arrears list opens in Excel as UTF-8 (BOM), Chinese headers, amounts in yuan to the fen', () => {
    const csv = arrearsCsv({
      communityId: 'GZ01',
      asOf: '2027-01-15',
      totalFen: 26_850,
      items: [
        {
          billId: '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8b',
          number: 'ZD-GZ01-2026-000321',
          unitId: '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8c',
          unitLabel: '3栋1201',
          description: '2026-11 物业服务费用, 含垃圾费',
          dueDate: '2026-11-30',
          outstandingFen: 26_850,
          daysOverdue: 46,
          reminderStage: 'day-30',
          reminderStageLabel: '逾期30天催缴',
        },
      ],
    });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '账单编号,房号,费用说明,应缴日期,欠费金额（元）,逾期天数,催缴阶段',
      'ZD-GZ01-2026-000321,3栋1201,"2026-11 物业服务费用, 含垃圾费",2026-11-30,268.50,46,逾期30天催缴',
      '',
    ]);
  });

  it('BIL-4: the collection rate as a percentage with two decimals', () => {
    const csv = collectionRateCsv({
      communityId: 'GZ01',
      period: '2026-11',
      billedFen: 1_000_000,
      collectedFen: 951_234,
      rateBasisPoints: 9_512,
    });
    expect(csv.slice(1).split('\r\n')[1]).toBe('GZ01,2026-11,10000.00,9512.34,95.12%');
  });

  it('never lets a spreadsheet run a field as a formula, and quotes what needs quoting', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")']]).slice(1)).toBe('a\r\n"\'=HYPERLINK(""x"")"\r\n');
    expect(yuan(5)).toBe('0.05');
    expect(yuan(-12_050)).toBe('-120.50');
  });
});
