import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { ApiProblem } from '../openapi/operations.js';
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
    ApiProblem(401, '未登录或登录已失效'),
    ApiProblem(403, '无权执行此操作'),
  );
}

/** Routes anyone may call: health, metrics, the API documents. */
export const Public = (): ClassDecorator & MethodDecorator => SetMetadata(PUBLIC_KEY, true);
