import { IsOptional, IsString, Matches } from 'class-validator';
import { COMPANY_ID_PATTERN } from '../../common/ids.js';

/** Reads the caller's own company (its name and settings); another company's code is not found (GEN-5). */
export class GetCompanyV1 {
  @IsOptional()
  @IsString()
  @Matches(COMPANY_ID_PATTERN)
  id?: string;
}
