import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { PROBLEM_SCHEMA_REF } from '../openapi/schemas.js';
import { rolesFor, type Permission } from './permissions.js';

export const PERMISSION_KEY = 'pcs:permission';
export const PUBLIC_KEY = 'pcs:public';

/** Who may call the route: a row of the permission table, also shown in the OpenAPI document. */
export function RequiresPermission(permission: Permission): MethodDecorator {
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiBearerAuth(),
    ApiExtension('x-permission', permission),
    ApiExtension('x-roles', [...rolesFor(permission)]),
    ApiUnauthorizedResponse({ description: '未登录或登录已失效', schema: PROBLEM_SCHEMA_REF }),
    ApiForbiddenResponse({ description: '无权执行此操作', schema: PROBLEM_SCHEMA_REF }),
  );
}

/** Routes anyone may call: health, metrics, the API documents. */
export const Public = (): ClassDecorator & MethodDecorator => SetMetadata(PUBLIC_KEY, true);
