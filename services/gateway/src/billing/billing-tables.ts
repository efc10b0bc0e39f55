import type { ArrearsView, CollectionRateView } from '@pcs/contracts';
import type { Cell, Table, TabularFormat } from '@pcs/tabular';
import { yuan } from './money.js';

const MONEY = '0.00';

/**
 * Amounts as each format shows them best: in a workbook a number Excel sums, shown to the fen; in a
 * CSV the exact text (`268.50`), since a CSV has no formats and `268.5` reads as a typo.
 */
const amount = (fen: number, format: TabularFormat): Cell => (format === 'xlsx' ? fen / 100 : yuan(fen));

/** Basis points as a percentage with two decimals: `95.12%` in a CSV, the number 95.12 in a workbook. */
function percent(basisPoints: number, format: TabularFormat): Cell {
  return format === 'xlsx' ? basisPoints / 100 : `${yuan(basisPoints)}%`;
}

/** Who owes a bill: its payer (billing knows them by id, decision 0348), or the unit itself. */
const UNIT_ITSELF = '房屋自身（无缴费人）';

/**
 * BIL-4: the arrears list as finance hands it out: whom to chase for each bill, by name where
 * residents shows the caller the payer (decision 0371), and a total row (decision 0348).
 */
export function arrearsTable(
  view: ArrearsView,
  format: TabularFormat,
  names: ReadonlyMap<string, string> = new Map(),
): Table {
  const items = view.items ?? [];
  return {
    sheet: '欠费清单',
    columns: [
      { header: '账单编号', width: 22 },
      { header: '房号', width: 14 },
      { header: '缴费人', width: 38 },
      { header: '费用说明', width: 36 },
      { header: '应缴日期', width: 12 },
      { header: '欠费金额（元）', width: 14, numFmt: MONEY },
      { header: '逾期天数', width: 10 },
      { header: '催缴阶段', width: 16 },
    ],
    rows: [
      ...items.map((i) => [
        i.number,
        i.unitLabel ?? i.unitId,
        i.payerPersonId === undefined ? UNIT_ITSELF : (names.get(i.payerPersonId) ?? i.payerPersonId),
        i.description,
        i.dueDate,
        amount(i.outstandingFen, format),
        i.daysOverdue,
        i.reminderStageLabel,
      ]),
      [
        // A month-end list (月末欠费表) says which day it is of, in the file itself (decision 0392).
        `合计（截至 ${view.asOf}）`,
        '',
        '',
        `${view.billCount ?? items.length} 张账单`,
        '',
        amount(view.totalFen ?? items.reduce((s, i) => s + i.outstandingFen, 0), format),
        '',
        '',
      ],
    ],
  };
}

const NO_RATE = '无应收';
const AS_IT_STANDS = '当前';

/** BIL-4: a month's collection rate (收费率). */
export function collectionRateTable(
  view: CollectionRateView,
  format: TabularFormat,
  communityName?: string,
): Table {
  return {
    sheet: '收费率',
    columns: [
      { header: '小区', width: 16 },
      { header: '月份', width: 10 },
      { header: '应收金额（元）', width: 16, numFmt: MONEY },
      { header: '实收金额（元）', width: 16, numFmt: MONEY },
      { header: format === 'xlsx' ? '收费率（%）' : '收费率', width: 12, numFmt: MONEY },
      { header: '截至日期', width: 12 },
    ],
    rows: [
      [
        // Staff know a community by its name; the code is kept where residents gave none.
        communityName ?? view.communityId,
        view.period,
        amount(view.billedFen ?? 0, format),
        amount(view.collectedFen ?? 0, format),
        // Decision 0348: a month with nothing billed has no rate, not 0%.
        view.rateBasisPoints === undefined ? NO_RATE : percent(view.rateBasisPoints, format),
        // Decision 0392: as of a past day when asked, else as the figures stand now.
        view.asOf ?? AS_IT_STANDS,
      ],
    ],
  };
}
