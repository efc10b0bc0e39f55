import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type {
  ProactiveVisitKind,
  ProactiveVisitStatus,
  ProactiveVisitTrigger,
  ReturnVisitMethod,
  Satisfaction,
  StaffRef,
} from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * MNT-12: one visit after a handover or a fit-out. A unit's handover is visited once (`sourceKey` is
 * `handover`); each fit-out of it is visited on its own (`sourceKey` is the decoration's id), so a
 * redelivered or replayed event schedules nothing twice.
 */
@Entity({ tableName: 'proactive_visit' })
@CommunityScoped()
@Unique({ properties: ['companyId', 'unitId', 'sourceKey', 'kind'] })
@Index({
  name: 'proactive_visit_due_index',
  properties: ['companyId', 'communityId', 'status', 'dueOn'],
})
export class ProactiveVisit {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text' })
  trigger!: ProactiveVisitTrigger;

  @Property({ type: 'text' })
  sourceKey!: string;

  @Property({ type: 'date' })
  startedOn!: string;

  @Property({ type: 'text' })
  kind!: ProactiveVisitKind;

  @Property({ type: 'date' })
  windowStart!: string;

  @Property({ type: 'date' })
  dueOn!: string;

  @Property({ type: 'text' })
  status!: ProactiveVisitStatus;

  @Property({ type: 'text', nullable: true })
  exemption?: string | null;

  @Property({ type: 'text', nullable: true })
  method?: ReturnVisitMethod | null;

  @Property({ type: 'text', nullable: true })
  satisfaction?: Satisfaction | null;

  @Property({ type: 'text', nullable: true })
  findings?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  visitedAt?: Date | null;

  @Property({ type: 'json', nullable: true })
  visitedBy?: StaffRef | null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
