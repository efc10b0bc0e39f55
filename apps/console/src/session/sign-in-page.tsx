import { Alert, Button, Card, Form, Radio, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { startOidcSignIn, type OidcSettings } from './oidc-sign-in';
import { sessionOfToken, type StaffSession } from './staff-session';

interface DemoStaffMember {
  staffId: string;
  name: string;
  roles: string[];
  roleLabels: string[];
  communities: string[];
}

type SignInMode =
  { mode: 'development' } | ({ mode: 'oidc' } & OidcSettings) | { mode: 'unavailable'; reason: string };

type Offer =
  | { state: 'loading' }
  | { state: 'off' }
  | { state: 'on'; staff: DemoStaffMember[] }
  | { state: 'oidc'; settings: OidcSettings };

async function loadOffer(): Promise<Offer> {
  const modeResponse = await fetch('/console/sign-in');
  if (!modeResponse.ok) return { state: 'off' };
  const mode = (await modeResponse.json()) as SignInMode;
  if (mode.mode === 'oidc') return { state: 'oidc', settings: mode };
  if (mode.mode !== 'development') return { state: 'off' };
  const response = await fetch('/console/dev/staff');
  if (!response.ok) return { state: 'off' };
  return { state: 'on', staff: ((await response.json()) as { staff: DemoStaffMember[] }).staff };
}

/**
 * The gateway says how staff sign in (decision 0171): in development, a demo staff member picked from
 * its list, for whom it signs a token; in production, the company's OIDC issuer (统一身份认证).
 */
export function SignInPage({ onSignedIn }: { onSignedIn(session: StaffSession): void }) {
  const [offer, setOffer] = useState<Offer>({ state: 'loading' });
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ staffId: string }>();

  useEffect(() => {
    loadOffer()
      .then(setOffer)
      .catch(() => setOffer({ state: 'off' }));
  }, []);

  async function signInWithIssuer(settings: OidcSettings): Promise<void> {
    setBusy(true);
    setFailure(undefined);
    // On success the browser is on its way to the issuer: the button stays busy.
    const message = await startOidcSignIn(settings);
    if (message) {
      setFailure(message);
      setBusy(false);
    }
  }

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
            message="暂时无法登录"
            description="本环境未开放开发登录，统一身份认证（OIDC）尚未配置完整，请联系系统管理员。"
          />
        )}
        {offer.state === 'oidc' && (
          <>
            <Typography.Paragraph>请使用公司统一身份认证账号登录。</Typography.Paragraph>
            {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
            <Button type="primary" block loading={busy} onClick={() => void signInWithIssuer(offer.settings)}>
              统一身份认证登录
            </Button>
          </>
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
