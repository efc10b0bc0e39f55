import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A tenant of the platform (物业公司). Created with its first community; its id is its code. */
@Entity({ tableName: 'company' })
export class Company {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  name!: string;

  /** BIL-9, RES-5: days from the passed completion inspection to the decoration deposit's refund. */
  @Property({ type: 'integer', default: 90 })
  decorationDepositRefundDays: number = 90;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}
