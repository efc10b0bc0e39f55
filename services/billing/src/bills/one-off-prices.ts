import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@pcs/contracts';

/**
 * BIL-1: the prices of one-off items used until a company sets its own rate (decision 0101). They
 * match the figures the demo and the residents journeys were written with.
 */
export const DEFAULT_ONE_OFF_PRICES_FEN: Readonly<Record<string, bigint>> = {
  'move-in-fees': 250_000n,
  'decoration-deposit': 300_000n,
  'decoration-waste-removal': 50_000n,
};

/**
 * Decision 0258: codes of the lines billing writes itself (a late fee, a paid service, damage charged
 * to the account). A company's fee item of one of these codes would mix its lines with the system's.
 */
export const SYSTEM_LINE_CODES: ReadonlySet<string> = new Set([
  'late-fee',
  'paid-service',
  'damage-to-account',
]);

/** BIL-1: the rate in effect on `day` for an item: the latest that started on or before it. */
export async function priceOn(
  em: EntityManager,
  companyId: string,
  itemCode: string,
  day: string,
): Promise<bigint> {
  const [rate] = await em.execute<{ amount_fen: string }[]>(
    `select amount_fen from fee_rate where company_id = ? and item_code = ? and effective_from <= ?
     order by effective_from desc limit 1`,
    [companyId, itemCode, day],
  );
  if (rate) return BigInt(rate.amount_fen);
  const fallback = DEFAULT_ONE_OFF_PRICES_FEN[itemCode];
  if (fallback === undefined)
    throw new DomainError('BUSINESS_RULE_VIOLATED', `收费项目“${itemCode}”没有定价，需注明金额`, {
      field: 'itemCode',
      itemCode,
    });
  return fallback;
}
