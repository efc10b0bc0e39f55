import { IsOptional, IsString, IsUrl, MinLength, ValidateIf } from 'class-validator';
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
