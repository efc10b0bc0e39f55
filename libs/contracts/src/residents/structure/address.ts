import { HasText } from '../../validation/text.js';

export class AddressV1 {
  /** 省, e.g. 广东省 */
  @HasText(1, 20)
  province!: string;

  /** 市, e.g. 广州市 */
  @HasText(1, 20)
  city!: string;

  /** 区, e.g. 天河区 */
  @HasText(1, 20)
  district!: string;

  /** Street and number, e.g. 天河路385号 */
  @HasText(1, 100)
  street!: string;
}
