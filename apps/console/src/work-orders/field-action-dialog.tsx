import { Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { ProblemError, type PathWith } from '../api/gateway-api';
import { presentProblem, type ProblemPresentation } from '../api/problem-fields';
import { ProblemAlert } from '../complaints/problem-alert';
import { useConsole } from '../session/session-context';
import { YES_NO, formBody, initialValues, type ActionForm } from './field-forms';

interface Props {
  title: string;
  path: PathWith<'post'>;
  /** The record's id for the path's `{id}`; none for a route that creates. */
  id?: string;
  form: ActionForm;
  onDone(answer: unknown): void;
  onCancel(): void;
}

/**
 * One action on a repair request or work order: its form, sent once with an Idempotency-Key (a double
 * tap records once), refusals shown on their fields. Inputs are full width and tall enough to tap.
 */
export function FieldActionDialog({ title, path, id, form: spec, onDone, onCancel }: Props) {
  const { api } = useConsole();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [problem, setProblem] = useState<ProblemPresentation>();
  const [busy, setBusy] = useState(false);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [initial] = useState(() => initialValues(spec.fields, new Date()));

  async function submit(values: Record<string, unknown>): Promise<void> {
    setBusy(true);
    setProblem(undefined);
    try {
      // Each route takes its own body (checked by the API) and answers the record as it now is.
      const answer = await api.call('post', path, {
        ...(id ? { params: { id } } : {}),
        body: formBody(spec, values) as never,
        idempotencyKey,
      });
      onDone(answer);
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      setIdempotencyKey(crypto.randomUUID());
      const shown = presentProblem(
        error.problem,
        Object.fromEntries(spec.fields.map((f) => [f.name, f.label])),
      );
      form.setFields(
        shown.fields
          .filter(({ name }) => spec.fields.some((f) => f.name === name.join('.')))
          .map(({ name, errors }) => ({ name: name.join('.'), errors })),
      );
      setProblem(shown);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={title}
      okText="提交"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      okButtonProps={{ size: 'large' }}
      cancelButtonProps={{ size: 'large' }}
    >
      <ProblemAlert shown={problem} />
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(values) => void submit(values)}>
        {spec.fields.map((field) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={field.label}
            rules={field.required ? [{ required: true, message: `请填写${field.label}` }] : []}
          >
            {field.input === 'yes-no' || (field.input === 'select' && (field.options?.length ?? 0) <= 3) ? (
              // Few choices are buttons to tap, not a list to open: quicker on a phone.
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                size="large"
                options={field.input === 'yes-no' ? YES_NO : field.options}
              />
            ) : field.input === 'select' ? (
              <Select size="large" allowClear={!field.required} options={field.options} />
            ) : field.input === 'textarea' || field.input === 'lines' ? (
              <Input.TextArea rows={3} maxLength={field.maxLength} />
            ) : field.input === 'datetime' ? (
              <Input size="large" type="datetime-local" />
            ) : (
              <Input
                size="large"
                maxLength={field.maxLength}
                inputMode={field.input === 'money' ? 'decimal' : undefined}
              />
            )}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
