import { BigIntType, PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CompanyScoped } from '@pcs/platform';

/** MNT-4: an item of the company's paid-service price list (有偿服务价目表), which prices type-C orders. */
@Entity({ tableName: 'paid_service_price' })
@CompanyScoped()
export class PaidServicePrice {
  [PrimaryKeyProp]?: ['companyId', 'code'];

  @PrimaryKey({ type: 'text' })
  companyId!: string;

  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  unit!: string;

  @Property({ type: new BigIntType('number') })
  priceFen!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;
}
