import { describe, expect, it } from '@jest/globals';
import { newIdempotencyKey, onceInFlight, paymentBody, PAYMENT_METHOD_OPTIONS } from './payment-form';

const payer = '0b8a3e0e-8a55-4b5e-9f7e-3f0f3f0f3f0f';

describe('the payment form as the body the API takes', () => {
  it('sends the yuan typed as integer fen, trimmed, without empty optional fields', () => {
    expect(
      paymentBody({
        payerPersonId: payer,
        method: 'wechat-pay',
        amountYuan: ' 268.5 ',
        externalTransactionId: ' 4200001234 ',
        note: '  ',
      }),
    ).toEqual({
      ok: true,
      body: {
        payerPersonId: payer,
        method: 'wechat-pay',
        amountFen: 26_850,
        externalTransactionId: '4200001234',
      },
    });
  });

  it('names each refused field in Chinese', () => {
    const refused = paymentBody({ amountYuan: '0.001', externalTransactionId: '流水 1' });
    expect(refused).toEqual({
      ok: false,
      errors: [
        { name: 'payerPersonId', message: '请选择付款人' },
        { name: 'method', message: '请选择付款方式' },
        { name: 'amountYuan', message: '金额最多保留两位小数（精确到分）' },
        { name: 'externalTransactionId', message: expect.stringMatching(/^交易流水号/) },
      ],
    });
    expect(paymentBody({ payerPersonId: payer, method: 'cash', amountYuan: '0' })).toEqual({
      ok: false,
      errors: [{ name: 'amountYuan', message: '金额须大于零' }],
    });
    expect(paymentBody({ payerPersonId: payer, method: 'cash', amountYuan: '-5' })).toMatchObject({
      ok: false,
      errors: [{ name: 'amountYuan', message: '金额不能为负数' }],
    });
  });

  it('BIL-5: asks every method but cash for its transaction id (decision 0249)', () => {
    for (const method of ['bank-transfer', 'wechat-pay', 'alipay', 'card'] as const) {
      expect(
        paymentBody({ payerPersonId: payer, method, amountYuan: '10', externalTransactionId: ' ' }),
      ).toEqual({
        ok: false,
        errors: [{ name: 'externalTransactionId', message: '除现金外须填写交易流水号' }],
      });
    }
    expect(paymentBody({ payerPersonId: payer, method: 'cash', amountYuan: '10' })).toEqual({
      ok: true,
      body: { payerPersonId: payer, method: 'cash', amountFen: 1000 },
    });
  });

  it('offers every payment method by its Chinese label', () => {
    expect(PAYMENT_METHOD_OPTIONS.map((o) => o.value)).toEqual([
      'cash',
      'bank-transfer',
      'wechat-pay',
      'alipay',
      'card',
    ]);
    expect(PAYMENT_METHOD_OPTIONS.every((o) => /[\u4e00-\u9fff]/.test(o.label))).toBe(true);
  });
});

describe('one payment per form', () => {
  it('makes a fresh key for each form', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });

  it('ignores a second click while the first is in flight, and allows a retry after it', async () => {
    const sent: string[] = [];
    let finish: () => void = () => undefined;
    const submit = onceInFlight(async (key: string) => {
      sent.push(key);
      await new Promise<void>((resolve) => (finish = resolve));
    });
    const first = submit('key-1');
    const second = submit('key-1');
    finish();
    await Promise.all([first, second]);
    expect(sent).toEqual(['key-1']);
    const retry = submit('key-1');
    finish();
    await retry;
    expect(sent).toEqual(['key-1', 'key-1']);
  });
});
