import type { ApiSchema } from '@pcs/api-client';
import { LABELS } from '@pcs/api-client';
import { Alert, Descriptions, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useSubmit } from '../common/use-submit';
import { ProblemAlert } from '../complaints/problem-alert';
import { useConsole } from '../session/session-context';
import { revealReason } from './caller-card-logic';

type Revealed = ApiSchema<'RevealedPersonView'>;

interface Props {
  person: { personId: string; name: string };
  onClose(): void;
}

/** GEN-4: a person's full number and ID shown once, after the reason is given (and logged by the service). */
export function RevealDialog({ person, onClose }: Props) {
  const { api } = useConsole();
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, problem, submit } = useSubmit(form, { reason: '查看原因' });
  const [revealed, setRevealed] = useState<Revealed>();

  // Each reveal is logged by the service: no Idempotency-Key, a retry is another look.
  const reveal = ({ reason }: { reason: string }) =>
    submit(async () =>
      setRevealed(
        await api.call('post', '/api/v1/people/{id}/reveal', {
          params: { id: person.personId },
          body: { reason: revealReason(reason) ?? reason },
        }),
      ),
    );

  return (
    <Modal
      open
      title={`查看 ${person.name} 的完整信息`}
      okText={revealed ? '关闭' : '查看'}
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => (revealed ? onClose() : form.submit())}
      onCancel={onClose}
      destroyOnHidden
    >
      {revealed ? (
        <>
          <Alert
            type="info"
            showIcon
            message="本次查看已记录（查看人、时间和原因），请勿外传。"
            style={{ marginBottom: 12 }}
          />
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="姓名">{revealed.name}</Descriptions.Item>
            <Descriptions.Item label="电话">
              <span data-revealed-phone>{revealed.phone}</span>
            </Descriptions.Item>
            {revealed.idNumber && (
              <Descriptions.Item
                label={revealed.idDocumentType ? LABELS.IdDocumentType[revealed.idDocumentType] : '证件号码'}
              >
                {revealed.idNumber}
              </Descriptions.Item>
            )}
          </Descriptions>
        </>
      ) : (
        <>
          <ProblemAlert shown={problem} />
          <Form form={form} layout="vertical" onFinish={(values) => void reveal(values)}>
            <Form.Item
              name="reason"
              label="查看原因"
              extra="查看完整电话和证件号码会被记录，请写明原因（2–200字）。"
              rules={[
                {
                  validator: (_, value: string | undefined) =>
                    revealReason(value)
                      ? Promise.resolve()
                      : Promise.reject(new Error('请填写查看原因（2–200字）')),
                },
              ]}
            >
              <Input.TextArea rows={2} maxLength={200} />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
