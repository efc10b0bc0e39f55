import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { operationRolesOf, type OpenApiDocument } from '../permissions/operation-roles';
import { REPORT_DOWNLOADS, missingInputs, reportsFor } from './report-downloads';

const document = JSON.parse(
  readFileSync(new URL('../../../../docs/openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument & { paths: Record<string, { get?: { operationId?: string } }> };
const table = operationRolesOf(document);

describe('the complaint reports’ downloads', () => {
  it('names each download by the operation of its path', () => {
    for (const report of REPORT_DOWNLOADS) {
      expect(document.paths[report.csv.path]?.get?.operationId).toBe(report.csv.operationId);
      expect(document.paths[report.xlsx.path]?.get?.operationId).toBe(report.xlsx.operationId);
    }
  });

  it('offers each role the reports its routes allow', () => {
    const titles = (roles: string[]) => reportsFor(roles, table).map(({ report }) => report.title);
    expect(titles(['front-desk'])).toEqual(['投诉周报', '日对账包', '投诉登记簿']);
    expect(titles(['cs-manager'])).toEqual(['投诉周报', '投诉汇总（年度/季度）', '日对账包', '投诉登记簿']);
    expect(titles(['dispatcher'])).toEqual(['投诉登记簿']);
    // Finance reads the register since it handles the fee complaints (decision 0291).
    expect(titles(['finance'])).toEqual(['投诉登记簿']);
    expect(titles(['technician'])).toEqual([]);
  });

  it('asks for the inputs a report needs, in the API’s formats', () => {
    const [weekly, rollup, , register] = REPORT_DOWNLOADS;
    expect(missingInputs(weekly!, {})).toEqual(['communityId', 'week']);
    expect(missingInputs(weekly!, { communityId: 'GZ01', week: '2026-W49' })).toEqual([]);
    expect(missingInputs(weekly!, { communityId: 'gz01', week: '2026-W54' })).toEqual([
      'communityId',
      'week',
    ]);
    expect(missingInputs(rollup!, { period: '2026-Q4' })).toEqual([]);
    expect(missingInputs(rollup!, { period: '2026-12' })).toEqual(['period']);
    expect(missingInputs(register!, {})).toEqual([]);
  });
});
