import { Button, Form, Input, Space, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { mayCall } from '../permissions/operation-roles';
import { PERMISSION_TABLE } from '../permissions/permission-table';
import { navigate } from '../routing';
import { useConsole } from '../session/session-context';
import { LoadMoreButton } from '../common/load-more-button';
import { usePagedList } from '../common/use-load';
import { ComplaintBadges } from './complaint-badges';
import { KIND_LABELS, STATUS_LABELS, statusText } from './complaint-labels';
import { complaintBadges, describeDue, nextDeadline, type ComplaintView } from './deadline-badges';
import { ProblemAlert } from './problem-alert';
import { optionsOf } from '../common/select-options';
import { ConsoleLink } from '../common/console-link';
import { CommunityFilter, FilterSelect, FilterSwitch } from '../common/filter-items';

interface Filters {
  communityId?: string;
  status?: ComplaintView['status'];
  kind?: ComplaintView['kind'];
  overdue?: boolean;
  phone?: string;
}

const PAGE_SIZE = 50;

/** 投诉队列: the register's open entries with their next due time and badges (CMP-3, CMP-4, DESK-2). */
export function ComplaintQueuePage() {
  const { api, session } = useConsole();
  const [filters, setFilters] = useState<Filters>({});
  const [now, setNow] = useState(() => new Date());
  const list = usePagedList(
    useCallback(
      async (cursor?: string) => {
        const page = await api.call('get', '/api/v1/complaints', {
          query: {
            ...filters,
            ...(filters.overdue ? {} : { overdue: undefined }),
            limit: PAGE_SIZE,
            ...(cursor ? { cursor } : {}),
          },
        });
        setNow(new Date());
        return page;
      },
      [api, filters],
    ),
  );

  return (
    <section aria-labelledby="queue-title">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2} id="queue-title" style={{ fontSize: 20 }}>
          投诉队列
        </Typography.Title>
        {mayCall(PERMISSION_TABLE, 'registerComplaint', session.roles) && (
          <Button type="primary" onClick={() => navigate('/complaints/new')}>
            新建登记
          </Button>
        )}
      </Space>
      <Form
        layout="inline"
        // The phone is searched when asked (Enter or the button), not on every keystroke.
        onValuesChange={(changed: Filters, all: Filters) =>
          'phone' in changed ? undefined : setFilters({ ...all, phone: filters.phone })
        }
        style={{ marginBottom: 16 }}
      >
        <CommunityFilter communities={session.communities} style={{ width: 120 }} />
        <FilterSelect name="status" label="状态" style={{ width: 150 }} options={optionsOf(STATUS_LABELS)} />
        <FilterSelect name="kind" label="类型" style={{ width: 100 }} options={optionsOf(KIND_LABELS)} />
        <Form.Item name="phone" label="电话">
          <Input.Search
            allowClear
            style={{ width: 200 }}
            placeholder="客户电话"
            enterButton="查询"
            onSearch={(phone) => setFilters((before) => ({ ...before, phone: phone.trim() || undefined }))}
          />
        </Form.Item>
        <FilterSwitch name="overdue" label="只看超时" />
      </Form>
      <ProblemAlert shown={list.problem} />
      <Table<ComplaintView>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        scroll={{ x: 1100 }}
        columns={[
          {
            title: '编号',
            dataIndex: 'number',
            render: (number: string, row) => <ConsoleLink to={`/complaints/${row.id}`}>{number}</ConsoleLink>,
          },
          { title: '类型', dataIndex: 'kindLabel', width: 70 },
          { title: '状态', width: 120, render: (_, row) => statusText(row) },
          {
            title: '客户',
            render: (_, row) =>
              row.customer.anonymous
                ? '匿名'
                : [row.customer.surname, row.customer.phone].filter(Boolean).join(' '),
          },
          { title: '内容', dataIndex: 'description', ellipsis: true },
          {
            title: '接待时间',
            dataIndex: 'receivedAt',
            width: 150,
            render: (at: string) => new Date(at).toLocaleString('zh-CN', { hour12: false }),
          },
          {
            title: '下一时限',
            width: 200,
            render: (_, row) => {
              const next = nextDeadline(row);
              return next ? `${next.kindLabel} ${describeDue(next.dueAt, now)}` : '—';
            },
          },
          {
            title: '标记',
            width: 200,
            render: (_, row) => <ComplaintBadges badges={complaintBadges(row, now)} />,
          },
        ]}
      />
      <LoadMoreButton list={list} />
    </section>
  );
}
