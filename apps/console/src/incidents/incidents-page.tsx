import { LABELS } from '@pcs/api-client';
import { Button, Card, Descriptions, Drawer, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { ProblemError } from '../api/gateway-api';
import { presentProblem } from '../api/problem-fields';
import { useLoad } from '../common/use-load';
import { ProblemAlert } from '../complaints/problem-alert';
import { useConsole } from '../session/session-context';
import { time } from '../common/local-time';
import {
  incidentProgress,
  pastExpectedEnd,
  warningRule,
  type EarlyWarning,
  type Incident,
} from './incident-progress';
import { emptyText } from '../common/empty-text';
import { communityOptions, optionsOf } from '../common/select-options';

/** 预警与事件: repeated complaints about one building (early warnings) and the incidents opened for them. */
export function IncidentsPage() {
  const { api, session } = useConsole();
  const [communityId, setCommunityId] = useState<string>();
  const [warningStatus, setWarningStatus] = useState<EarlyWarning['status'] | undefined>('open');
  const [incidentStatus, setIncidentStatus] = useState<Incident['status'] | undefined>('active');
  const [opened, setOpened] = useState<Incident>();
  const { data, loading, problem, setProblem, reload } = useLoad(
    useCallback(async () => {
      const community = communityId ? { communityId } : {};
      const [w, i] = await Promise.all([
        api.call('get', '/api/v1/early-warnings', {
          query: { ...community, ...(warningStatus ? { status: warningStatus } : {}), limit: 100 },
        }),
        api.call('get', '/api/v1/incidents', {
          query: { ...community, ...(incidentStatus ? { status: incidentStatus } : {}), limit: 100 },
        }),
      ]);
      return { warnings: w.items, incidents: i.items, now: new Date() };
    }, [api, communityId, warningStatus, incidentStatus]),
  );
  const { warnings = [], incidents = [], now = new Date() } = data ?? {};

  async function open(id: string): Promise<void> {
    try {
      setOpened(await api.call('get', '/api/v1/incidents/{id}', { params: { id } }));
    } catch (error) {
      if (error instanceof ProblemError) setProblem(presentProblem(error.problem, {}));
      else throw error;
    }
  }

  return (
    <section aria-labelledby="incidents-title">
      <Typography.Title level={2} id="incidents-title" style={{ fontSize: 20 }}>
        预警与事件
      </Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <label htmlFor="incidents-community">小区</label>
        <Select
          id="incidents-community"
          allowClear
          style={{ width: 120 }}
          placeholder="全部"
          value={communityId}
          onChange={setCommunityId}
          options={communityOptions(session.communities.filter((c) => c !== '*'))}
        />
        <Button onClick={() => void reload()} loading={loading}>
          刷新
        </Button>
      </Space>
      <ProblemAlert shown={problem} />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card
          title="投诉预警"
          size="small"
          extra={
            <Select
              aria-label="预警状态"
              allowClear
              placeholder="全部状态"
              style={{ width: 120 }}
              value={warningStatus}
              onChange={setWarningStatus}
              options={optionsOf(LABELS.EarlyWarningStatus)}
            />
          }
        >
          <Table<EarlyWarning>
            rowKey="id"
            size="small"
            loading={loading}
            pagination={false}
            dataSource={warnings}
            locale={emptyText('没有预警')}
            columns={[
              { title: '发出时间', dataIndex: 'raisedAt', render: (at: string) => time(at) },
              { title: '楼栋', render: (_, w) => `${w.communityId} ${w.buildingLabel ?? ''}` },
              { title: '分类', dataIndex: 'categoryLabel' },
              { title: '规则', render: (_, w) => warningRule(w) },
              { title: '相关登记', render: (_, w) => w.complaintNumbers.join('、') },
              { title: '状态', dataIndex: 'statusLabel' },
              {
                title: '事件',
                render: (_, w) => {
                  const incidentId = w.incidentId;
                  return incidentId ? (
                    <Button size="small" type="link" onClick={() => void open(incidentId)}>
                      查看事件
                    </Button>
                  ) : (
                    '—'
                  );
                },
              },
            ]}
          />
        </Card>
        <Card
          title="事件"
          size="small"
          extra={
            <Select
              aria-label="事件状态"
              allowClear
              placeholder="全部状态"
              style={{ width: 120 }}
              value={incidentStatus}
              onChange={setIncidentStatus}
              options={optionsOf(LABELS.IncidentStatus)}
            />
          }
        >
          <Table<Incident>
            rowKey="id"
            size="small"
            loading={loading}
            pagination={false}
            dataSource={incidents}
            locale={emptyText('没有事件')}
            columns={[
              {
                title: '编号',
                dataIndex: 'number',
                render: (n: string, i) => (
                  <Button type="link" size="small" onClick={() => void open(i.id)} style={{ padding: 0 }}>
                    {n}
                  </Button>
                ),
              },
              { title: '原因', dataIndex: 'causeLabel' },
              { title: '标题', dataIndex: 'title' },
              { title: '影响户数', dataIndex: 'householdCount' },
              { title: '投诉', render: (_, i) => incidentProgress(i) },
              {
                title: '预计结束',
                render: (_, i) => (
                  <Space size={4}>
                    {time(i.expectedEndAt)}
                    {pastExpectedEnd(i, now) && <Tag color="#b3261e">已过预计结束时间</Tag>}
                  </Space>
                ),
              },
              { title: '状态', dataIndex: 'statusLabel' },
            ]}
          />
        </Card>
      </Space>
      <Drawer
        open={!!opened}
        onClose={() => setOpened(undefined)}
        width={560}
        title={opened ? `事件 ${opened.number}` : ''}
      >
        {opened && (
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="标题">{opened.title}</Descriptions.Item>
            <Descriptions.Item label="原因">{opened.causeLabel}</Descriptions.Item>
            <Descriptions.Item label="状态">{opened.statusLabel}</Descriptions.Item>
            <Descriptions.Item label="说明">{opened.description}</Descriptions.Item>
            <Descriptions.Item label="对住户的通知">{opened.notice}</Descriptions.Item>
            <Descriptions.Item label="影响户数">{opened.householdCount}</Descriptions.Item>
            <Descriptions.Item label="关联投诉">{incidentProgress(opened)}</Descriptions.Item>
            <Descriptions.Item label="开始">
              {opened.openedBy.name} {time(opened.openedAt)}
            </Descriptions.Item>
            <Descriptions.Item label="预计结束">{time(opened.expectedEndAt)}</Descriptions.Item>
            {opened.closedAt && (
              <Descriptions.Item label="结束">
                {opened.closedBy?.name} {time(opened.closedAt)}
              </Descriptions.Item>
            )}
            {opened.measures && <Descriptions.Item label="措施">{opened.measures}</Descriptions.Item>}
            {opened.result && <Descriptions.Item label="结果">{opened.result}</Descriptions.Item>}
          </Descriptions>
        )}
      </Drawer>
    </section>
  );
}
