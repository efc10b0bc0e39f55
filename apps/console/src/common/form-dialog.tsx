import { Form, Modal, type FormInstance, type FormProps } from 'antd';
import type { ReactNode } from 'react';
import type { ProblemPresentation } from '../api/problem-fields';
import { ProblemAlert } from '../complaints/problem-alert';

/**
 * A dialog that sends one form (with `useSubmit`): 提交 submits the form, a refusal shows above it,
 * the button is busy while the request is under way. `large` buttons on the field screens (tapped).
 * `okDisabled` greys 提交 out when there is nothing the form could send (a full fund, decision 0390).
 */
export function FormDialog<Values>({
  title,
  okText = '提交',
  form,
  busy,
  problem,
  initialValues,
  onFinish,
  onCancel,
  large,
  okDisabled = false,
  children,
}: {
  title: ReactNode;
  okText?: string;
  form: FormInstance<Values>;
  busy: boolean;
  problem: ProblemPresentation | undefined;
  initialValues?: FormProps<Values>['initialValues'];
  onFinish(values: Values): Promise<void>;
  onCancel(): void;
  large?: boolean;
  okDisabled?: boolean;
  children: ReactNode;
}) {
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      okButtonProps={{ disabled: okDisabled, ...(large ? { size: 'large' } : {}) }}
      {...(large ? { cancelButtonProps: { size: 'large' } } : {})}
    >
      <ProblemAlert shown={problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void onFinish(values)}
      >
        {children}
      </Form>
    </Modal>
  );
}
