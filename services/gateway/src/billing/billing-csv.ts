import type { ArrearsView, CollectionRateView } from '@pcs/contracts';

/** Fen as yuan with two decimals, exact (`26850` → `268.50`), for spreadsheets. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * A CSV Excel opens as UTF-8 (the BOM) with Chinese headers. A field a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@` first) is quoted with a leading apostrophe.
 */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  const field = (value: string | number): string => {
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** BIL-4: the arrears list as finance hands it out. */
export function arrearsCsv(view: ArrearsView): string {
  return toCsv(
    ['账单编号', '房号', '费用说明', '应缴日期', '欠费金额（元）', '逾期天数', '催缴阶段'],
    (view.items ?? []).map((i) => [
      i.number,
      i.unitLabel ?? i.unitId,
      i.description,
      i.dueDate,
      yuan(i.outstandingFen),
      i.daysOverdue,
      i.reminderStageLabel,
    ]),
  );
}

/** BIL-4: a month's collection rate (收费率). */
export function collectionRateCsv(view: CollectionRateView): string {
  const rate = view.rateBasisPoints ?? 0;
  return toCsv(
    ['小区', '月份', '应收金额（元）', '实收金额（元）', '收费率'],
    [
      [
        view.communityId,
        view.period,
        yuan(view.billedFen ?? 0),
        yuan(view.collectedFen ?? 0),
        `${Math.trunc(rate / 100)}.${String(rate % 100).padStart(2, '0')}%`,
      ],
    ],
  );
}
