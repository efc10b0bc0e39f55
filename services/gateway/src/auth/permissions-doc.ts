import { Role } from '@pcs/contracts';
import { PERMISSIONS, type Permission } from './permissions.js';

/** docs/permissions.md: the permission table as staff and auditors read it, generated from the code. */
export function renderPermissionsDoc(): string {
  const rows = (Object.keys(PERMISSIONS) as Permission[]).map((permission) => {
    const roles = PERMISSIONS[permission] as readonly Role[];
    const all = Role.codes.every((r) => roles.includes(r));
    return `| \`${permission}\` | ${all ? '全部员工 all staff' : roles.map((r) => `${Role.label(r)} \`${r}\``).join('、')} |`;
  });
  return [
    '# 权限表 Permission table',
    '',
    'Generated from `services/gateway/src/auth/permissions.ts` by `npm run docs`; a test fails when this file',
    'is out of date. A route not in the table is refused to everyone. A request for a record outside the',
    "caller's company or communities answers 404, whatever the role (GEN-5). Each route's permission is in the",
    'OpenAPI document (`x-permission`, `x-roles`).',
    '',
    '| Permission | Roles |',
    '| --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
