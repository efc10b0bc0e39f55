import { ArrayMaxSize, IsArray, IsIn, IsString, Length, Matches } from 'class-validator';
import { COMPANY_ID_PATTERN, Role, type Actor } from '@pcs/contracts';

/** The claims a staff token must carry (interfaces: sub, name, company, roles, communities). */
export class StaffClaims {
  @IsString()
  @Length(1, 64)
  sub!: string;

  @IsString()
  @Length(1, 64)
  name!: string;

  @Matches(COMPANY_ID_PATTERN)
  company!: string;

  @IsArray()
  @ArrayMaxSize(20)
  @IsIn(Role.codes, { each: true })
  roles!: Role[];

  @IsArray()
  @ArrayMaxSize(500)
  @Matches(/^(\*|[A-Z][A-Z0-9]{1,15})$/, { each: true })
  communities!: string[];
}

export function toActor(claims: StaffClaims): Actor {
  return {
    sub: claims.sub,
    name: claims.name,
    companyId: claims.company,
    roles: claims.roles,
    communities: claims.communities,
  };
}
