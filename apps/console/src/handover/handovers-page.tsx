import { LABELS } from '@pcs/api-client';
import { App, Button, Descriptions, Form, Grid, Input, Select, Space, Typography } from 'antd';
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
import { HANDOVER_FORMS, handoverActions, type HandoverAction, type ShiftHandover } from './handover-actions';
import { EmptyText } from '../common/empty-text';
import { ResponsiveTable } from '../common/responsive-table';
import { communityOptions, optionsOf } from '../common/select-options';

/**
 * 交接班 (DESK-1): hand the shift over, accept or refuse it, and the supervisor's review. A card a
 * handover on a phone, headed by who hands over to whom (decision 0316).
 */
export function HandoversPage() {
  const { api, session } = useConsole();
  const { message } = App.useApp();
  const [status, setStatus] = useState<ShiftHandover['status']>();
  const [creating, setCreating] = useState(false);
  const [acting, setActing] = useState<{ handover: ShiftHandover; action: HandoverAction }>();
  const creates = mayCall(PERMISSION_TABLE, 'createShiftHandover', session.roles);
  const phone = !Grid.useBreakpoint().md;

  const { data, loading, problem, reload } = useLoad(
    useCallback(
      async () =>
        (
          await api.call('get', '/api/v1/shift-handovers', {
            query: { ...(status ? { status } : {}), limit: 50 },
          })
        ).items,
      [api, status],
    ),
  );

  return (
    <section aria-labelledby="handovers-title">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2} id="handovers-title" style={{ fontSize: 20 }}>
          交接班
        </Typography.Title>
        {creates && (
          <Button type="primary" onClick={() => setCreating(true)}>
            我要交班
          </Button>
        )}
      </Space>
      <Space style={{ marginBottom: 16 }}>
        <label htmlFor="handovers-status">状态</label>
        <Select
          id="handovers-status"
          allowClear
          placeholder="全部"
          style={{ width: 120 }}
          value={status}
          onChange={setStatus}
          options={optionsOf(LABELS.ShiftHandoverStatus)}
        />
      </Space>
      <ProblemAlert shown={problem} />
      <ResponsiveTable<ShiftHandover>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        emptyText={<EmptyText>暂无交接班记录</EmptyText>}
        details={(handover) => <HandoverDetails handover={handover} />}
        card={{ title: 'who', extra: 'status', actions: 'actions' }}
        columns={[
          ...(phone
            ? [
                {
                  key: 'who',
                  title: '交接',
                  render: (_: unknown, h: ShiftHandover) => `${h.from.name} → ${h.to.name}`,
                },
              ]
            : []),
          {
            key: 'handedOverAt',
            title: '交班时间',
            dataIndex: 'handedOverAt',
            render: (at: string) => time(at),
          },
          { key: 'communityId', title: '小区', dataIndex: 'communityId' },
          ...(phone
            ? []
            : [
                { key: 'from', title: '交班人', render: (_: unknown, h: ShiftHandover) => h.from.name },
                { key: 'to', title: '接班人', render: (_: unknown, h: ShiftHandover) => h.to.name },
              ]),
          { key: 'status', title: '状态', dataIndex: 'statusLabel' },
          {
            key: 'leftOver',
            title: '遗留事项',
            render: (_, h) =>
              `未办结 ${h.snapshot.openItemCount}，待回电 ${h.snapshot.callBackCount}，承诺 ${h.snapshot.promiseCount}`,
          },
          {
            key: 'review',
            title: '主管审阅',
            render: (_, h) => (h.review ? `${h.review.by.name}：${h.review.note}` : '未审阅'),
          },
          {
            key: 'actions',
            title: '操作',
            render: (_: unknown, handover: ShiftHandover) => {
              const actions = handoverActions(handover, session.staffId, session.roles, PERMISSION_TABLE);
              return (
                actions.length > 0 && (
                  <Space size={4} wrap>
                    {actions.map((action) => (
                      <Button
                        key={action}
                        size={phone ? 'large' : 'small'}
                        data-handover-action={action}
                        onClick={() => setActing({ handover, action })}
                      >
                        {LABELS.ShiftHandoverAction[action]}
                      </Button>
                    ))}
                  </Space>
                )
              );
            },
          },
        ]}
      />
      {creating && (
        <CreateHandoverDialog
          onCancel={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            message.success('已交班，等待接班人确认');
            void reload();
          }}
        />
      )}
      {acting && (
        <HandoverActionDialog
          {...acting}
          onCancel={() => setActing(undefined)}
          onDone={() => {
            message.success(`${LABELS.ShiftHandoverAction[acting.action]}：已完成`);
            setActing(undefined);
            void reload();
          }}
        />
      )}
    </section>
  );
}

function HandoverDetails({ handover }: { handover: ShiftHandover }) {
  const { snapshot } = handover;
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label="本班情况">{handover.summary}</Descriptions.Item>
      {handover.notes && <Descriptions.Item label="注意事项">{handover.notes}</Descriptions.Item>}
      <Descriptions.Item label="未办结事项">
        <Space wrap>
          {snapshot.openItems.map((e) => (
            <span key={e.complaintId}>
              <EntryLink id={e.complaintId} number={e.number} /> {e.statusLabel}
            </span>
          ))}
          {!snapshot.openItems.length && '无'}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label="待回电">
        {snapshot.callBacks.map((c) => `${c.number}（${c.escalationLevelLabel}）`).join('、') || '无'}
      </Descriptions.Item>
      {handover.refusalReason && (
        <Descriptions.Item label="拒绝原因">{handover.refusalReason}</Descriptions.Item>
      )}
      {handover.acceptanceNote && (
        <Descriptions.Item label="接班说明">{handover.acceptanceNote}</Descriptions.Item>
      )}
    </Descriptions>
  );
}

interface NewHandover {
  communityId: string;
  'to.staffId': string;
  'to.name': string;
  summary: string;
  notes?: string;
}

const CREATE_FIELDS: Readonly<Record<string, string>> = {
  communityId: '小区',
  'to.staffId': '接班人工号',
  'to.name': '接班人姓名',
  summary: '本班情况',
  notes: '注意事项',
  shiftEndsAt: '交班时间',
};

function CreateHandoverDialog({ onDone, onCancel }: { onDone(): void; onCancel(): void }) {
  const { api, session } = useConsole();
  const [form] = Form.useForm<NewHandover>();
  const { busy, problem, submit } = useSubmit(form, CREATE_FIELDS);

  const create = (values: NewHandover) =>
    submit(async (idempotencyKey) => {
      await api.call('post', '/api/v1/shift-handovers', {
        body: {
          communityId: values.communityId,
          to: { staffId: values['to.staffId'].trim(), name: values['to.name'].trim() },
          summary: values.summary.trim(),
          ...(values.notes?.trim() ? { notes: values.notes.trim() } : {}),
        },
        idempotencyKey,
      });
      onDone();
    });

  const communities = session.communities.filter((c) => c !== '*');
  return (
    <FormDialog
      title="交班"
      form={form}
      busy={busy}
      problem={problem}
      initialValues={{ communityId: communities[0] }}
      onFinish={create}
      onCancel={onCancel}
    >
      <Form.Item name="communityId" label="小区" rules={[{ required: true, message: '请选择小区' }]}>
        <Select options={communityOptions(communities)} />
      </Form.Item>
      <Space wrap>
        <Form.Item
          name="to.staffId"
          label="接班人工号"
          rules={[{ required: true, whitespace: true, message: '请填写接班人工号' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="to.name"
          label="接班人姓名"
          rules={[{ required: true, whitespace: true, message: '请填写接班人姓名' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Space>
      <Form.Item
        name="summary"
        label="本班情况"
        rules={[{ required: true, whitespace: true, message: '请填写本班情况' }]}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="notes" label="注意事项">
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
    </FormDialog>
  );
}

function HandoverActionDialog({
  handover,
  action,
  onDone,
  onCancel,
}: {
  handover: ShiftHandover;
  action: HandoverAction;
  onDone(): void;
  onCancel(): void;
}) {
  const { api } = useConsole();
  const spec = HANDOVER_FORMS[action];
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const { busy, problem, submit } = useSubmit(form, { [spec.field]: spec.label });

  const act = (values: Record<string, string | undefined>) =>
    submit(async (idempotencyKey) => {
      const text = values[spec.field]?.trim();
      await api.call('post', spec.path, {
        params: { id: handover.id },
        body: (text ? { [spec.field]: text } : {}) as never,
        idempotencyKey,
      });
      onDone();
    });

  return (
    <FormDialog
      title={`${LABELS.ShiftHandoverAction[action]}（${handover.from.name} → ${handover.to.name}）`}
      form={form}
      busy={busy}
      problem={problem}
      onFinish={act}
      onCancel={onCancel}
    >
      <Form.Item
        name={spec.field}
        label={spec.label}
        rules={spec.required ? [{ required: true, whitespace: true, message: `请填写${spec.label}` }] : []}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormDialog>
  );
}
