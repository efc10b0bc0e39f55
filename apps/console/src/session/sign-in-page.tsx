import { Alert, Button, Card, Form, Radio, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { sessionOfToken, type StaffSession } from './staff-session';

interface DemoStaffMember {
  staffId: string;
  name: string;
  roles: string[];
  roleLabels: string[];
  communities: string[];
}

type Offer = { state: 'loading' } | { state: 'off' } | { state: 'on'; staff: DemoStaffMember[] };

/**
 * Development sign-in: the gateway lists its demo staff and signs a token for the one picked. Where
 * the gateway runs in production it offers none, and staff sign in through the company's OIDC
 * provider (not built yet; see the README).
 */
export function SignInPage({ onSignedIn }: { onSignedIn(session: StaffSession): void }) {
  const [offer, setOffer] = useState<Offer>({ state: 'loading' });
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ staffId: string }>();

  useEffect(() => {
    fetch('/console/dev/staff')
      .then(async (response) =>
        response.ok
          ? setOffer({ state: 'on', staff: ((await response.json()) as { staff: DemoStaffMember[] }).staff })
          : setOffer({ state: 'off' }),
      )
      .catch(() => setOffer({ state: 'off' }));
  }, []);

  async function signIn({ staffId }: { staffId: string }): Promise<void> {
    setBusy(true);
    setFailure(undefined);
    try {
      const response = await fetch('/console/dev/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ staffId }),
      });
      const body = (await response.json()) as { token?: string; title?: string };
      const session = body.token ? sessionOfToken(body.token) : undefined;
      if (!response.ok || !session) setFailure(body.title ?? '登录失败');
      else onSignedIn(session);
    } catch {
      setFailure('无法连接服务器，请检查网络后重试');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
      <Card style={{ width: 480 }}>
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          物业客户服务中心 · 登录
        </Typography.Title>
        {offer.state === 'loading' && <Spin />}
        {offer.state === 'off' && (
          <Alert
            type="info"
            showIcon
            message="开发登录未开放"
            description="本环境需通过公司统一身份认证（OIDC）登录，请联系系统管理员。"
          />
        )}
        {offer.state === 'on' && (
          <Form form={form} layout="vertical" onFinish={(values) => void signIn(values)} requiredMark={false}>
            <Typography.Paragraph>开发环境：选择一位演示员工及其岗位登录。</Typography.Paragraph>
            <Form.Item
              name="staffId"
              label="演示员工"
              rules={[{ required: true, message: '请选择一位演示员工' }]}
            >
              <Radio.Group>
                <Space direction="vertical">
                  {offer.staff.map((member) => (
                    <Radio key={member.staffId} value={member.staffId}>
                      {member.name}（{member.roleLabels.join('、')}）· {member.communities.join('、')}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            </Form.Item>
            {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
            <Button type="primary" htmlType="submit" loading={busy} block>
              登录
            </Button>
          </Form>
        )}
      </Card>
    </main>
  );
}
