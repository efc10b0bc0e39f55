import { v7 } from 'uuid';

/** A new time-ordered UUID (v7): ids sort by creation, which keeps B-tree inserts and cursors cheap. */
export function newId(): string {
  return v7();
}
