import { App, Button, Select, Space, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { EntryLink } from '../caller-card/entry-link';
import { ActionDialog } from '../complaints/action-dialog';
import { ACTION_FORMS } from '../complaints/action-forms';
import { ComplaintBadges } from '../complaints/complaint-badges';
import { allowedActions, type ComplaintActionCode } from '../complaints/complaint-actions';
import { ACTION_LABELS } from '../complaints/complaint-labels';
import { complaintBadges, describeDue, type ComplaintView } from '../complaints/deadline-badges';
import { ProblemAlert } from '../complaints/problem-alert';
import { PERMISSION_TABLE } from '../permissions/permission-table';
import { useConsole } from '../session/session-context';
import { LoadMoreButton } from '../common/load-more-button';
import { usePagedList } from '../common/use-load';
import { VISIT_ACTIONS, returnVisitOrder, visitDeadline } from './return-visit-queue';
import { emptyText } from '../common/empty-text';
import { communityOptions } from '../common/select-options';

/** 回访队列 (CMP-9, DESK-4): resolved entries waiting for their return visit, recorded from here. */
export function ReturnVisitsPage() {
  const { api, session } = useConsole();
  const { message } = App.useApp();
  const [communityId, setCommunityId] = useState<string>();
  const [acting, setActing] = useState<{ entry: ComplaintView; action: ComplaintActionCode }>();
  const [now, setNow] = useState(() => new Date());
  const actingFields = acting && ACTION_FORMS[acting.action];
  const list = usePagedList(
    useCallback(
      async (cursor?: string) => {
        const page = await api.call('get', '/api/v1/complaints/return-visits', {
          query: { ...(communityId ? { communityId } : {}), limit: 100, ...(cursor ? { cursor } : {}) },
        });
        setNow(new Date());
        return page;
      },
      [api, communityId],
    ),
    returnVisitOrder,
  );

  return (
    <section aria-labelledby="return-visits-title">
      <Typography.Title level={2} id="return-visits-title" style={{ fontSize: 20 }}>
        回访队列
      </Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <label htmlFor="return-visits-community">小区</label>
        <Select
          id="return-visits-community"
          allowClear
          style={{ width: 120 }}
          placeholder="全部"
          value={communityId}
          onChange={setCommunityId}
          options={communityOptions(session.communities)}
        />
        <Button onClick={() => void list.load()}>刷新</Button>
      </Space>
      <ProblemAlert shown={list.problem} />
      <Table<ComplaintView>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={emptyText('没有待回访的登记')}
        columns={[
          {
            title: '编号',
            dataIndex: 'number',
            render: (n: string, row) => <EntryLink id={row.id} number={n} />,
          },
          {
            title: '客户',
            render: (_, row) =>
              row.customer.anonymous
                ? '匿名'
                : [row.customer.surname, row.customer.phone].filter(Boolean).join(' '),
          },
          { title: '处理结果', dataIndex: 'result', ellipsis: true, render: (r?: string) => r ?? '—' },
          {
            title: '解决时间',
            dataIndex: 'resolvedAt',
            width: 150,
            render: (at?: string) => (at ? new Date(at).toLocaleString('zh-CN', { hour12: false }) : '—'),
          },
          {
            title: '回访',
            width: 200,
            render: (_, row) => {
              const due = visitDeadline(row);
              const attempts = row.returnVisit?.attempts ?? 0;
              return `${row.returnVisit?.statusLabel ?? '—'}${attempts ? `，已尝试${attempts}次` : ''}${due ? `，${describeDue(due.dueAt, now)}` : ''}`;
            },
          },
          {
            title: '标记',
            width: 160,
            render: (_, row) => <ComplaintBadges badges={complaintBadges(row, now)} />,
          },
          {
            title: '操作',
            width: 260,
            render: (_, row) => (
              <Space size={4} wrap>
                {allowedActions(row, session.roles, PERMISSION_TABLE, VISIT_ACTIONS).map((action) => (
                  <Button
                    key={action}
                    size="small"
                    type={action === 'return-visit' ? 'primary' : 'default'}
                    data-visit-action={action}
                    onClick={() => setActing({ entry: row, action })}
                  >
                    {ACTION_LABELS[action]}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
      <LoadMoreButton list={list} />
      {acting && actingFields && (
        <ActionDialog
          complaint={acting.entry}
          action={acting.action}
          fields={actingFields}
          onCancel={() => setActing(undefined)}
          onDone={(updated) => {
            setActing(undefined);
            message.success(
              `${updated.number} ${ACTION_LABELS[acting.action]}：已完成（${updated.statusLabel}）`,
            );
            void list.load();
          }}
        />
      )}
    </section>
  );
}
