import { describe, expect, it } from '@jest/globals';
import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { ArrearsView } from '@pcs/contracts';
import { writeCsv, writeXlsx, type Table } from '@pcs/tabular';
import { xlsxRows } from '@pcs/testing';
import { arrearsTable, collectionRateTable } from './billing-tables.js';
import { yuan } from './money.js';

async function csvOf(table: Table): Promise<string> {
  const out = new PassThrough();
  const [bytes] = await Promise.all([buffer(out), writeCsv(table, out)]);
  return bytes.toString('utf8');
}

async function rowsOf(table: Table): Promise<unknown[][]> {
  const out = new PassThrough();
  const [bytes] = await Promise.all([buffer(out), writeXlsx(table, out)]);
  return xlsxRows(bytes);
}

const arrears = (description: string): ArrearsView => ({
  communityId: 'GZ01',
  asOf: '2027-01-15',
  totalFen: 26_850,
  items: [
    {
      billId: '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8b',
      number: 'ZD-GZ01-2026-000321',
      unitId: '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8c',
      unitLabel: '3栋1201',
      description,
      dueDate: '2026-11-30',
      outstandingFen: 26_850,
      daysOverdue: 46,
      reminderStage: 'day-30',
      reminderStageLabel: '逾期30天催缴',
    },
  ],
});
const rate = {
  communityId: 'GZ01',
  period: '2026-11',
  billedFen: 1_000_000,
  collectedFen: 951_234,
  rateBasisPoints: 9_512,
};

describe('the billing exports (BIL-4)', () => {
  it('BIL-4: the arrears list opens in Excel as UTF-8 (BOM), Chinese headers, amounts in yuan to the fen', async () => {
    const csv = await csvOf(arrearsTable(arrears('2026-11 物业服务费用, 含垃圾费'), 'csv'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '账单编号,房号,费用说明,应缴日期,欠费金额（元）,逾期天数,催缴阶段',
      'ZD-GZ01-2026-000321,3栋1201,"2026-11 物业服务费用, 含垃圾费",2026-11-30,268.50,46,逾期30天催缴',
      '',
    ]);
  });

  it('BIL-4: the collection rate as a percentage with two decimals', async () => {
    const csv = await csvOf(collectionRateTable(rate, 'csv'));
    expect(csv.slice(1).split('\r\n')[1]).toBe('GZ01,2026-11,10000.00,9512.34,95.12%');
  });

  it('BIL-4: the arrears list as a workbook with Chinese headers and amounts in yuan, read back', async () => {
    expect(await rowsOf(arrearsTable(arrears('2026-11 物业服务费用'), 'xlsx'))).toEqual([
      ['账单编号', '房号', '费用说明', '应缴日期', '欠费金额（元）', '逾期天数', '催缴阶段'],
      ['ZD-GZ01-2026-000321', '3栋1201', '2026-11 物业服务费用', '2026-11-30', 268.5, 46, '逾期30天催缴'],
    ]);
  });

  it('BIL-4: the collection rate as a workbook', async () => {
    expect((await rowsOf(collectionRateTable(rate, 'xlsx')))[1]).toEqual([
      'GZ01',
      '2026-11',
      10_000,
      9_512.34,
      95.12,
    ]);
  });

  it('amounts in yuan are exact to the fen, negative ones too', () => {
    expect(yuan(5)).toBe('0.05');
    expect(yuan(-12_050)).toBe('-120.50');
  });
});
