import { IsOptional, IsString, IsUrl, Matches, MinLength, ValidateIf } from 'class-validator';
import { ProcessEnv } from '@pcs/platform';
import { DEVELOPMENT_JWT_SECRET } from './development-secret.js';

/** The gateway's settings: how staff tokens are verified. */
export class GatewayEnv extends ProcessEnv {
  /** HS256 secret of development tokens; required unless AUTH_JWKS_URL is set. */
  @ValidateIf((env: GatewayEnv) => !env.AUTH_JWKS_URL)
  @IsString({ message: 'AUTH_JWT_SECRET or AUTH_JWKS_URL must be set' })
  @MinLength(32)
  AUTH_JWT_SECRET?: string;

  /** The OIDC issuer's JWKS (production): tokens are then verified with its RS256/ES256 keys. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['https', 'http'] })
  AUTH_JWKS_URL?: string;

  /** Expected `iss` claim, when set. */
  @IsOptional()
  @IsString()
  AUTH_ISSUER?: string;

  /** Expected `aud` claim, when set. */
  @IsOptional()
  @IsString()
  AUTH_AUDIENCE?: string;

  /**
   * The staff console's public client id at the OIDC issuer (decision 0171): with AUTH_JWKS_URL and
   * AUTH_ISSUER set, the console signs staff in there (authorization code with PKCE, no secret).
   */
  @IsOptional()
  @Matches(/^[\x21-\x7e]{1,200}$/, {
    message: 'CONSOLE_OIDC_CLIENT_ID must be 1 to 200 printable characters without spaces',
  })
  CONSOLE_OIDC_CLIENT_ID?: string;

  /** The scopes the console asks the issuer for; `openid` by default. */
  @IsOptional()
  @Matches(/^[\x21-\x7e]+( [\x21-\x7e]+)*$/, {
    message: 'CONSOLE_OIDC_SCOPE must be scope names separated by single spaces',
  })
  CONSOLE_OIDC_SCOPE?: string;

  /** `production` turns off the development defaults and the console's development sign-in. */
  @IsOptional()
  @IsString()
  NODE_ENV?: string;

  /** The staff console's build to serve at /console; by default the @pcs/console package's dist. */
  @IsOptional()
  @IsString()
  CONSOLE_DIR?: string;
}

export const GATEWAY_DEVELOPMENT_ENV = {
  PORT: '3000',
  AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET,
};
