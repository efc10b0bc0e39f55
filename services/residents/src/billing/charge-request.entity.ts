import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { ChargeItemV1, ChargePurpose, ChargeRequestStatus } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

export type ChargeReferenceKind = 'move-in' | 'decoration' | 'move-out';

/**
 * What residents asked billing to charge (RES-4, RES-5, RES-6), and what billing last said about it.
 * Billing owns the bill; this row lets a settled event find the procedure it belongs to.
 */
@Entity({ tableName: 'charge_request' })
@CommunityScoped()
@Index({ properties: ['referenceKind', 'referenceId'] })
export class ChargeRequest {
  /** The `requestId` billing knows it by. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'text' })
  purpose!: ChargePurpose;

  @Property({ type: 'text' })
  referenceKind!: ChargeReferenceKind;

  @Property({ type: 'uuid' })
  referenceId!: string;

  @Property({ type: 'uuid' })
  payerPersonId!: string;

  /** As sent in `charge-request.raised.v1`; never queried on its own. */
  @Property({ type: 'json' })
  items!: ChargeItemV1[];

  /** What billing last said: `unknown` until it reports (settled event) or is asked. */
  @Property({ type: 'text' })
  status!: ChargeRequestStatus;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  settledAt?: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  raisedAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
