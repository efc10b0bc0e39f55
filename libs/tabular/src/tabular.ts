import { once } from 'node:events';
import { PassThrough, type Readable, type Writable } from 'node:stream';

/** A cell: text, a number (kept a number in XLSX), or nothing. */
export type Cell = string | number | null | undefined;

export interface TabularColumn {
  /** The header row's text, Chinese for people. */
  header: string;
  /** XLSX column width in characters. */
  width?: number;
  /** XLSX number format, e.g. `0.00` for yuan. */
  numFmt?: string;
}

/** A table to download: its columns and its rows, which may arrive a page at a time. */
export interface Table {
  /** The worksheet's name (XLSX); at most 31 characters. */
  sheet: string;
  columns: readonly TabularColumn[];
  rows: AsyncIterable<readonly Cell[]> | Iterable<readonly Cell[]>;
}

export const TABULAR_FORMATS = ['csv', 'xlsx'] as const;
export type TabularFormat = (typeof TABULAR_FORMATS)[number];

export const TABULAR_CONTENT_TYPES: Readonly<Record<TabularFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * One CSV field. Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) gets
 * a leading apostrophe; numbers are written as they are, so a negative amount stays a number.
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** Waits when the reader is slower than the rows: the rows are pulled only as fast as they are sent. */
async function send(out: Writable, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** CSV as Excel on Chinese Windows opens it: UTF-8 with a BOM, CRLF, the header row first. */
export async function writeCsv(table: Table, out: Writable): Promise<void> {
  await send(out, `\uFEFF${csvLine(table.columns.map((c) => c.header))}`);
  for await (const row of table.rows) await send(out, csvLine(row));
  out.end();
}

/**
 * XLSX through exceljs's streaming writer: each row is committed (written out and forgotten) as it
 * comes, shared strings are off so no table of every text is kept, and the header row is bold.
 */
export async function writeXlsx(table: Table, out: Writable): Promise<void> {
  // Loaded on the first spreadsheet written: exceljs is a large share of a process's start (bench S11).
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  book.creator = '物业客户服务中心';
  const sheet = book.addWorksheet(table.sheet.slice(0, 31));
  sheet.columns = table.columns.map((c, i) => ({
    key: `c${i}`,
    width: c.width ?? Math.max(10, c.header.length * 2 + 2),
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  for await (const row of table.rows) {
    sheet.addRow(row.map((cell) => (cell === undefined ? null : cell))).commit();
  }
  sheet.commit();
  await book.commit();
}

/**
 * The table as a readable stream of the format, for a response body. A failure while rows are read
 * (the bus gone mid-download) ends the stream with that error, so the client sees a broken download
 * rather than a complete-looking short file.
 */
export function tabularStream(format: TabularFormat, table: Table): Readable {
  const out = new PassThrough();
  const write = format === 'csv' ? writeCsv : writeXlsx;
  write(table, out).catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}

/** `attachment; filename=…` with the UTF-8 name for browsers and an ASCII one for the rest (RFC 6266). */
export function attachment(asciiName: string, name = asciiName): string {
  return `attachment; filename="${asciiName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
