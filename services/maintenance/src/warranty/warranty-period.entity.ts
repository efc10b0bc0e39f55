import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { WarrantyComponent } from '@pcs/contracts';
import { CompanyScoped } from '@pcs/platform';

/** MNT-3: a company's (`communityId` = `*`) or one community's warranty period for a component. */
@Entity({ tableName: 'warranty_period' })
@CompanyScoped()
export class WarrantyPeriod {
  [PrimaryKeyProp]?: ['companyId', 'communityId', 'component'];

  @PrimaryKey({ type: 'text' })
  companyId!: string;

  /** A community code, or `*` for the whole company. */
  @PrimaryKey({ type: 'text' })
  communityId!: string;

  @PrimaryKey({ type: 'text' })
  component!: WarrantyComponent;

  @Property({ type: 'integer' })
  months!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;
}
