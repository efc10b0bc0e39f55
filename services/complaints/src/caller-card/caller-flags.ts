import { CALLER_FLAG_RULES, CallerFlag, type CallerFlagView } from '@pcs/contracts';

/** What the flags are computed from: counts and facts about the caller's entries. */
export interface CallerFacts {
  complaintsInWindow: number;
  majorInYear: number;
  escalatedOpen: number;
  dissatisfiedVisits: number;
}

/** DESK-3: the flags the desk sees first, each with its reason in words. */
export function callerFlags(facts: CallerFacts): CallerFlagView[] {
  const flag = (code: CallerFlag, detail: string): CallerFlagView => ({
    code,
    label: CallerFlag.label(code),
    detail,
  });
  const flags: CallerFlagView[] = [];
  if (facts.majorInYear > 0) flags.push(flag('major-complainant', `近一年重大投诉${facts.majorInYear}次`));
  if (facts.complaintsInWindow >= CALLER_FLAG_RULES.repeatCount) {
    flags.push(
      flag(
        'repeat-complainant',
        `近${CALLER_FLAG_RULES.repeatWindowDays}天投诉${facts.complaintsInWindow}次`,
      ),
    );
  }
  if (facts.escalatedOpen > 0) flags.push(flag('escalated', `${facts.escalatedOpen}件未办结投诉已升级`));
  if (facts.dissatisfiedVisits > 0) {
    flags.push(
      flag(
        'recently-dissatisfied',
        `近${CALLER_FLAG_RULES.repeatWindowDays}天回访不满意${facts.dissatisfiedVisits}次`,
      ),
    );
  }
  return flags;
}
