import { Checkbox, Form, Input, Select } from 'antd';
import { FormDialog } from '../common/form-dialog';
import { required } from '../common/form-rules';
import { useSubmit } from '../common/use-submit';
import { useConsole } from '../session/session-context';
import { ACTION_OPERATIONS, type ComplaintActionCode } from './complaint-actions';
import { ACTION_LABELS } from './complaint-labels';
import { actionBody, latestProblem, type ActionField } from './action-forms';
import { localDateTime } from '../work-orders/field-forms';
import { time } from '../common/local-time';
import type { ComplaintView } from './deadline-badges';
import { OtherEntryPicker } from './other-entry-picker';

interface Props {
  complaint: ComplaintView;
  action: ComplaintActionCode;
  fields: readonly ActionField[];
  onDone(updated: ComplaintView): void;
  onCancel(): void;
}

/** One action on an entry: its form, sent with an Idempotency-Key, refusals shown on the fields. */
export function ActionDialog({ complaint, action, fields, onDone, onCancel }: Props) {
  const { api } = useConsole();
  const [form] = Form.useForm<Record<string, unknown>>();
  const { busy, problem, submit } = useSubmit(form, Object.fromEntries(fields.map((f) => [f.name, f.label])));

  const act = (values: Record<string, unknown>) =>
    submit(async (idempotencyKey) => {
      // Each action route takes its own body (checked by the API) and answers the entry as it now is.
      const updated = (await api.call('post', ACTION_OPERATIONS[action].path, {
        params: { id: complaint.id },
        body: actionBody(fields, values) as never,
        idempotencyKey,
      })) as ComplaintView;
      onDone(updated);
    });

  return (
    <FormDialog
      title={ACTION_LABELS[action]}
      form={form}
      busy={busy}
      problem={problem}
      onFinish={act}
      onCancel={onCancel}
    >
      {fields.map((field) => (
        <Form.Item
          key={field.name}
          name={field.name}
          label={field.input === 'consent' ? undefined : field.label}
          extra={field.latest ? `最晚 ${time(field.latest.at)}（处理时限）` : undefined}
          valuePropName={field.input === 'consent' ? 'checked' : 'value'}
          rules={[
            ...(field.required ? [requiredRule(field)] : []),
            ...(field.latest ? [latestRule(field)] : []),
          ]}
        >
          {inputOf(field, complaint)}
        </Form.Item>
      ))}
    </FormDialog>
  );
}

/** A datetime no later than the field's latest (a promise within the resolution deadline, CMP-3). */
function latestRule(field: ActionField) {
  return {
    validator: (_: unknown, value: unknown) => {
      const problem = latestProblem(field, value);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };
}

function requiredRule(field: ActionField) {
  if (field.input === 'consent') {
    return {
      validator: (_: unknown, value: unknown) =>
        value === true ? Promise.resolve() : Promise.reject(new Error(`请确认${field.label}`)),
    };
  }
  return required(`请填写${field.label}`);
}

function inputOf(field: ActionField, complaint: ComplaintView) {
  switch (field.input) {
    case 'select':
      return <Select allowClear={!field.required} options={field.options} />;
    case 'multiselect':
      return <Select mode="multiple" options={field.options} />;
    case 'tags':
      return <Select mode="tags" open={false} placeholder="输入姓名后回车，可填多人" />;
    case 'textarea':
      return <Input.TextArea rows={3} maxLength={field.maxLength} />;
    case 'datetime':
      return (
        <Input
          type="datetime-local"
          max={field.latest ? localDateTime(new Date(field.latest.at)) : undefined}
        />
      );
    case 'consent':
      return <Checkbox>{field.label}</Checkbox>;
    case 'complaint':
      return <OtherEntryPicker complaint={complaint} />;
    default:
      return <Input maxLength={field.maxLength} />;
  }
}
