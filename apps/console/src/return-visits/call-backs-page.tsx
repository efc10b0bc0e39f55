import type { ApiSchema } from '@pcs/api-client';
import { LABELS } from '@pcs/api-client';
import { App, Button, Form, Grid, Input, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useLoad } from '../common/use-load';
import { FormDialog } from '../common/form-dialog';
import { useSubmit } from '../common/use-submit';
import { EntryLink } from '../caller-card/entry-link';
import { ProblemAlert } from '../complaints/problem-alert';
import { mayCall } from '../permissions/operation-roles';
import { PERMISSION_TABLE } from '../permissions/permission-table';
import { useConsole } from '../session/session-context';
import { time } from '../common/local-time';
import { EmptyText } from '../common/empty-text';
import { ResponsiveTable } from '../common/responsive-table';
import { optionsOf } from '../common/select-options';

type CallBack = ApiSchema<'CallBackView'>;

/**
 * 回电 (CMP-4): customers to be told that their complaint was escalated, and what they were told. A
 * card a customer on a phone, for call-backs made on the move (decision 0316).
 */
export function CallBacksPage() {
  const { api, session } = useConsole();
  const { message } = App.useApp();
  const [status, setStatus] = useState<CallBack['status']>('open');
  const [completing, setCompleting] = useState<CallBack>();
  const completes = mayCall(PERMISSION_TABLE, 'completeCallBack', session.roles);
  const phone = !Grid.useBreakpoint().md;

  const { data, loading, problem, reload } = useLoad(
    useCallback(
      async () =>
        (await api.call('get', '/api/v1/complaints/call-backs', { query: { status, limit: 100 } })).items,
      [api, status],
    ),
  );

  return (
    <section aria-labelledby="call-backs-title">
      <Typography.Title level={2} id="call-backs-title" style={{ fontSize: 20 }}>
        回电提醒
      </Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <label htmlFor="call-backs-status">状态</label>
        <Select
          id="call-backs-status"
          style={{ width: 120 }}
          value={status}
          onChange={setStatus}
          options={optionsOf(LABELS.CallBackStatus)}
        />
      </Space>
      <ProblemAlert shown={problem} />
      <ResponsiveTable<CallBack>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        emptyText={<EmptyText>没有需要回电的客户</EmptyText>}
        card={{ title: 'number', extra: 'status', actions: 'actions' }}
        columns={[
          {
            key: 'number',
            title: '登记编号',
            dataIndex: 'number',
            render: (n: string, row) => <EntryLink id={row.complaintId} number={n} />,
          },
          {
            key: 'reason',
            title: '原因',
            render: (_, row) => `${row.reasonLabel}·${row.escalationLevelLabel}`,
          },
          {
            key: 'customer',
            title: '客户',
            render: (_, row) =>
              row.customer.anonymous
                ? '匿名'
                : [row.customer.surname, row.customer.phone].filter(Boolean).join(' '),
          },
          { key: 'channel', title: '方式', dataIndex: 'channelLabel', render: (l?: string) => l ?? '—' },
          {
            key: 'dueAt',
            title: '应回电时间',
            dataIndex: 'dueAt',
            render: (at: string, row) => (
              <Space size={4}>
                {time(at)}
                {row.overdue && row.status === 'open' && <Tag color="#b3261e">已超时</Tag>}
              </Space>
            ),
          },
          { key: 'status', title: '状态', dataIndex: 'statusLabel' },
          {
            key: 'outcome',
            title: '结果',
            render: (_, row) =>
              row.status === 'done'
                ? `${row.outcome ?? ''}（${row.doneBy?.name ?? ''} ${time(row.doneAt)}）`
                : '—',
          },
          ...(completes
            ? [
                {
                  key: 'actions',
                  title: '操作',
                  render: (_: unknown, row: CallBack) =>
                    row.status === 'open' && (
                      <Button size={phone ? 'large' : 'small'} onClick={() => setCompleting(row)}>
                        记录回电
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {completing && (
        <CompleteCallBackDialog
          callBack={completing}
          onCancel={() => setCompleting(undefined)}
          onDone={() => {
            setCompleting(undefined);
            message.success('已记录回电');
            void reload();
          }}
        />
      )}
    </section>
  );
}

function CompleteCallBackDialog({
  callBack,
  onDone,
  onCancel,
}: {
  callBack: CallBack;
  onDone(): void;
  onCancel(): void;
}) {
  const { api } = useConsole();
  const [form] = Form.useForm<{ outcome: string }>();
  const { busy, problem, submit } = useSubmit(form, { outcome: '回电结果' });

  const complete = ({ outcome }: { outcome: string }) =>
    submit(async (idempotencyKey) => {
      await api.call('post', '/api/v1/complaints/call-backs/{id}/done', {
        params: { id: callBack.id },
        body: { outcome: outcome.trim() },
        idempotencyKey,
      });
      onDone();
    });

  return (
    <FormDialog
      title={`记录回电 ${callBack.number}`}
      form={form}
      busy={busy}
      problem={problem}
      onFinish={complete}
      onCancel={onCancel}
    >
      <Form.Item
        name="outcome"
        label="回电结果"
        rules={[{ required: true, whitespace: true, message: '请填写回电结果' }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormDialog>
  );
}
