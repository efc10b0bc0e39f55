import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Role } from '@pcs/contracts';
import { isAllowed, PERMISSIONS, type Permission } from './permissions.js';
import { renderPermissionsDoc } from './permissions-doc.js';

describe('the permission table', () => {
  it('grants every permission to at least one role, and only to known roles', () => {
    for (const [permission, roles] of Object.entries(PERMISSIONS)) {
      expect({ permission, roles: roles.length > 0 }).toEqual({ permission, roles: true });
      for (const role of roles) expect(Role.is(role)).toBe(true);
    }
  });

  it('denies a caller with no matching role', () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      expect(isAllowed(permission, [])).toBe(false);
    }
    expect(isAllowed('complaints.register', ['technician'])).toBe(false);
    expect(isAllowed('complaints.register', ['technician', 'front-desk'])).toBe(true);
  });

  it('is documented in docs/permissions.md, generated from this table (run `npm run docs` after a change)', () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, '../../../../docs/permissions.md'), 'utf8');
    expect(doc).toBe(renderPermissionsDoc());
  });
});
