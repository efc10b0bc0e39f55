import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/**
 * The path `{year}` of the calendar. Paths are strings, and the contract (GetCalendarYearV1) wants a
 * number, so digits alone are converted; anything else (`2026.5`, `0x7EA`, `abc`) stays a string and
 * fails as "not an integer" rather than being coerced. The bounds are the contract's.
 */
export class YearParam {
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value,
  )
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}
