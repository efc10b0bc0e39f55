/**
 * Stable machine codes of every error that crosses the bus or the HTTP API, with the Chinese title
 * shown to staff. The HTTP status of each code is fixed in one table in the platform library.
 */
export const ErrorCode = {
  VALIDATION_FAILED: '请求参数无效',
  UNAUTHENTICATED: '未登录或登录已失效',
  FORBIDDEN: '无权执行此操作',
  NOT_FOUND: '资源不存在',
  ROUTE_NOT_FOUND: '接口不存在',
  COMMUNITY_NOT_FOUND: '小区不存在',
  COMPLAINT_NOT_FOUND: '投诉不存在',
  CONFLICT: '数据已被修改，请刷新后重试',
  IDEMPOTENCY_KEY_REUSED: '幂等键已用于另一个不同的请求',
  PAYLOAD_TOO_LARGE: '请求体过大',
  UNSUPPORTED_MEDIA_TYPE: '不支持的请求格式',
  BUSINESS_RULE_VIOLATED: '不符合业务规则',
  RATE_LIMITED: '请求过于频繁',
  INTERNAL: '系统内部错误',
  SERVICE_UNAVAILABLE: '服务暂不可用',
  UPSTREAM_TIMEOUT: '服务响应超时',
} as const;
export type ErrorCode = keyof typeof ErrorCode;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ErrorCode, value);
}
