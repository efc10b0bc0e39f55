import { Role } from '@pcs/contracts';

/*
 * The one permission table: which roles may call each route. A route without an entry cannot be
 * called by anyone (deny by default), and a test checks every route against every role, row by row.
 * docs/permissions.md is generated from this table.
 */

const CUSTOMER_SERVICE: Role[] = ['front-desk', 'cs-supervisor', 'cs-manager'];
const MANAGEMENT: Role[] = ['deputy-gm', 'gm'];
const ENGINEERING: Role[] = ['engineer', 'chief-engineer'];
/**
 * Everyone who signs in: the property structure and the calendar are no secret inside the company.
 * The telephony system's account is no staff member: it only reports calls.
 */
const ALL_STAFF: readonly Role[] = Role.codes.filter((r) => r !== 'telephony');
/** The desk that keeps the resident file (RES-2), and the administrator who sets a company up. */
const RESIDENT_FILE_KEEPERS: Role[] = [...CUSTOMER_SERVICE, 'admin'];

/** CMP-2: the departments' staff who take and work complaints routed to them. */
const HANDLERS: Role[] = [
  ...CUSTOMER_SERVICE,
  ...ENGINEERING,
  'dispatcher',
  'repair-lead',
  'security',
  'finance',
];
const CS_LEADS: Role[] = ['cs-supervisor', 'cs-manager'];
/** Who reads units' accounts (BIL-5 … BIL-11): the desk, finance, management and the auditor. */
const ACCOUNT_READERS: Role[] = [...CUSTOMER_SERVICE, 'finance', ...MANAGEMENT, 'auditor'];

export const PERMISSIONS = {
  // CMP-1 … CMP-10, CMP-13, CMP-16, DESK-2: the register and the work on each entry
  'complaints.register': [...CUSTOMER_SERVICE, 'admin'],
  'complaints.assign': CUSTOMER_SERVICE,
  'complaints.handle': HANDLERS,
  'complaints.extend': CUSTOMER_SERVICE,
  'complaints.escalate': HANDLERS,
  'complaints.acknowledge-escalation': [...CS_LEADS, ...MANAGEMENT],
  'complaints.major': [...CS_LEADS, ...MANAGEMENT],
  'complaints.meeting': ['cs-manager', ...MANAGEMENT],
  'complaints.explain': [...CS_LEADS, ...MANAGEMENT],
  'complaints.sign-off': HANDLERS,
  'complaints.visit': CUSTOMER_SERVICE,
  'complaints.close': CUSTOMER_SERVICE,
  'complaints.merge': CUSTOMER_SERVICE,
  'complaints.categorise': CS_LEADS,
  // CMP-4: the desk's call-back list
  'complaints.call-back': CUSTOMER_SERVICE,
  // CMP-6: the daily reconciliation, read by the desk and management, signed by a supervisor
  'complaints.reconciliation.read': [...CUSTOMER_SERVICE, ...MANAGEMENT, 'auditor'],
  'complaints.reconciliation.sign': CS_LEADS,
  'complaints.read': [
    ...CUSTOMER_SERVICE,
    'engineer',
    'dispatcher',
    'repair-lead',
    'chief-engineer',
    ...MANAGEMENT,
    'security',
    // CMP-2: finance handles the fee complaints routed to it and must read them (decision 0291)
    'finance',
    'auditor',
    'admin',
  ],

  // CMP-12: complaint reports; the weekly one is the desk's, the company's roll-ups are for leads
  'reports.complaints.weekly': [...CUSTOMER_SERVICE, ...MANAGEMENT, 'auditor'],
  'reports.complaints.rollup': [...CS_LEADS, ...MANAGEMENT, 'auditor'],
  'complaints.typical-case': [...CS_LEADS, ...MANAGEMENT],
  'reports.subscriptions': [...CS_LEADS, ...MANAGEMENT],
  'reports.deliveries': [...CUSTOMER_SERVICE, ...MANAGEMENT, 'auditor'],
  // DESK-3: the caller card, composed from every service's part, and the calls the exchange reports
  'desk.caller-card': CUSTOMER_SERVICE,
  'desk.telephony': ['telephony'],
  // CMP-11, CMP-15: early warnings and incidents; the desk and engineering open and attach, leads close
  'incidents.read': [
    ...CUSTOMER_SERVICE,
    ...ENGINEERING,
    'dispatcher',
    'repair-lead',
    'security',
    ...MANAGEMENT,
    'auditor',
  ],
  'incidents.manage': [...CUSTOMER_SERVICE, ...ENGINEERING],
  'incidents.close': [...CS_LEADS, 'chief-engineer', ...MANAGEMENT],
  'incidents.rule': ['cs-manager', 'admin'],
  // SAT-1 … SAT-4: the desk records answers, leads plan surveys, the manager revisits; scores for management
  'surveys.read': [...CUSTOMER_SERVICE, ...MANAGEMENT, 'auditor'],
  'surveys.plan': CS_LEADS,
  'surveys.record': CUSTOMER_SERVICE,
  'surveys.revisit': ['cs-manager', ...MANAGEMENT],

  // DESK-1: shift handovers at the front desk, reviewed daily by a supervisor
  'shift-handovers.hand-over': CUSTOMER_SERVICE,
  'shift-handovers.answer': CUSTOMER_SERVICE,
  'shift-handovers.review': CS_LEADS,
  'shift-handovers.read': [...CUSTOMER_SERVICE, ...MANAGEMENT, 'auditor'],

  // RES-1: property structure
  'communities.manage': ['admin', 'cs-manager'],
  'structure.read': ALL_STAFF,
  // GEN-3: a unit's timeline (the archive of the unit and its procedures, numbers masked)
  'history.read': [...CUSTOMER_SERVICE, ...ENGINEERING, ...MANAGEMENT, 'auditor', 'admin'],

  // RES-2, RES-7, GEN-4: people; phone and ID numbers are masked except in a logged reveal
  'people.register': RESIDENT_FILE_KEEPERS,
  'people.update': RESIDENT_FILE_KEEPERS,
  'people.preferences': RESIDENT_FILE_KEEPERS,
  'people.read': [...CUSTOMER_SERVICE, 'finance', 'security', ...MANAGEMENT, 'auditor', 'admin'],
  'people.search': [...CUSTOMER_SERVICE, 'finance', 'security', 'admin'],
  'people.reveal': [...CUSTOMER_SERVICE, ...MANAGEMENT],
  'personal-data-access.read': ['cs-manager', ...MANAGEMENT, 'auditor'],
  'occupancies.manage': RESIDENT_FILE_KEEPERS,

  // RES-3, RES-4, RES-6: handover, move-in, move-out
  'handover.record': [...CUSTOMER_SERVICE, 'engineer'],
  'handover.read': [
    ...CUSTOMER_SERVICE,
    ...ENGINEERING,
    'repair-lead',
    'dispatcher',
    ...MANAGEMENT,
    'auditor',
  ],
  'move-ins.manage': CUSTOMER_SERVICE,
  // The departments prepare for move-ins (工作联系单) and finance follows the charges
  'move-ins.read': [...CUSTOMER_SERVICE, ...ENGINEERING, 'security', 'finance', ...MANAGEMENT, 'auditor'],
  'move-outs.manage': CUSTOMER_SERVICE,
  'move-outs.inspect': [...ENGINEERING, 'cs-supervisor'],
  // Decision 0282: security lets the removal through (搬出放行), management and the auditor oversee it
  'move-outs.read': [...CUSTOMER_SERVICE, ...ENGINEERING, 'security', 'finance', ...MANAGEMENT, 'auditor'],

  // RES-5: secondary decoration
  'decorations.apply': CUSTOMER_SERVICE,
  'decorations.review': ENGINEERING,
  'decorations.passes': ['security', 'cs-supervisor'],
  'decorations.patrol': ['security', 'engineer', ...CUSTOMER_SERVICE],
  'decorations.inspect': ENGINEERING,
  'decorations.read': [...CUSTOMER_SERVICE, ...ENGINEERING, 'security', 'finance', ...MANAGEMENT, 'auditor'],

  // RES-8: borrowing a resident's file needs a manager's approval
  'file-access.request': [...CUSTOMER_SERVICE, 'finance', 'auditor'],
  'file-access.decide': ['cs-manager', ...MANAGEMENT],
  'file-access.read': ['cs-supervisor', 'cs-manager', ...MANAGEMENT, 'auditor'],

  // MNT-1 … MNT-13: repair requests and work orders, by the roles the rules name
  'maintenance.register': [...CUSTOMER_SERVICE, 'dispatcher', 'engineer', 'security'],
  'maintenance.respond': ['dispatcher', 'technician', 'repair-lead', 'engineer'],
  'maintenance.survey': [...CUSTOMER_SERVICE, ...ENGINEERING, 'repair-lead'],
  'maintenance.cancel': [...CUSTOMER_SERVICE, 'dispatcher'],
  'maintenance.work-order.create': [...CUSTOMER_SERVICE, 'dispatcher', 'engineer', 'repair-lead'],
  'maintenance.work-order.approve': ['cs-manager', 'chief-engineer', ...MANAGEMENT],
  'maintenance.work-order.dispatch': ['dispatcher', 'engineer', 'repair-lead'],
  'maintenance.work-order.execute': ['technician', 'repair-lead'],
  'maintenance.work-order.check': [...CUSTOMER_SERVICE, 'repair-lead'],
  'maintenance.work-order.extend': CUSTOMER_SERVICE,
  'maintenance.return-visit': CUSTOMER_SERVICE,
  'maintenance.scores': ['cs-manager', 'chief-engineer', 'repair-lead', ...MANAGEMENT, 'auditor'],
  'maintenance.work-order.cancel': ['dispatcher', 'cs-manager'],
  'maintenance.settlement.submit': ['repair-lead'],
  'maintenance.settlement.review': ['cs-supervisor', 'cs-manager', 'auditor'],
  'maintenance.settlement.confirm': ENGINEERING,
  'maintenance.settlement.certify': ['chief-engineer'],
  'maintenance.settlement.pay': ['repair-lead', 'finance'],
  'maintenance.price-list': ['cs-manager', 'finance', 'admin'],
  'maintenance.warranty': ['chief-engineer', 'admin'],
  // MNT-7, MNT-13 (decision 0329): the repair-team directory, kept by a company-wide chief engineer
  'maintenance.teams': ['chief-engineer'],
  'maintenance.teams.read': [
    'dispatcher',
    'repair-lead',
    ...ENGINEERING,
    'cs-manager',
    'finance',
    ...MANAGEMENT,
    'auditor',
  ],
  // MNT-12: customer service makes the visits; engineering writes the first-year equipment report
  'maintenance.proactive-visits.read': [...CUSTOMER_SERVICE, ...ENGINEERING, ...MANAGEMENT, 'auditor'],
  'maintenance.proactive-visits.record': CUSTOMER_SERVICE,
  'maintenance.equipment-reports.read': [...CUSTOMER_SERVICE, ...ENGINEERING, ...MANAGEMENT, 'auditor'],
  'maintenance.equipment-reports.submit': ENGINEERING,
  'maintenance.read': [
    ...CUSTOMER_SERVICE,
    ...ENGINEERING,
    'dispatcher',
    'repair-lead',
    'technician',
    ...MANAGEMENT,
    'finance',
    'auditor',
  ],
  // MNT-1 (decision 0351): the repair requests, also read by security, who report the patrol's finds
  'maintenance.requests.read': [
    ...CUSTOMER_SERVICE,
    ...ENGINEERING,
    'dispatcher',
    'repair-lead',
    'technician',
    'security',
    ...MANAGEMENT,
    'finance',
    'auditor',
  ],

  // GEN-1: the company calendar
  'calendar.read': ALL_STAFF,
  'calendar.manage': ['admin', 'cs-manager'],

  // BIL-5 … BIL-11, MNT-13: the front desk reads accounts, finance collects and corrects, cs-manager
  // approves corrections, the auditor reads
  'billing.read': ACCOUNT_READERS,
  'billing.collect': ['finance'],
  'billing.correct': ['finance', 'cs-manager'],
  'billing.deposits': ['finance'],
  'billing.funds': ['finance'],
  'billing.fee-items': ['finance'],
  // BIL-1: who reads the accounts, and the engineering department choosing a meter's item
  'billing.fee-items.read': [...ACCOUNT_READERS, 'engineer'],
  'billing.run': ['finance'],
  // BIL-1: the engineering department reads the units' meters, finance may correct them (decision 0243)
  'billing.meter-readings': ['finance', 'engineer'],
  'billing.meter-readings.read': [...ACCOUNT_READERS, 'engineer'],
  // BIL-13: waiving a late fee needs a cs-manager's approval
  'billing.waive': ['cs-manager'],

  // Operators mend events that did not flow: dead letters, parked outbox events
  'platform.operate': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function rolesFor(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}

export function isAllowed(permission: Permission, roles: readonly Role[]): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}
