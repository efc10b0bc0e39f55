import { mayCall, type OperationId, type OperationRoles } from '../permissions/operation-roles';

export type UnitSection = 'occupants' | 'account' | 'history' | 'decorations' | 'repairs';

/**
 * Each section of a unit's page and the route it reads: a section is shown only to roles that may call
 * it, so no one is shown a section the gateway would refuse. Occupants come with the unit itself,
 * their phone numbers masked by the API (GEN-4), and only to roles that read people (getPerson):
 * the gateway leaves them out for the others (decision 0279).
 */
export const SECTION_OPERATIONS: Readonly<Record<UnitSection, OperationId>> = {
  occupants: 'getPerson',
  account: 'getUnitStatement',
  history: 'getUnitHistory',
  decorations: 'listDecorations',
  repairs: 'listRepairRequests',
};

export const SECTION_TITLES: Readonly<Record<UnitSection, string>> = {
  occupants: '住户',
  account: '账户',
  history: '房屋履历',
  decorations: '装修',
  repairs: '报修',
};

/** The sections the caller's roles may read, in the page's order. */
export function sectionsFor(roles: readonly string[], table: OperationRoles): UnitSection[] {
  return (Object.keys(SECTION_OPERATIONS) as UnitSection[]).filter((section) =>
    mayCall(table, SECTION_OPERATIONS[section], roles),
  );
}

/** Who may do what on the account: record a payment, download the statement. */
export function accountActionsFor(roles: readonly string[], table: OperationRoles) {
  return {
    recordPayment: mayCall(table, 'recordPayment', roles),
    statementPdf: mayCall(table, 'exportUnitStatement', roles),
  };
}

/**
 * A phone number as the page shows it. The API masks them already (`138****1234`); should a full
 * number ever come, the console still shows only its first three and last four digits.
 */
export function maskedPhone(phone: string | undefined): string {
  if (!phone) return '—';
  if (phone.includes('*')) return phone;
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 7 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : '****';
}
