import type { EntityManager } from '@mikro-orm/postgresql';
import { archive, type ArchiveEntry } from '../archive/archive.js';
import type { RecordHistory } from '../archive/record-history.entity.js';

/** A record that belongs to one community of one company: most records a command changes. */
export interface CommunityRecord {
  id: string;
  companyId: string;
  communityId: string;
}

/** What one GEN-3 entry says about a record: the rest comes from the record itself. */
export type RecordEntry = Pick<ArchiveEntry, 'action' | 'changes' | 'reason' | 'at'>;

/**
 * GEN-3: archives an entry about `record` under its own company and community, so that no command
 * can file it under another tenant by copying the wrong field.
 */
export function archiveRecord(
  em: EntityManager,
  recordType: string,
  record: CommunityRecord,
  entry: RecordEntry,
): RecordHistory {
  return archive(em, {
    companyId: record.companyId,
    communityId: record.communityId,
    recordType,
    recordId: record.id,
    ...entry,
  });
}
