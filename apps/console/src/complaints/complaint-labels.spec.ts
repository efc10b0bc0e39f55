import { describe, expect, it } from '@jest/globals';
import {
  ComplaintAction,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintKind,
  ComplaintStatus,
  Department,
  ReturnVisitMethod,
  Role,
  Satisfaction,
} from '@pcs/contracts';
import { ROLE_LABELS } from '../session/role-labels';
import {
  ACTION_LABELS,
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  DEPARTMENT_LABELS,
  KIND_LABELS,
  RETURN_VISIT_METHOD_LABELS,
  SATISFACTION_LABELS,
  STATUS_LABELS,
  optionsOf,
} from './complaint-labels';

describe("the console's Chinese labels", () => {
  it.each([
    ['kinds', KIND_LABELS, ComplaintKind.labels],
    ['channels', CHANNEL_LABELS, ComplaintChannel.labels],
    ['categories', CATEGORY_LABELS, ComplaintCategory.labels],
    ['statuses', STATUS_LABELS, ComplaintStatus.labels],
    ['departments', DEPARTMENT_LABELS, Department.labels],
    ['return-visit methods', RETURN_VISIT_METHOD_LABELS, ReturnVisitMethod.labels],
    ['satisfaction', SATISFACTION_LABELS, Satisfaction.labels],
    ['actions', ACTION_LABELS, ComplaintAction.labels],
    ['roles', ROLE_LABELS, Role.labels],
  ])('of %s are those of libs/contracts, in the same order', (_, console, contracts) => {
    expect(Object.entries(console)).toEqual(Object.entries(contracts));
  });

  it('become select options in their order', () => {
    expect(optionsOf(KIND_LABELS).slice(0, 2)).toEqual([
      { value: 'complaint', label: '投诉' },
      { value: 'suggestion', label: '建议' },
    ]);
  });
});
