/**
 * The defaults of the MNT rules (domain.md: "numbers in rules are defaults"), in one place so that a
 * company setting can replace them later without touching the rules that read them.
 */
export const MAINTENANCE_POLICY = {
  /** MNT-1: an emergency is due on site within 30 minutes… */
  emergencyOnSiteMinutes: 30,
  /** …and made safe within 12 hours. */
  emergencyMadeSafeHours: 12,
  /** MNT-2: the site survey is due 1 working day after the request. */
  surveyWorkingDays: 1,
  /** MNT-2: from this estimate (500 yuan) the contractor takes part in the survey. */
  contractorSurveyFromFen: 50_000,
  /** MNT-5: single-trade work is complete 3 working days after the survey, multi-trade 7. */
  singleTradeWorkingDays: 3,
  multiTradeWorkingDays: 7,
  /** MNT-6: up to 1,000.00 yuan the customer-service manager approves… */
  csManagerApprovesUpToFen: 100_000,
  /** …up to 10,000.00 yuan the deputy chief engineer reviews and the deputy GM approves; above, the GM. */
  deputyGmApprovesUpToFen: 1_000_000,
  /** MNT-9: customer service reviews final accounts up to 20,000 yuan, audit above. */
  customerServiceReviewsUpToFen: 2_000_000,
} as const;

export type MaintenancePolicy = typeof MAINTENANCE_POLICY;
