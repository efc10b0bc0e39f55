import type { ApiSchema } from '@pcs/api-client';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Select,
  Space,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { useCallback, useState } from 'react';
import { useLoad } from '../common/use-load';
import { FormDialog } from '../common/form-dialog';
import { useSubmit } from '../common/use-submit';
import { EntryLink } from '../caller-card/entry-link';
import { ProblemAlert } from '../complaints/problem-alert';
import { PERMISSION_TABLE } from '../permissions/permission-table';
import { useConsole } from '../session/session-context';
import { chinaDate, signOffState, type DayReconciliation } from './day-reconciliation';
import { emptyText } from '../common/empty-text';
import { communityOptions } from '../common/select-options';

type Gap = ApiSchema<'ReconciliationGapView'>;
type Summary = ApiSchema<'ComplaintSummaryView'>;

/** 日盘点 (CMP-6): the day's register, its gaps, and the supervisor's signature. */
export function ReconciliationPage() {
  const { api, session } = useConsole();
  const { message } = App.useApp();
  const [communityId, setCommunityId] = useState(session.communities.find((c) => c !== '*') ?? 'GZ01');
  const [date, setDate] = useState(() => chinaDate(new Date()));
  const [signing, setSigning] = useState(false);
  const {
    data: day,
    setData: setDay,
    loading,
    problem,
    reload,
  } = useLoad(
    useCallback(
      () =>
        api.call('get', '/api/v1/complaints/reconciliations/{communityId}/{date}', {
          params: { communityId, date },
        }),
      [api, communityId, date],
    ),
    { clearOnFailure: true },
  );

  const state = day && signOffState(day, session.roles, PERMISSION_TABLE);

  return (
    <section aria-labelledby="reconciliation-title">
      <Typography.Title level={2} id="reconciliation-title" style={{ fontSize: 20 }}>
        日盘点
      </Typography.Title>
      <Space style={{ marginBottom: 16 }} wrap>
        <label htmlFor="reconciliation-community">小区</label>
        <Select
          id="reconciliation-community"
          style={{ width: 120 }}
          value={communityId}
          onChange={setCommunityId}
          options={communityOptions(session.communities.filter((c) => c !== '*'))}
        />
        <label htmlFor="reconciliation-date">日期</label>
        <Input
          id="reconciliation-date"
          type="date"
          style={{ width: 160 }}
          value={date}
          max={chinaDate(new Date())}
          onChange={(e) => e.target.value && setDate(e.target.value)}
        />
        <Button onClick={() => void reload()} loading={loading}>
          刷新
        </Button>
      </Space>
      <ProblemAlert shown={problem} />
      {day && state && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card>
            <Space size={48} wrap>
              <Statistic title="当日登记" value={day.entries.length} />
              {day.countsByStatus.map((c) => (
                <Statistic key={c.code} title={c.label} value={c.count} />
              ))}
              <Statistic
                title="缺口"
                value={day.gaps.length}
                valueStyle={day.gaps.length ? { color: '#b3261e' } : {}}
              />
            </Space>
            <Descriptions size="small" style={{ marginTop: 16 }} column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label="统计至">
                {new Date(day.asOf).toLocaleString('zh-CN', { hour12: false })}
              </Descriptions.Item>
              <Descriptions.Item label="缺口分类">
                {day.gapCounts.map((c) => `${c.label} ${c.count}`).join('、') || '无'}
              </Descriptions.Item>
            </Descriptions>
            <div style={{ marginTop: 16 }} data-sign-off-state={state.kind}>
              {state.kind === 'signed' && <Alert type="success" showIcon message={state.text} />}
              {state.kind === 'may-sign' && (
                <Space direction="vertical" style={{ width: '100%' }}>
                  {state.warning && <Alert type="warning" showIcon message={state.warning} />}
                  <Button type="primary" onClick={() => setSigning(true)}>
                    签认当日盘点
                  </Button>
                </Space>
              )}
              {state.kind === 'not-yours' && <Typography.Text>待客服主管签认。</Typography.Text>}
            </div>
          </Card>
          <Card title="缺口" size="small">
            <Table<Gap>
              rowKey={(g) => `${g.kind}-${g.entry.complaintId}`}
              size="small"
              pagination={false}
              dataSource={day.gaps}
              locale={emptyText('当日登记均已落实经办人和承诺时间')}
              columns={[
                { title: '缺口', dataIndex: 'kindLabel' },
                {
                  title: '编号',
                  render: (_, g) => <EntryLink id={g.entry.complaintId} number={g.entry.number} />,
                },
                { title: '状态', render: (_, g) => g.entry.statusLabel },
                { title: '经办人', render: (_, g) => g.entry.handler?.name ?? '—' },
              ]}
            />
          </Card>
          <Card title="当日登记" size="small">
            <Table<Summary>
              rowKey="complaintId"
              size="small"
              pagination={false}
              dataSource={day.entries}
              locale={emptyText('当日没有登记')}
              columns={[
                {
                  title: '编号',
                  dataIndex: 'number',
                  render: (n: string, e) => <EntryLink id={e.complaintId} number={n} />,
                },
                { title: '类型', dataIndex: 'kindLabel' },
                { title: '状态', dataIndex: 'statusLabel' },
                { title: '经办人', render: (_, e) => e.handler?.name ?? '—' },
                {
                  title: '承诺时间',
                  dataIndex: 'promisedAt',
                  render: (at?: string) =>
                    at ? new Date(at).toLocaleString('zh-CN', { hour12: false }) : '—',
                },
              ]}
            />
          </Card>
        </Space>
      )}
      {signing && day && (
        <SignOffDialog
          day={day}
          onCancel={() => setSigning(false)}
          onDone={(signed) => {
            setSigning(false);
            setDay(signed);
            message.success('当日盘点已签认');
          }}
        />
      )}
    </section>
  );
}

function SignOffDialog({
  day,
  onDone,
  onCancel,
}: {
  day: DayReconciliation;
  onDone(signed: DayReconciliation): void;
  onCancel(): void;
}) {
  const { api } = useConsole();
  const [form] = Form.useForm<{ note?: string }>();
  const { busy, problem, submit } = useSubmit(form, { note: '签认说明' });

  const signOff = ({ note }: { note?: string }) =>
    submit(async (idempotencyKey) =>
      onDone(
        await api.call('post', '/api/v1/complaints/reconciliations/{communityId}/{date}/sign-off', {
          params: { communityId: day.communityId, date: day.date },
          body: note?.trim() ? { note: note.trim() } : {},
          idempotencyKey,
        }),
      ),
    );

  return (
    <FormDialog
      title={`签认 ${day.communityId} ${day.date} 日盘点`}
      okText="签认"
      form={form}
      busy={busy}
      problem={problem}
      onFinish={signOff}
      onCancel={onCancel}
    >
      <Form.Item name="note" label="签认说明">
        <Input.TextArea rows={3} maxLength={1000} placeholder="如：缺口已逐项交代经办人，次日跟进" />
      </Form.Item>
    </FormDialog>
  );
}
