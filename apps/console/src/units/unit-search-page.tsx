import { LABELS, type ApiSchema } from '@pcs/api-client';
import { Form, Input, Select, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { ProblemAlert } from '../complaints/problem-alert';
import { useConsole } from '../session/session-context';
import { EmptyText } from '../common/empty-text';
import { LoadMoreButton } from '../common/load-more-button';
import { usePagedList } from '../common/use-load';
import { ConsoleLink } from '../common/console-link';
import { FilterSelect } from '../common/filter-items';
import { communityOptions, optionsOf } from '../common/select-options';
import { COMMUNITY_FOR_ADDRESS, unitSearchQuery, type UnitFilters as Filters } from './unit-search';

type UnitView = ApiSchema<'UnitView'>;

const PAGE_SIZE = 50;

/** 房屋查询: find a unit by community, status or address ('3栋1201') and open its page. */
export function UnitSearchPage() {
  const { api, session } = useConsole();
  const [filters, setFilters] = useState<Filters>({});
  // A 房号 is searched within a 小区 (the API's rule): until one is chosen nothing is sent, the 小区
  // field says so, and no earlier list stays on screen (finding F12).
  const search = unitSearchQuery(filters, session.communities);
  const awaitsCommunity = 'awaitsCommunity' in search;
  const list = usePagedList(
    useCallback(
      async (cursor?: string) => {
        const found = unitSearchQuery(filters, session.communities);
        if ('awaitsCommunity' in found) return { items: [] as UnitView[] };
        return api.call('get', '/api/v1/units', {
          query: { ...found.query, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) },
        });
      },
      [api, filters, session.communities],
    ),
  );

  return (
    <section aria-labelledby="units-title">
      <Typography.Title level={2} id="units-title" style={{ fontSize: 20 }}>
        房屋查询
      </Typography.Title>
      <Form
        layout="inline"
        onValuesChange={(changed: Filters, all: Filters) =>
          'address' in changed ? undefined : setFilters({ ...all, address: filters.address })
        }
        style={{ marginBottom: 16 }}
      >
        <Form.Item
          name="communityId"
          label="小区"
          required={!!filters.address}
          validateStatus={awaitsCommunity ? 'error' : undefined}
          help={awaitsCommunity ? COMMUNITY_FOR_ADDRESS : undefined}
        >
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 120 }}
            options={communityOptions(session.communities)}
          />
        </Form.Item>
        <FilterSelect
          name="status"
          label="状态"
          style={{ width: 120 }}
          options={optionsOf(LABELS.UnitStatus)}
        />
        <Form.Item name="address" label="房号">
          <Input.Search
            allowClear
            style={{ width: 240 }}
            placeholder="如 3栋1201"
            enterButton="查询"
            onSearch={(address) =>
              setFilters((before) => ({ ...before, address: address.trim() || undefined }))
            }
          />
        </Form.Item>
      </Form>
      <ProblemAlert shown={list.problem} />
      <Table<UnitView>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{
          emptyText: <EmptyText>{awaitsCommunity ? '选择小区后按房号查询' : '没有符合条件的房屋'}</EmptyText>,
        }}
        columns={[
          {
            title: '房号',
            dataIndex: 'label',
            render: (label: string, row) => <ConsoleLink to={`/units/${row.id}`}>{label}</ConsoleLink>,
          },
          { title: '小区', dataIndex: 'communityId', width: 80 },
          { title: '楼栋', dataIndex: 'buildingName', width: 100 },
          { title: '类型', dataIndex: 'typeLabel', width: 80 },
          { title: '状态', dataIndex: 'statusLabel', width: 80 },
          {
            title: '建筑面积（㎡）',
            dataIndex: 'grossAreaCentiM2',
            width: 130,
            render: (area: number) => (area / 100).toFixed(2),
          },
          {
            title: '住户',
            // Absent for roles that may not read people (decision 0279).
            render: (_, row) =>
              (row.occupants ?? []).map((o) => `${o.name}（${o.roleLabel}）`).join('、') || '—',
          },
        ]}
      />
      <LoadMoreButton list={list} />
    </section>
  );
}
