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
  BUILDING_NOT_FOUND: '楼栋不存在',
  UNIT_NOT_FOUND: '房屋不存在',
  PERSON_NOT_FOUND: '人员档案不存在',
  OCCUPANCY_NOT_FOUND: '入住关系不存在',
  MOVE_IN_NOT_FOUND: '入住手续不存在',
  MOVE_OUT_NOT_FOUND: '迁出手续不存在',
  DECORATION_NOT_FOUND: '装修申请不存在',
  FILE_ACCESS_REQUEST_NOT_FOUND: '档案调阅申请不存在',
  DEAD_LETTER_NOT_FOUND: '死信不存在',
  OUTBOX_EVENT_NOT_FOUND: '待发布事件不存在',
  SHIFT_HANDOVER_NOT_FOUND: '交接班记录不存在',
  CALL_BACK_NOT_FOUND: '回电记录不存在',
  REPAIR_REQUEST_NOT_FOUND: '报修单不存在',
  WORK_ORDER_NOT_FOUND: '派工单不存在',
  COMMUNITY_EXISTS: '小区编码已存在',
  BUILDING_EXISTS: '楼栋编号已存在',
  UNIT_EXISTS: '房号已存在',
  INVALID_STATE_TRANSITION: '当前状态不允许此操作',
  CONFLICT: '数据已被修改，请刷新后重试',
  DAY_SIGNED_OFF: '该日已盘点签字，不能再更改',
  IDEMPOTENCY_KEY_REUSED: '幂等键已用于另一个不同的请求',
  PAYLOAD_TOO_LARGE: '请求体过大',
  UNSUPPORTED_MEDIA_TYPE: '不支持的请求格式',
  BUSINESS_RULE_VIOLATED: '不符合业务规则',
  OWNER_ALREADY_REGISTERED: '该房屋已有业主，如为共有人请注明',
  MOVE_IN_INCOMPLETE: '入住手续尚未办齐',
  MOVE_OUT_BLOCKED_BY_ARREARS: '存在欠费，不能办理迁出',
  FILE_ACCESS_NOT_APPROVED: '档案调阅未经批准',
  REVOLVING_FUND_OVERDRAWN: '周转金余额不足',
  APPROVAL_REQUIRED: '派工单尚未获得金额所需的审批',
  // Billing (BIL-5, BIL-6, BIL-8, BIL-9)
  BILL_NOT_FOUND: '账单不存在',
  PAYMENT_NOT_FOUND: '收款记录不存在',
  DEPOSIT_NOT_FOUND: '押金不存在',
  EXTERNAL_TRANSACTION_REUSED: '该支付流水号已用于另一笔收款',
  AMOUNT_EXCEEDS_BALANCE: '金额超过可用余额',
  DEPOSIT_NOT_REFUNDABLE: '押金尚不可退还',
  RATE_LIMITED: '请求过于频繁',
  INTERNAL: '系统内部错误',
  SERVICE_UNAVAILABLE: '服务暂不可用',
  UPSTREAM_TIMEOUT: '服务响应超时',
} as const;
export type ErrorCode = keyof typeof ErrorCode;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ErrorCode, value);
}
