import { Migration } from '@mikro-orm/migrations';

/**
 * DESK-3: an exchange's call id is one call per community, not per company: the exchange of another
 * community numbering its calls the same way records its own call (decision 0304).
 */
export class Migration20261209100000_IncomingCallsPerCommunity extends Migration {
  override up(): void {
    this.addSql(`alter table "incoming_call" drop constraint "incoming_call_company_id_call_id_unique";`);
    this.addSql(
      `alter table "incoming_call" add constraint "incoming_call_company_id_community_id_call_id_unique" unique ("company_id", "community_id", "call_id");`,
    );
  }
}
