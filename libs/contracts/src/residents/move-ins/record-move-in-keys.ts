import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { KeyKind } from '../residents-codes.js';

export class KeyHandoverV1 {
  @IsIn(KeyKind.codes)
  kind!: KeyKind;

  @IsInt()
  @Min(1)
  @Max(20)
  count!: number;
}

export class KeysHandedOverV1 {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => KeyHandoverV1)
  keys!: KeyHandoverV1[];
}

/** RES-4: record the keys and cards handed over. */
export class RecordKeysHandedOverV1 extends KeysHandedOverV1 {
  @IsUUID()
  moveInId!: string;
}
