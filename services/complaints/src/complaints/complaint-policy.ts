/**
 * The numbers in CMP-3, CMP-4, CMP-9, CMP-14 and DESK-4. The spec calls them defaults a company can
 * change; until a settings API exists they are these, and tests use them.
 */
export const COMPLAINT_POLICY = {
  /** CMP-3: the department's feedback, in working days after assignment. */
  feedbackWorkingDays: 3,
  /** CMP-3: a non-repair complaint is resolved within this many calendar days of receipt. */
  resolveCalendarDays: 7,
  /** CMP-13: suggestions and praise have no resolution deadline but must be answered (decision 0080). */
  answerCalendarDays: 7,
  /** CMP-9: the return visit is due this many working days after resolution. */
  returnVisitWorkingDays: 1,
  /** CMP-4: each level acknowledges an escalation within this many working days. */
  escalationAcknowledgeWorkingDays: 1,
  /** CMP-14: the handler is warned this many working hours before a deadline. */
  warnWorkingHours: 2,
  /** DESK-4: attempts before the customer is recorded as unreachable… */
  visitAttempts: 3,
  /** …made over this many working days from the first one. */
  visitAttemptWorkingDays: 2,
} as const;

export type ComplaintPolicy = typeof COMPLAINT_POLICY;
