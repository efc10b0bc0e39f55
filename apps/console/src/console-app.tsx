import { Button, Layout, Menu, Result, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { gatewayApi } from './api/gateway-api';
import { ComplaintPage } from './complaints/complaint-page';
import { ComplaintQueuePage } from './complaints/complaint-queue-page';
import { RegisterComplaintPage } from './complaints/register-complaint-page';
import { ArrearsPage } from './finance/arrears-page';
import { menuFor, type MenuEntry } from './navigation/console-menu';
// dispatchers and technicians
import { PhoneMenu } from './navigation/phone-menu';
import { RepairListPage } from './repairs/repair-list-page';
import { RepairPage } from './repairs/repair-page';
import { WorkOrderListPage } from './work-orders/work-order-list-page';
import { WorkOrderPage } from './work-orders/work-order-page';
import { PERMISSION_TABLE } from './permissions/permission-table';
import { ReportsPage } from './reports/reports-page';
import { matchRoute, navigate, useRoute } from './routing';
import { ROLE_LABELS } from './session/role-labels';
import { SessionContext } from './session/session-context';
import { SignInPage } from './session/sign-in-page';
import { loadSession, saveSession, type StaffSession } from './session/staff-session';
import { UnitPage } from './units/unit-page';
import { UnitSearchPage } from './units/unit-search-page';

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
          // The first screen the roles have: a technician has no complaint queue.
          navigate('/');
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
  // dispatchers and technicians: a technician, who has no complaint queue, starts at the work orders.
  if ((route === '/work-orders' || route === '/') && allowed('/work-orders')) return <WorkOrderListPage />;
  const workOrder = matchRoute('/work-orders/:id', route);
  if (workOrder?.['id'] && allowed('/work-orders')) return <WorkOrderPage id={workOrder['id']} />;
  if (route === '/repairs' && allowed('/repairs')) return <RepairListPage />;
  const repair = matchRoute('/repairs/:id', route);
  if (repair?.['id'] && allowed('/repairs')) return <RepairPage id={repair['id']} />;
  // units and finance
  if (route === '/units' && allowed('/units')) return <UnitSearchPage />;
  const unit = matchRoute('/units/:id', route);
  if (unit?.['id'] && allowed('/units')) return <UnitPage id={unit['id']} />;
  if (route === '/finance/arrears' && allowed('/finance/arrears')) return <ArrearsPage />;
  if (route === '/reports' && allowed('/reports')) return <ReportsPage />;
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
