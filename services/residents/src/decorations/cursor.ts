import { DomainError } from '@pcs/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An opaque list cursor: the last id of the page (ids are UUID v7, ordered by creation). */
export function encodeCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ after: lastId }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (parsed !== null && typeof parsed === 'object' && 'after' in parsed) {
      const after = (parsed as { after: unknown }).after;
      if (typeof after === 'string' && UUID.test(after)) return after;
    }
  } catch {
    // fall through: a cursor this service did not make
  }
  throw DomainError.validation([{ field: 'cursor', message: 'cursor must be a nextCursor of this list' }]);
}
