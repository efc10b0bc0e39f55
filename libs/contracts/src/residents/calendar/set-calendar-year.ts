import { ArrayMaxSize, IsArray, IsInt, Max, Min } from 'class-validator';
import { IsLocalDate } from '../../validation/validators.js';

/** The holidays and make-up working days (调休上班日) of one year, as the HTTP body carries them. */
export class CalendarDaysV1 {
  @IsArray()
  @ArrayMaxSize(60)
  @IsLocalDate({ each: true })
  holidays!: string[];

  @IsArray()
  @ArrayMaxSize(20)
  @IsLocalDate({ each: true })
  makeUpWorkdays!: string[];
}

/** GEN-1: set the company's calendar of a year (holidays and make-up days are data, not code). */
export class SetCalendarYearV1 extends CalendarDaysV1 {
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}
