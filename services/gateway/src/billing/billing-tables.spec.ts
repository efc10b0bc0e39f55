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
  billCount: 1,
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
      '账单编号,房号,缴费人,费用说明,应缴日期,欠费金额（元）,逾期天数,催缴阶段',
      'ZD-GZ01-2026-000321,3栋1201,房屋自身（无缴费人）,"2026-11 物业服务费用, 含垃圾费",2026-11-30,268.50,46,逾期30天催缴',
      '合计（截至 2027-01-15）,,,1 张账单,,268.50,,',
      '',
    ]);
  });

  it('BIL-4: the collection rate as a percentage with two decimals', async () => {
    const csv = await csvOf(collectionRateTable(rate, 'csv'));
    expect(csv.slice(1).split('\r\n')[1]).toBe('GZ01,2026-11,10000.00,9512.34,95.12%,当前');
  });

  it('BIL-4: the arrears list as a workbook with Chinese headers and amounts in yuan, read back', async () => {
    expect(await rowsOf(arrearsTable(arrears('2026-11 物业服务费用'), 'xlsx'))).toEqual([
      ['账单编号', '房号', '缴费人', '费用说明', '应缴日期', '欠费金额（元）', '逾期天数', '催缴阶段'],
      [
        'ZD-GZ01-2026-000321',
        '3栋1201',
        '房屋自身（无缴费人）',
        '2026-11 物业服务费用',
        '2026-11-30',
        268.5,
        46,
        '逾期30天催缴',
      ],
      // Empty cells read back as holes: only the label, the count and the amount.
      ['合计（截至 2027-01-15）', undefined, undefined, '1 张账单', undefined, 268.5],
    ]);
  });

  it('BIL-4, decision 0348: the arrears export names each bill’s payer and ends with a total row', async () => {
    const payerPersonId = '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8d';
    const view = arrears('2026-12 物业服务费用');
    const two: ArrearsView = {
      ...view,
      totalFen: 26_850 + 100,
      billCount: 2,
      items: [
        ...view.items,
        { ...view.items[0]!, number: 'ZD-GZ01-2026-000400', payerPersonId, outstandingFen: 100 },
      ],
    };
    const lines = (await csvOf(arrearsTable(two, 'csv'))).slice(1).split('\r\n');
    expect(lines[2]).toContain(`,${payerPersonId},`);
    expect(lines[3]).toBe('合计（截至 2027-01-15）,,,2 张账单,,269.50,,');
  });

  it('BIL-4, decision 0371: a payer residents shows the caller is named; one it does not show keeps the id', async () => {
    const named = '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a81';
    const hidden = '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a82';
    const view = arrears('2026-12 物业服务费用');
    const three: ArrearsView = {
      ...view,
      items: [
        view.items[0]!,
        { ...view.items[0]!, number: 'ZD-GZ01-2026-000401', payerPersonId: named },
        { ...view.items[0]!, number: 'ZD-GZ01-2026-000402', payerPersonId: hidden },
      ],
    };
    const lines = (await csvOf(arrearsTable(three, 'csv', new Map([[named, '王秀英']]))))
      .slice(1)
      .split('\r\n');
    expect(lines[1]).toContain(',房屋自身（无缴费人）,');
    expect(lines[2]).toContain(',王秀英,');
    expect(lines[2]).not.toContain(named);
    expect(lines[3]).toContain(`,${hidden},`);
  });

  it('BIL-4, decision 0348: a month with nothing billed has no collection rate, not 0%', async () => {
    const none = { communityId: 'GZ01', period: '2099-01', billedFen: 0, collectedFen: 0 };
    expect((await csvOf(collectionRateTable(none, 'csv'))).slice(1).split('\r\n')[1]).toBe(
      'GZ01,2099-01,0.00,0.00,无应收,当前',
    );
  });

  it('BIL-4: the collection rate as a workbook', async () => {
    expect((await rowsOf(collectionRateTable(rate, 'xlsx')))[1]).toEqual([
      'GZ01',
      '2026-11',
      10_000,
      9_512.34,
      95.12,
      '当前',
    ]);
  });

  it('BIL-4: the collection rate names the community as staff know it', async () => {
    const csv = await csvOf(collectionRateTable(rate, 'csv', '锦绣花园'));
    expect(csv.slice(1).split('\r\n')[1]).toBe('锦绣花园,2026-11,10000.00,9512.34,95.12%,当前');
  });

  it('BIL-4, decision 0392: a collection rate as of a past day names the day in its row', async () => {
    const csv = await csvOf(collectionRateTable({ ...rate, asOf: '2026-11-30' }, 'csv'));
    expect(csv.slice(1).split('\r\n').slice(0, 2)).toEqual([
      '小区,月份,应收金额（元）,实收金额（元）,收费率,截至日期',
      'GZ01,2026-11,10000.00,9512.34,95.12%,2026-11-30',
    ]);
  });

  it('amounts in yuan are exact to the fen, negative ones too', () => {
    expect(yuan(5)).toBe('0.05');
    expect(yuan(-12_050)).toBe('-120.50');
  });
});
