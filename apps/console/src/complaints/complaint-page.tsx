import { App, Button, Card, Descriptions, Space, Spin, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { HistoryTimeline } from '../common/history-timeline';
import { RecordHeader } from '../common/record-header';
import { useLoad } from '../common/use-load';
import { PERMISSION_TABLE } from '../permissions/permission-table';
import { useConsole } from '../session/session-context';
import { time } from '../common/local-time';
import { ActionDialog } from './action-dialog';
import { ACTION_FORMS, OFFERED_ACTIONS, actionFields } from './action-forms';
import { ComplaintBadges } from './complaint-badges';
import { handlingDetails } from './complaint-details';
import { allowedActions, type ComplaintActionCode } from './complaint-actions';
import { ACTION_LABELS, COMPLAINT_REASON_LABELS, statusText } from './complaint-labels';
import { complaintBadges, describeDue, openDeadlines, type DeadlineView } from './deadline-badges';
import { ProblemAlert } from './problem-alert';

/** A register entry: what was said, its deadlines, its timeline (GEN-3) and the actions its state allows. */
export function ComplaintPage({ id }: { id: string }) {
  const { api, session } = useConsole();
  const { message } = App.useApp();
  const [acting, setActing] = useState<ComplaintActionCode>();
  const { data, setData, problem, reload } = useLoad(
    useCallback(async () => {
      const [complaint, timeline] = await Promise.all([
        api.call('get', '/api/v1/complaints/{id}', { params: { id } }),
        api.call('get', '/api/v1/complaints/{id}/history', { params: { id } }),
      ]);
      // Deadlines are described as of the moment the entry was read.
      return { complaint, history: timeline.entries, now: new Date() };
    }, [api, id]),
  );

  if (!data) {
    return problem ? <ProblemAlert shown={problem} /> : <Spin aria-label="加载中" />;
  }
  const { complaint, history, now } = data;
  const actions = allowedActions(complaint, session.roles, PERMISSION_TABLE, OFFERED_ACTIONS);
  const customer = complaint.customer.anonymous
    ? '匿名'
    : [complaint.customer.surname, complaint.customer.phone].filter(Boolean).join(' ') || '—';

  return (
    <section aria-labelledby="complaint-title">
      <RecordHeader titleId="complaint-title" back={{ to: '/complaints', label: '返回队列' }}>
        {complaint.kindLabel} {complaint.number}
      </RecordHeader>
      <ProblemAlert shown={problem} />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Space style={{ marginBottom: 12 }} wrap>
            <Typography.Text strong>状态：{statusText(complaint)}</Typography.Text>
            <ComplaintBadges badges={complaintBadges(complaint, now)} />
          </Space>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
            <Descriptions.Item label="小区">{complaint.communityId}</Descriptions.Item>
            <Descriptions.Item label="来源">{complaint.channelLabel}</Descriptions.Item>
            <Descriptions.Item label="客户">{customer}</Descriptions.Item>
            <Descriptions.Item label="地点">{complaint.location ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="接待">
              {complaint.receivedBy.name} {time(complaint.receivedAt)}
            </Descriptions.Item>
            <Descriptions.Item label="分类">{complaint.categoryLabel ?? '未分类'}</Descriptions.Item>
            {complaint.kind === 'complaint' && (
              <Descriptions.Item label="投诉意图">{complaint.intentLabel ?? '未记录'}</Descriptions.Item>
            )}
            <Descriptions.Item label="责任部门">{complaint.departmentLabel ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="经办人">{complaint.handler?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="内容" span={2}>
              {complaint.description}
            </Descriptions.Item>
            <Descriptions.Item label="客户诉求" span={2}>
              {complaint.demand}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title="处理情况">
          <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered data-handling-details>
            {handlingDetails(complaint).map((row) => (
              <Descriptions.Item key={row.key} label={row.label} span={row.wide ? 2 : 1}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{row.value}</span>
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
        <Card title="可执行操作">
          {actions.length ? (
            <Space wrap>
              {actions.map((action) => (
                <Button key={action} onClick={() => setActing(action)} data-action={action}>
                  {ACTION_LABELS[action]}
                </Button>
              ))}
            </Space>
          ) : (
            <Typography.Text>当前状态下您的岗位没有可执行的操作。</Typography.Text>
          )}
        </Card>
        <Card title="时限">
          <Table<DeadlineView>
            rowKey={(d) => `${d.kind}-${d.level ?? ''}-${d.dueAt}`}
            size="small"
            pagination={false}
            dataSource={openDeadlines(complaint)}
            locale={{ emptyText: '没有进行中的时限' }}
            columns={[
              { title: '事项', dataIndex: 'kindLabel' },
              { title: '到期时间', dataIndex: 'dueAt', render: (at: string) => time(at) },
              {
                title: '剩余',
                dataIndex: 'dueAt',
                render: (at: string, d) => (d.paused ? '计时暂停' : describeDue(at, now)),
              },
            ]}
          />
        </Card>
        <Card title="处理经过">
          <HistoryTimeline entries={history} reasonLabels={COMPLAINT_REASON_LABELS} />
        </Card>
      </Space>
      {acting && ACTION_FORMS[acting] && (
        <ActionDialog
          complaint={complaint}
          action={acting}
          fields={actionFields(acting, complaint, session.roles)}
          onCancel={() => setActing(undefined)}
          onDone={(updated) => {
            setActing(undefined);
            setData({ ...data, complaint: updated });
            message.success(`${ACTION_LABELS[acting]}：已完成`);
            void reload();
          }}
        />
      )}
    </section>
  );
}
