import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import {
  checkScreen,
  failedForReal,
  startWithBrowser,
  STEP_TIMEOUT_MS,
  submitDialog as submitShared,
} from './console-browser.js';
import { Stack } from './stack.js';

/*
 * Issue 15's dispatchers and technicians in a real Chromium against the real processes: a repair
 * request reported at the desk and surveyed (through the API) is found by the dispatcher at a desk PC,
 * who opens its work order; once the customer-service manager has approved it (MNT-6, through the
 * API), the dispatcher dispatches it to a technician. The technician, on a phone (375×812), opens it
 * from their own queue and records arrival, the work and the finish (MNT-7); the timeline shows each
 * step. Each screen is screenshotted (test-e2e/artefacts/console/) and checked with axe.
 */
const PHONE = { width: 375, height: 812 };
// A finger's target (Apple's guidance: 44 pt); on a phone the console's action buttons are 48 px tall.
const MIN_TOUCH_PX = 44;

/** On the phone: nothing wider than the screen (no sideways scrolling). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

const offeredActions = (page: Page): Promise<(string | null)[]> =>
  page.locator('[data-action]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action')));

async function signIn(page: Page, who: RegExp): Promise<void> {
  await page.getByRole('radio', { name: who }).check();
  await page
    .getByRole('button', { name: '登 录' })
    .or(page.getByRole('button', { name: '登录' }))
    .click();
}

async function submitDialog(page: Page, title: string): Promise<void> {
  await submitShared(page.getByRole('dialog', { name: title }), title);
}

describe('dispatchers and technicians in the console, at a desk and on a phone (issue 15)', () => {
  let stack: Stack;
  let browser: Browser;
  const pageErrors: string[] = [];

  const watch = (page: Page): Page => {
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 500) pageErrors.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => {
      if (failedForReal(request)) pageErrors.push(`failed: ${request.url()}`);
    });
    return page;
  };

  beforeAll(async () => {
    [stack, browser] = await startWithBrowser(Stack.start());
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stopAll();
  });

  it('MNT-6, MNT-7: the dispatcher opens and dispatches the work order; the technician works it by phone', async () => {
    const call = async (token: string, method: string, route: string, body: unknown, status: number) => {
      const res = await stack.http(method, route, { token, body });
      expect({ route, status: res.status, body: res.json }).toMatchObject({ route, status });
      return res.json as { id: string; number: string };
    };
    // Repair requests are taken only in a community residents announced (decision 0210).
    await stack.createCommunity();
    // Reported at the desk and surveyed by engineering, through the API.
    const desk = await stack.token({ sub: 'staff-0001', name: '李娜', roles: ['front-desk'] });
    const engineer = await stack.token({ sub: 'staff-0300', name: '林海', roles: ['engineer'] });
    const request = await call(
      desk,
      'POST',
      '/api/v1/repair-requests',
      {
        communityId: 'GZ01',
        source: 'desk',
        location: '3栋2单元502室 卫生间',
        trades: ['plumbing'],
        urgency: 'normal',
        description: '卫生间地漏返水，地面积水',
        contactSurname: '黄',
        contactPhone: '13712345678',
      },
      201,
    );
    await call(
      engineer,
      'POST',
      `/api/v1/repair-requests/${request.id}/survey`,
      {
        surveyedAt: new Date(Date.now() - 60_000).toISOString(),
        participants: [
          { role: 'customer-service', name: '李娜' },
          { role: 'engineering', name: '林海' },
          { role: 'repair-lead', name: '赵刚' },
        ],
        findings: '地漏存水弯堵塞，需疏通并更换地漏芯',
        estimateFen: 30_000,
        component: 'plumbing',
        responsibleParty: 'company',
        warrantyDecision: { underWarranty: false, reason: '公共排水管道老化，保修期已过' },
      },
      200,
    );

    // The dispatcher, at a desk PC, finds the request among the open ones.
    const desktop = watch(await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' }));
    await desktop.goto(`${stack.url}/console/`);
    await signIn(desktop, /赵强（调度员）/);
    const menu = desktop.getByRole('navigation', { name: '主菜单' });
    await menu.getByRole('menuitem', { name: '报修单' }).click();
    await desktop.getByRole('heading', { name: '报修单' }).waitFor({ state: 'visible' });
    const row = desktop.getByRole('row').filter({ hasText: request.number });
    await row.waitFor({ state: 'visible' });
    expect(await row.innerText()).toContain('已查勘');
    await checkScreen(desktop, 'field-1-repairs');

    // Its page: the survey, the timeline and what a dispatcher may do now.
    await row.getByRole('link', { name: request.number }).click();
    await desktop.getByRole('heading', { name: `报修单 ${request.number}` }).waitFor({ state: 'visible' });
    await desktop.locator('[data-history-action="survey"]').waitFor({ state: 'visible' });
    expect(await offeredActions(desktop)).toEqual(['arrive', 'create-work-order', 'cancel']);
    await checkScreen(desktop, 'field-2-repair');

    // The work order: opened here, it waits for the customer-service manager's approval (MNT-6).
    await desktop.locator('[data-action="create-work-order"]').click();
    await desktop
      .getByRole('dialog', { name: '开具派工单' })
      .getByLabel('派工内容')
      .fill('疏通卫生间地漏并更换地漏芯');
    await submitDialog(desktop, '开具派工单');
    const title = desktop.getByRole('heading', { name: /^派工单 / });
    await title.waitFor({ state: 'visible' });
    const number = (await title.innerText()).replace('派工单', '').trim();
    await desktop.getByText('状态：待审批').waitFor({ state: 'visible' });
    await desktop.getByText('客服经理审批').waitFor({ state: 'visible' });
    expect(await offeredActions(desktop)).toEqual(['cancel']);
    await checkScreen(desktop, 'field-3-work-order-awaiting-approval');

    const manager = await stack.token({ sub: 'staff-0003', name: '王磊', roles: ['cs-manager'] });
    const orderId = desktop.url().split('/').pop() ?? '';
    await call(manager, 'POST', `/api/v1/work-orders/${orderId}/approve`, { note: '同意维修' }, 200);
    // MNT-13 (decision 0330): the team it goes to is in the company's directory, as in the demo data.
    await stack.addRepairTeam();

    // Approved: now it may be dispatched, to the technician 孙涛 of the first repair team.
    await desktop.reload();
    await desktop.getByText('状态：已审批待派工').waitFor({ state: 'visible' });
    expect(await offeredActions(desktop)).toEqual(['dispatch', 'cancel']);
    await desktop.locator('[data-action="dispatch"]').click();
    const dispatch = desktop.getByRole('dialog', { name: '派工' });
    // Ant Design's button-style radios hide the input itself: the visible label is what is tapped.
    await dispatch
      .locator('label')
      .filter({ hasText: /^维修队$/ })
      .click();
    // React re-renders the group after the click: wait for the checked radio rather than read it at once.
    await dispatch.getByRole('radio', { name: '维修队', checked: true }).waitFor({ state: 'attached' });
    expect(await dispatch.getByRole('radio', { name: '维修队' }).isChecked()).toBe(true);
    // The first repair team of the company's directory (added below the approval), picked by name.
    await dispatch
      .locator('label')
      .filter({ hasText: /^工程维修一队$/ })
      .click();
    await dispatch.getByRole('radio', { name: '工程维修一队', checked: true }).waitFor({ state: 'attached' });
    await dispatch.getByLabel('维修工工号').fill('staff-0005');
    await dispatch.getByLabel('维修工姓名').fill('孙涛');
    await checkScreen(desktop, 'field-4-dispatch');
    await submitDialog(desktop, '派工');
    await desktop.getByText('状态：已派工').waitFor({ state: 'visible' });
    expect(await offeredActions(desktop)).toEqual(['cancel']);

    // The technician, on a phone: their own queue, no side menu, nothing wider than the screen.
    const context = await browser.newContext({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const phone = watch(await context.newPage());
    await phone.goto(`${stack.url}/console/`);
    await signIn(phone, /孙涛（维修工）/);
    await phone.getByRole('heading', { name: '派工单' }).waitFor({ state: 'visible' });
    expect(await phone.getByRole('navigation', { name: '主菜单' }).isVisible()).toBe(false);
    const card = phone.locator('.work-order-card').filter({ hasText: number });
    await card.waitFor({ state: 'visible' });
    await expectNoSidewaysScroll(phone);
    await checkScreen(phone, 'field-5-phone-my-work-orders');

    // The menu is a drawer behind the header's button.
    await phone.getByRole('button', { name: /^菜\s?单$/ }).tap();
    const drawerMenu = phone.getByRole('navigation', { name: '手机菜单' });
    expect(await drawerMenu.getByRole('menuitem').allInnerTexts()).toEqual(['报修单', '派工单', '房屋查询']);
    await drawerMenu.getByRole('menuitem', { name: '派工单' }).tap();
    await drawerMenu.waitFor({ state: 'hidden' });

    await card.getByRole('link', { name: number }).tap();
    await phone.getByRole('heading', { name: `派工单 ${number}` }).waitFor({ state: 'visible' });
    await phone.getByText('状态：已派工').waitFor({ state: 'visible' });
    expect(await offeredActions(phone)).toEqual(['arrive']);
    const arrive = await phone.locator('[data-action="arrive"]').boundingBox();
    expect(arrive?.height).toBeGreaterThanOrEqual(MIN_TOUCH_PX);
    await expectNoSidewaysScroll(phone);
    await checkScreen(phone, 'field-6-phone-work-order');

    // Arrival (the time filled in as now), the work with its materials, the finish.
    await phone.locator('[data-action="arrive"]').tap();
    await submitDialog(phone, '到场');
    await phone.getByText('状态：维修中').waitFor({ state: 'visible' });
    expect(await offeredActions(phone)).toEqual(['record-work']);
    await phone.locator('[data-action="record-work"]').tap();
    const work = phone.getByRole('dialog', { name: '记录施工' });
    await work.getByLabel('施工内容').fill('疏通地漏存水弯，更换地漏芯，试水无返水');
    await work.getByLabel(/^材料/).fill('防臭地漏芯 1 个 35');
    await expectNoSidewaysScroll(phone);
    await checkScreen(phone, 'field-7-phone-record-work');
    await submitDialog(phone, '记录施工');
    await phone.getByText('防臭地漏芯 1个 ¥35.00').waitFor({ state: 'visible' });
    expect(await offeredActions(phone)).toEqual(['record-work', 'finish']);
    await phone.locator('[data-action="finish"]').tap();
    await submitDialog(phone, '报完工');
    await phone.getByText('状态：待竣工检查').waitFor({ state: 'visible' });
    expect(await offeredActions(phone)).toEqual([]);

    // The timeline shows every step, in order.
    await phone.locator('[data-history-action="finish"]').waitFor({ state: 'visible' });
    expect(
      await phone
        .locator('[data-history-action]')
        .evaluateAll((entries) => entries.map((e) => e.getAttribute('data-history-action'))),
    ).toEqual(['create', 'approve', 'dispatch', 'arrive', 'record-work', 'finish']);
    await expectNoSidewaysScroll(phone);
    await checkScreen(phone, 'field-8-phone-finished');

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
