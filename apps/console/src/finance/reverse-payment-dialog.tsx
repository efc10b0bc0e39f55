import type { ApiSchema } from '@pcs/api-client';
import { Alert, App, Descriptions, Form, Input } from 'antd';
import { FormDialog } from '../common/form-dialog';
import { required } from '../common/form-rules';
import { fieldErrors } from '../common/parse-errors';
import { useSubmit } from '../common/use-submit';
import { useConsole } from '../session/session-context';
import { formatFen } from './money';
import { REVERSAL_FIELDS, REVERSAL_REASON_MAX, reversalBody } from './payment-checks';

type PaymentView = ApiSchema<'PaymentView'>;

const at = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/**
 * 冲回收款 (BIL-6): a payment entered wrongly (an amount mistyped, a transfer that bounced) is taken
 * back whole, with the reason; the bills it paid are owed again and what it put in credit is taken
 * out (decision 0312). Sent once with an Idempotency-Key; the API's refusals (a credit spent since,
 * 422) are shown above the form.
 */
export function ReversePaymentDialog({
  payment,
  onClose,
}: {
  payment: PaymentView;
  onClose(reversed: boolean): void;
}) {
  const { api } = useConsole();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const { busy, problem, submit } = useSubmit(form, REVERSAL_FIELDS);

  const reverse = async (values: { reason?: string }) => {
    const parsed = reversalBody(values);
    form.setFields(fieldErrors(['reason'] as const, parsed));
    if (!parsed.ok) return;
    await submit(async (idempotencyKey) => {
      await api.call('post', '/api/v1/payments/{id}/reversal', {
        params: { id: payment.id },
        body: parsed.body,
        idempotencyKey,
      });
      void message.success(`已冲回收据 ${payment.receiptNumber}（${formatFen(payment.amountFen)}）`);
      onClose(true);
    });
  };

  return (
    <FormDialog
      title={`冲回收款 · ${payment.receiptNumber}`}
      okText="确认冲回"
      form={form}
      busy={busy}
      problem={problem}
      onFinish={reverse}
      onCancel={() => !busy && onClose(false)}
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="收据号">{payment.receiptNumber}</Descriptions.Item>
        <Descriptions.Item label="收款时间">{at(payment.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label="方式">{payment.methodLabel}</Descriptions.Item>
        <Descriptions.Item label="金额">{formatFen(payment.amountFen)}</Descriptions.Item>
        <Descriptions.Item label="其中转入预存">{formatFen(payment.creditFen)}</Descriptions.Item>
      </Descriptions>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        message="冲回后，该笔收款所付账单恢复为欠费，转入预存的部分从预存余额扣回。冲回不可撤销。"
      />
      <Form.Item
        name="reason"
        label="冲回原因"
        rules={[required('请填写冲回原因')]}
        extra="如：金额录入错误、转账被退回"
      >
        <Input.TextArea rows={3} maxLength={REVERSAL_REASON_MAX} />
      </Form.Item>
    </FormDialog>
  );
}
