import { IsBoolean, IsInt, IsOptional, IsString } from 'class-validator';
import { IsInstant } from '../../validation/validators.js';
import { CalendarDaysV1 } from './set-calendar-year.js';

export class CalendarYearView extends CalendarDaysV1 {
  @IsString()
  companyId!: string;

  @IsInt()
  year!: number;

  /** False when the company has not maintained this year: weekends only, no holidays. */
  @IsBoolean()
  defined!: boolean;

  /** Increases with every change; consumers keep the highest they have seen. */
  @IsInt()
  version!: number;

  /** Absent for a year the company has not maintained. */
  @IsOptional()
  @IsInstant()
  updatedAt?: string;
}
