import { App, Card, Descriptions, Space, Spin, Steps, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useLoad } from '../common/use-load';
import { ProblemAlert } from '../complaints/problem-alert';
import { PERMISSION_TABLE } from '../permissions/permission-table';
import { useConsole } from '../session/session-context';
import { FieldActionDialog } from './field-action-dialog';
import { formatFen } from './field-forms';
import { HistoryTimeline } from '../common/history-timeline';
import { RecordHeader } from '../common/record-header';
import { FieldActionsCard } from './field-actions-card';
import { time } from '../common/local-time';
import {
  ACTION_OPERATIONS,
  WORK_ORDER_ACTION_LABELS,
  allowedWorkOrderActions,
  pendingApproval,
  type WorkOrderView,
} from './work-order-actions';
import { OFFERED_WORK_ORDER_ACTIONS, WORK_ORDER_FORMS } from './work-order-forms';
import { dispatchForm, type RepairTeamChoice } from './dispatch-form';
import {
  RETURN_FORM,
  RETURN_LABEL,
  RETURN_OPERATION,
  returnVisitForm,
  withReturn,
  type WorkOrderPageAction,
} from './work-order-return';
import { ConsoleLink } from '../common/console-link';

/** A work order: its approvals (MNT-6), execution, checks, settlement, timeline and allowed actions. */
export function WorkOrderPage({ id }: { id: string }) {
  const { api, session } = useConsole();
  const { message } = App.useApp();
  const [acting, setActing] = useState<WorkOrderPageAction>();
  const { data, setData, problem, reload } = useLoad(
    useCallback(async () => {
      const [order, timeline] = await Promise.all([
        api.call('get', '/api/v1/work-orders/{id}', { params: { id } }),
        api.call('get', '/api/v1/work-orders/{id}/history', { params: { id } }),
      ]);
      return { order, history: timeline.entries };
    }, [api, id]),
  );
  // MNT-7 (decision 0330): the dispatcher picks the team from the directory of those serving the
  // order's community, loaded when the dispatch form opens (not every reader of the order may list it).
  const [teams, setTeams] = useState<RepairTeamChoice[]>();
  const communityId = data?.order.communityId;
  useEffect(() => {
    if (acting !== 'dispatch' || !communityId) return undefined;
    let live = true;
    void api.call('get', '/api/v1/repair-teams', { query: { communityId } }).then(
      (list) => live && setTeams(list.items),
      () => live && setTeams([]),
    );
    return () => {
      live = false;
    };
  }, [acting, api, communityId]);

  if (!data) return problem ? <ProblemAlert shown={problem} /> : <Spin aria-label="加载中" />;
  const { order, history } = data;
  // 退回 (decision 0324) beside 审批, for whoever may take the step due.
  const actions = withReturn(
    allowedWorkOrderActions(order, session, PERMISSION_TABLE, OFFERED_WORK_ORDER_ACTIONS),
    order,
    session,
    PERMISSION_TABLE,
  );
  const waiting = pendingApproval(order);
  const labels = { ...WORK_ORDER_ACTION_LABELS, return: RETURN_LABEL };
  const form = !acting
    ? undefined
    : acting === 'return'
      ? RETURN_FORM
      : acting === 'return-visit' && WORK_ORDER_FORMS[acting]
        ? returnVisitForm(WORK_ORDER_FORMS[acting], order)
        : acting === 'dispatch' && WORK_ORDER_FORMS[acting]
          ? teams && dispatchForm(WORK_ORDER_FORMS[acting], teams)
          : WORK_ORDER_FORMS[acting];

  return (
    <section aria-labelledby="work-order-title">
      <RecordHeader titleId="work-order-title" back={{ to: '/work-orders', label: '返回派工单' }} large>
        派工单 {order.number}
      </RecordHeader>
      <ProblemAlert shown={problem} />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Space style={{ marginBottom: 12 }} wrap>
            <Typography.Text strong>状态：{order.statusLabel}</Typography.Text>
            {order.overdue && <Tag color="red">已超时</Tag>}
          </Space>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
            <Descriptions.Item label="内容">{order.description}</Descriptions.Item>
            <Descriptions.Item label="类型">{order.typeLabel}</Descriptions.Item>
            <Descriptions.Item label="报修单">
              <ConsoleLink to={`/repairs/${order.repairRequestId}`}>{order.repairRequestNumber}</ConsoleLink>
            </Descriptions.Item>
            <Descriptions.Item label="完成时限">{time(order.dueAt)}</Descriptions.Item>
            <Descriptions.Item label="预算">{formatFen(order.estimateFen)}</Descriptions.Item>
            <Descriptions.Item label="应收">{formatFen(order.chargeableFen)}</Descriptions.Item>
            <Descriptions.Item label="申请人">{order.requestedBy.name}</Descriptions.Item>
            <Descriptions.Item label="施工方">
              {[order.teamName, order.technician?.name, order.contractorName].filter(Boolean).join(' · ') ||
                '—'}
            </Descriptions.Item>
            <Descriptions.Item label="到场">{time(order.arrivedAt)}</Descriptions.Item>
            <Descriptions.Item label="回访">
              {order.returnVisit.statusLabel}
              {order.returnVisit.methodLabel && ` · ${order.returnVisit.methodLabel}`}
              {/* RES-7, decision 0325: the channel the resident prefers to be reached by. */}
              {order.returnVisit.preferredChannelLabel &&
                ` · 偏好联系方式：${order.returnVisit.preferredChannelLabel}`}
            </Descriptions.Item>
            {order.settlement && (
              <Descriptions.Item label="结算">
                决算 {formatFen(order.settlement.finalAccountFen)}
                {order.settlement.settledFen !== undefined &&
                  ` · 审定 ${formatFen(order.settlement.settledFen)}`}{' '}
                · {order.settlement.fundDrawLabel}
                {/* Decision 0379: why billing refused the draw, and what finance must do. */}
                {order.settlement.fundDrawMessage && ` · ${order.settlement.fundDrawMessage}`}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        <FieldActionsCard
          actions={actions}
          labels={labels}
          none="当前状态下您的岗位没有可执行的操作。"
          onPick={setActing}
        />
        <Card title="审批">
          <Steps
            direction="vertical"
            size="small"
            current={waiting ? order.approvals.indexOf(waiting) : order.approvals.length}
            items={order.approvals.map((approval) => ({
              title: approval.stepLabel,
              description: approval.at ? `${approval.by?.name ?? ''} ${time(approval.at)}` : '待审批',
            }))}
          />
        </Card>
        {order.work.length > 0 && (
          <Card title="施工记录">
            {order.work.map((record) => (
              <div key={record.at} style={{ marginBottom: 8 }}>
                <Typography.Text strong>{record.by.name}</Typography.Text> · {time(record.at)}
                <div>{record.workDone}</div>
                {record.materials.length > 0 && (
                  <div>
                    材料：
                    {record.materials
                      .map((m) => `${m.name} ${m.quantity}${m.unit} ${formatFen(m.costFen)}`)
                      .join('；')}
                  </div>
                )}
              </div>
            ))}
          </Card>
        )}
        <Card title="处理经过">
          <HistoryTimeline entries={history} />
        </Card>
      </Space>
      {acting && form && (
        <FieldActionDialog
          title={labels[acting]}
          path={acting === 'return' ? RETURN_OPERATION.path : ACTION_OPERATIONS[acting].path}
          id={order.id}
          form={form}
          onCancel={() => setActing(undefined)}
          onDone={(updated) => {
            setActing(undefined);
            setData({ ...data, order: updated as WorkOrderView });
            message.success(`${labels[acting]}：已完成`);
            void reload();
          }}
        />
      )}
    </section>
  );
}
