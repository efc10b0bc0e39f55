import { labelledCodes, type CodeOf } from '../../common/labelled-codes.js';

/** SAT-1, SAT-2: the first survey of a new community, or a yearly one. */
export const SurveyKind = labelledCodes({
  first: '首次满意度调查',
  yearly: '年度满意度调查',
});
export type SurveyKind = CodeOf<typeof SurveyKind>;

/** SAT-4: what a household scores; each answered with the five satisfaction levels of CMP-9. */
export const SurveyCategory = labelledCodes({
  'customer-service': '客户服务',
  repairs: '维修服务',
  cleaning: '保洁',
  security: '秩序维护',
  landscaping: '绿化',
  facilities: '公共设施',
  fees: '收费',
  'community-culture': '社区文化',
});
export type SurveyCategory = CodeOf<typeof SurveyCategory>;

/** SAT-3: what a household raised in a survey; each becomes a register entry. */
export const SurveyItemKind = labelledCodes({
  opinion: '意见',
  request: '要求',
  complaint: '投诉',
});
export type SurveyItemKind = CodeOf<typeof SurveyItemKind>;

/** SAT-3: the manager's re-visit of a very dissatisfied household. */
export const SurveyRevisitStatus = labelledCodes({
  due: '待经理回访',
  done: '已回访',
});
export type SurveyRevisitStatus = CodeOf<typeof SurveyRevisitStatus>;

/** SAT-1, SAT-2, SAT-4 defaults (company settings later, like every number of the spec). */
export const SURVEY_POLICY = {
  /** SAT-2: the yearly sample, as a percentage of occupied households. */
  minSamplePercent: 10,
  maxSamplePercent: 25,
  /** SAT-1: the occupancy that plans the first survey, and the share of households it must reach. */
  firstSurveyOccupancyPercent: 50,
  firstSurveyCoveragePercent: 90,
  /** SAT-4: fewer answers than this get a sample-size note. */
  smallSampleAnswers: 30,
} as const;
