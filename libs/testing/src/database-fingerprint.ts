import pg from 'pg';

/**
 * Columns that change without any request: the outbox relay marks rows sent in the background after
 * the transaction that wrote them. A row written by a request still shows (its id, subject and
 * envelope are fingerprinted); only its delivery progress is left out.
 */
const VOLATILE_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  outbox_message: ['status', 'attempts', 'next_attempt_at', 'sent_at', 'last_error'],
};

/*
 * No table is left out entirely. The one that changes on reads, the GEN-4 access log of full views
 * (personal_data_access), is written only by a reveal or a file read that succeeds; the hostile
 * batch contains neither (a reveal it sends is always invalid, and no file request is approved).
 */

/** Row count and an md5 of the ordered rows of every table: equal fingerprints, equal data. */
export type Fingerprint = Record<string, { rows: number; md5: string }>;

/**
 * Fingerprints of the databases of a test's services, to prove that requests changed nothing. The
 * tables and columns are read once, when opened: the schema does not change while a test runs.
 */
export class DatabaseFingerprints {
  private constructor(private readonly databases: { service: string; client: pg.Client; query: string }[]) {}

  /** `databases`: the service name and the URL of its database. */
  static async open(databases: Record<string, string>): Promise<DatabaseFingerprints> {
    const opened: { service: string; client: pg.Client; query: string }[] = [];
    for (const [service, url] of Object.entries(databases)) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows: columns } = await client.query<{ table_name: string; column_name: string }>(
        `select c.table_name, c.column_name from information_schema.columns c
           join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
          where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
          order by c.table_name, c.ordinal_position`,
      );
      const byTable = new Map<string, string[]>();
      for (const { table_name, column_name } of columns) {
        if (VOLATILE_COLUMNS[table_name]?.includes(column_name)) continue;
        byTable.set(table_name, [...(byTable.get(table_name) ?? []), column_name]);
      }
      const query = [...byTable]
        .map(
          ([table, cols]) =>
            `select '${table}' as t, count(*)::int as n, ` +
            `md5(coalesce(string_agg(r::text, E'\\n' order by r::text), '')) as h ` +
            `from (select ${cols.map((c) => `"${c}"`).join(', ')} from "${table}") r`,
        )
        .join(' union all ');
      opened.push({ service, client, query });
    }
    return new DatabaseFingerprints(opened);
  }

  /** `service.table` → rows and md5, for every table of every database. */
  async take(): Promise<Fingerprint> {
    const out: Fingerprint = {};
    for (const { service, client, query } of this.databases) {
      if (!query) continue;
      const { rows } = await client.query<{ t: string; n: number; h: string }>(query);
      for (const { t, n, h } of rows) out[`${service}.${t}`] = { rows: n, md5: h };
    }
    return out;
  }

  /** Rows still waiting in an outbox: events in flight whose consumers may still write. */
  async pendingOutbox(): Promise<number> {
    let pending = 0;
    for (const { client } of this.databases) {
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from outbox_message where status <> 'sent'`,
      );
      pending += rows[0]!.n;
    }
    return pending;
  }

  /**
   * A fingerprint once the system is at rest: outboxes empty, `quiet` true (e.g. no consumer with
   * events still on their way) and two readings a moment apart equal, so that events still being
   * consumed (the calendar replica in complaints) do not look like a change made by the next request.
   * Each reading is taken after its quiet checks, and both readings must follow quiet checks: a
   * consumer that commits and acknowledges between a reading and the checks after it would otherwise
   * leave its change out of the fingerprint returned (a CI run saw exactly that).
   */
  async atRest(timeoutMs = 30_000, quiet: () => Promise<boolean> = async () => true): Promise<Fingerprint> {
    const deadline = Date.now() + timeoutMs;
    let last: Fingerprint | undefined;
    for (;;) {
      const still = (await this.pendingOutbox()) === 0 && (await quiet());
      const next = await this.take();
      if (still && last && sameFingerprint(last, next)) return next;
      if (Date.now() > deadline) throw new Error('the databases did not come to rest');
      last = still ? next : undefined;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.databases.map(({ client }) => client.end()));
  }
}

export function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  return changedTables(a, b).length === 0;
}

/** The tables whose rows differ, with their counts before and after. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const tables = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...tables]
    .filter((t) => before[t]?.md5 !== after[t]?.md5 || before[t]?.rows !== after[t]?.rows)
    .map((t) => `${t} (${before[t]?.rows ?? 0} → ${after[t]?.rows ?? 0} rows)`);
}
