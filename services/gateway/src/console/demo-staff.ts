import type { Role } from '@pcs/contracts';

/** A member of the demonstration company's staff, as the development sign-in offers them. */
export interface DemoStaffMember {
  staffId: string;
  name: string;
  roles: Role[];
  communities: string[];
}

/**
 * The staff of the demo company HRX (tools/demo-data.mjs loads its communities GZ01 and GZ02), one
 * member per role the console has screens for. 李娜 is also `npm run token`'s default identity.
 */
export const DEMO_STAFF: readonly DemoStaffMember[] = [
  { staffId: 'staff-0001', name: '李娜', roles: ['front-desk'], communities: ['GZ01', 'GZ02'] },
  { staffId: 'staff-0002', name: '陈静', roles: ['cs-supervisor'], communities: ['GZ01', 'GZ02'] },
  { staffId: 'staff-0003', name: '王磊', roles: ['cs-manager'], communities: ['GZ01', 'GZ02'] },
  { staffId: 'staff-0004', name: '赵强', roles: ['dispatcher'], communities: ['GZ01', 'GZ02'] },
  { staffId: 'staff-0005', name: '孙涛', roles: ['technician'], communities: ['GZ01'] },
  { staffId: 'staff-0006', name: '周婷', roles: ['finance'], communities: ['GZ01', 'GZ02'] },
  { staffId: 'staff-0007', name: '吴刚', roles: ['gm'], communities: ['GZ01', 'GZ02'] },
];

export const DEMO_COMPANY = 'HRX';
