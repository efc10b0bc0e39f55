import { IsString, Length } from 'class-validator';

export class AddressV1 {
  /** 省, e.g. 广东省 */
  @IsString()
  @Length(1, 20)
  province!: string;

  /** 市, e.g. 广州市 */
  @IsString()
  @Length(1, 20)
  city!: string;

  /** 区, e.g. 天河区 */
  @IsString()
  @Length(1, 20)
  district!: string;

  /** Street and number, e.g. 天河路385号 */
  @IsString()
  @Length(1, 100)
  street!: string;
}
