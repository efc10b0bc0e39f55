import type { BillSource } from '@pcs/contracts';
import type { BillInput } from '../bills/bill-issuer.js';
import { periodBills, type Holding, type UnitFacts } from './billing-run.rules.js';

/** One amount a unit owes for a month (a shared meter's part, a meter's usage), and how it is billed. */
export interface MonthCharge {
  companyId: string;
  communityId: string;
  unitId: string;
  unit: UnitFacts;
  period: string;
  item: { code: string; name: string };
  amountFen: bigint;
  source: BillSource;
  /** The charge's source key; each payer's bill appends `:<payer|unit>`. */
  sourceKey: string;
  description: string;
  at: Date;
}

/**
 * BIL-2's rule for any month's charge: billed to whoever held the unit in the month, pro rata by day,
 * the parts adding up exactly to the amount (a shared meter's parts, decision 0238; a meter's usage,
 * decision 0243). Nothing for 0 fen.
 */
export function monthChargeBills(charge: MonthCharge, holdings: readonly Holding[]): BillInput[] {
  if (charge.amountFen === 0n) return [];
  const item = { ...charge.item, basis: 'fixed' as const, rateFen: charge.amountFen };
  return periodBills(charge.period, charge.unit, holdings, [item]).map((bill) => ({
    companyId: charge.companyId,
    communityId: charge.communityId,
    unitId: charge.unitId,
    ...(bill.payerPersonId ? { payerPersonId: bill.payerPersonId } : {}),
    source: charge.source,
    sourceKey: `${charge.sourceKey}:${bill.payerPersonId ?? 'unit'}`,
    description: charge.description,
    lines: bill.lines,
    at: charge.at,
  }));
}
