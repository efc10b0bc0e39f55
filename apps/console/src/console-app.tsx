import { Button, Layout, Menu, Result, Space, Spin, Typography } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { gatewayApi } from './api/gateway-api';
import { menuFor } from './navigation/console-menu';
import { PhoneMenu } from './navigation/phone-menu';
import { resolveScreen, type ResolvedScreen } from './navigation/screen-routes';
import { SCREENS } from './navigation/screens';
import { PERMISSION_TABLE } from './permissions/permission-table';
import { navigate, useRoute } from './routing';
import { ROLE_LABELS } from './session/role-labels';
import { SessionContext } from './session/session-context';
import { OidcCallbackPage } from './session/oidc-callback-page';
import { CALLBACK_ROUTE } from './session/oidc-sign-in';
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
    const onSignedIn = (signedIn: StaffSession): void => {
      saveSession(window.sessionStorage, signedIn);
      setSession(signedIn);
      // The first screen the roles have: a technician has no complaint queue.
      navigate('/');
    };
    // The issuer's way back is handled before the sign-in page: no one is signed in yet there.
    if (route === CALLBACK_ROUTE) return <OidcCallbackPage onSignedIn={onSignedIn} />;
    return <SignInPage onSignedIn={onSignedIn} />;
  }

  const menu = menuFor(context.session.roles, PERMISSION_TABLE);
  const screen = resolveScreen(
    route,
    menu.map((entry) => entry.route),
  );
  const selected = screen.kind === 'screen' ? screen.menu : '';
  const roleNames = context.session.roles.map((role) => ROLE_LABELS[role] ?? role).join('、');

  return (
    <SessionContext.Provider value={context}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header className="console-header">
          <PhoneMenu menu={menu} selected={selected} />
          <h1>物业客户服务中心</h1>
          <Space>
            <Typography.Text>
              {context.session.name}（{roleNames}）
            </Typography.Text>
            <Button onClick={context.signOut}>退出</Button>
          </Space>
        </Layout.Header>
        <Layout>
          <Layout.Sider
            className="console-sider"
            width={180}
            theme="light"
            breakpoint="lg"
            collapsedWidth={0}
          >
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
            <main>{screenView(screen)}</main>
          </Layout.Content>
        </Layout>
      </Layout>
    </SessionContext.Provider>
  );
}

function screenView(screen: ResolvedScreen) {
  if (screen.kind === 'screen') {
    const Page = SCREENS[screen.screen];
    return (
      // A page's chunk loads on first use; the menu and header stay while it does.
      <Suspense fallback={<Spin size="large" aria-label="加载中" />}>
        <Page id={screen.params['id'] ?? ''} />
      </Suspense>
    );
  }
  if (screen.kind === 'nothing-for-roles') {
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
