import { LABELS } from '@pcs/api-client';
import { Button, Form, Select, Switch, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ProblemError } from '../api/gateway-api';
import { presentProblem, type ProblemPresentation } from '../api/problem-fields';
import { ProblemAlert } from '../complaints/problem-alert';
import { navigate } from '../routing';
import { useConsole } from '../session/session-context';
import { optionsOf } from '../work-orders/field-forms';
import { time } from '../work-orders/maintenance-timeline';
import type { RepairRequestView } from './repair-actions';
import { DEFAULT_REPAIR_FILTERS, repairQuery, type RepairFilters } from './repair-filters';

const PAGE_SIZE = 50;

/** 报修单: the requests by community, progress, open or overdue (MNT-1 … MNT-4). */
export function RepairListPage() {
  const { api, session } = useConsole();
  const [filters, setFilters] = useState<RepairFilters>(DEFAULT_REPAIR_FILTERS);
  const [items, setItems] = useState<RepairRequestView[]>([]);
  const [cursor, setCursor] = useState<string>();
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<ProblemPresentation>();

  const load = useCallback(
    async (more?: string) => {
      setLoading(true);
      setProblem(undefined);
      try {
        const page = await api.call('get', '/api/v1/repair-requests', {
          query: { ...repairQuery(filters), limit: PAGE_SIZE, ...(more ? { cursor: more } : {}) },
        });
        setItems((before) => (more ? [...before, ...page.items] : page.items));
        setCursor(page.nextCursor);
      } catch (error) {
        if (error instanceof ProblemError) setProblem(presentProblem(error.problem, {}));
        else throw error;
      } finally {
        setLoading(false);
      }
    },
    [api, filters],
  );

  useEffect(() => {
    void load();
  }, [load]);

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
        <Form.Item name="communityId" label="小区">
          <Select
            allowClear
            placeholder="全部"
            style={{ minWidth: 120 }}
            options={session.communities.map((id) => ({ value: id, label: id }))}
          />
        </Form.Item>
        <Form.Item name="progress" label="进展">
          <Select
            allowClear
            placeholder="全部"
            style={{ minWidth: 120 }}
            options={optionsOf(LABELS.RepairProgress)}
          />
        </Form.Item>
        <Form.Item name="open" label="只看未结" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="overdue" label="只看超时" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
      <ProblemAlert shown={problem} />
      <Table<RepairRequestView>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={items}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: '没有报修单' }}
        columns={[
          {
            title: '编号',
            dataIndex: 'number',
            render: (number: string, row) => (
              <a
                href={`/console/repairs/${row.id}`}
                onClick={(e) => (e.preventDefault(), navigate(`/repairs/${row.id}`))}
              >
                {number}
              </a>
            ),
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
      {cursor && (
        <Button size="large" style={{ marginTop: 16 }} onClick={() => void load(cursor)} loading={loading}>
          加载更多
        </Button>
      )}
    </section>
  );
}
