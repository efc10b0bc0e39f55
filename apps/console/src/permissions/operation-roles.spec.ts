import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { mayCall, operationRolesOf, type OpenApiDocument } from './operation-roles';

const document = JSON.parse(
  readFileSync(new URL('../../../../docs/openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument;

describe('the permission table read from the API document', () => {
  const table = operationRolesOf(document);

  it('has a row for every operation of the document, each with its roles', () => {
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item));
    expect(Object.keys(table)).toHaveLength(operations.length);
    expect(table['registerComplaint']).toEqual(['front-desk', 'cs-supervisor', 'cs-manager', 'admin']);
  });

  it('lets the front desk register and assign, and a technician neither', () => {
    expect(mayCall(table, 'registerComplaint', ['front-desk'])).toBe(true);
    expect(mayCall(table, 'assignComplaint', ['front-desk'])).toBe(true);
    expect(mayCall(table, 'registerComplaint', ['technician'])).toBe(false);
    expect(mayCall(table, 'assignComplaint', ['technician'])).toBe(false);
  });

  it('allows when any one of several roles may, and nothing without roles', () => {
    expect(mayCall(table, 'flagMajorComplaint', ['front-desk', 'cs-supervisor'])).toBe(true);
    expect(mayCall(table, 'flagMajorComplaint', ['front-desk'])).toBe(false);
    expect(mayCall(table, 'listComplaints', [])).toBe(false);
  });

  it('ignores operations without a documented row instead of allowing them', () => {
    const partial = operationRolesOf({
      paths: { '/x': { get: { operationId: 'listComplaints' }, post: null, parameters: [] } },
    });
    expect(partial).toEqual({});
    expect(mayCall(partial, 'listComplaints', ['admin'])).toBe(false);
  });
});
