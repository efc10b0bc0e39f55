import { fileURLToPath } from 'node:url';
import type { StatementView } from '@pcs/contracts';
import { yuan } from './money.js';

export const PDF_CONTENT_TYPE = 'application/pdf';
/** Where a community's zone is unknown: our users are in China. */
export const DEFAULT_STATEMENT_TIME_ZONE = 'Asia/Shanghai';

/** The shipped CJK font (see assets/fonts/README.md); the build copies assets next to the code. */
const FONT = fileURLToPath(new URL('../assets/fonts/wqy-microhei-gbk.ttf', import.meta.url));

/** Who and where the statement is for, as residents names them. */
export interface StatementHeading {
  communityName: string;
  unitLabel: string;
  timeZone: string;
  /**
   * The names of the statement's payers, for a caller who may read them (decision 0392): a unit's
   * statement may hold the bills of a seller and a buyer, or an owner and a tenant, side by side.
   */
  payerNames?: ReadonlyMap<string, string>;
}

/** A bill's payer as the statement prints it: a name, the unit itself, or a payer not shown. */
function payerOf(personId: string | undefined, heading: StatementHeading): string {
  if (personId === undefined) return '房屋自身';
  return heading.payerNames?.get(personId) ?? '（未显示）';
}

interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
  /**
   * A number or an amount: never cut (decision 0259). Printed smaller until it fits its cell, and
   * wrapped only if it fits at no size a person reads.
   */
  whole?: boolean;
}

const PAGE = { size: 'A4' as const, margin: 48 };
const ROW_HEIGHT = 18;
const FONT_SIZE = 9;
/** The smallest size a whole cell shrinks to before it wraps. */
const MIN_FONT_SIZE = 6;

/** A local date and time in the community's zone, as a statement prints it (`2026-11-30 14:05`). */
function localTime(instant: string | undefined, timeZone: string): string {
  const at = new Date(instant ?? Number.NaN);
  if (Number.isNaN(at.getTime())) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** A cell as printed: its text, the size it fits at, and the height it takes (wrapped, never cut). */
function layout(doc: PDFKit.PDFDocument, text: string, column: Column) {
  const width = column.width - 6;
  let size = FONT_SIZE;
  if (column.whole)
    while (size > MIN_FONT_SIZE && doc.fontSize(size).widthOfString(text) > width) size -= 0.5;
  const height = doc.fontSize(size).heightOfString(text || ' ', { width });
  doc.fontSize(FONT_SIZE);
  return { text, width, size, height };
}

/**
 * Rows under a grey header, continued on a new page (header repeated) when the page is full. A cell
 * too long for its column wraps, and its row grows with it (decision 0259): a bill number, an amount
 * or a meter code is never cut.
 */
function table(doc: PDFKit.PDFDocument, title: string, columns: Column[], rows: string[][]): void {
  const left = PAGE.margin;
  const row = (cells: string[], newPageFirst: () => void) => {
    const laid = columns.map((column, i) => ({ column, ...layout(doc, cells[i] ?? '', column) }));
    const height = Math.max(ROW_HEIGHT, ...laid.map((c) => c.height + 6));
    if (doc.y + height > doc.page.height - PAGE.margin) newPageFirst();
    let x = left;
    const y = doc.y;
    for (const { column, text, size, width } of laid) {
      doc.fontSize(size).text(text, x, y, { width, align: column.align ?? 'left' });
      x += column.width;
    }
    doc.fontSize(FONT_SIZE);
    doc.x = left;
    doc.y = y + height;
  };
  const header = () => {
    doc.fillColor('#555555');
    row(
      columns.map((c) => c.header),
      () => doc.addPage(),
    );
    doc.fillColor('#000000');
  };
  doc.moveDown(0.6).fontSize(12).text(title, left).moveDown(0.3).fontSize(FONT_SIZE);
  header();
  if (!rows.length) row(['无'], () => undefined);
  for (const cells of rows)
    row(cells, () => {
      doc.addPage();
      header();
    });
}

/**
 * BIL-5 … BIL-8: a unit's account statement as a PDF a resident can be handed: what is owed and
 * credited, the bills, the payments and the deposits, amounts in yuan to the fen, Chinese throughout.
 */
export async function statementPdf(statement: StatementView, heading: StatementHeading): Promise<Buffer> {
  // Loaded on the first statement printed: pdfkit and its font stack are ~4 % of the gateway's start.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: PAGE.size,
    margin: PAGE.margin,
    info: {
      Title: `${heading.communityName} ${heading.unitLabel} 费用对账单`,
      Creator: '物业客户服务中心',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont('cjk', FONT).font('cjk');
  doc.fontSize(18).text('费用对账单', { align: 'center' }).moveDown(0.5);
  doc
    .fontSize(10)
    .text(`小区：${heading.communityName}`)
    .text(`房号：${heading.unitLabel}`)
    .text(`对账时间：${localTime(statement.asOf, heading.timeZone)}`)
    .moveDown(0.3)
    .fontSize(11)
    .text(`欠费合计：${yuan(statement.owedFen ?? 0)} 元    预存余额：${yuan(statement.creditFen ?? 0)} 元`);

  table(
    doc,
    '账单（金额单位：元）',
    [
      { header: '账单编号', width: 100, whole: true },
      { header: '费用说明', width: 64 },
      { header: '缴费人', width: 46 },
      { header: '应缴日期', width: 54, whole: true },
      { header: '金额', width: 50, align: 'right', whole: true },
      // Paid is money received; what a credit note or a waiver took off is 已冲减, never 已缴.
      { header: '已缴', width: 50, align: 'right', whole: true },
      { header: '已冲减', width: 50, align: 'right', whole: true },
      { header: '欠费', width: 50, align: 'right', whole: true },
      { header: '状态', width: 35 },
    ],
    (statement.bills ?? []).map((b) => [
      b.number,
      b.description,
      payerOf(b.payerPersonId, heading),
      b.dueDate,
      yuan(b.amountFen),
      yuan(b.paidFen),
      yuan(b.creditedFen),
      yuan(b.outstandingFen),
      b.statusLabel,
    ]),
  );
  table(
    doc,
    '缴费记录（金额单位：元）',
    [
      { header: '收据编号', width: 110, whole: true },
      { header: '缴费时间', width: 90, whole: true },
      { header: '付款人', width: 46 },
      { header: '方式', width: 64 },
      { header: '金额', width: 70, align: 'right', whole: true },
      { header: '转预存', width: 70, align: 'right', whole: true },
      { header: '状态', width: 49 },
    ],
    (statement.payments ?? []).map((p) => [
      p.receiptNumber,
      localTime(p.receivedAt, heading.timeZone),
      // A payment of the unit's own bills names its payer in words (decision 0345).
      p.payerPersonId === undefined ? (p.payerName ?? '') : payerOf(p.payerPersonId, heading),
      p.methodLabel,
      yuan(p.amountFen),
      yuan(p.creditFen),
      p.statusLabel,
    ]),
  );
  table(
    doc,
    '押金（金额单位：元）',
    [
      { header: '押金编号', width: 110, whole: true },
      { header: '类别', width: 100 },
      { header: '应收', width: 70, align: 'right', whole: true },
      { header: '余额', width: 70, align: 'right', whole: true },
      { header: '状态', width: 70 },
      { header: '可退日期', width: 79 },
    ],
    (statement.deposits ?? []).map((d) => [
      d.number,
      d.kindLabel,
      yuan(d.requiredFen),
      yuan(d.balanceFen),
      d.statusLabel,
      d.refundableFrom ?? '',
    ]),
  );
  // What moved the credit balance (decision 0203): the 预存余额 above, explained.
  table(
    doc,
    '预存余额变动（金额单位：元）',
    [
      { header: '时间', width: 90, whole: true },
      { header: '类别', width: 90 },
      { header: '说明', width: 139 },
      { header: '单据编号', width: 110, whole: true },
      { header: '金额', width: 70, align: 'right', whole: true },
    ],
    (statement.creditEntries ?? []).map((e) => [
      localTime(e.at, heading.timeZone),
      e.kindLabel,
      e.description,
      e.reference ?? '',
      yuan(e.amountFen),
    ]),
  );
  doc
    .moveDown(1)
    .fontSize(9)
    .fillColor('#555555')
    .text('本对账单由物业客户服务中心系统生成，如有疑问请致电客服中心。', PAGE.margin);
  doc.end();
  return done;
}
