import { describe, expect, it } from '@jest/globals';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { attachment, csvLine, tabularStream, writeCsv, type Cell, type Table } from './tabular.js';

/** A reader of RFC 4180 CSV, written here so that the writer is checked by something independent. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

async function collect(table: Table, format: 'csv' | 'xlsx'): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of tabularStream(format, table)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const columns = [
  { header: '投诉编号' },
  { header: '类别' },
  { header: '受理数' },
  { header: '满意率(%)', numFmt: '0.00' },
];

async function* pages(count: number): AsyncIterable<Cell[]> {
  for (let i = 0; i < count; i++) {
    if (i % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
    yield [`TS-GZ01-2026-${String(i + 1).padStart(6, '0')}`, i % 2 ? '保洁' : '噪音', i, 87.5];
  }
}

describe('tabular downloads', () => {
  it('CMP-12: a CSV opens in Excel as UTF-8: BOM, Chinese headers and values, CRLF, formulas defused', async () => {
    const rows: Cell[][] = [
      ['TS-GZ01-2026-000001', '保洁', 3, 66.67],
      ['=HYPERLINK("x")', '楼道, "很脏"', -2, null],
    ];
    const csv = (await collect({ sheet: '周报', columns, rows }, 'csv')).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(csv.slice(1))).toEqual([
      ['投诉编号', '类别', '受理数', '满意率(%)'],
      ['TS-GZ01-2026-000001', '保洁', '3', '66.67'],
      [`'=HYPERLINK("x")`, '楼道, "很脏"', '-2', ''],
    ]);
  });

  it('any text comes back from the CSV as it went in, but for the apostrophe before a formula (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), (cells) => {
        const [parsed] = parseCsv(csvLine(cells));
        expect(parsed).toEqual(cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
      }),
    );
  });

  it('CMP-12: an XLSX read back has the Chinese headers, the values and numbers as numbers, row by row from pages', async () => {
    const book = new ExcelJS.Workbook();
    const file = await collect({ sheet: '投诉明细', columns, rows: pages(5_000) }, 'xlsx');
    await book.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('投诉明细')!;
    expect(sheet.rowCount).toBe(5_001);
    expect(sheet.getRow(1).values).toEqual([undefined, '投诉编号', '类别', '受理数', '满意率(%)']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).values).toEqual([undefined, 'TS-GZ01-2026-000001', '噪音', 0, 87.5]);
    expect(sheet.getRow(5_001).getCell(1).value).toBe('TS-GZ01-2026-005000');
    expect(sheet.getRow(3).getCell(3).value).toBe(1);
    expect(sheet.getColumn(4).numFmt).toBe('0.00');
  }, 30_000);

  it('a failure while rows are read breaks the download instead of ending it short', async () => {
    async function* failing(): AsyncIterable<Cell[]> {
      yield ['TS-GZ01-2026-000001'];
      throw new Error('bus gone');
    }
    await expect(collect({ sheet: 'x', columns, rows: failing() }, 'csv')).rejects.toThrow('bus gone');
  });

  it('waits for a slow reader instead of buffering every row', async () => {
    const out = new PassThrough({ highWaterMark: 64 });
    let produced = 0;
    async function* counted(): AsyncIterable<Cell[]> {
      for (let i = 0; i < 10_000; i++) {
        produced++;
        yield ['投诉', i];
      }
    }
    const done = writeCsv({ sheet: 'x', columns, rows: counted() }, out);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Nobody has read yet: the writer stopped after a few rows.
    expect(produced).toBeLessThan(100);
    out.resume();
    await done;
    expect(produced).toBe(10_000);
  });

  it('names the file for every browser', () => {
    expect(attachment('complaints-weekly-GZ01-2026-W48.csv', '投诉处理周报-GZ01-2026-W48.csv')).toBe(
      `attachment; filename="complaints-weekly-GZ01-2026-W48.csv"; filename*=UTF-8''${encodeURIComponent('投诉处理周报-GZ01-2026-W48.csv')}`,
    );
  });
});
