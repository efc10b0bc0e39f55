import type { ApiSchema } from '@pcs/api-client';
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { ProblemError } from '../api/gateway-api';
import { presentProblem, type ProblemPresentation } from '../api/problem-fields';
import { ProblemAlert } from '../complaints/problem-alert';
import { fieldErrors } from '../common/parse-errors';
import { useConsole } from '../session/session-context';
import {
  PAYMENT_FIELDS,
  PAYMENT_METHOD_OPTIONS,
  newIdempotencyKey,
  onceInFlight,
  paymentBody,
  type PaymentFormValues,
} from './payment-form';
import { formatFen } from './money';
import { overpayment, overpaymentText } from './payment-checks';

type UnitView = ApiSchema<'UnitView'>;

/**
 * 记录收款 (BIL-5). Its Idempotency-Key is made when the dialog opens and sent with every attempt from
 * it: a double click, or a retry after a lost answer, records one payment. The button is busy while a
 * request is in flight, and clicks in between are ignored. An amount well beyond what the unit owes
 * (`owedFen`, from its statement) is sent only once the cashier confirms it (decision 0312).
 */
export function RecordPaymentDialog({
  unit,
  owedFen,
  onClose,
}: {
  unit: UnitView;
  owedFen: number;
  onClose(recorded: boolean): void;
}) {
  const { api } = useConsole();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<PaymentFormValues>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemPresentation>();

  const [submit] = useState(() =>
    onceInFlight(async () => {
      const parsed = paymentBody(form.getFieldsValue());
      form.setFields(
        fieldErrors(
          ['payerPersonId', 'method', 'amountYuan', 'externalTransactionId', 'note'] as const,
          parsed,
        ),
      );
      if (!parsed.ok) return;
      const beyond = overpayment(parsed.body.amountFen, owedFen);
      if (beyond) {
        const confirmed = await modal.confirm({
          title: '收款金额远超欠费',
          content: overpaymentText(beyond),
          okText: '核对无误，收款',
          cancelText: '返回修改',
        });
        if (!confirmed) return;
      }
      setBusy(true);
      setProblem(undefined);
      try {
        const payment = await api.call('post', '/api/v1/units/{id}/payments', {
          params: { id: unit.id },
          body: parsed.body,
          idempotencyKey,
        });
        void message.success(`已收款 ${formatFen(payment.amountFen)}，收据号 ${payment.receiptNumber}`);
        onClose(true);
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        const shown = presentProblem(error.problem, PAYMENT_FIELDS);
        // The body's amount in fen is the form's amount in yuan.
        form.setFields(
          shown.fields.map(({ name, errors }) => ({
            name: name.join('.') === 'amountFen' ? 'amountYuan' : (name as never),
            errors,
          })),
        );
        setProblem(shown);
      } finally {
        setBusy(false);
      }
    }),
  );

  const payers = (unit.occupants ?? []).map((o) => ({
    value: o.personId,
    label: `${o.name}（${o.roleLabel}）`,
  }));

  return (
    <Modal
      open
      title={`记录收款 · ${unit.label}`}
      okText="确认收款"
      cancelText="取消"
      okButtonProps={{ loading: busy, disabled: busy }}
      onOk={() => void submit()}
      onCancel={() => !busy && onClose(false)}
      destroyOnHidden
      maskClosable={false}
    >
      <ProblemAlert shown={problem} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ payerPersonId: payers[0]?.value, method: 'cash' }}
        onFinish={() => void submit()}
      >
        <Form.Item name="payerPersonId" label="付款人" required>
          <Select options={payers} placeholder="请选择住户" notFoundContent="该房屋暂无住户" />
        </Form.Item>
        <Form.Item name="method" label="付款方式" required>
          <Select options={PAYMENT_METHOD_OPTIONS} />
        </Form.Item>
        <Form.Item name="amountYuan" label="金额（元）" required extra="精确到分，如 268.50">
          <Input inputMode="decimal" autoComplete="off" />
        </Form.Item>
        <Form.Item name="externalTransactionId" label="交易流水号">
          <Input autoComplete="off" placeholder="微信、支付宝或银行的交易号（现金不填）" />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea maxLength={200} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
