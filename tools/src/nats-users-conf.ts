import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { natsUsers, type NatsUser } from './nats-permissions.js';

/** Included by both NATS configurations (base nats.conf, dev nats-single.conf). */
export const NATS_USERS_FILE = path.resolve(
  import.meta.dirname,
  '../../deploy/k8s/base/nats/nats-users.conf',
);

const HEADER = `# NATS users, one per process, each allowed only its part of the bus.
# GENERATED from the contracts (BUS_CALLS, EVENT_SUBSCRIPTIONS and the *.bus.ts subjects in libs/contracts)
# by \`npm run nats-users\`: do not edit; a test fails when this file is not current.
# Passwords are environment variables of the NATS pods, each from the Secret <process>-nats.
# Only nats-server 2.9 syntax: allow/deny lists, allow_responses, environment variables.
`;

/** Subjects are quoted: unquoted, `$JS…` would read as a variable. */
function list(subjects: string[], indent: string): string {
  return `[\n${subjects.map((s) => `${indent}  ${JSON.stringify(s)}`).join('\n')}\n${indent}]`;
}

function renderUser(user: NatsUser): string {
  const publish = [
    `          allow: ${list(user.publish.allow, '          ')}`,
    ...(user.publish.deny.length ? [`          deny: ${list(user.publish.deny, '          ')}`] : []),
  ];
  return [
    `    # ${user.summary}`,
    '    {',
    `      user: ${user.user}`,
    `      password: $${user.passwordVariable}`,
    '      permissions: {',
    '        publish: {',
    ...publish,
    '        }',
    '        subscribe: {',
    `          allow: ${list(user.subscribe.allow, '          ')}`,
    '        }',
    ...(user.allowResponses ? ['        allow_responses: true'] : []),
    '      }',
    '    }',
  ].join('\n');
}

/** The `authorization` block of every process's user, as nats-server reads it. */
export function renderNatsUsersConf(): string {
  return `${HEADER}authorization {\n  users: [\n${natsUsers().map(renderUser).join('\n')}\n  ]\n}\n`;
}

/* `npm run nats-users`: regenerates deploy/k8s/base/nats/nats-users.conf from the contracts. */
if (process.argv[1] === import.meta.filename) {
  writeFileSync(NATS_USERS_FILE, renderNatsUsersConf());
  process.stdout.write(`${path.relative(process.cwd(), NATS_USERS_FILE)} written\n`);
}
