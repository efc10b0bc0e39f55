import type { ApiSchema } from '@pcs/api-client';
import { App, Button, Card, Form, Grid, Input, Select, Typography } from 'antd';
import { useCallback } from 'react';
import { EmptyText } from '../common/empty-text';
import { buttonRowLayout, formLayout } from '../common/form-layout';
import { ResponsiveTable } from '../common/responsive-table';
import { useLoad } from '../common/use-load';
import { useSubmit } from '../common/use-submit';
import { ProblemAlert } from '../complaints/problem-alert';
import { fieldErrors } from '../common/parse-errors';
import { useConsole } from '../session/session-context';
import {
  basisText,
  FEE_BASIS_OPTIONS,
  FEE_ITEM_FIELDS,
  feeItemBody,
  rateShownToday,
  rateUnitText,
  UNIT_TYPE_OPTIONS,
  type FeeItemFormValues,
} from './fee-item-form';
import { fenToYuanText } from './money';
import { beijingDate } from './report-periods';

type FeeItem = ApiSchema<'FeeItemView'>;

const UNIT_TYPE_LABEL = new Map(UNIT_TYPE_OPTIONS.map((o) => [o.value, o.label]));

/**
 * 收费项目 (BIL-1): the company's fee items with their dated rates, and a form that defines an item or
 * gives it a new rate from a day on; bills already issued keep theirs. Clicking an item fills the form
 * with it, so a new rate is its old terms with another amount and day. On a phone the items are cards
 * and the form's labels stand above its fields (decision 0316).
 */
export function FeeItemsPage() {
  const { api } = useConsole();
  const { message } = App.useApp();
  const [form] = Form.useForm<FeeItemFormValues>();
  const { busy, problem, submit } = useSubmit(form, FEE_ITEM_FIELDS, (path) =>
    path.join('.') === 'rateFen' ? 'rateYuan' : path.join('.'),
  );
  const loadItems = useCallback(() => api.call('get', '/api/v1/fee-items', {}), [api]);
  const items = useLoad(loadItems);
  const today = beijingDate(new Date());
  const phone = !Grid.useBreakpoint().md;

  const save = (values: FeeItemFormValues) => {
    const parsed = feeItemBody(values);
    form.setFields(fieldErrors(['code', 'name', 'basis', 'rateYuan', 'effectiveFrom'] as const, parsed));
    if (!parsed.ok) return;
    void submit(async (idempotencyKey) => {
      const saved = await api.call('post', '/api/v1/fee-items', { body: parsed.body, idempotencyKey });
      void message.success(`已保存 ${saved.name}：${saved.rates.length} 个单价`);
      await items.reload();
    });
  };

  return (
    <section aria-labelledby="fee-items-title">
      <Typography.Title level={2} id="fee-items-title" style={{ fontSize: 20 }}>
        收费项目
      </Typography.Title>
      <Card title="收费项目与单价" style={{ maxWidth: 1100, marginBottom: 16 }}>
        <ProblemAlert shown={items.problem} />
        <ResponsiveTable<FeeItem>
          rowKey="code"
          size="small"
          loading={items.loading}
          pagination={false}
          dataSource={items.data?.items ?? []}
          emptyText={<EmptyText>尚未设置收费项目</EmptyText>}
          card={{ title: 'name' }}
          onRow={(item) =>
            ({
              'data-fee-item': item.code,
              style: { cursor: 'pointer' },
              onClick: () =>
                form.setFieldsValue({
                  code: item.code,
                  name: item.name,
                  basis: item.basis,
                  unitTypes: item.unitTypes ?? [],
                  rateYuan: '',
                  effectiveFrom: '',
                }),
            }) as object
          }
          columns={[
            { key: 'name', title: '项目', dataIndex: 'name' },
            { key: 'code', title: '代码', dataIndex: 'code' },
            {
              key: 'basisLabel',
              title: '计费方式',
              dataIndex: 'basisLabel',
              render: (_: string, item) => basisText(item),
            },
            {
              key: 'unitTypes',
              title: '适用房屋',
              dataIndex: 'unitTypes',
              render: (types?: string[]) =>
                types ? types.map((t) => UNIT_TYPE_LABEL.get(t as never) ?? t).join('、') : '全部',
            },
            {
              title: '现行单价',
              key: 'rate',
              render: (_: unknown, item) => {
                const shown = rateShownToday(item.rates, today);
                return shown ? (
                  <span data-rate>
                    {`${fenToYuanText(shown.rate.rateFen)} ${rateUnitText(item)}${shown.from ? `（${shown.from} 起）` : ''}`}
                  </span>
                ) : (
                  '—'
                );
              },
            },
            {
              title: '调价记录',
              key: 'rates',
              render: (_: unknown, item) =>
                item.rates.map((r) => `${r.effectiveFrom} 起 ${fenToYuanText(r.rateFen)}`).join('；'),
            },
            {
              key: 'lateFee',
              title: '滞纳金',
              dataIndex: 'lateFee',
              render: (terms?: FeeItem['lateFee']) =>
                !terms
                  ? '无'
                  : terms.kind === 'daily-rate'
                    ? `每日 ${(terms.value / 100).toFixed(2)}%，宽限 ${terms.graceDays ?? 15} 天`
                    : `一次 ${fenToYuanText(terms.value)} 元，宽限 ${terms.graceDays ?? 15} 天`,
            },
          ]}
        />
      </Card>
      <Card title="新增项目或调价" style={{ maxWidth: 860 }}>
        <ProblemAlert shown={problem} />
        <Form<FeeItemFormValues>
          form={form}
          {...formLayout(phone)}
          initialValues={{ basis: 'per-square-metre' }}
          onFinish={save}
        >
          <Form.Item
            name="code"
            label="项目代码"
            extra="小写字母、数字和 -，如 property-management；已有项目的代码即为调价"
          >
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="name" label="项目名称">
            <Input maxLength={60} placeholder="如 物业管理费" />
          </Form.Item>
          <Form.Item name="basis" label="计费方式">
            <Select options={FEE_BASIS_OPTIONS} />
          </Form.Item>
          <Form.Item name="rateYuan" label="单价（元）">
            <Input placeholder="如 2.50" />
          </Form.Item>
          <Form.Item name="effectiveFrom" label="生效日期" extra="自该日起的账单按新单价；已出账单不变">
            <Input maxLength={10} placeholder="如 2027-01-01" />
          </Form.Item>
          <Form.Item
            name="unitTypes"
            label="适用房屋类型"
            extra="不选：新项目适用全部类型，已有项目保持原范围"
          >
            <Select mode="multiple" allowClear options={UNIT_TYPE_OPTIONS} />
          </Form.Item>
          <Form.Item {...buttonRowLayout(phone)}>
            <Button type="primary" htmlType="submit" loading={busy}>
              保存
            </Button>
          </Form.Item>
        </Form>
      </Card>
    </section>
  );
}
