import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { ID_NUMBER_PATTERN, IsLocalDate, IsPhoneNumber } from '../../validation/validators.js';
import { HasText } from '../../validation/text.js';
import { IsResidentIdNumberIfItLooksLikeOne } from '../people/resident-id-number.js';

export class ContractorV1 {
  /** 广州美家装饰工程有限公司 */
  @HasText(1, 100)
  name!: string;

  /** 统一社会信用代码 or licence number. */
  @IsOptional()
  @HasText(4, 30)
  licenseNumber?: string;

  @HasText(1, 50)
  managerName!: string;

  /** Any common format, as for people's phones (decision 0110); kept normalised. */
  @IsString()
  @IsPhoneNumber()
  managerPhone!: string;
}

export class DecorationScheduleV1 {
  @IsLocalDate()
  startDate!: string;

  /** On or after the start, and not before today: a plan that ended already is a typo. */
  @IsLocalDate()
  endDate!: string;
}

export class WorkerV1 {
  @HasText(1, 50)
  name!: string;

  /** Any common format, as for people's phones (decision 0110); kept normalised. */
  @IsString()
  @IsPhoneNumber()
  phone!: string;

  @IsString()
  @Matches(ID_NUMBER_PATTERN, { message: 'idNumber must be a valid document number' })
  @IsResidentIdNumberIfItLooksLikeOne()
  idNumber!: string;
}

/** A document stored elsewhere (drawings, licences): referenced, never embedded. */
export class DocumentRefV1 {
  @HasText(1, 200)
  fileId!: string;

  @HasText(1, 100)
  title!: string;
}

/** The signed decoration management agreement (装修管理协议), required before review (RES-5). */
export class DecorationAgreementV1 {
  /** The signed agreement, stored elsewhere. */
  @HasText(1, 200)
  fileId!: string;

  /** From 2000 to today. */
  @IsLocalDate()
  signedOn!: string;
}

/** The application's documents (RES-5): what is done, by whom, when, with which drawings. */
export class DecorationDocumentsV1 {
  /** 厨卫改造、客厅吊顶 */
  @HasText(1, 1000)
  scope!: string;

  @ValidateNested()
  @Type(() => ContractorV1)
  contractor!: ContractorV1;

  @ValidateNested()
  @Type(() => DecorationScheduleV1)
  schedule!: DecorationScheduleV1;

  /** Each worker once: no two with the same ID number. */
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => WorkerV1)
  workers!: WorkerV1[];

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DocumentRefV1)
  drawings!: DocumentRefV1[];

  /** May follow in an update; an application is not submitted for review without it. */
  @IsOptional()
  @ValidateNested()
  @Type(() => DecorationAgreementV1)
  agreement?: DecorationAgreementV1;
}
