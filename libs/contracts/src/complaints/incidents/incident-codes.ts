import { labelledCodes, type CodeOf } from '../../common/labelled-codes.js';

/** CMP-11: where an early warning stands: raised, turned into an incident, or dealt with otherwise. */
export const EarlyWarningStatus = labelledCodes({
  open: '待处理',
  incident: '已转事件',
  closed: '已处理',
});
export type EarlyWarningStatus = CodeOf<typeof EarlyWarningStatus>;

/** CMP-15: what caused an incident (停水、停电、电梯故障…), or the early warning it came from. */
export const IncidentCause = labelledCodes({
  'water-cut': '停水',
  'power-cut': '停电',
  'gas-cut': '停气',
  'lift-failure': '电梯故障',
  'early-warning': '投诉预警',
  other: '其他',
});
export type IncidentCause = CodeOf<typeof IncidentCause>;

export const IncidentStatus = labelledCodes({
  active: '处理中',
  closed: '已关闭',
});
export type IncidentStatus = CodeOf<typeof IncidentStatus>;

/** CMP-11 defaults: 3 complaints of one category about one building within 7 days. */
export const EARLY_WARNING_DEFAULTS = { threshold: 3, windowDays: 7 } as const;
