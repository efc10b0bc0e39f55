import { IsInt } from 'class-validator';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';

/** `calendar.updated.v1`: complaints and maintenance keep their deadline calendars from it (GEN-1). */
export class CalendarUpdatedV1 {
  @IsInt()
  year!: number;

  @IsLocalDate({ each: true })
  holidays!: string[];

  @IsLocalDate({ each: true })
  makeUpWorkdays!: string[];

  @IsInt()
  version!: number;

  @IsInstant()
  updatedAt!: string;
}
