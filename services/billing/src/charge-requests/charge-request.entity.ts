import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { ChargePurpose } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * A charge request raised by residents (decision 0030), billed once by its id; `settled` once its bill
 * is paid (then `charge-request.settled` is published once), `cancelled` when withdrawn.
 */
@Entity({ tableName: 'charge_request' })
@CommunityScoped()
export class ChargeRequest {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'uuid' })
  payerPersonId!: string;

  @Property({ type: 'text' })
  purpose!: ChargePurpose;

  @Property({ type: 'text' })
  referenceKind!: string;

  @Property({ type: 'uuid' })
  referenceId!: string;

  /** Absent when nothing was left to bill (a damage the deposit covered). */
  @Property({ type: 'uuid', nullable: true })
  billId?: string;

  /** `billed`, `settled`, `cancelled`. */
  @Property({ type: 'text' })
  status!: 'billed' | 'settled' | 'cancelled';

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  raisedAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  settledAt?: Date;

  @Property({ type: 'text', nullable: true })
  withdrawnReason?: string;
}
