import type { ApiSchema } from '@pcs/api-client';
import { App, Button, Card, Form, Grid, Input, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { EmptyText } from '../common/empty-text';
import { communityOptions } from '../common/select-options';
import { useSubmit } from '../common/use-submit';
import { ProblemAlert } from '../complaints/problem-alert';
import { fieldErrors } from '../common/parse-errors';
import { useConsole } from '../session/session-context';
import { formatFen } from './money';
import { previousPeriod } from './report-periods';
import { useBuildingUnits } from './use-building-units';
import {
  BASIS_OPTIONS,
  SHARED_METER_FIELDS,
  sharedMeterBody,
  UTILITY_OPTIONS,
  type MeterUnitRow,
  type SharedMeterFormValues,
} from './shared-meter-form';
import { buttonRowLayout, formLayout } from '../common/form-layout';

type Apportionment = ApiSchema<'SharedMeterApportionmentView'>;

/**
 * 公共能耗分摊 (BIL-3): a building's shared meter for a month, apportioned to the units chosen by floor
 * area or by their sub-meters' usage; each part is billed to the unit's owners. The answer lists every
 * unit's part, which add up to the amount.
 */
export function SharedMetersPage() {
  const { api, session } = useConsole();
  const phone = !Grid.useBreakpoint().md;
  const { message } = App.useApp();
  const communities = session.communities.filter((id) => id !== '*');
  const [form] = Form.useForm<SharedMeterFormValues>();
  const { busy, problem, submit } = useSubmit(form, SHARED_METER_FIELDS, (path) =>
    path.join('.') === 'amountFen' ? 'amountYuan' : path.join('.'),
  );
  const communityId = Form.useWatch('communityId', form);
  const buildingId = Form.useWatch('buildingId', form);
  const basis = Form.useWatch('basis', form);
  const [chosen, setChosen] = useState<string[]>([]);
  const [usages, setUsages] = useState<Record<string, string>>({});
  const [unitsError, setUnitsError] = useState<string>();
  const [result, setResult] = useState<Apportionment>();

  const { buildings, units } = useBuildingUnits(communityId, buildingId);
  // Every unit of a building newly shown is on its meter until unticked.
  useEffect(() => setChosen((units.data ?? []).map((u) => u.id)), [units.data]);

  const apportion = (values: SharedMeterFormValues) => {
    const rows: MeterUnitRow[] = (units.data ?? [])
      .filter((u) => chosen.includes(u.id))
      .map((u) => ({ unitId: u.id, label: u.label, usage: usages[u.id] }));
    const parsed = sharedMeterBody(values, rows);
    form.setFields(
      fieldErrors(['communityId', 'period', 'meterCode', 'utility', 'basis', 'amountYuan'] as const, parsed),
    );
    setUnitsError(parsed.ok ? undefined : parsed.errors.find((e) => e.name === 'units')?.message);
    if (!parsed.ok) return;
    void submit(async (idempotencyKey) => {
      const done = await api.call('post', '/api/v1/shared-meter-apportionments', {
        body: parsed.body,
        idempotencyKey,
      });
      setResult(done);
      void message.success(`已分摊 ${formatFen(done.amountFen)}，出账 ${done.billsIssued} 张`);
    });
  };

  return (
    <section aria-labelledby="shared-meters-title">
      <Typography.Title level={2} id="shared-meters-title" style={{ fontSize: 20 }}>
        公共能耗分摊
      </Typography.Title>
      <Card style={{ maxWidth: 860, marginBottom: 16 }}>
        <ProblemAlert shown={problem} />
        <Form<SharedMeterFormValues>
          form={form}
          {...formLayout(phone)}
          initialValues={{
            communityId: communities[0],
            period: previousPeriod(new Date()),
            utility: 'public-water',
            basis: 'floor-area',
          }}
          onValuesChange={(changed: SharedMeterFormValues) => {
            if ('communityId' in changed) form.setFieldValue('buildingId', undefined);
          }}
          onFinish={apportion}
        >
          <Form.Item name="communityId" label="小区" rules={[{ required: true, message: '请选择小区' }]}>
            <Select options={communityOptions(communities)} />
          </Form.Item>
          <Form.Item name="buildingId" label="楼栋" rules={[{ required: true, message: '请选择楼栋' }]}>
            <Select
              loading={buildings.loading}
              placeholder="表计所在楼栋"
              options={(buildings.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
            />
          </Form.Item>
          <Form.Item name="period" label="月份">
            <Input maxLength={7} placeholder="如 2026-11" />
          </Form.Item>
          <Form.Item name="meterCode" label="表计编号">
            <Input maxLength={40} placeholder="如 B3-W01" />
          </Form.Item>
          <Form.Item name="utility" label="分摊项目">
            <Select options={UTILITY_OPTIONS} />
          </Form.Item>
          <Form.Item name="basis" label="分摊方式">
            <Select options={BASIS_OPTIONS} />
          </Form.Item>
          <Form.Item name="amountYuan" label="金额（元）">
            <Input placeholder="供水供电单位账单金额，如 1234.50" />
          </Form.Item>
          <Form.Item {...buttonRowLayout(phone)}>
            <Button type="primary" htmlType="submit" loading={busy}>
              分摊并出账
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card title={`参与分摊的房屋（已选 ${chosen.length} 户）`} style={{ maxWidth: 860, marginBottom: 16 }}>
        {unitsError && (
          <Typography.Text type="danger" role="alert">
            {unitsError}
          </Typography.Text>
        )}
        <Table
          rowKey="id"
          size="small"
          loading={units.loading}
          pagination={false}
          dataSource={units.data ?? []}
          locale={{ emptyText: <EmptyText>{buildingId ? '该楼栋没有房屋' : '请先选择楼栋'}</EmptyText> }}
          rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys as string[]) }}
          columns={[
            { title: '房号', dataIndex: 'label' },
            {
              title: '建筑面积（㎡）',
              dataIndex: 'grossAreaCentiM2',
              render: (area: number) => (area / 100).toFixed(2),
            },
            ...(basis === 'sub-meter'
              ? [
                  {
                    title: '分表用量',
                    key: 'usage',
                    render: (_: unknown, u: { id: string; label: string }) => (
                      <Input
                        aria-label={`${u.label} 分表用量`}
                        style={{ width: 120 }}
                        value={usages[u.id] ?? ''}
                        onChange={(e) => setUsages((all) => ({ ...all, [u.id]: e.target.value }))}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {result && (
        <Card
          title={`分摊结果 · ${result.meterCode} · ${result.period} · ${result.utilityLabel}`}
          style={{ maxWidth: 860 }}
        >
          <Space style={{ marginBottom: 12 }} wrap>
            <Typography.Text>{result.basisLabel}</Typography.Text>
            <Typography.Text strong>合计 {formatFen(result.amountFen)}</Typography.Text>
            <Typography.Text>出账 {result.billsIssued} 张</Typography.Text>
          </Space>
          <Table
            rowKey="unitId"
            size="small"
            pagination={false}
            dataSource={result.parts}
            columns={[
              { title: '房号', dataIndex: 'unitLabel' },
              {
                title: result.basis === 'sub-meter' ? '分表用量' : '建筑面积（㎡）',
                dataIndex: 'weight',
                render: (weight: number) =>
                  result.basis === 'sub-meter' ? weight : (weight / 100).toFixed(2),
              },
              {
                title: '分摊金额',
                dataIndex: 'amountFen',
                render: (fen: number) => <span data-part>{formatFen(fen)}</span>,
              },
            ]}
          />
        </Card>
      )}
    </section>
  );
}
