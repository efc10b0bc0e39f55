import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { formatPhone, phoneDigits } from '@pcs/contracts';

/**
 * Inserts residents records straight into a test database, bypassing the bus, so that a test of one
 * feature does not depend on another's handlers. Values look like real data.
 */
export class Seed {
  private readonly pool: pg.Pool;

  constructor(
    databaseUrl: string,
    readonly companyId = 'HRX',
  ) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    // The test's service fixture may drop the database first at teardown.
    this.pool.on('error', () => undefined);
  }

  async community(id = 'GZ01', name = '锦绣花园'): Promise<string> {
    await this.pool.query(
      `insert into company (id, name, created_at) values ($1, $2, now()) on conflict do nothing`,
      [this.companyId, '华瑞祥物业管理有限公司'],
    );
    await this.pool.query(
      `insert into community (company_id, id, name, kind, province, city, district, street, time_zone, created_at)
       values ($1, $2, $3, 'residential', '广东省', '广州市', '天河区', '天河路385号', 'Asia/Shanghai', now())
       on conflict do nothing`,
      [this.companyId, id, name],
    );
    return id;
  }

  async building(communityId = 'GZ01', code = '3'): Promise<string> {
    const id = randomUUID();
    await this.pool.query(
      `insert into building (id, company_id, community_id, code, name, floors_above_ground, floors_below_ground, created_at)
       values ($1, $2, $3, $4, $5, 32, 2, now())`,
      [id, this.companyId, communityId, code, `${code}栋`],
    );
    return id;
  }

  async unit(
    options: {
      communityId?: string;
      buildingId?: string;
      number?: string;
      status?: string;
      handoverDate?: string;
    } = {},
  ): Promise<string> {
    const communityId = options.communityId ?? 'GZ01';
    const buildingId =
      options.buildingId ?? (await this.building(communityId, String(Math.floor(Math.random() * 1e6))));
    const id = randomUUID();
    const number = options.number ?? String(1000 + Math.floor(Math.random() * 9000));
    await this.pool.query(
      `insert into unit (id, company_id, community_id, building_id, number, label, floor, type, gross_area_centi_m2,
                         handover_date, status, created_at, updated_at, version)
       values ($1, $2, $3, $4, $5, $6, 12, 'residence', 8950, $7, $8, now(), now(), 1)`,
      [
        id,
        this.companyId,
        communityId,
        buildingId,
        number,
        `3栋${number}`,
        options.handoverDate ?? '2026-06-30',
        options.status ?? 'vacant',
      ],
    );
    return id;
  }

  async person(
    options: { communityId?: string; name?: string; phone?: string; idNumber?: string | null } = {},
  ): Promise<string> {
    const id = randomUUID();
    const idNumber = options.idNumber === undefined ? '440108198803152417' : options.idNumber;
    const phone = options.phone ?? '13802251234';
    await this.pool.query(
      `insert into person (id, company_id, community_id, name, phone, phone_digits, phone_tail, id_document_type, id_number, created_at, updated_at, version)
       values ($1, $2, $3, $4, $5, $6, right($6, 4), $7, $8, now(), now(), 1)`,
      [
        id,
        this.companyId,
        options.communityId ?? 'GZ01',
        options.name ?? '王建国',
        formatPhone(phone) ?? phone,
        phoneDigits(phone) ?? phone,
        idNumber ? 'resident-id-card' : null,
        idNumber,
      ],
    );
    return id;
  }

  async occupancy(
    unitId: string,
    personId: string,
    role = 'owner',
    options: { communityId?: string; startDate?: string } = {},
  ): Promise<string> {
    const id = randomUUID();
    await this.pool.query(
      `insert into occupancy (id, company_id, community_id, unit_id, person_id, role, start_date, created_at, version)
       values ($1, $2, $3, $4, $5, $6, $7, now(), 1)`,
      [
        id,
        this.companyId,
        options.communityId ?? 'GZ01',
        unitId,
        personId,
        role,
        options.startDate ?? '2026-07-01',
      ],
    );
    return id;
  }

  /**
   * The unit's handover inspection (RES-3) with its owner, accepted without defects, as recorded at
   * the handover: what an owners' move-in needs before it completes (decision 0368).
   */
  async handover(
    unitId: string,
    ownerPersonId: string,
    options: { communityId?: string; inspectedAt?: string; handoverDate?: string } = {},
  ): Promise<string> {
    const id = randomUUID();
    await this.pool.query(
      `insert into handover_inspection (id, company_id, community_id, unit_id, owner_person_id, inspected_at,
         inspected_by_id, inspected_by_name, handover_date, defects, created_at)
       values ($1, $2, $3, $4, $5, $6, 'staff-0300', '林海', $7, '[]', now())`,
      [
        id,
        this.companyId,
        options.communityId ?? 'GZ01',
        unitId,
        ownerPersonId,
        options.inspectedAt ?? '2026-07-01T10:00:00+08:00',
        options.handoverDate ?? '2026-06-30',
      ],
    );
    return id;
  }

  query<R extends pg.QueryResultRow = Record<string, unknown>>(
    sql: string,
    params: unknown[] = [],
  ): Promise<pg.QueryResult<R>> {
    return this.pool.query<R>(sql, params);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
