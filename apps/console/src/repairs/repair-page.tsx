import type { ApiSchema } from '@pcs/api-client';
import { App, Card, Descriptions, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useLoad } from '../common/use-load';
import { ProblemAlert } from '../complaints/problem-alert';
import { PERMISSION_TABLE } from '../permissions/permission-table';
import { navigate } from '../routing';
import { useConsole } from '../session/session-context';
import { FieldActionDialog } from '../work-orders/field-action-dialog';
import { formatFen } from '../work-orders/field-forms';
import { HistoryTimeline } from '../common/history-timeline';
import { RecordHeader } from '../common/record-header';
import { FieldActionsCard } from '../work-orders/field-actions-card';
import { time } from '../common/local-time';
import {
  REPAIR_ACTION_LABELS,
  REPAIR_ACTION_OPERATIONS,
  allowedRepairActions,
  repairActionForm,
  type RepairActionCode,
} from './repair-actions';
import { ConsoleLink } from '../common/console-link';

/** A repair request: what was reported, its clocks (MNT-1), its survey, its timeline and actions. */
export function RepairPage({ id }: { id: string }) {
  const { api, session } = useConsole();
  const { message } = App.useApp();
  const [acting, setActing] = useState<RepairActionCode>();
  const { data, problem, reload } = useLoad(
    useCallback(async () => {
      const [request, timeline] = await Promise.all([
        api.call('get', '/api/v1/repair-requests/{id}', { params: { id } }),
        api.call('get', '/api/v1/repair-requests/{id}/history', { params: { id } }),
      ]);
      return { request, history: timeline.entries };
    }, [api, id]),
  );

  if (!data) return problem ? <ProblemAlert shown={problem} /> : <Spin aria-label="加载中" />;
  const { request, history } = data;
  const actions = allowedRepairActions(request, session.roles, PERMISSION_TABLE);
  const survey = request.survey;

  return (
    <section aria-labelledby="repair-title">
      <RecordHeader titleId="repair-title" back={{ to: '/repairs', label: '返回报修单' }} large>
        报修单 {request.number}
      </RecordHeader>
      <ProblemAlert shown={problem} />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Space style={{ marginBottom: 12 }} wrap>
            <Typography.Text strong>进展：{request.progressLabel}</Typography.Text>
            {request.urgency === 'emergency' && <Tag color="red">紧急</Tag>}
            {request.overdueSince && <Tag color="red">已超时</Tag>}
          </Space>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
            <Descriptions.Item label="小区">{request.communityId}</Descriptions.Item>
            <Descriptions.Item label="来源">{request.sourceLabel}</Descriptions.Item>
            <Descriptions.Item label="地点">{request.location ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="联系人">
              {[request.contactSurname, request.contactPhone].filter(Boolean).join(' ') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="受理">{time(request.receivedAt)}</Descriptions.Item>
            <Descriptions.Item label="到场">
              {time(request.arrivedAt)}
              {!request.arrivedAt && request.onSiteDueAt && `（时限 ${time(request.onSiteDueAt)}）`}
            </Descriptions.Item>
            {request.urgency === 'emergency' && (
              <Descriptions.Item label="排险">
                {time(request.madeSafeAt)}
                {!request.madeSafeAt && request.madeSafeDueAt && `（时限 ${time(request.madeSafeDueAt)}）`}
              </Descriptions.Item>
            )}
            <Descriptions.Item label="勘察时限">{time(request.surveyDueAt)}</Descriptions.Item>
            <Descriptions.Item label="内容" span={2}>
              {request.description}
            </Descriptions.Item>
            {request.workOrderId && (
              <Descriptions.Item label="派工单">
                <ConsoleLink to={`/work-orders/${request.workOrderId}`}>查看派工单</ConsoleLink>
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        {survey && <SurveyCard survey={survey} />}
        <FieldActionsCard
          actions={actions}
          labels={REPAIR_ACTION_LABELS}
          none="当前进展下您的岗位没有可执行的操作。"
          onPick={setActing}
        />
        <Card title="处理经过">
          <HistoryTimeline entries={history} />
        </Card>
      </Space>
      {acting && (
        <FieldActionDialog
          title={REPAIR_ACTION_LABELS[acting]}
          path={REPAIR_ACTION_OPERATIONS[acting].path}
          {...(REPAIR_ACTION_OPERATIONS[acting].byId ? { id: request.id } : {})}
          form={repairActionForm(acting, request)}
          onCancel={() => setActing(undefined)}
          onDone={(answer) => {
            setActing(undefined);
            message.success(`${REPAIR_ACTION_LABELS[acting]}：已完成`);
            // A new work order opens on its own page; any other action answers the request.
            if (acting === 'create-work-order') navigate(`/work-orders/${(answer as { id: string }).id}`);
            else void reload();
          }}
        />
      )}
    </section>
  );
}

function SurveyCard({ survey }: { survey: ApiSchema<'SurveyView'> }) {
  return (
    <Card title="勘察">
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label="勘察时间">{time(survey.surveyedAt)}</Descriptions.Item>
        <Descriptions.Item label="预估">{formatFen(survey.estimateFen)}</Descriptions.Item>
        <Descriptions.Item label="部位">{survey.componentLabel}</Descriptions.Item>
        <Descriptions.Item label="责任方">{survey.responsiblePartyLabel}</Descriptions.Item>
        <Descriptions.Item label="保修">
          {survey.underWarranty ? '在保修期内' : '不在保修期内'}（{survey.warrantyReason}）
        </Descriptions.Item>
        <Descriptions.Item label="会签">
          {survey.participants.map((p) => p.name).join('、')}
        </Descriptions.Item>
        <Descriptions.Item label="结论" span={2}>
          {survey.findings}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
