import type { OperationRoles } from './operation-roles';

export const PERMISSION_TABLE: OperationRoles = __OPERATION_ROLES__;
