import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { DefectSeverity, RepairTrade } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/** A defect found at handover; its id is what maintenance links its warranty repair request to. */
export interface HandoverDefectRecord {
  id: string;
  location: string;
  description: string;
  trades: RepairTrade[];
  severity: DefectSeverity;
}

/** RES-3: the handover inspection (验房/接楼) of a unit with its owner. Recorded once, never changed. */
@Entity({ tableName: 'handover_inspection' })
@CommunityScoped()
@Index({ properties: ['unitId'] })
export class HandoverInspection {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'uuid' })
  ownerPersonId!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  inspectedAt!: Date;

  @Property({ type: 'text' })
  inspectedById!: string;

  @Property({ type: 'text' })
  inspectedByName!: string;

  /** The handover date the warranty periods count from (MNT-3), as published. */
  @Property({ type: 'date' })
  handoverDate!: string;

  @Property({ type: 'json' })
  defects!: HandoverDefectRecord[];

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}
