import type { EntityManager } from '@mikro-orm/postgresql';
import { BillSource, BillStatus, ChargeItemCode, SharedUtility, type BillView } from '@pcs/contracts';
import { FeeItem } from '../billing-runs/fee-item.entity.js';
import { BillLine } from './bill-line.entity.js';
import type { Bill } from './bill.entity.js';

export const BILL_RECORD = 'bill';

/** Item codes billing adds to residents' (BIL-7 paid services, BIL-8 deposit shortfalls, BIL-3 shared meters). */
const ITEM_LABELS: Record<string, string> = {
  'paid-service': '有偿服务费',
  'deposit-shortfall': '押金不足部分',
  'late-fee': '滞纳金',
  ...SharedUtility.labels,
};

export const itemLabel = (code: string): string => ITEM_LABELS[code] ?? ChargeItemCode.label(code);

export const outstandingOf = (b: Pick<Bill, 'amountFen' | 'paidFen' | 'creditedFen'>): bigint =>
  b.amountFen - b.paidFen - b.creditedFen;

export async function billViews(em: EntityManager, bills: Bill[]): Promise<BillView[]> {
  if (bills.length === 0) return [];
  const lines = await em.find(
    BillLine,
    { billId: { $in: bills.map((b) => b.id) } },
    { orderBy: { billId: 'asc', lineNo: 'asc' }, filters: false },
  );
  const feeItemNames = await feeItemNamesOf(em, bills, lines);
  return bills.map((b) => ({
    id: b.id,
    number: b.number,
    communityId: b.communityId,
    unitId: b.unitId,
    ...(b.payerPersonId ? { payerPersonId: b.payerPersonId } : {}),
    source: b.source,
    sourceLabel: BillSource.label(b.source),
    description: b.description,
    amountFen: Number(b.amountFen),
    paidFen: Number(b.paidFen),
    creditedFen: Number(b.creditedFen),
    outstandingFen: Number(outstandingOf(b)),
    status: b.status,
    statusLabel: BillStatus.label(b.status),
    issuedAt: b.issuedAt.toISOString(),
    dueDate: b.dueDate,
    lines: lines
      .filter((l) => l.billId === b.id)
      .map((l) => ({
        id: l.id,
        itemCode: l.itemCode,
        itemLabel: feeItemNames.get(`${b.companyId}\u0000${l.itemCode}`) ?? itemLabel(l.itemCode),
        description: l.description,
        amountFen: Number(l.amountFen),
        deposit: l.depositId !== undefined && l.depositId !== null,
        paidFen: Number(l.paidFen),
        creditedFen: Number(l.creditedFen),
      })),
  }));
}

/**
 * A periodic line's item is one of the company's own fee items (BIL-1): its label is the name the
 * company gave it (物业服务费), not the code. Keyed by company and code.
 */
async function feeItemNamesOf(
  em: EntityManager,
  bills: Bill[],
  lines: BillLine[],
): Promise<Map<string, string>> {
  const codes = [...new Set(lines.map((l) => l.itemCode))].filter(
    (code) => !(code in ITEM_LABELS) && !ChargeItemCode.is(code),
  );
  if (codes.length === 0) return new Map();
  const items = await em.find(
    FeeItem,
    { companyId: { $in: [...new Set(bills.map((b) => b.companyId))] }, code: { $in: codes } },
    { fields: ['companyId', 'code', 'name'], filters: false },
  );
  return new Map(items.map((i) => [`${i.companyId}\u0000${i.code}`, i.name]));
}

export async function billView(em: EntityManager, bill: Bill): Promise<BillView> {
  const [view] = await billViews(em, [bill]);
  if (!view) throw new Error(`no view of bill ${bill.id}`);
  return view;
}
