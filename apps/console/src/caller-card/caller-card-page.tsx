import type { ApiSchema } from '@pcs/api-client';
import { Alert, Button, Card, Empty, Form, Input, List, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ProblemError } from '../api/gateway-api';
import { required } from '../common/form-rules';
import { useSubmit } from '../common/use-submit';
import { ProblemAlert } from '../complaints/problem-alert';
import { mayCall } from '../permissions/operation-roles';
import { PERMISSION_TABLE } from '../permissions/permission-table';
import { useConsole } from '../session/session-context';
import { time } from '../common/local-time';
import {
  accountSummary,
  latestLookup,
  mayReveal,
  unavailableNotice,
  type CallerCard,
} from './caller-card-logic';
import { EntryLink } from './entry-link';
import { openRegisterWithDraft } from './register-draft';
import { RevealDialog } from './reveal-dialog';
import { emptyText } from '../common/empty-text';
import { CommunityFilter } from '../common/filter-items';

type IncomingCall = ApiSchema<'IncomingCallView'>;
type Summary = ApiSchema<'ComplaintSummaryView'>;

/** 来电卡片 (DESK-3): who is calling, their units, what is open for them and what they said before. */
export function CallerCardPage() {
  const { api, session } = useConsole();
  const [card, setCard] = useState<CallerCard>();
  const [calls, setCalls] = useState<IncomingCall[]>([]);
  const [revealing, setRevealing] = useState<{ personId: string; name: string }>();
  const [form] = Form.useForm<{ phone: string; communityId?: string }>();
  const { busy, problem, submit } = useSubmit(form, { phone: '来电号码', communityId: '小区' });
  const seesCalls = mayCall(PERMISSION_TABLE, 'listIncomingCalls', session.roles);
  const reveals = mayReveal(session.roles, PERMISSION_TABLE);
  const registers = mayCall(PERMISSION_TABLE, 'registerComplaint', session.roles);

  const loadCalls = useCallback(async () => {
    if (!seesCalls) return;
    try {
      const page = await api.call('get', '/api/v1/incoming-calls', {
        query: { status: 'ringing', limit: 20 },
      });
      setCalls(page.items);
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      // The list of ringing calls is a convenience; looking a number up still works without it.
      setCalls([]);
    }
  }, [api, seesCalls]);

  useEffect(() => {
    void loadCalls();
  }, [loadCalls]);

  // A lookup replaces the card: a refused one leaves none, never the previous caller's (DESK-3).
  const [lookUpCard] = useState(() => latestLookup<CallerCard>(setCard));
  const show = (request: () => Promise<CallerCard>) => submit(() => lookUpCard(request));

  const lookUp = ({ phone, communityId }: { phone: string; communityId?: string }) =>
    show(() =>
      api.call('get', '/api/v1/caller-card', {
        query: { phone: phone.trim(), ...(communityId ? { communityId } : {}) },
      }),
    );

  const take = (call: IncomingCall) =>
    show(async () => {
      const taken = await api.call('post', '/api/v1/incoming-calls/{id}/take', {
        params: { id: call.id },
        idempotencyKey: `take-${call.id}`,
      });
      void loadCalls();
      return taken;
    });

  const unitLabel = card?.households.find((h) => h.unitId === card.registerEntry.unitId)?.unitLabel;
  const notice = card && unavailableNotice(card.unavailable);

  return (
    <section aria-labelledby="caller-card-title">
      <Typography.Title level={2} id="caller-card-title" style={{ fontSize: 20 }}>
        来电卡片
      </Typography.Title>
      {seesCalls && (
        <Card
          title="正在呼入"
          size="small"
          style={{ marginBottom: 16 }}
          extra={<Button onClick={() => void loadCalls()}>刷新</Button>}
        >
          <Table<IncomingCall>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={calls}
            locale={emptyText('暂无呼入电话')}
            columns={[
              { title: '来电时间', dataIndex: 'receivedAt', render: (at: string) => time(at) },
              { title: '号码', dataIndex: 'phone' },
              { title: '线路', dataIndex: 'line', render: (line?: string) => line ?? '—' },
              { title: '小区', dataIndex: 'communityId' },
              { title: '状态', dataIndex: 'statusLabel' },
              {
                title: '操作',
                render: (_, call) => (
                  <Button size="small" type="primary" onClick={() => void take(call)}>
                    接听
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      )}
      <Form
        form={form}
        layout="inline"
        onFinish={(values) => void lookUp(values)}
        style={{ marginBottom: 16 }}
      >
        <CommunityFilter communities={session.communities} style={{ width: 120 }} />
        <Form.Item name="phone" label="来电号码" rules={[required('请输入来电号码')]}>
          <Input style={{ width: 240 }} placeholder="如 138 0013 8000、020-88881234" maxLength={60} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            查询
          </Button>
        </Form.Item>
      </Form>
      <ProblemAlert shown={problem} />
      {card && (
        <Space direction="vertical" size={16} style={{ width: '100%' }} data-caller-card>
          {notice && <Alert type="warning" showIcon message={notice} />}
          <Card
            title={`来电 ${card.phone}`}
            extra={
              registers && (
                <Button
                  type="primary"
                  onClick={() =>
                    openRegisterWithDraft({ draft: card.registerEntry, ...(unitLabel ? { unitLabel } : {}) })
                  }
                >
                  新建登记
                </Button>
              )
            }
          >
            {card.flags.length > 0 && (
              <Space wrap style={{ marginBottom: 12 }}>
                {card.flags.map((flag) => (
                  <Tag key={flag.code} color="#b3261e" title={flag.detail} data-flag={flag.code}>
                    {flag.label}：{flag.detail}
                  </Tag>
                ))}
              </Space>
            )}
            <Table
              rowKey="personId"
              size="small"
              pagination={false}
              dataSource={card.people}
              locale={emptyText('登记的住户中没有这个号码')}
              columns={[
                { title: '姓名', dataIndex: 'name' },
                { title: '电话', dataIndex: 'phone' },
                { title: '小区', dataIndex: 'communityId' },
                {
                  title: '身份',
                  render: (_, person) =>
                    person.roles.map((r) => `${r.unitLabel} ${r.roleLabel}`).join('；') || '—',
                },
                ...(reveals
                  ? [
                      {
                        title: '操作',
                        render: (_: unknown, person: { personId: string; name: string }) => (
                          <Button
                            size="small"
                            onClick={() => setRevealing(person)}
                            data-reveal={person.personId}
                          >
                            查看完整号码
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
          <Card title="房屋" size="small">
            {card.households.length ? (
              <List
                dataSource={card.households}
                renderItem={(household) => (
                  <List.Item key={household.unitId}>
                    <Space direction="vertical" size={2} style={{ width: '100%' }}>
                      <Typography.Text strong>
                        {household.unitLabel}（{household.communityId}）
                      </Typography.Text>
                      <span>账户：{accountSummary(household.account)}</span>
                      <span>
                        未完成报修：
                        {household.openRepairs.length
                          ? household.openRepairs
                              .map(
                                (r) =>
                                  `${r.number} ${r.progressLabel}${r.urgency === 'emergency' ? '（紧急）' : ''} ${r.description}`,
                              )
                              .join('；')
                          : '无'}
                      </span>
                    </Space>
                  </List.Item>
                )}
              />
            ) : (
              <Empty description="没有找到这个号码关联的房屋" />
            )}
          </Card>
          <Card title="未办结事项" size="small">
            <SummaryTable rows={card.openEntries} empty="没有未办结的投诉或登记" />
          </Card>
          <Card title="近期来电来访" size="small">
            <SummaryTable rows={card.recentContacts} empty="近期没有来电来访" />
          </Card>
          {card.incidents.length > 0 && (
            <Card title="所在楼栋正在发生的事件" size="small">
              <List
                dataSource={card.incidents}
                renderItem={(incident) => (
                  <List.Item key={incident.id}>
                    {incident.number} {incident.causeLabel} {incident.title}：{incident.notice}
                  </List.Item>
                )}
              />
            </Card>
          )}
        </Space>
      )}
      {revealing && <RevealDialog person={revealing} onClose={() => setRevealing(undefined)} />}
    </section>
  );
}

function SummaryTable({ rows, empty }: { rows: readonly Summary[]; empty: string }) {
  return (
    <Table<Summary>
      rowKey="complaintId"
      size="small"
      pagination={false}
      dataSource={[...rows]}
      locale={emptyText(empty)}
      columns={[
        {
          title: '编号',
          dataIndex: 'number',
          render: (n: string, row) => <EntryLink id={row.complaintId} number={n} />,
        },
        { title: '类型', dataIndex: 'kindLabel' },
        { title: '状态', dataIndex: 'statusLabel' },
        { title: '分类', dataIndex: 'categoryLabel', render: (l?: string) => l ?? '未分类' },
        { title: '接待时间', dataIndex: 'receivedAt', render: (at: string) => time(at) },
        { title: '经办人', render: (_, row) => row.handler?.name ?? '—' },
        {
          title: '标记',
          render: (_, row) => (
            <Space size={4} wrap>
              {row.overdueSince && <Tag color="#b3261e">已超时</Tag>}
              {row.escalationLevel !== 'handler' && (
                <Tag color="#b3261e">已上报·{row.escalationLevelLabel}</Tag>
              )}
              {row.major && <Tag color="#b3261e">重大投诉</Tag>}
            </Space>
          ),
        },
      ]}
    />
  );
}
