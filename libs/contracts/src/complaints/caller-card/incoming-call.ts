import { HasText } from '../../validation/text.js';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { labelledCodes, type CodeOf } from '../../common/labelled-codes.js';
import { PageQuery } from '../../common/pagination.js';
import { StaffRef } from '../../identity/staff-ref.js';
import { IsInstant, IsPhoneNumber } from '../../validation/validators.js';

/** DESK-3: a call the telephony system reported, until a desk takes it. */
export const IncomingCallStatus = labelledCodes({
  ringing: '来电中',
  taken: '已接听',
});
export type IncomingCallStatus = CodeOf<typeof IncomingCallStatus>;

/**
 * DESK-3: the telephony system reports a call to a community's desk line (来电弹屏). `callId` is its
 * own id of the call: the same call reported twice is one incoming call.
 */
export class RecordIncomingCallV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;

  @IsString()
  @Matches(/^[A-Za-z0-9._:-]{1,100}$/, { message: 'callId must be 1-100 letters, digits or . _ : -' })
  callId!: string;

  /** The caller ID as the exchange gives it, in any common format. */
  @IsString()
  @IsPhoneNumber()
  callerNumber!: string;

  /** The desk line or extension that rang, e.g. `8001`. */
  @IsOptional()
  @IsString()
  @HasText(1, 30)
  line?: string;

  @IsInstant()
  receivedAt!: string;
}

export class IncomingCallView {
  @IsUUID()
  id!: string;

  @IsString()
  communityId!: string;

  @IsString()
  callId!: string;

  /** Masked: `138****8000`. */
  @IsString()
  phone!: string;

  @IsOptional()
  @IsString()
  line?: string;

  @IsInstant()
  receivedAt!: string;

  @IsIn(IncomingCallStatus.codes)
  status!: IncomingCallStatus;

  @IsString()
  statusLabel!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => StaffRef)
  takenBy?: StaffRef;

  @IsOptional()
  @IsInstant()
  takenAt?: string;
}

export class ListIncomingCallsV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;

  @IsOptional()
  @IsIn(IncomingCallStatus.codes)
  status?: IncomingCallStatus;
}

/** The desk answers a ringing call; the gateway then shows its caller card. */
export class TakeIncomingCallV1 {
  @IsUUID()
  incomingCallId!: string;
}

/** For the gateway only: the taken call and the number to compose its card with. */
export class TakenIncomingCallView {
  @ValidateNested()
  @Type(() => IncomingCallView)
  call!: IncomingCallView;

  /** The number as records keep it (`13800138000`, `020-88881234-601`); never shown by a route. */
  @IsString()
  number!: string;
}

/** `incoming-call.received.v1` (DESK-3): a desk line rang; the number masked. */
export class IncomingCallReceivedV1 {
  @IsUUID()
  incomingCallId!: string;

  @IsString()
  communityId!: string;

  @IsString()
  phone!: string;

  @IsOptional()
  @IsString()
  line?: string;

  @IsInstant()
  receivedAt!: string;
}
