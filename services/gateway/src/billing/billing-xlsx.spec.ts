import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { arrearsXlsx, collectionRateXlsx } from './billing-xlsx.js';

async function rowsOf(buffer: Buffer): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('the billing XLSX exports (BIL-4)', () => {
  it('BIL-4: the arrears list as a workbook with Chinese headers and amounts in yuan, read back', async () => {
    const buffer = await arrearsXlsx({
      communityId: 'GZ01',
      asOf: '2027-01-15',
      totalFen: 26_850,
      items: [
        {
          billId: '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8b',
          number: 'ZD-GZ01-2026-000321',
          unitId: '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8c',
          unitLabel: '3栋1201',
          description: '2026-11 物业服务费用',
          dueDate: '2026-11-30',
          outstandingFen: 26_850,
          daysOverdue: 46,
          reminderStage: 'day-30',
          reminderStageLabel: '逾期30天催缴',
        },
      ],
    });
    expect(await rowsOf(buffer)).toEqual([
      ['账单编号', '房号', '费用说明', '应缴日期', '欠费金额（元）', '逾期天数', '催缴阶段'],
      ['ZD-GZ01-2026-000321', '3栋1201', '2026-11 物业服务费用', '2026-11-30', 268.5, 46, '逾期30天催缴'],
    ]);
  });

  it('BIL-4: the collection rate as a workbook', async () => {
    const buffer = await collectionRateXlsx({
      communityId: 'GZ01',
      period: '2026-11',
      billedFen: 1_000_000,
      collectedFen: 951_234,
      rateBasisPoints: 9_512,
    });
    expect((await rowsOf(buffer))[1]).toEqual(['GZ01', '2026-11', 10_000, 9_512.34, 95.12]);
  });
});
