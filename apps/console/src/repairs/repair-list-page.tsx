import { LABELS } from '@pcs/api-client';
import { Form, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { ProblemAlert } from '../complaints/problem-alert';
import { useConsole } from '../session/session-context';
import { LoadMoreButton } from '../common/load-more-button';
import { usePagedList } from '../common/use-load';
import { time } from '../common/local-time';
import type { RepairRequestView } from './repair-actions';
import { DEFAULT_REPAIR_FILTERS, repairQuery, type RepairFilters } from './repair-filters';
import { optionsOf } from '../common/select-options';
import { ConsoleLink } from '../common/console-link';
import { CommunityFilter, FilterSelect, FilterSwitch } from '../common/filter-items';

const PAGE_SIZE = 50;

/** 报修单: the requests by community, progress, open or overdue (MNT-1 … MNT-4). */
export function RepairListPage() {
  const { api, session } = useConsole();
  const [filters, setFilters] = useState<RepairFilters>(DEFAULT_REPAIR_FILTERS);
  const list = usePagedList(
    useCallback(
      (cursor?: string) =>
        api.call('get', '/api/v1/repair-requests', {
          query: { ...repairQuery(filters), limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) },
        }),
      [api, filters],
    ),
  );

  return (
    <section aria-labelledby="repairs-title">
      <Typography.Title level={2} id="repairs-title" style={{ fontSize: 20 }}>
        报修单
      </Typography.Title>
      <Form
        layout="inline"
        initialValues={DEFAULT_REPAIR_FILTERS}
        onValuesChange={(_, all: RepairFilters) => setFilters(all)}
        className="field-filters"
      >
        <CommunityFilter communities={session.communities} style={{ minWidth: 120 }} />
        <FilterSelect
          name="progress"
          label="进展"
          style={{ minWidth: 120 }}
          options={optionsOf(LABELS.RepairProgress)}
        />
        <FilterSwitch name="open" label="只看未结" />
        <FilterSwitch name="overdue" label="只看超时" />
      </Form>
      <ProblemAlert shown={list.problem} />
      <Table<RepairRequestView>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: '没有报修单' }}
        columns={[
          {
            title: '编号',
            dataIndex: 'number',
            render: (number: string, row) => <ConsoleLink to={`/repairs/${row.id}`}>{number}</ConsoleLink>,
          },
          { title: '进展', dataIndex: 'progressLabel', width: 90 },
          {
            title: '紧急',
            dataIndex: 'urgency',
            width: 80,
            render: (urgency: RepairRequestView['urgency']) =>
              urgency === 'emergency' ? <Tag color="red">{LABELS.RepairUrgency.emergency}</Tag> : '—',
          },
          { title: '来源', dataIndex: 'sourceLabel', width: 90 },
          { title: '地点', dataIndex: 'location', ellipsis: true, render: (v?: string) => v ?? '—' },
          { title: '内容', dataIndex: 'description', ellipsis: true },
          { title: '受理时间', dataIndex: 'receivedAt', width: 170, render: (at: string) => time(at) },
          {
            title: '超时',
            width: 90,
            render: (_, row) => (row.overdueSince ? <Tag color="red">已超时</Tag> : '—'),
          },
        ]}
      />
      <LoadMoreButton list={list} size="large" />
    </section>
  );
}
