import { Alert, Button, Card, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { BASE, navigate } from '../routing';
import { CALLBACK_ROUTE, completeOidcSignIn } from './oidc-sign-in';
import type { StaffSession } from './staff-session';

// One exchange per return from the issuer: React's development StrictMode runs effects twice, and a
// code (and the stored verifier) is good for one attempt only.
let completion: { search: string; result: ReturnType<typeof completeOidcSignIn> } | undefined;

function completeOnce(search: string): ReturnType<typeof completeOidcSignIn> {
  if (completion?.search !== search) completion = { search, result: completeOidcSignIn(search) };
  return completion.result;
}

/** /console/oidc-callback: where the issuer sends the browser back with a code (or an error). */
export function OidcCallbackPage({ onSignedIn }: { onSignedIn(session: StaffSession): void }) {
  const [failure, setFailure] = useState<string>();
  // Read once: the code then leaves the address bar and the history entry.
  const [search] = useState(() => window.location.search);

  useEffect(() => {
    let live = true;
    window.history.replaceState(null, '', `${BASE}${CALLBACK_ROUTE}`);
    void completeOnce(search).then((result) => {
      if (!live) return;
      if ('session' in result) onSignedIn(result.session);
      else setFailure(result.message);
    });
    return () => {
      live = false;
    };
  }, [search, onSignedIn]);

  return (
    <main className="sign-in">
      <Card style={{ width: 480 }}>
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          物业客户服务中心 · 登录
        </Typography.Title>
        {failure ? (
          <>
            <Alert
              type="error"
              showIcon
              message="登录未完成"
              description={failure}
              style={{ marginBottom: 16 }}
            />
            <Button type="primary" block onClick={() => navigate('/')}>
              返回登录页
            </Button>
          </>
        ) : (
          <Spin tip="正在完成统一身份认证登录…">
            <div style={{ height: 48 }} />
          </Spin>
        )}
      </Card>
    </main>
  );
}
