import { LABELS, type components } from '@pcs/api-client';
import { parseYuan } from './money';

export type PaymentBody = components['schemas']['PaymentBodyV1'];
export type PaymentMethod = PaymentBody['method'];

/** What the payment form holds: the amount as the yuan typed, the rest as the body has them. */
export interface PaymentFormValues {
  payerPersonId?: string;
  method?: PaymentMethod;
  amountYuan?: string;
  externalTransactionId?: string;
  note?: string;
}

/** The body's fields as the form labels them; problem details name the body's fields. */
export const PAYMENT_FIELDS: Readonly<Record<string, string>> = {
  payerPersonId: '付款人',
  method: '付款方式',
  amountFen: '金额（元）',
  externalTransactionId: '交易流水号',
  note: '备注',
};

export const PAYMENT_METHOD_OPTIONS = Object.entries(LABELS.PaymentMethod).map(([value, label]) => ({
  value: value as PaymentMethod,
  label,
}));

/** The API's pattern for a bank's or a wallet's transaction id. */
const TRANSACTION_ID = /^[\w.:-]{1,64}$/;

export type PaymentParse =
  | { ok: true; body: PaymentBody }
  | { ok: false; errors: { name: keyof PaymentFormValues; message: string }[] };

/**
 * The form's values as the body of `POST /units/{id}/payments`: the yuan typed as integer fen (never
 * through a float), empty optional fields left out. Refusals name the form's fields, in Chinese.
 */
export function paymentBody(values: PaymentFormValues): PaymentParse {
  const errors: { name: keyof PaymentFormValues; message: string }[] = [];
  if (!values.payerPersonId) errors.push({ name: 'payerPersonId', message: '请选择付款人' });
  if (!values.method) errors.push({ name: 'method', message: '请选择付款方式' });
  const amount = parseYuan(values.amountYuan ?? '');
  if (!amount.ok) errors.push({ name: 'amountYuan', message: amount.message });
  else if (amount.fen < 1) errors.push({ name: 'amountYuan', message: '金额须大于零' });
  const transaction = values.externalTransactionId?.trim() ?? '';
  // BIL-5: one transfer is recorded once, so every method but cash names it (decision 0249).
  if (!transaction && values.method && values.method !== 'cash') {
    errors.push({ name: 'externalTransactionId', message: '除现金外须填写交易流水号' });
  } else if (transaction && !TRANSACTION_ID.test(transaction)) {
    errors.push({
      name: 'externalTransactionId',
      message: '交易流水号只能含字母、数字及 _ . : -，最长 64 位',
    });
  }
  const note = values.note?.trim() ?? '';
  if (note.length > 200) errors.push({ name: 'note', message: '备注最多 200 字' });
  if (errors.length || !amount.ok || !values.payerPersonId || !values.method) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    body: {
      payerPersonId: values.payerPersonId,
      method: values.method,
      amountFen: amount.fen,
      ...(transaction ? { externalTransactionId: transaction } : {}),
      ...(note ? { note } : {}),
    },
  };
}

/**
 * A key for one payment the member of staff means to record: made once when the form opens and sent
 * with every attempt from it, so a double click or a retry after a lost answer records one payment.
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/**
 * `submit` that ignores calls while one is in flight: the button's disabled state takes a render to
 * show, and a double click's second click can come before it.
 */
export function onceInFlight<A extends unknown[]>(submit: (...args: A) => Promise<void>) {
  let inFlight = false;
  return async (...args: A): Promise<void> => {
    if (inFlight) return;
    inFlight = true;
    try {
      await submit(...args);
    } finally {
      inFlight = false;
    }
  };
}
