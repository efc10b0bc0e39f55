import { LABELS } from '@pcs/api-client';

/** Chinese names of the roles (libs/contracts' Role, through the API client's generated labels). */
export const ROLE_LABELS: Readonly<Record<string, string>> = LABELS.Role;
