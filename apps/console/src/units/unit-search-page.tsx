import { LABELS, type ApiSchema } from '@pcs/api-client';
import { Form, Input, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { ProblemAlert } from '../complaints/problem-alert';
import { useConsole } from '../session/session-context';
import { EmptyText } from '../common/empty-text';
import { LoadMoreButton } from '../common/load-more-button';
import { usePagedList } from '../common/use-load';
import { optionsOf } from '../common/select-options';
import { ConsoleLink } from '../common/console-link';
import { CommunityFilter, FilterSelect } from '../common/filter-items';

type UnitView = ApiSchema<'UnitView'>;

interface Filters {
  communityId?: string;
  status?: UnitView['status'];
  address?: string;
}

const PAGE_SIZE = 50;

/** 房屋查询: find a unit by community, status or address ('3栋1201') and open its page. */
export function UnitSearchPage() {
  const { api, session } = useConsole();
  const [filters, setFilters] = useState<Filters>({});
  const list = usePagedList(
    useCallback(
      (cursor?: string) =>
        api.call('get', '/api/v1/units', {
          query: { ...filters, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) },
        }),
      [api, filters],
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
        <CommunityFilter communities={session.communities} style={{ width: 120 }} />
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
        locale={{ emptyText: <EmptyText>没有符合条件的房屋</EmptyText> }}
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
