import { describe, expect, it } from '@jest/globals';
import type { StatementView } from '@pcs/contracts';
import { pdfPages as pagesOf } from '@pcs/testing';
import { statementPdf } from './statement-pdf.js';

const UNIT = '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a01';
const OTHER = '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7b02';
const PAYER = '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a02';

function bill(n: number, description: string, amountFen: number, paidFen: number) {
  return {
    id: `0190f1c2-7d3a-7c1e-9a2b-${String(n).padStart(12, '0')}`,
    number: `ZD-GZ01-2026-${String(n).padStart(6, '0')}`,
    communityId: 'GZ01',
    unitId: UNIT,
    payerPersonId: PAYER,
    source: 'billing-run',
    sourceLabel: '月度计费',
    description,
    amountFen,
    paidFen,
    creditedFen: 0,
    outstandingFen: amountFen - paidFen,
    status: paidFen === amountFen ? 'paid' : 'open',
    statusLabel: paidFen === amountFen ? '已缴清' : '待缴',
    issuedAt: '2026-11-01T00:00:00.000Z',
    dueDate: '2026-11-30',
    lines: [],
  };
}

const statement = (bills: ReturnType<typeof bill>[]): StatementView =>
  ({
    unitId: UNIT,
    owedFen: bills.reduce((sum, b) => sum + b.outstandingFen, 0),
    creditFen: 1_250,
    bills,
    payments: [
      {
        id: '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7b01',
        receiptNumber: 'SJ-GZ01-2026-000088',
        communityId: 'GZ01',
        unitId: UNIT,
        payerPersonId: PAYER,
        method: 'wechat',
        methodLabel: '微信支付',
        amountFen: 28_100,
        allocatedFen: 26_850,
        creditFen: 1_250,
        allocations: [],
        status: 'recorded',
        statusLabel: '已入账',
        receivedAt: '2026-11-05T06:30:00.000Z',
      },
    ],
    deposits: [
      {
        id: '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7c01',
        number: 'YJ-GZ01-2026-000007',
        communityId: 'GZ01',
        unitId: UNIT,
        payerPersonId: PAYER,
        kind: 'decoration',
        kindLabel: '装修押金',
        requiredFen: 300_000,
        receivedFen: 300_000,
        deductedFen: 0,
        refundedFen: 0,
        balanceFen: 300_000,
        status: 'held',
        statusLabel: '在押',
        refundableFrom: '2027-03-01',
      },
    ],
    asOf: '2026-11-30T06:05:00.000Z',
  }) as unknown as StatementView;

describe('the statement PDF (BIL-5 … BIL-8)', () => {
  it('BIL-5: prints the heading, what is owed and credited, bills, payments and deposits in Chinese, to the fen', async () => {
    const pdf = await statementPdf(
      statement([
        bill(1, '2026年10月物业管理费', 26_850, 26_850),
        bill(2, '11月物业管理费（喆玥堃）', 26_850, 0),
        bill(3, '2026年度地下车库B2层137号车位租赁费及管理费（含公共照明分摊）', 0, 0),
      ]),
      { communityName: '锦绣花园', unitLabel: '2栋1单元1201', timeZone: 'Asia/Shanghai' },
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const [text, ...more] = await pagesOf(pdf);
    expect(more).toEqual([]);
    for (const expected of [
      '费用对账单',
      '小区：锦绣花园',
      '房号：2栋1单元1201',
      // 06:05 UTC is 14:05 in Beijing.
      '对账时间：2026-11-30 14:05',
      '欠费合计：268.50 元',
      '预存余额：12.50 元',
      'ZD-GZ01-2026-000002',
      '账单（金额单位：元）',
      '待缴',
      'SJ-GZ01-2026-000088',
      '微信支付',
      '281.00',
      '2026-11-05 14:30',
      '装修押金',
      '3000.00',
      '2027-03-01',
    ]) {
      expect(text).toContain(expected);
    }
    // Too long for its cell: wrapped onto further lines of its row, never cut (decision 0259).
    expect(text).not.toContain('…');
    expect(text.replace(/ /g, '')).toContain('11月物业管理费（喆玥堃）');
    expect(text.replace(/ /g, '')).toContain('2026年度地下车库B2层137号车位租赁费及管理费（含公共照明分摊）');
  });

  it('decision 0392: each bill and payment names its payer for a caller who may read them; the unit’s own bills say so', async () => {
    const seller = bill(1, '2026-11 物业服务费用（重开）', 14_789, 14_789);
    const buyer = { ...bill(2, '2026-11 物业服务费用（重开）', 13_801, 0), payerPersonId: OTHER };
    const { payerPersonId: _none, ...unitOwn } = bill(3, '2026-11 物业服务费用', 985, 0);
    const pdf = await statementPdf(statement([seller, buyer, unitOwn] as never), {
      communityName: '锦绣花园',
      unitLabel: '1栋1202',
      timeZone: 'Asia/Shanghai',
      payerNames: new Map([[PAYER, '张丽娟']]),
    });
    const text = (await pagesOf(pdf)).join('\n').replace(/ /g, '');
    expect(text).toContain('缴费人');
    expect(text).toContain('付款人');
    // The seller's bill and her payment by name; the buyer, not shown to this caller, is not named.
    expect(text.match(/张丽娟/g)?.length).toBe(2);
    expect(text).toContain('（未显示）');
    expect(text).toContain('房屋自身');
    expect(text).not.toContain(OTHER);
  });

  it('decision 0259: bill numbers of a long community code, amounts of millions and meter codes are printed whole; credited amounts are 已冲减, not 已缴; credit movements are listed', async () => {
    const code = 'QB2015ABCDEFGHIJ'; // 16 characters, the longest community code
    const long = {
      ...bill(1, '2026-11 公共用水分摊（表计 B2-W03-R1）', 999_999_999_99, 0),
      number: `ZD-${code}-2026-000123`,
    };
    const waived = {
      ...bill(2, '滞纳金：ZD-QB2015-2026-000010', 345, 0),
      number: 'ZD-QB2015-2026-000011',
      creditedFen: 345,
      outstandingFen: 0,
      status: 'cancelled',
      statusLabel: '已冲销',
    };
    const view = {
      ...statement([long, waived]),
      creditEntries: [
        {
          kind: 'overpayment',
          kindLabel: '多缴转入余额',
          payerPersonId: PAYER,
          amountFen: 1_250,
          reference: 'SJ-GZ01-2026-000088',
          description: '收款多缴部分',
          at: '2026-11-05T06:30:00.000Z',
        },
      ],
    } as unknown as StatementView;
    const pages = await pagesOf(
      await statementPdf(view, {
        communityName: '青北花园',
        unitLabel: '1栋0101',
        timeZone: 'Asia/Shanghai',
      }),
    );
    const text = pages.join(' ');
    expect(text).not.toContain('…');
    for (const whole of [
      `ZD-${code}-2026-000123`,
      '999999999.99',
      'ZD-QB2015-2026-000011',
      'B2-W03-R1',
      'SJ-GZ01-2026-000088',
    ])
      expect(text.replace(/ /g, '')).toContain(whole);
    expect(text).toContain('已冲减');
    expect(text).toContain('预存余额变动');
    expect(text).toContain('多缴转入余额');
    // The waived late fee: 3.45, paid 0.00, credited 3.45, owed 0.00.
    expect(text).toMatch(/3\.45 +0\.00 +3\.45 +0\.00 +已冲销/);
  });

  it('BIL-5: a long account runs onto further pages, the table header repeated on each', async () => {
    const many = Array.from({ length: 80 }, (_, i) => bill(i + 1, `第${i + 1}期物业管理费`, 10_000, 0));
    const pages = await pagesOf(
      await statementPdf(statement(many), {
        communityName: '天河商务大厦',
        unitLabel: 'A座1808',
        timeZone: 'Asia/Shanghai',
      }),
    );
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((page) => page.includes('账单编号'))).toBe(true);
    const all = pages.join(' ');
    for (let n = 1; n <= 80; n++) expect(all).toContain(`ZD-GZ01-2026-${String(n).padStart(6, '0')}`);
    expect(all).toContain('欠费合计：8000.00 元');
  });
});
