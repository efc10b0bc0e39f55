import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderPermissionsDoc } from '../auth/permissions-doc.js';

/* `npm run docs`: regenerates the documents that are generated from code. */
const root = path.resolve(import.meta.dirname, '../../../..');
writeFileSync(path.join(root, 'docs/permissions.md'), renderPermissionsDoc());
process.stdout.write('docs/permissions.md written\n');
