import { Button, Layout, Menu, Result, Space, Typography } from 'antd';
import { useMemo, useState, type ReactElement } from 'react';
import { gatewayApi } from './api/gateway-api';
import { CallerCardPage } from './caller-card/caller-card-page';
import { ComplaintPage } from './complaints/complaint-page';
import { ComplaintQueuePage } from './complaints/complaint-queue-page';
import { RegisterComplaintPage } from './complaints/register-complaint-page';
import { HandoversPage } from './handover/handovers-page';
import { IncidentsPage } from './incidents/incidents-page';
import { menuFor, type MenuEntry } from './navigation/console-menu';
import { PERMISSION_TABLE } from './permissions/permission-table';
import { ReconciliationPage } from './reconciliation/reconciliation-page';
import { CallBacksPage } from './return-visits/call-backs-page';
import { ReturnVisitsPage } from './return-visits/return-visits-page';
import { matchRoute, navigate, useRoute } from './routing';
import { ROLE_LABELS } from './session/role-labels';
import { SessionContext } from './session/session-context';
import { SignInPage } from './session/sign-in-page';
import { loadSession, saveSession, type StaffSession } from './session/staff-session';

export function ConsoleApp() {
  const [session, setSession] = useState<StaffSession | undefined>(() =>
    loadSession(window.sessionStorage, new Date()),
  );
  const route = useRoute();

  const context = useMemo(() => {
    if (!session) return undefined;
    const signOut = (): void => {
      saveSession(window.sessionStorage, undefined);
      setSession(undefined);
    };
    return { session, api: gatewayApi(() => session.token, signOut), signOut };
  }, [session]);

  if (!context) {
    return (
      <SignInPage
        onSignedIn={(signedIn) => {
          saveSession(window.sessionStorage, signedIn);
          setSession(signedIn);
          navigate('/complaints');
        }}
      />
    );
  }

  const menu = menuFor(context.session.roles, PERMISSION_TABLE);
  const selected =
    menu.find((entry) => entry.route === route)?.route ?? (route.startsWith('/complaints/') ? '' : route);
  const roleNames = context.session.roles.map((role) => ROLE_LABELS[role] ?? role).join('、');

  return (
    <SessionContext.Provider value={context}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header className="console-header">
          <h1>物业客户服务中心</h1>
          <Space>
            <Typography.Text>
              {context.session.name}（{roleNames}）
            </Typography.Text>
            <Button onClick={context.signOut}>退出</Button>
          </Space>
        </Layout.Header>
        <Layout>
          <Layout.Sider width={180} theme="light" breakpoint="lg" collapsedWidth={0}>
            <nav aria-label="主菜单">
              <Menu
                mode="inline"
                selectedKeys={[selected]}
                items={menu.map((entry) => ({ key: entry.route, label: entry.label }))}
                onClick={({ key }) => navigate(key)}
              />
            </nav>
          </Layout.Sider>
          <Layout.Content className="console-content">
            <main>{screenOf(route, menu)}</main>
          </Layout.Content>
        </Layout>
      </Layout>
    </SessionContext.Provider>
  );
}

function screenOf(route: string, menu: readonly MenuEntry[]) {
  const allowed = (path: string): boolean => menu.some((entry) => entry.route === path);
  if ((route === '/' || route === '/complaints') && allowed('/complaints')) return <ComplaintQueuePage />;
  if (route === '/complaints/new' && allowed('/complaints/new')) return <RegisterComplaintPage />;
  const complaint = matchRoute('/complaints/:id', route);
  if (complaint?.['id'] && allowed('/complaints')) return <ComplaintPage id={complaint['id']} />;
  // front desk
  const frontDesk: Readonly<Record<string, () => ReactElement>> = {
    '/caller-card': () => <CallerCardPage />,
    '/return-visits': () => <ReturnVisitsPage />,
    '/call-backs': () => <CallBacksPage />,
    '/reconciliation': () => <ReconciliationPage />,
    '/handovers': () => <HandoversPage />,
    '/incidents': () => <IncidentsPage />,
  };
  const deskScreen = frontDesk[route];
  if (deskScreen && allowed(route)) return deskScreen();
  // end front desk
  if (route === '/') {
    return (
      <Result status="info" title="您的岗位在本控制台暂无可用功能" subTitle="后续版本将提供相应页面。" />
    );
  }
  return (
    <Result
      status="404"
      title="页面不存在或无权访问"
      subTitle="请从左侧菜单选择；菜单只列出您的岗位可以使用的功能。"
    />
  );
}
