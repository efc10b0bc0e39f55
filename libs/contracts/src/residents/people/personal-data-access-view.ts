import { IsOptional, IsString, IsUUID } from 'class-validator';
import { IsInstant } from '../../validation/validators.js';

export class PersonalDataAccessView {
  @IsUUID()
  id!: string;

  @IsString()
  communityId!: string;

  /** Absent for a phone lookup that found nobody (decision 0283). */
  @IsOptional()
  @IsUUID()
  personId?: string;

  @IsOptional()
  @IsString()
  personName?: string;

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
