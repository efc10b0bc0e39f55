import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { operationRolesOf, type OpenApiDocument } from '../permissions/operation-roles';
import { accountActionsFor, maskedPhone, sectionsFor } from './unit-sections';

const table = operationRolesOf(
  JSON.parse(
    readFileSync(new URL('../../../../docs/openapi.json', import.meta.url), 'utf8'),
  ) as OpenApiDocument,
);

describe("a unit's page follows the permission table", () => {
  it('shows the front desk everything but lets it record no payment', () => {
    expect(sectionsFor(['front-desk'], table)).toEqual([
      'occupants',
      'account',
      'history',
      'decorations',
      'repairs',
    ]);
    expect(accountActionsFor(['front-desk'], table)).toEqual({ recordPayment: false, statementPdf: true });
  });

  it('shows finance the account with payments, and no history (its route refuses finance)', () => {
    expect(sectionsFor(['finance'], table)).toEqual(['occupants', 'account', 'decorations', 'repairs']);
    expect(accountActionsFor(['finance'], table)).toEqual({ recordPayment: true, statementPdf: true });
  });

  it('shows a technician the unit and its repairs, never its account nor its occupants (decision 0279)', () => {
    expect(sectionsFor(['technician'], table)).toEqual(['repairs']);
    expect(accountActionsFor(['technician'], table)).toEqual({ recordPayment: false, statementPdf: false });
  });

  it('shows nothing to a caller without roles', () => {
    expect(sectionsFor([], table)).toEqual([]);
  });
});

describe('phone numbers on the page', () => {
  it('shows the masked number the API gives, and masks a full one', () => {
    expect(maskedPhone('138****1234')).toBe('138****1234');
    expect(maskedPhone('13802251234')).toBe('138****1234');
    expect(maskedPhone('020-123')).toBe('****');
    expect(maskedPhone(undefined)).toBe('—');
  });
});
