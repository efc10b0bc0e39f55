import type { ApiRequestBody } from '@pcs/api-client';
import { Alert, App, Button, Card, Checkbox, Form, Grid, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { registerFormValues } from '../caller-card/caller-card-logic';
import { handedDraft } from '../caller-card/register-draft';
import { useSubmit } from '../common/use-submit';
import { navigate } from '../routing';
import { useConsole } from '../session/session-context';
import { CATEGORY_LABELS, CHANNEL_LABELS, INTENT_LABELS, KIND_LABELS } from './complaint-labels';
import { ProblemAlert } from './problem-alert';
import { registerRules, registrationCustomer } from './register-form';
import { communityOptions, optionsOf } from '../common/select-options';
import { buttonRowLayout, formLayout } from '../common/form-layout';

type Registration = ApiRequestBody<'registerComplaint'>;
type FormValues = Omit<Registration, 'receivedAt'>;

/** The fields this form shows, by the names problem details give them, with their labels. */
const FORM_FIELDS: Readonly<Record<string, string>> = {
  communityId: '小区',
  kind: '类型',
  channel: '来源',
  'customer.anonymous': '匿名',
  'customer.surname': '客户姓氏',
  'customer.phone': '联系电话',
  location: '地点',
  description: '内容',
  demand: '客户诉求',
  category: '分类',
  intent: '投诉意图',
  answer: '当场答复',
};

/** 来电来访登记: a call, visit or letter into the register (CMP-1, DESK-2). */
export function RegisterComplaintPage() {
  const { api, session } = useConsole();
  const phone = !Grid.useBreakpoint().md;
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  // One key per filled-in form: a double click or a retry registers one entry. The form's items are
  // nested (`customer.phone` is ['customer', 'phone']), so refusals are set on the paths themselves.
  const { busy, problem, submit } = useSubmit(form, FORM_FIELDS, (path) => path);
  const anonymous = Form.useWatch(['customer', 'anonymous'], form);
  const kind = Form.useWatch('kind', form);
  // Opened from a caller card (DESK-3): the caller, community, unit and person are already known.
  const [fromCard] = useState(() => {
    const handed = handedDraft();
    return handed && { ...handed, values: registerFormValues(handed.draft, session.communities[0]) };
  });

  const rules = registerRules({ anonymous: !!anonymous, unit: !!fromCard?.values.unitId });

  const register = ({ location, customer, ...values }: FormValues) =>
    submit(async (idempotencyKey) => {
      const created = await api.call('post', '/api/v1/complaints', {
        body: {
          ...values,
          // Decision 0292: an anonymous customer's name and number are never sent.
          customer: registrationCustomer(customer),
          // Optional with a unit: a location typed and erased again is left out, not sent empty.
          ...(location?.trim() ? { location } : {}),
          ...(fromCard?.values.unitId ? { unitId: fromCard.values.unitId } : {}),
          ...(fromCard?.values.personId ? { personId: fromCard.values.personId } : {}),
          receivedAt: new Date().toISOString(),
        },
        idempotencyKey,
      });
      message.success(`已登记：${created.number}`);
      navigate(`/complaints/${created.id}`);
    });

  return (
    <section aria-labelledby="register-title">
      <Typography.Title level={2} id="register-title" style={{ fontSize: 20 }}>
        来电来访登记
      </Typography.Title>
      <Card style={{ maxWidth: 760 }}>
        {fromCard && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={`来自来电卡片：${fromCard.draft.customer.phone}${fromCard.unitLabel ? `，${fromCard.unitLabel}` : ''}`}
          />
        )}
        <ProblemAlert shown={problem} />
        <Form<FormValues>
          form={form}
          {...formLayout(phone)}
          initialValues={{
            communityId: session.communities[0],
            kind: 'complaint',
            channel: 'call',
            customer: { anonymous: false },
            ...(fromCard
              ? {
                  communityId: fromCard.values.communityId,
                  channel: fromCard.values.channel,
                  customer: fromCard.values.customer,
                }
              : {}),
          }}
          onFinish={(values) => void register(values)}
        >
          <Form.Item name="communityId" label="小区" rules={[{ required: true, message: '请选择小区' }]}>
            <Select options={communityOptions(session.communities)} />
          </Form.Item>
          <Form.Item name="kind" label="类型">
            <Select options={optionsOf(KIND_LABELS)} />
          </Form.Item>
          <Form.Item name="channel" label="来源" rules={[{ required: true, message: '请选择来源' }]}>
            <Select options={optionsOf(CHANNEL_LABELS)} />
          </Form.Item>
          <Form.Item name={['customer', 'anonymous']} label="匿名" valuePropName="checked">
            <Checkbox
              onChange={(event) => {
                // Decision 0292: ticked, the name and number typed (or handed by a caller card) go.
                if (event.target.checked) {
                  form.setFieldValue(['customer', 'surname'], undefined);
                  form.setFieldValue(['customer', 'phone'], undefined);
                }
              }}
            >
              客户不愿留下姓名和电话
            </Checkbox>
          </Form.Item>
          {!anonymous && (
            <>
              <Form.Item name={['customer', 'surname']} label="客户姓氏" rules={rules.surname}>
                <Input maxLength={20} />
              </Form.Item>
              <Form.Item name={['customer', 'phone']} label="联系电话" rules={rules.phone}>
                <Input maxLength={60} placeholder="如 138 0013 8000 或 020-88881234" />
              </Form.Item>
            </>
          )}
          <Form.Item name="location" label="地点" rules={rules.location}>
            <Input maxLength={200} placeholder="如 1栋1201室、地下车库B区" />
          </Form.Item>
          <Form.Item name="description" label="内容" rules={rules.description}>
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item name="demand" label="客户诉求" rules={rules.demand}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item name="category" label="分类">
            <Select allowClear placeholder="暂不分类" options={optionsOf(CATEGORY_LABELS)} />
          </Form.Item>
          {/* CMP-7: what the complainant wants guides the response and is reported on. Only a
              complaint has one: not kept once the field is hidden. */}
          {(kind ?? 'complaint') === 'complaint' && (
            <Form.Item name="intent" label="投诉意图" preserve={false}>
              <Select allowClear placeholder="未记录" options={optionsOf(INTENT_LABELS)} />
            </Form.Item>
          )}
          {/* DESK-2: an enquiry is answered on the spot and registered answered, with the answer. */}
          {kind === 'enquiry' && (
            <Form.Item name="answer" label="当场答复" rules={rules.answer} preserve={false}>
              <Input.TextArea rows={3} maxLength={2000} showCount />
            </Form.Item>
          )}
          <Form.Item {...buttonRowLayout(phone)}>
            <Space>
              <Button type="primary" htmlType="submit" loading={busy}>
                登记
              </Button>
              <Button onClick={() => navigate('/complaints')}>返回队列</Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
    </section>
  );
}
