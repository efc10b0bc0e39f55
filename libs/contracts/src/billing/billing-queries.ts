import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { ChargePurpose } from '../residents/charge-requests/charge-codes.js';
import { IsFen, IsInstant, IsLocalDate } from '../validation/validators.js';

/** BIL-11: does this unit (or this payer of it) owe anything? */
export class GetClearanceV1 {
  @IsUUID()
  unitId!: string;

  @IsOptional()
  @IsUUID()
  payerPersonId?: string;
}

export class OpenItemView {
  /** `bill`, `charge-request`, `late-fee`, … */
  @IsString()
  kind!: string;

  /** The bill's number, e.g. `ZD-GZ01-2026-000321`, when it has one. */
  @IsOptional()
  @IsString()
  number?: string;

  @IsString()
  description!: string;

  @IsFen()
  amountFen!: number;

  @IsOptional()
  @IsLocalDate()
  dueDate?: string;
}

export class ClearanceView {
  @IsUUID()
  unitId!: string;

  @IsBoolean()
  clear!: boolean;

  @IsFen()
  totalOwedFen!: number;

  @ValidateNested({ each: true })
  @Type(() => OpenItemView)
  openItems!: OpenItemView[];

  @IsInstant()
  asOf!: string;
}

export const CHARGE_REQUEST_STATUSES = ['unknown', 'pending', 'billed', 'settled', 'cancelled'] as const;
export type ChargeRequestStatus = (typeof CHARGE_REQUEST_STATUSES)[number];

/** How far billing got with charge requests raised by other services. */
export class GetChargeRequestStatusV1 {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  requestIds!: string[];
}

export class ChargeRequestStatusItemView {
  @IsUUID()
  requestId!: string;

  @IsIn(CHARGE_REQUEST_STATUSES)
  status!: ChargeRequestStatus;

  @IsFen()
  billedFen!: number;

  @IsFen()
  paidFen!: number;
}

export class ChargeRequestStatusView {
  @ValidateNested({ each: true })
  @Type(() => ChargeRequestStatusItemView)
  items!: ChargeRequestStatusItemView[];
}

/** `charge-request.settled.v1`: everything billed for a charge request is paid. */
export class ChargeRequestSettledV1 {
  @IsUUID()
  requestId!: string;

  @IsIn(ChargePurpose.codes)
  purpose!: ChargePurpose;

  @IsUUID()
  unitId!: string;

  @IsFen()
  paidFen!: number;

  @IsInstant()
  settledAt!: string;
}
