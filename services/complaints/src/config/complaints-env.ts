import { ServiceEnv } from '@pcs/platform';

export class ComplaintsEnv extends ServiceEnv {}

export const COMPLAINTS_DEVELOPMENT_ENV = {
  PORT: '3101',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/pcs_complaints',
};
