import { Role } from '@pcs/contracts';
import { PERMISSIONS, type Permission } from './permissions.js';

/** docs/permissions.md: the permission table as staff and auditors read it, generated from the code. */
export function renderPermissionsDoc(): string {
  const permissions = Object.keys(PERMISSIONS) as Permission[];
  const header = ['角色 Role', ...permissions.map((p) => `\`${p}\``)];
  const rows = Role.codes.map((role) => [
    `${Role.label(role)} \`${role}\``,
    ...permissions.map((p) => ((PERMISSIONS[p] as readonly string[]).includes(role) ? '✓' : '')),
  ]);
  return [
    '# 权限表 Permission table',
    '',
    'Generated from `services/gateway/src/auth/permissions.ts` by `npm run docs`; a test fails when this file',
    'is out of date. A route not in the table is refused to everyone. A request for a record outside the',
    "caller's company or communities answers 404, whatever the role (GEN-5).",
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
}
