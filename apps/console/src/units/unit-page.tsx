import { EmptyText } from '../common/empty-text';
import type { ApiSchema } from '@pcs/api-client';
import { Button, Descriptions, Space, Typography } from 'antd';
import { ResponsiveTable } from '../common/responsive-table';
import { useCallback } from 'react';
import { UnitAccount } from '../finance/unit-account';
import { PERMISSION_TABLE } from '../permissions/permission-table';
import { navigate } from '../routing';
import { useConsole } from '../session/session-context';
import { LoadedSection } from './unit-section-card';
import { SECTION_TITLES, maskedPhone, sectionsFor } from './unit-sections';

type UnitView = ApiSchema<'UnitView'>;
type UnitOccupantView = ApiSchema<'UnitOccupantView'>;

const at = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/**
 * A unit's page (issue 15): the unit, its occupants (phones masked), its account, history, decorations
 * and repair requests, each section only for the roles its route allows. On a phone each list is cards
 * and the unit's facts one a line, nothing wider than the screen (decision 0389).
 */
export function UnitPage({ id }: { id: string }) {
  const { api, session } = useConsole();
  const sections = sectionsFor(session.roles, PERMISSION_TABLE);
  const loadUnit = useCallback(() => api.call('get', '/api/v1/units/{id}', { params: { id } }), [api, id]);
  const loadHistory = useCallback(
    () => api.call('get', '/api/v1/units/{id}/history', { params: { id }, query: { limit: 50 } }),
    [api, id],
  );
  const loadDecorations = useCallback(
    () => api.call('get', '/api/v1/decorations', { query: { unitId: id, limit: 50 } }),
    [api, id],
  );
  const loadRepairs = useCallback(
    () => api.call('get', '/api/v1/repair-requests', { query: { unitId: id, limit: 50 } }),
    [api, id],
  );

  return (
    <section aria-labelledby="unit-title">
      <LoadedSection<UnitView> load={loadUnit}>
        {(unit) => (
          <>
            <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
              <Typography.Title level={2} id="unit-title" style={{ fontSize: 20 }}>
                房屋 {unit.label}
              </Typography.Title>
              <Button onClick={() => navigate('/units')}>返回查询</Button>
            </Space>
            <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} bordered>
              <Descriptions.Item label="小区">{unit.communityId}</Descriptions.Item>
              <Descriptions.Item label="楼栋">{unit.buildingName}</Descriptions.Item>
              <Descriptions.Item label="楼层">{unit.floor}</Descriptions.Item>
              <Descriptions.Item label="类型">{unit.typeLabel}</Descriptions.Item>
              <Descriptions.Item label="状态">{unit.statusLabel}</Descriptions.Item>
              <Descriptions.Item label="建筑面积">
                {(unit.grossAreaCentiM2 / 100).toFixed(2)} ㎡
              </Descriptions.Item>
            </Descriptions>
            {sections.includes('occupants') && (
              <>
                <h3 style={{ fontSize: 16, margin: '16px 0 8px' }}>{SECTION_TITLES.occupants}</h3>
                <ResponsiveTable<UnitOccupantView>
                  rowKey="occupancyId"
                  size="small"
                  pagination={false}
                  dataSource={unit.occupants ?? []}
                  emptyText={<EmptyText>暂无住户</EmptyText>}
                  card={{ title: 'name', extra: 'roleLabel' }}
                  columns={[
                    { title: '姓名', dataIndex: 'name' },
                    {
                      title: '身份',
                      dataIndex: 'roleLabel',
                      width: 150,
                      // Decision 0244: the tenant whose lease puts the fees on them is billed instead.
                      render: (label: string, o: { paysFees?: boolean }) =>
                        o.paysFees ? `${label}（承担物业费）` : label,
                    },
                    {
                      title: '电话',
                      dataIndex: 'phone',
                      width: 160,
                      render: (phone?: string) => <span data-phone>{maskedPhone(phone)}</span>,
                    },
                    { title: '起始日期', dataIndex: 'since', width: 120 },
                  ]}
                />
              </>
            )}
            {sections.includes('account') && <UnitAccount unit={unit} />}
          </>
        )}
      </LoadedSection>
      {sections.includes('history') && (
        <LoadedSection title={SECTION_TITLES.history} load={loadHistory}>
          {(history) => (
            <ResponsiveTable
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={history.items}
              emptyText={<EmptyText>暂无记录</EmptyText>}
              card={{ title: 'at', extra: 'recordTypeLabel' }}
              columns={[
                { title: '时间', dataIndex: 'at', width: 170, render: at },
                { title: '记录', dataIndex: 'recordTypeLabel', width: 100 },
                { title: '摘要', dataIndex: 'summary' },
                { title: '经办人', dataIndex: 'actorName', width: 100 },
              ]}
            />
          )}
        </LoadedSection>
      )}
      {sections.includes('decorations') && (
        <LoadedSection title={SECTION_TITLES.decorations} load={loadDecorations}>
          {(decorations) => (
            <ResponsiveTable
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={decorations.items}
              emptyText={<EmptyText>暂无装修申请</EmptyText>}
              card={{ title: 'number', extra: 'statusLabel' }}
              columns={[
                { title: '编号', dataIndex: 'number', width: 200 },
                { title: '状态', dataIndex: 'statusLabel', width: 120 },
                { title: '装修内容', dataIndex: 'scope', ellipsis: true },
                {
                  title: '工期',
                  width: 220,
                  render: (_, row) => `${row.schedule.startDate} 至 ${row.schedule.endDate}`,
                },
              ]}
            />
          )}
        </LoadedSection>
      )}
      {sections.includes('repairs') && (
        <LoadedSection title={SECTION_TITLES.repairs} load={loadRepairs}>
          {(repairs) => (
            <ResponsiveTable
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={repairs.items}
              emptyText={<EmptyText>暂无报修</EmptyText>}
              card={{ title: 'number', extra: 'progressLabel' }}
              columns={[
                { title: '编号', dataIndex: 'number', width: 200 },
                { title: '进度', dataIndex: 'progressLabel', width: 120 },
                { title: '内容', dataIndex: 'description', ellipsis: true },
                { title: '受理时间', dataIndex: 'receivedAt', width: 170, render: at },
              ]}
            />
          )}
        </LoadedSection>
      )}
    </section>
  );
}
