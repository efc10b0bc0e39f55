import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { EquipmentReportStatus, StaffRef } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * MNT-12: a community's first-year equipment usage report, due 12 months after the earliest handover
 * maintenance has seen there (an earlier one learned later moves the due date forward).
 */
@Entity({ tableName: 'equipment_report' })
@CommunityScoped()
@Unique({ properties: ['companyId', 'communityId'] })
export class EquipmentReport {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'date' })
  firstHandoverOn!: string;

  @Property({ type: 'date' })
  dueOn!: string;

  @Property({ type: 'text' })
  status!: EquipmentReportStatus;

  @Property({ type: 'text', nullable: true })
  summary?: string | null;

  @Property({ type: 'integer', nullable: true })
  faultCount?: number | null;

  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  @Property({ type: 'json', nullable: true })
  submittedBy?: StaffRef | null;
}
