import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import { ComplaintStatus, Role, labelledCodes } from '@pcs/contracts';
import { LABELS_FILE } from '../src/api-documents.js';
import { contractLabels, renderLabels } from '../src/labels.js';

/*
 * The console shows the contracts' Chinese labels without bundling the contracts: `npm run docs`
 * writes them into the API client (libs/api-client/src/generated/labels.ts).
 */
describe("the API client's labels generated from the contracts", () => {
  it('hold every labelled enumeration of the contracts, codes in their order', () => {
    const labels = contractLabels();
    expect(Object.entries(labels['ComplaintStatus']!)).toEqual(Object.entries(ComplaintStatus.labels));
    expect(labels['Role']).toEqual(Role.labels);
    expect(Object.keys(labels).length).toBeGreaterThan(50);
  });

  it('take only labelled enumerations, by export name', () => {
    const labels = contractLabels({
      Colour: labelledCodes({ red: '红', 'light-blue': '浅蓝' }),
      notCodes: { codes: ['a'] },
      aNumber: 3,
    });
    expect(labels).toEqual({ Colour: { red: '红', 'light-blue': '浅蓝' } });
    expect(renderLabels(labels)).toContain('  Colour: {\n    "red": "红",\n    "light-blue": "浅蓝",\n  },');
  });

  it('are committed as libs/api-client/src/generated/labels.ts, up to date (run `npm run docs`)', async () => {
    expect(await readFile(LABELS_FILE, 'utf8')).toBe(renderLabels());
  });
});
