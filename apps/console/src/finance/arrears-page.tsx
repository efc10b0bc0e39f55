import { EmptyText } from '../common/empty-text';
import { Alert, Card, Form, Grid, Input, Select, Space, Statistic, Typography } from 'antd';
import type { ApiSchema } from '@pcs/api-client';
import { ResponsiveTable } from '../common/responsive-table';
import { useCallback, useState } from 'react';
import { useLoad } from '../common/use-load';
import { ProblemAlert } from '../complaints/problem-alert';
import { DownloadButton } from '../reports/download-button';
import { useConsole } from '../session/session-context';
import { formatFen } from './money';
import {
  asOfCaption,
  beijingDate,
  currentAnswer,
  FILTERS_REFUSED_TEXT,
  formatRate,
  previousPeriod,
} from './report-periods';
import { communityOptions } from '../common/select-options';
import { ConsoleLink } from '../common/console-link';

const PERIOD = /^(19\d{2}|2\d{3})-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ARREARS_PAGE = 200;

type ArrearsItem = ApiSchema<'ArrearsItemView'>;

/**
 * 欠费与收费率: a community's arrears (BIL-7) and the month's collection rate, with their downloads.
 * Figures are shown only for the filters as they stand (decision 0391); on a phone each bill owed is a
 * card headed by its unit and amount (decision 0391).
 */
export function ArrearsPage() {
  const { api, session } = useConsole();
  const phone = !Grid.useBreakpoint().md;
  const communities = session.communities.filter((id) => id !== '*');
  const [communityId, setCommunityId] = useState(communities[0]);
  const [asOf, setAsOf] = useState('');
  const [period, setPeriod] = useState(() => previousPeriod(new Date()));

  // Decision 0360: the arrears as of a day that has come; a later one is refused by the API too.
  const asOfValid = asOf === '' || (DATE.test(asOf) && asOf <= beijingDate(new Date()));
  const periodValid = PERIOD.test(period);

  const request = useCallback(async () => {
    const id = communityId ?? '';
    // The arrears list comes a page at a time (decision 0348): the table shows all of it.
    const loadArrears = async () => {
      const first = await api.call('get', '/api/v1/communities/{id}/arrears', {
        params: { id },
        query: { ...(asOf ? { asOf } : {}), limit: ARREARS_PAGE },
      });
      const items = [...first.items];
      for (let cursor = first.nextCursor; cursor;) {
        const page = await api.call('get', '/api/v1/communities/{id}/arrears', {
          params: { id },
          query: { ...(asOf ? { asOf } : {}), limit: ARREARS_PAGE, cursor },
        });
        items.push(...page.items);
        cursor = page.nextCursor;
      }
      return { ...first, items };
    };
    const [arrears, rate] = await Promise.all([
      loadArrears(),
      // Decision 0360: the month's rate as of the same day as the arrears (billed, credited, paid by its end).
      api.call('get', '/api/v1/communities/{id}/collection-rate', {
        params: { id },
        query: { period, ...(asOf ? { asOf } : {}) },
      }),
    ]);
    return { arrears, rate, asked: { communityId: id, asOf, period } };
  }, [api, communityId, asOf, period]);
  // Nothing is asked while the filters are incomplete or mistyped; a refusal empties the figures.
  const { data, loading, problem } = useLoad(communityId && asOfValid && periodValid ? request : undefined, {
    clearOnFailure: true,
  });
  const filtersValid = asOfValid && periodValid;
  const shown = currentAnswer(data, { communityId: communityId ?? '', asOf, period }, filtersValid);
  const { arrears, rate } = shown ?? {};

  const params = { id: communityId ?? '' };
  const today = beijingDate(new Date());
  return (
    <section aria-labelledby="arrears-title">
      <Typography.Title level={2} id="arrears-title" style={{ fontSize: 20 }}>
        欠费与收费率
      </Typography.Title>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label="小区" htmlFor="arrears-community">
          <Select
            id="arrears-community"
            style={{ width: 120 }}
            value={communityId}
            onChange={setCommunityId}
            options={communityOptions(communities)}
          />
        </Form.Item>
        <Form.Item
          label="截至日期"
          htmlFor="arrears-as-of"
          validateStatus={asOfValid ? undefined : 'error'}
          help={asOfValid ? undefined : '日期格式为 2026-12-01，且不晚于今天'}
        >
          <Input
            id="arrears-as-of"
            style={{ width: 140 }}
            placeholder="今天"
            title="欠费按该日结束时的应收与收款计算（月末欠费表）"
            value={asOf}
            onChange={(e) => setAsOf(e.target.value.trim())}
          />
        </Form.Item>
        <Form.Item
          label="收费月份"
          htmlFor="arrears-period"
          validateStatus={periodValid ? undefined : 'error'}
          help={periodValid ? undefined : '月份格式为 2026-12'}
        >
          <Input
            id="arrears-period"
            style={{ width: 110 }}
            value={period}
            onChange={(e) => setPeriod(e.target.value.trim())}
          />
        </Form.Item>
      </Form>
      <ProblemAlert shown={problem} />
      <Card size="small" style={{ marginBottom: 16 }}>
        {shown && (
          <Typography.Paragraph data-as-of style={{ marginBottom: 8 }}>
            {asOfCaption(asOf, rate?.asOf ?? arrears?.asOf, today)}
          </Typography.Paragraph>
        )}
        {!filtersValid && (
          // An Alert, not warning-coloured text: Ant Design's warning text fails WCAG AA contrast (axe).
          <div data-stale style={{ marginBottom: 8 }}>
            <Alert type="warning" showIcon message={FILTERS_REFUSED_TEXT} />
          </div>
        )}
        <Space size="large" wrap>
          <Statistic title="欠费合计" value={arrears ? formatFen(arrears.totalFen) : '—'} />
          <Statistic title={`${period} 应收`} value={rate ? formatFen(rate.billedFen) : '—'} />
          <Statistic title={`${period} 实收`} value={rate ? formatFen(rate.collectedFen) : '—'} />
          {/* Decision 0348: a month with nothing billed has no rate. */}
          <Statistic
            title="收费率"
            value={
              rate?.rateBasisPoints !== undefined ? formatRate(rate.rateBasisPoints) : rate ? '无应收' : '—'
            }
          />
        </Space>
      </Card>
      <Space wrap style={{ marginBottom: 16 }}>
        <DownloadButton
          path="/api/v1/communities/{id}/arrears.csv"
          params={params}
          query={{ asOf: asOf || undefined }}
          fileName={`arrears-${communityId}.csv`}
          label="欠费清单 CSV"
          disabled={!communityId || !asOfValid}
        />
        <DownloadButton
          path="/api/v1/communities/{id}/arrears.xlsx"
          params={params}
          query={{ asOf: asOf || undefined }}
          fileName={`arrears-${communityId}.xlsx`}
          label="欠费清单 Excel"
          disabled={!communityId || !asOfValid}
        />
        <DownloadButton
          path="/api/v1/communities/{id}/collection-rate.csv"
          params={params}
          query={{ period, asOf: asOf || undefined }}
          fileName={`collection-rate-${communityId}-${period}.csv`}
          label="收费率 CSV"
          disabled={!communityId || !periodValid || !asOfValid}
        />
        <DownloadButton
          path="/api/v1/communities/{id}/collection-rate.xlsx"
          params={params}
          query={{ period, asOf: asOf || undefined }}
          fileName={`collection-rate-${communityId}-${period}.xlsx`}
          label="收费率 Excel"
          disabled={!communityId || !periodValid || !asOfValid}
        />
      </Space>
      <ResponsiveTable<ArrearsItem>
        rowKey="billId"
        size="middle"
        loading={loading}
        dataSource={arrears?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        emptyText={<EmptyText>{filtersValid ? '暂无欠费' : '未查询'}</EmptyText>}
        card={{ title: 'unitLabel', extra: 'outstandingFen' }}
        onRow={(row) => ({ 'data-arrears': row.number }) as object}
        scroll={phone ? undefined : { x: 1000 }}
        columns={[
          {
            title: '房号',
            dataIndex: 'unitLabel',
            width: 120,
            render: (label: string | undefined, row) => (
              <ConsoleLink to={`/units/${row.unitId}`}>{label ?? '查看房屋'}</ConsoleLink>
            ),
          },
          { title: '账单号', dataIndex: 'number', width: 190 },
          { title: '说明', dataIndex: 'description', ellipsis: true },
          { title: '到期日', dataIndex: 'dueDate', width: 110 },
          {
            title: '欠费金额',
            dataIndex: 'outstandingFen',
            width: 120,
            align: 'right',
            render: (fen: number) => formatFen(fen),
          },
          { title: '逾期天数', dataIndex: 'daysOverdue', width: 90, align: 'right' },
          { title: '催缴阶段', dataIndex: 'reminderStageLabel', width: 110 },
        ]}
      />
    </section>
  );
}
