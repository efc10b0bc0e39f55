import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CommunityScoped } from '@pcs/platform';

/** CMP-11: a community's own threshold and window (without a row: 3 complaints in 7 days). */
@Entity({ tableName: 'early_warning_rule' })
@CommunityScoped()
export class EarlyWarningRule {
  @PrimaryKey({ type: 'text' })
  companyId!: string;

  @PrimaryKey({ type: 'text' })
  communityId!: string;

  @Property({ type: 'int' })
  threshold!: number;

  @Property({ type: 'int' })
  windowDays!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;
}
