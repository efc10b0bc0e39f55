import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@pcs/contracts';
import { refuseGivenAndCleared } from './cleared-fields.js';

describe('refuseGivenAndCleared', () => {
  const command = { notes: '新备注', idDocument: undefined, reason: '更正' };

  it('passes when no field named in clear is given', () => {
    expect(() => refuseGivenAndCleared(command, undefined)).not.toThrow();
    expect(() => refuseGivenAndCleared(command, [])).not.toThrow();
    expect(() => refuseGivenAndCleared(command, ['idDocument'])).not.toThrow();
  });

  it('refuses a field both given and cleared, naming clear once per such field', () => {
    let thrown: unknown;
    try {
      refuseGivenAndCleared(command, ['idDocument', 'notes']);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [{ field: 'clear', message: 'notes cannot be both given and cleared' }] },
    });
  });
});
