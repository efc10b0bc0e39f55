import { describe, expect, it } from '@jest/globals';
import { COMMUNITY_ID_PATTERN, DomainError, type PageQuery } from '@pcs/contracts';
import fc from 'fast-check';
import { encodeCursor, pageWindow, toPage } from './page.js';

class ListUnitsV1 {
  limit?: number;
  cursor?: string;
}
class ListDecorationsV1 {
  limit?: number;
  cursor?: string;
}

const query = (cls: new () => PageQuery, cursor?: string): PageQuery =>
  Object.assign(new cls(), cursor === undefined ? {} : { cursor });

const uuid = fc.uuid();

/** The window, or the error it threw. */
function read(q: PageQuery, list = {}): ReturnType<typeof pageWindow> | unknown {
  try {
    return pageWindow(q, list);
  } catch (error) {
    return error;
  }
}

function expectRefused(outcome: unknown): void {
  expect(outcome).toBeInstanceOf(DomainError);
  expect((outcome as DomainError).toBody()).toEqual({
    code: 'VALIDATION_FAILED',
    message: expect.any(String),
    details: { errors: [{ field: 'cursor', message: 'cursor must be the nextCursor of a previous page' }] },
  });
}

describe('list cursors (decision 0033)', () => {
  it('continues after the last item of the page that made the cursor', async () => {
    fc.assert(
      fc.property(uuid, (id) => {
        const window = pageWindow(query(ListUnitsV1, encodeCursor('ListUnitsV1', id)));
        expect(window).toEqual({ limit: 50, after: id, list: 'ListUnitsV1' });
      }),
    );
    const page = await toPage([{ id: 'a' }, { id: 'b' }], { limit: 1, list: 'ListUnitsV1' }, (rows) => rows);
    expect(page).toEqual({ items: [{ id: 'a' }], nextCursor: encodeCursor('ListUnitsV1', 'a') });
  });

  it('reads any string as a window or a 400 naming cursor, never another error (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.base64String()), (cursor) => {
        const outcome = read(query(ListUnitsV1, cursor));
        if (outcome instanceof Error) expectRefused(outcome);
        else expect(outcome).toMatchObject({ after: expect.stringMatching(/^[0-9a-f-]{36}$/i) });
      }),
      { numRuns: 1_000 },
    );
  });

  it('refuses a cursor with any character changed, added or removed (property)', () => {
    fc.assert(
      fc.property(uuid, fc.nat(), fc.string({ minLength: 1, maxLength: 3 }), (id, at, text) => {
        const cursor = encodeCursor('ListUnitsV1', id);
        const i = at % cursor.length;
        const edits = [
          cursor.slice(0, i) + cursor.slice(i + 1),
          cursor.slice(0, i) + text + cursor.slice(i),
          cursor.slice(0, i) + text + cursor.slice(i + 1),
        ].filter((edited) => edited !== cursor);
        for (const edited of edits) expectRefused(read(query(ListUnitsV1, edited)));
      }),
    );
  });

  it("refuses another list's cursor, and ids of the wrong shape even with a matching tag", () => {
    fc.assert(
      fc.property(uuid, (id) => {
        expectRefused(read(query(ListDecorationsV1, encodeCursor('ListUnitsV1', id))));
        expectRefused(read(query(ListUnitsV1, encodeCursor('communities', id))));
      }),
    );
    // A community code where UUIDs are listed would fail in PostgreSQL, not as bad input.
    expectRefused(read(query(ListUnitsV1, encodeCursor('ListUnitsV1', 'GZ01'))));
    const communities = { name: 'communities', ids: COMMUNITY_ID_PATTERN };
    expect(read(query(ListUnitsV1, encodeCursor('communities', 'GZ01')), communities)).toEqual({
      limit: 50,
      after: 'GZ01',
      list: 'communities',
    });
  });
});
