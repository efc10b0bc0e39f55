import { parseArgs } from 'node:util';
import { Role } from '@pcs/contracts';
import { signStaffToken } from '@pcs/platform/staff-token';
import { DEVELOPMENT_JWT_SECRET } from '../config/development-secret.js';

/*
 * `npm run token -- --roles front-desk --communities GZ01` prints a development staff token for the
 * gateway's HS256 secret (AUTH_JWT_SECRET, or the development default).
 */
const USAGE = `Usage: npm run token -- --roles <role,...> [--communities <id,...|*>] [--company HRX]
                       [--sub staff-0001] [--name 李娜] [--ttl 43200]
Roles: ${Role.codes.join(', ')}`;

const { values } = parseArgs({
  options: {
    roles: { type: 'string' },
    communities: { type: 'string', default: 'GZ01' },
    company: { type: 'string', default: 'HRX' },
    sub: { type: 'string', default: 'staff-0001' },
    name: { type: 'string', default: '李娜' },
    ttl: { type: 'string', default: String(12 * 3600) },
    help: { type: 'boolean', default: false },
  },
});

const roles = (values.roles ?? '').split(',').filter(Boolean);
const unknown = roles.filter((r) => !Role.is(r));
if (values.help || roles.length === 0 || unknown.length > 0) {
  if (unknown.length) process.stderr.write(`Unknown role(s): ${unknown.join(', ')}\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}

const token = await signStaffToken(
  {
    sub: values.sub,
    name: values.name,
    company: values.company,
    roles: roles as Role[],
    communities: values.communities.split(',').filter(Boolean),
  },
  process.env['AUTH_JWT_SECRET'] ?? DEVELOPMENT_JWT_SECRET,
  { ttlSeconds: Number(values.ttl) },
);
process.stdout.write(`${token}\n`);
