import { ServiceEnv } from '@pcs/platform';

export class ResidentsEnv extends ServiceEnv {}

export const RESIDENTS_DEVELOPMENT_ENV = {
  PORT: '3104',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/pcs_residents',
};
