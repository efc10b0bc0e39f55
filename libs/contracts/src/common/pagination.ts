import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 200;

/** Query parameters shared by every list: `limit` (default 50, max 200) and an opaque `cursor`. */
export class PageQuery {
  /**
   * Page size, 1-200 (default 50). A query string carries it as text: digits alone are converted;
   * anything else (`0x10`, ` 5`, `1e1`) stays a string and fails as not an integer, where `Number()`
   * would have made a number of it.
   */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value,
  )
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  limit?: number;

  /** The `nextCursor` of the previous page. */
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  /** Present when more items follow; pass it as `cursor` to get them. */
  nextCursor?: string;
}
