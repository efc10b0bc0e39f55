import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../common/ids.js';
import { PageQuery } from '../common/pagination.js';
import { ID_NUMBER_PATTERN, IsInstant, IsLocalDate, PHONE_PATTERN } from '../validation/validators.js';
import { ContactChannel, IdDocumentType, OccupancyRole } from './residents-codes.js';

export class IdDocumentV1 {
  @IsIn(IdDocumentType.codes)
  type!: IdDocumentType;

  @IsString()
  @Matches(ID_NUMBER_PATTERN, { message: 'number must be a valid document number' })
  number!: string;
}

/** RES-7: how a resident wants to be contacted, and whether return visits are refused. */
export class ContactPreferencesV1 {
  @IsBoolean()
  refuseReturnVisits!: boolean;

  @IsIn(ContactChannel.codes)
  preferredChannel!: ContactChannel;
}

/** The fields of a person that staff may set. */
export class PersonDetailsV1 {
  /** Full name: 王建国, or a company's name for an organisation. */
  @IsString()
  @Length(1, 50)
  name!: string;

  @IsString()
  @Matches(PHONE_PATTERN, { message: 'phone must be a mainland mobile or landline number' })
  phone!: string;

  /** Required before a move-in completes (RES-4). */
  @IsOptional()
  @ValidateNested()
  @Type(() => IdDocumentV1)
  idDocument?: IdDocumentV1;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  notes?: string;
}

/**
 * RES-2: register a person in a community's resident file (客户档案). A person who lives in two of the
 * company's communities has a record in each: every record belongs to exactly one community.
 */
export class RegisterPersonV1 extends PersonDetailsV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => ContactPreferencesV1)
  preferences?: ContactPreferencesV1;
}

/** Change a person's name, phone, ID document or notes; only the fields given change. */
export class PersonChangesV1 {
  @IsOptional()
  @IsString()
  @Length(1, 50)
  name?: string;

  @IsOptional()
  @IsString()
  @Matches(PHONE_PATTERN, { message: 'phone must be a mainland mobile or landline number' })
  phone?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => IdDocumentV1)
  idDocument?: IdDocumentV1;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  notes?: string;

  /** Why the record changes (GEN-3). */
  @IsString()
  @Length(1, 200)
  reason!: string;
}

export class UpdatePersonV1 extends PersonChangesV1 {
  @IsUUID()
  id!: string;
}

export class GetPersonV1 {
  @IsUUID()
  id!: string;
}

/**
 * GEN-4: finding people needs the `people.search` permission, and a name, phone or unit to search by:
 * there is no listing of everybody. Results are masked.
 */
export class SearchPeopleV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId?: string;

  /** A name or its beginning: 王, 王建. One of name, phone or unitId is required. */
  @ValidateIf(
    (q: SearchPeopleV1) => q.name !== undefined || (q.phone === undefined && q.unitId === undefined),
  )
  @IsDefined({ message: 'one of name, phone or unitId is required' })
  @IsString()
  @Length(1, 50)
  name?: string;

  /** The full number (e.g. from caller ID). */
  @IsOptional()
  @IsString()
  @Matches(PHONE_PATTERN, { message: 'phone must be a full mainland mobile or landline number' })
  phone?: string;

  @IsOptional()
  @IsUUID()
  unitId?: string;
}

export class SetContactPreferencesV1 extends ContactPreferencesV1 {
  @IsUUID()
  personId!: string;

  /** Why they change, for the archive (GEN-3): e.g. 业主来电表示不希望回访. */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  reason?: string;
}

/** For other services (CMP-10, MNT-10): may this person be visited, and how? */
export class GetContactPreferencesV1 {
  @IsUUID()
  personId!: string;
}

export class ContactPreferencesView extends ContactPreferencesV1 {
  @IsUUID()
  personId!: string;

  @IsString()
  preferredChannelLabel!: string;
}

/** GEN-4: see a person's phone and ID number in full; the reason is logged with who and when. */
export class RevealReasonV1 {
  @IsString()
  @Length(2, 200)
  reason!: string;
}

export class RevealPersonV1 extends RevealReasonV1 {
  @IsUUID()
  id!: string;
}

export class PersonOccupancyView {
  @IsUUID()
  occupancyId!: string;

  @IsUUID()
  unitId!: string;

  /** 3栋1201 */
  @IsString()
  unitLabel!: string;

  @IsIn(OccupancyRole.codes)
  role!: OccupancyRole;

  @IsString()
  roleLabel!: string;

  @IsLocalDate()
  startDate!: string;

  @IsOptional()
  @IsLocalDate()
  endDate?: string;
}

/** A person as every response shows them: phone and ID number masked (GEN-4). */
export class PersonView {
  @IsUUID()
  id!: string;

  @IsString()
  companyId!: string;

  @IsString()
  communityId!: string;

  @IsString()
  name!: string;

  /** Masked: `138****5678`. */
  @IsString()
  phone!: string;

  @IsOptional()
  @IsIn(IdDocumentType.codes)
  idDocumentType?: IdDocumentType;

  /** Masked: `4401**********1234`. */
  @IsOptional()
  @IsString()
  idNumber?: string;

  @IsOptional()
  @IsString()
  notes?: string;

  @ValidateNested()
  @Type(() => ContactPreferencesV1)
  preferences!: ContactPreferencesV1;

  @ValidateNested({ each: true })
  @Type(() => PersonOccupancyView)
  occupancies!: PersonOccupancyView[];

  @IsInstant()
  createdAt!: string;

  @IsInstant()
  updatedAt!: string;
}

/** The unmasked contact data a reveal returns; the reveal itself is in the access log. */
export class RevealedPersonView {
  @IsUUID()
  id!: string;

  @IsString()
  name!: string;

  @IsString()
  phone!: string;

  @IsOptional()
  @IsIn(IdDocumentType.codes)
  idDocumentType?: IdDocumentType;

  @IsOptional()
  @IsString()
  idNumber?: string;

  @IsUUID()
  accessLogId!: string;
}

/** GEN-4: the log of full views of personal data, for managers and auditors. */
export class ListPersonalDataAccessV1 extends PageQuery {
  @IsOptional()
  @IsUUID()
  personId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  actorId?: string;

  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId?: string;

  @IsOptional()
  @IsInstant()
  from?: string;

  @IsOptional()
  @IsInstant()
  to?: string;
}

export class PersonalDataAccessView {
  @IsUUID()
  id!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  personId!: string;

  @IsString()
  personName!: string;

  @IsString()
  actorId!: string;

  @IsString()
  actorName!: string;

  @IsString({ each: true })
  actorRoles!: string[];

  @IsString()
  kind!: string;

  @IsString()
  kindLabel!: string;

  @IsString()
  reason!: string;

  @IsString({ each: true })
  fields!: string[];

  @IsInstant()
  at!: string;
}
