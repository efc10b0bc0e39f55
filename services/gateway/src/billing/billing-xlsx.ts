import ExcelJS from 'exceljs';
import type { ArrearsView, CollectionRateView } from '@pcs/contracts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Yuan as a number with two decimals shown: exact for any fen below 2^53. */
const yuanNumber = (fen: number): number => fen / 100;

async function workbook(
  sheet: string,
  columns: { header: string; width: number; money?: boolean }[],
  rows: (string | number)[][],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '物业客户服务中心';
  const ws = book.addWorksheet(sheet);
  ws.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    ...(c.money ? { style: { numFmt: '0.00' } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** BIL-4: the arrears list as an Excel workbook, amounts in yuan as numbers. */
export function arrearsXlsx(view: ArrearsView): Promise<Buffer> {
  return workbook(
    '欠费清单',
    [
      { header: '账单编号', width: 22 },
      { header: '房号', width: 14 },
      { header: '费用说明', width: 36 },
      { header: '应缴日期', width: 12 },
      { header: '欠费金额（元）', width: 14, money: true },
      { header: '逾期天数', width: 10 },
      { header: '催缴阶段', width: 16 },
    ],
    (view.items ?? []).map((i) => [
      i.number,
      i.unitLabel ?? i.unitId,
      i.description,
      i.dueDate,
      yuanNumber(i.outstandingFen),
      i.daysOverdue,
      i.reminderStageLabel,
    ]),
  );
}

/** BIL-4: a month's collection rate as an Excel workbook. */
export function collectionRateXlsx(view: CollectionRateView): Promise<Buffer> {
  return workbook(
    '收费率',
    [
      { header: '小区', width: 10 },
      { header: '月份', width: 10 },
      { header: '应收金额（元）', width: 16, money: true },
      { header: '实收金额（元）', width: 16, money: true },
      { header: '收费率（%）', width: 12, money: true },
    ],
    [
      [
        view.communityId,
        view.period,
        yuanNumber(view.billedFen ?? 0),
        yuanNumber(view.collectedFen ?? 0),
        (view.rateBasisPoints ?? 0) / 100,
      ],
    ],
  );
}
