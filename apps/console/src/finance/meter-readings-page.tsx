import type { ApiSchema } from '@pcs/api-client';
import { App, Button, Card, Checkbox, Form, Grid, Input, Select, Table, Typography } from 'antd';
import { useCallback, useEffect } from 'react';
import { EmptyText } from '../common/empty-text';
import { communityOptions } from '../common/select-options';
import { useLoad } from '../common/use-load';
import { useSubmit } from '../common/use-submit';
import { ProblemAlert } from '../complaints/problem-alert';
import { fieldErrors } from '../common/parse-errors';
import { useConsole } from '../session/session-context';
import {
  METER_READING_FIELDS,
  meterReadingBody,
  sheetTitle,
  type MeterReadingFormValues,
} from './meter-reading-form';
import { formatFen } from './money';
import { previousPeriod } from './report-periods';
import { useBuildingUnits } from './use-building-units';
import { buttonRowLayout, formLayout } from '../common/form-layout';

type Reading = ApiSchema<'MeterReadingView'>;

const PERIOD = /^(19\d{2}|2\d{3})-(0[1-9]|1[0-2])$/;

/**
 * 抄表录入 (BIL-1): a unit's own meter read for a month; its usage since last month's reading is billed
 * at the metered item's rate to the unit's owners. Below, the month's readings of the community for
 * the item, as the sheet a meter round fills.
 */
export function MeterReadingsPage() {
  const { api, session } = useConsole();
  const phone = !Grid.useBreakpoint().md;
  const { message } = App.useApp();
  const communities = session.communities.filter((id) => id !== '*');
  const [form] = Form.useForm<MeterReadingFormValues>();
  const { busy, problem, submit } = useSubmit(form, METER_READING_FIELDS);
  const communityId = Form.useWatch('communityId', form);
  const buildingId = Form.useWatch('buildingId', form);
  const period = Form.useWatch('period', form)?.trim();
  const itemCode = Form.useWatch('itemCode', form)?.trim();
  const { buildings, units } = useBuildingUnits(communityId, buildingId);
  const loadItems = useCallback(
    () => api.call('get', '/api/v1/fee-items', { query: { basis: 'metered' } }),
    [api],
  );
  const items = useLoad(loadItems);
  // The company's first metered item until another is chosen.
  useEffect(() => {
    const first = items.data?.items[0]?.code;
    if (first && !form.getFieldValue('itemCode')) form.setFieldValue('itemCode', first);
  }, [items.data, form]);

  const loadSheet = useCallback(
    () =>
      api.call('get', '/api/v1/communities/{id}/meter-readings', {
        params: { id: communityId ?? '' },
        query: { period: period ?? '', ...(itemCode ? { itemCode } : {}) },
      }),
    [api, communityId, period, itemCode],
  );
  const sheet = useLoad(communityId && period && PERIOD.test(period) ? loadSheet : undefined, {
    clearOnFailure: true,
  });

  const record = (values: MeterReadingFormValues) => {
    const parsed = meterReadingBody(values);
    form.setFields(
      fieldErrors(
        ['communityId', 'period', 'itemCode', 'unitId', 'reading', 'previousReading'] as const,
        parsed,
      ),
    );
    if (!parsed.ok) return;
    void submit(async (idempotencyKey) => {
      const done = await api.call('post', '/api/v1/meter-readings', { body: parsed.body, idempotencyKey });
      void message.success(
        `已录入 ${done.unitLabel}：用量 ${done.usage}，${done.billsIssued > 0 ? `出账 ${formatFen(done.amountFen)}` : '无用量，不出账'}`,
      );
      form.setFieldsValue({
        unitId: undefined,
        reading: '',
        previousReading: '',
        meterReplaced: false,
        note: '',
      });
      await sheet.reload();
    });
  };

  return (
    <section aria-labelledby="meter-readings-title">
      <Typography.Title level={2} id="meter-readings-title" style={{ fontSize: 20 }}>
        抄表录入
      </Typography.Title>
      <Card style={{ maxWidth: 860, marginBottom: 16 }}>
        <ProblemAlert shown={problem} />
        <Form<MeterReadingFormValues>
          form={form}
          {...formLayout(phone)}
          initialValues={{
            communityId: communities[0],
            period: previousPeriod(new Date()),
          }}
          onValuesChange={(changed: MeterReadingFormValues) => {
            if ('communityId' in changed) form.setFieldsValue({ buildingId: undefined, unitId: undefined });
            if ('buildingId' in changed) form.setFieldValue('unitId', undefined);
          }}
          onFinish={record}
        >
          <Form.Item name="communityId" label="小区" rules={[{ required: true, message: '请选择小区' }]}>
            <Select options={communityOptions(communities)} />
          </Form.Item>
          <Form.Item name="period" label="月份">
            <Input maxLength={7} placeholder="如 2026-11" />
          </Form.Item>
          <Form.Item name="itemCode" label="收费项目">
            <Select
              loading={items.loading}
              placeholder="按表计量的收费项目"
              notFoundContent="尚未设置按表计量的收费项目"
              options={(items.data?.items ?? []).map((i) => ({
                value: i.code,
                label: `${i.name}（${i.code}）`,
              }))}
            />
          </Form.Item>
          <Form.Item name="buildingId" label="楼栋">
            <Select
              loading={buildings.loading}
              placeholder="房屋所在楼栋"
              options={(buildings.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
            />
          </Form.Item>
          <Form.Item name="unitId" label="房屋">
            <Select
              showSearch
              optionFilterProp="label"
              loading={units.loading}
              placeholder={buildingId ? '选择房号' : '请先选择楼栋'}
              options={(units.data ?? []).map((u) => ({ value: u.id, label: u.label }))}
            />
          </Form.Item>
          <Form.Item name="reading" label="本次读数">
            <Input inputMode="numeric" placeholder="表盘读数，整数" />
          </Form.Item>
          <Form.Item
            name="previousReading"
            label="上次读数"
            extra="首次抄表时填写起始读数，换表时填写新表起始读数；否则自动取上月读数"
          >
            <Input inputMode="numeric" />
          </Form.Item>
          <Form.Item name="meterReplaced" label="已换表" valuePropName="checked">
            <Checkbox>本月换过表</Checkbox>
          </Form.Item>
          <Form.Item name="note" label="备注">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item {...buttonRowLayout(phone)}>
            <Button type="primary" htmlType="submit" loading={busy}>
              录入并出账
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card title={sheetTitle(period, itemCode, items.data?.items ?? [])} style={{ maxWidth: 960 }}>
        <ProblemAlert shown={sheet.problem} />
        <Table<Reading>
          rowKey={(r) => `${r.unitId}:${r.itemCode}`}
          size="small"
          loading={sheet.loading}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          dataSource={sheet.data?.items ?? []}
          locale={{ emptyText: <EmptyText>本月尚未抄表</EmptyText> }}
          onRow={(r) => ({ 'data-reading': r.unitLabel }) as object}
          columns={[
            { title: '房号', dataIndex: 'unitLabel' },
            { title: '项目', dataIndex: 'itemName' },
            { title: '上次读数', dataIndex: 'previousReading' },
            { title: '本次读数', dataIndex: 'reading' },
            {
              title: '用量',
              dataIndex: 'usage',
              render: (usage: number, r) => (r.meterReplaced ? `${usage}（换表）` : usage),
            },
            { title: '单价', dataIndex: 'rateFen', render: (fen: number) => formatFen(fen) },
            {
              title: '金额',
              dataIndex: 'amountFen',
              render: (fen: number) => <span data-amount>{formatFen(fen)}</span>,
            },
            { title: '账单', dataIndex: 'billsIssued', render: (n: number) => `${n} 张` },
            { title: '抄表人', dataIndex: 'recordedByName' },
          ]}
        />
      </Card>
    </section>
  );
}
