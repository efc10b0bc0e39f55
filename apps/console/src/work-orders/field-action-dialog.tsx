import { Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import type { PathWith } from '../api/gateway-api';
import { FormDialog } from '../common/form-dialog';
import { required } from '../common/form-rules';
import { useSubmit } from '../common/use-submit';
import { useConsole } from '../session/session-context';
import { YES_NO, fieldLabels, fieldProblem, formBody, initialValues, type ActionForm } from './field-forms';

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
  const { busy, problem, submit } = useSubmit(form, fieldLabels(spec.fields));
  const [initial] = useState(() => initialValues(spec.fields, new Date()));

  const act = (values: Record<string, unknown>) =>
    submit(async (idempotencyKey) => {
      // Each route takes its own body (checked by the API) and answers the record as it now is.
      const answer = await api.call('post', path, {
        ...(id ? { params: { id } } : {}),
        body: formBody(spec, values) as never,
        idempotencyKey,
      });
      onDone(answer);
    });

  return (
    <FormDialog
      title={title}
      form={form}
      busy={busy}
      problem={problem}
      initialValues={initial}
      onFinish={act}
      onCancel={onCancel}
      large
    >
      {spec.fields.map((field) => (
        <Form.Item
          key={field.name}
          name={field.name}
          label={field.label}
          extra={field.extra}
          dependencies={field.dependsOn ? [...field.dependsOn] : undefined}
          rules={[
            ...(field.required ? [required(`请填写${field.label}`)] : []),
            {
              // Amounts in yuan, material lines and other checks, in Chinese before sending (decision 0313).
              validator: async (_, value: unknown) => {
                const problem = fieldProblem(field, value, form.getFieldsValue(true));
                if (problem) throw new Error(problem);
              },
            },
          ]}
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
    </FormDialog>
  );
}
