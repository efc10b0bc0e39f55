import { LABELS } from '@pcs/api-client';
import { Card, Form, Grid, List, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { ProblemAlert } from '../complaints/problem-alert';
import { navigate } from '../routing';
import { useConsole } from '../session/session-context';
import { LoadMoreButton } from '../common/load-more-button';
import { usePagedList } from '../common/use-load';
import { time } from '../common/local-time';
import type { WorkOrderView } from './work-order-actions';
import { defaultWorkOrderFilters, workOrderQuery, type WorkOrderFilters } from './work-order-filters';
import { optionsOf } from '../common/select-options';
import { ConsoleLink } from '../common/console-link';
import { CommunityFilter, FilterSelect, FilterSwitch } from '../common/filter-items';

const PAGE_SIZE = 50;

const link = (order: WorkOrderView) => (
  <ConsoleLink to={`/work-orders/${order.id}`}>{order.number}</ConsoleLink>
);

const OverdueTag = ({ order }: { order: WorkOrderView }) =>
  order.overdue ? <Tag color="red">已超时</Tag> : null;

/** 派工单: every work order or, for a technician, their own (MNT-7); a card list on a phone. */
export function WorkOrderListPage() {
  const { api, session } = useConsole();
  const phone = !Grid.useBreakpoint().md;
  const [initial] = useState(() => defaultWorkOrderFilters(session.roles));
  const [filters, setFilters] = useState<WorkOrderFilters>(initial);
  const list = usePagedList(
    useCallback(
      (cursor?: string) =>
        api.call('get', '/api/v1/work-orders', {
          query: { ...workOrderQuery(filters), limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) },
        }),
      [api, filters],
    ),
  );

  return (
    <section aria-labelledby="work-orders-title">
      <Typography.Title level={2} id="work-orders-title" style={{ fontSize: 20 }}>
        派工单
      </Typography.Title>
      <Form
        layout={phone ? 'vertical' : 'inline'}
        initialValues={initial}
        onValuesChange={(_, all: WorkOrderFilters) => setFilters(all)}
        className="field-filters"
      >
        <CommunityFilter communities={session.communities} style={{ minWidth: 120 }} />
        <FilterSelect
          name="status"
          label="状态"
          style={{ minWidth: 150 }}
          options={optionsOf(LABELS.WorkOrderStatus)}
        />
        <FilterSwitch name="mine" label="只看派给我的" />
        <FilterSwitch name="overdue" label="只看超时" />
        {!phone && (
          <FilterSelect
            name="returnVisit"
            label="回访"
            style={{ minWidth: 110 }}
            options={[
              { value: 'due', label: '待回访' },
              { value: 'overdue', label: '回访超时' },
            ]}
          />
        )}
      </Form>
      <ProblemAlert shown={list.problem} />
      {phone ? (
        <List<WorkOrderView>
          loading={list.loading}
          dataSource={list.items}
          locale={{ emptyText: '没有派工单' }}
          renderItem={(order) => (
            <List.Item key={order.id} style={{ padding: '6px 0' }}>
              <Card
                size="small"
                style={{ width: '100%' }}
                className="work-order-card"
                onClick={() => navigate(`/work-orders/${order.id}`)}
                title={link(order)}
                extra={<Tag>{order.statusLabel}</Tag>}
              >
                <div>{order.description}</div>
                <Space wrap size={4} style={{ marginTop: 4 }}>
                  <span>完成时限 {time(order.dueAt)}</span>
                  <OverdueTag order={order} />
                </Space>
              </Card>
            </List.Item>
          )}
        />
      ) : (
        <Table<WorkOrderView>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={list.items}
          pagination={false}
          locale={{ emptyText: '没有派工单' }}
          columns={[
            { title: '编号', dataIndex: 'number', render: (_, order) => link(order) },
            { title: '类型', dataIndex: 'typeLabel', ellipsis: true },
            { title: '状态', dataIndex: 'statusLabel', width: 130 },
            { title: '内容', dataIndex: 'description', ellipsis: true },
            { title: '维修工', render: (_, order) => order.technician?.name ?? order.contractorName ?? '—' },
            { title: '报修单', dataIndex: 'repairRequestNumber' },
            {
              title: '完成时限',
              dataIndex: 'dueAt',
              width: 220,
              render: (at: string, order) => (
                <Space size={4}>
                  {time(at)}
                  <OverdueTag order={order} />
                </Space>
              ),
            },
          ]}
        />
      )}
      <LoadMoreButton list={list} size="large" />
    </section>
  );
}
