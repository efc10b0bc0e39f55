import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Role } from '@pcs/contracts';
import type { HttpResult } from '@pcs/testing';
import type { Browser, Page, Request } from 'playwright-core';
import { checkScreen, consolePage, signIn, startWithBrowser, submitDialog } from './console-browser.js';
import { FIRST_REPAIR_TEAM } from './communities.js';
import { Stack } from './stack.js';

/*
 * MNT-13 in a real Chromium against every process (decision 0372): a chief engineer adds a repair team
 * to the directory; finance opens 周转金 and sees its fund 未开立. The team's first settled in-house
 * work order (driven through the API, as repair-journey does) opens the fund and draws ¥80.00 from it.
 * Finance then raises its size to ¥120,000 and tops it up by what it lacks through the screen, the
 * top-up by a double click that records once; the API agrees. The screen is also read on a phone.
 */
const PHONE = { width: 390, height: 844 };

describe('finance’s 周转金 screen (MNT-13) and the collection rate as of a day (BIL-4) in the console', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const team = FIRST_REPAIR_TEAM;

  async function call(
    roles: Role[],
    method: string,
    route: string,
    body?: unknown,
    sub = 'staff-0006',
    name = '周婷',
  ): Promise<HttpResult> {
    const token = await stack.token({ roles, communities: ['*'], sub, name });
    return stack.http(method, route, { token, ...(body === undefined ? {} : { body }) });
  }
  async function ok(result: Promise<HttpResult>, status = 200): Promise<any> {
    const res = await result;
    expect({ status: res.status, body: res.status === status ? 'ok' : res.json }).toEqual({
      status,
      body: 'ok',
    });
    return res.json;
  }

  /**
   * The team's first settlement, as repair-journey drives it: a type-C repair (a paid service) reported,
   * surveyed, approved, dispatched to the in-house team, worked, checked, signed off and settled for
   * ¥80.00; billing opens the team's ¥100,000 fund with that draw (decision 0104).
   */
  async function settleFirstWorkOrder(): Promise<void> {
    const manager = (route: string, body: unknown, status = 200) =>
      ok(call(['cs-manager'], 'POST', route, body, 'staff-0002', '陈敏'), status);
    const building = await manager(
      '/api/v1/communities/GZ01/buildings',
      {
        code: '9',
        name: '9栋',
        floorsAboveGround: 18,
      },
      201,
    );
    const unit = await manager(
      `/api/v1/buildings/${building.id}/units`,
      { number: '0601', floor: 6, type: 'residence', grossAreaCentiM2: 8_950, handoverDate: '2026-06-30' },
      201,
    );
    await manager('/api/v1/paid-service-prices', {
      code: 'faucet-replace',
      name: '更换水龙头',
      unit: '个',
      priceFen: 8_000,
    });
    const request = await ok(
      call(
        ['front-desk'],
        'POST',
        '/api/v1/repair-requests',
        {
          communityId: 'GZ01',
          source: 'desk',
          unitId: unit.id,
          trades: ['plumbing'],
          urgency: 'normal',
          description: '厨房水龙头关不紧，一直滴水',
          contactSurname: '刘',
          contactPhone: '13912345678',
        },
        'staff-0001',
        '李娜',
      ),
      201,
    );
    await ok(
      call(
        ['engineer'],
        'POST',
        `/api/v1/repair-requests/${request.id}/survey`,
        {
          surveyedAt: new Date(Date.now() - 60_000).toISOString(),
          participants: [
            { role: 'customer-service', name: '李娜' },
            { role: 'engineering', name: '林海' },
            { role: 'repair-lead', name: '赵刚' },
          ],
          findings: '水龙头阀芯磨损',
          estimateFen: 8_000,
          component: 'plumbing',
          responsibleParty: 'resident',
          warrantyDecision: { underWarranty: false, reason: '住户自购龙头，不属保修' },
        },
        'staff-0300',
        '林海',
      ),
    );
    const order = await ok(
      call(
        ['dispatcher'],
        'POST',
        '/api/v1/work-orders',
        {
          repairRequestId: request.id,
          description: '更换厨房水龙头',
          paidServices: [{ code: 'faucet-replace', quantity: 1 }],
        },
        'staff-0400',
        '周强',
      ),
      201,
    );
    const path = `/api/v1/work-orders/${order.id}`;
    await manager(`${path}/approve`, { note: '同意' });
    await ok(
      call(
        ['dispatcher'],
        'POST',
        `${path}/dispatch`,
        {
          executor: 'team',
          teamId: team.id,
          teamName: team.name,
          technician: { staffId: 'staff-0601', name: '李建军' },
        },
        'staff-0400',
        '周强',
      ),
    );
    const technician = (route: string, body: unknown) =>
      ok(call(['technician'], 'POST', route, body, 'staff-0601', '李建军'));
    await technician(`${path}/arrival`, { arrivedAt: new Date().toISOString() });
    await technician(`${path}/work`, {
      workDone: '更换水龙头及软管',
      materials: [{ name: '厨房水龙头', quantity: 1, unit: '个', costFen: 5_500 }],
      photos: ['files/e2e/faucet-after.jpg'],
    });
    await technician(`${path}/finish`, {});
    const desk = (route: string, body: unknown) =>
      ok(call(['front-desk'], 'POST', route, body, 'staff-0001', '李娜'));
    await desk(`${path}/check`, { passed: true, inspectors: ['李娜', '赵刚'] });
    await desk(`${path}/sign-off`, { customerName: '刘先生', satisfaction: 'very-satisfied' });
    await ok(
      call(['repair-lead'], 'POST', `${path}/settlement`, { finalAccountFen: 8_000 }, 'staff-0602', '赵刚'),
    );
    const settled = await manager(`${path}/settlement/review`, { settledFen: 8_000 });
    expect(settled).toMatchObject({ status: 'settled', settlement: { fundDraw: 'drawn' } });
  }

  beforeAll(async () => {
    [stack, browser] = await startWithBrowser(Stack.start());
    page = await consolePage(browser, pageErrors);
    await stack.createCommunity();
    // MNT-13 (decision 0329): the chief engineer adds the team to the company's directory.
    await stack.addRepairTeam();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stopAll();
  });

  it('MNT-13 (decision 0372): 未开立 until the first settlement; finance raises the size and tops the fund up, once', async () => {
    await signIn(page, stack.url, /周婷（财务）/);
    const menu = page.getByRole('navigation', { name: '主菜单' });
    expect(await menu.getByRole('menuitem').allInnerTexts()).toContain('周转金');
    await menu.getByRole('menuitem', { name: '周转金' }).click();
    await page.getByRole('heading', { name: '周转金' }).waitFor({ state: 'visible' });

    // The team is listed; billing has no fund for it yet (the API answers 404).
    const row = page.locator(`tr[data-team="${team.id}"]`);
    await row.getByText(team.name).waitFor({ state: 'visible' });
    await row.locator('[data-unopened]').waitFor({ state: 'visible' });
    expect(await row.locator('[data-unopened]').innerText()).toBe('未开立（班组首次结算支取时开立）');
    expect(await row.getByRole('button').count()).toBe(0);
    expect((await call(['finance'], 'GET', `/api/v1/revolving-funds/${team.id}`)).status).toBe(404);
    await checkScreen(page, 'funds-1-unopened');

    // The team's first settlement opens its fund and draws ¥80.00 from it.
    await settleFirstWorkOrder();
    await page.reload();
    await row.getByRole('button', { name: '调整额度' }).waitFor({ state: 'visible' });
    const cells = async () =>
      (await row.locator('td').allInnerTexts()).map((text) => text.trim()).filter(Boolean);
    expect(await cells()).toEqual(expect.arrayContaining(['已开立', '¥100,000.00', '¥99,920.00', '¥80.00']));
    await checkScreen(page, 'funds-2-opened');

    // 调整额度: below what is drawn out is refused on the field, before asking; ¥120,000 is set.
    await row.getByRole('button', { name: '调整额度' }).click();
    const resize = page.getByRole('dialog', { name: `调整额度 · ${team.name}` });
    await resize.waitFor({ state: 'visible' });
    await resize.getByLabel('新额度（元）').fill('79.99');
    await resize.getByRole('button', { name: /提\s?交/ }).click();
    await resize.getByText('该班组已支用 ¥80.00，额度不能低于此数').waitFor({ state: 'visible' });
    await resize.getByLabel('新额度（元）').fill('120000');
    // Checked as typed: the corrected size no longer shows the refusal.
    await resize.getByText('该班组已支用 ¥80.00，额度不能低于此数').waitFor({ state: 'hidden' });
    await resize.getByText('将从周转金备用金划入 ¥20,000.00，调整后余额 ¥119,920.00').waitFor({
      state: 'visible',
    });
    await resize.getByLabel('备注').fill('班组扩编，经总经理审批');
    await checkScreen(page, 'funds-3-resize');
    await submitDialog(resize, '调整额度');
    await row.getByText('¥120,000.00').waitFor({ state: 'visible' });
    expect(await cells()).toEqual(expect.arrayContaining(['¥120,000.00', '¥119,920.00', '¥80.00']));
    expect(await ok(call(['finance'], 'GET', `/api/v1/revolving-funds/${team.id}`))).toEqual({
      teamId: team.id,
      sizeFen: 12_000_000,
      balanceFen: 11_992_000,
    });

    // 补充周转金: what it lacks is shown; a double click tops it up once, with the dialog's one key.
    const replenishments: Request[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith(`/revolving-funds/${team.id}/replenishments`))
        replenishments.push(request);
    });
    await row.getByRole('button', { name: '补充周转金' }).click();
    const topUp = page.getByRole('dialog', { name: `补充周转金 · ${team.name}` });
    await topUp.waitFor({ state: 'visible' });
    await topUp.getByText('最多可补充 ¥80.00（补足至额度），精确到分').waitFor({ state: 'visible' });
    // Decision 0390: someone tops it up by ¥30.00 meanwhile; the ¥80.00 typed is refused, and the dialog
    // reads the fund again: its figures and the field's error are the fund's as it now is.
    await ok(
      stack.http('POST', `/api/v1/revolving-funds/${team.id}/replenishments`, {
        token: await stack.token({ roles: ['finance'], communities: ['*'], sub: 'staff-0006', name: '周婷' }),
        body: { amountFen: 3_000, note: '另一位财务同时补充' },
        headers: { 'idempotency-key': randomUUID() },
      }),
    );
    await topUp.getByLabel('补充金额（元）').fill('80');
    await topUp.getByRole('button', { name: /提\s?交/ }).click();
    await topUp.locator('[data-refreshed]').waitFor({ state: 'visible' });
    expect(await topUp.locator('[data-balance]').innerText()).toBe('¥119,950.00');
    await topUp.getByText('最多可补充 ¥50.00（补足至额度），精确到分').waitFor({ state: 'visible' });
    await topUp
      .getByText('补充后不能超过额度：最多可补充 ¥50.00', { exact: true })
      .waitFor({ state: 'visible' });
    await row.getByText('¥119,950.00').waitFor({ state: 'visible' });
    await topUp.getByLabel('补充金额（元）').fill('50');
    // The corrected amount no longer shows the refusal.
    await topUp
      .getByText('补充后不能超过额度：最多可补充 ¥50.00', { exact: true })
      .waitFor({ state: 'hidden' });
    await checkScreen(page, 'funds-4-replenish');
    // The corrected amount is a new request with a new key; its double click sends that key only.
    replenishments.length = 0;
    await topUp.getByRole('button', { name: /提\s?交/ }).dblclick();
    await topUp.waitFor({ state: 'hidden' });
    await row.getByText('¥0.00', { exact: true }).waitFor({ state: 'visible' });
    expect(await cells()).toEqual(expect.arrayContaining(['¥120,000.00', '¥0.00']));
    expect(replenishments.length).toBeGreaterThanOrEqual(1);
    expect(new Set(replenishments.map((r) => r.headers()['idempotency-key'])).size).toBe(1);
    expect(await ok(call(['finance'], 'GET', `/api/v1/revolving-funds/${team.id}`))).toEqual({
      teamId: team.id,
      sizeFen: 12_000_000,
      balanceFen: 12_000_000,
    });
    await checkScreen(page, 'funds-5-topped-up');

    // Decision 0390: a full fund's dialog says so once, has nothing to type and cannot be submitted.
    await row.getByRole('button', { name: '补充周转金' }).click();
    await topUp.waitFor({ state: 'visible' });
    await topUp.locator('[data-full]').waitFor({ state: 'visible' });
    expect(await topUp.getByText('周转金已达额度，无需补充').count()).toBe(1);
    expect(await topUp.getByLabel('补充金额（元）').count()).toBe(0);
    expect(await topUp.getByRole('button', { name: /提\s?交/ }).isDisabled()).toBe(true);
    await checkScreen(page, 'funds-5b-full');
    await topUp.getByRole('button', { name: /取\s?消/ }).click();
    await topUp.waitFor({ state: 'hidden' });

    // On a phone the team is a card, nothing wider than the screen.
    await page.setViewportSize(PHONE);
    const card = page.locator(`[data-team="${team.id}"]`);
    await card.getByText('¥120,000.00').first().waitFor({ state: 'visible' });
    await card.getByRole('button', { name: '补充周转金' }).waitFor({ state: 'visible' });
    expect((await page.evaluate('document.documentElement.scrollWidth')) as number).toBeLessThanOrEqual(
      PHONE.width,
    );
    await checkScreen(page, 'funds-6-phone');

    expect(pageErrors).toEqual([]);
  });

  it('BIL-4 (decisions 0360, 0373): the collection rate is asked as of the 截至日期 and says which day it is of', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(Date.now() - 86_400_000),
    );
    const rates: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/v1/communities/GZ01/collection-rate')
        rates.push(request.url());
    });
    const menu = page.getByRole('navigation', { name: '主菜单' });
    await menu.getByRole('menuitem', { name: '欠费与收费率' }).click();
    await page.getByRole('heading', { name: '欠费与收费率' }).waitFor({ state: 'visible' });
    await page
      .locator('[data-as-of]')
      .getByText(/截至今天/)
      .waitFor({ state: 'visible' });
    await page.getByLabel('截至日期').fill(yesterday);
    await page
      .locator('[data-as-of]')
      .getByText(`欠费与收费率均截至 ${yesterday} 日终`, { exact: true })
      .waitFor({ state: 'visible' });
    expect(rates.at(-1)).toContain(`asOf=${yesterday}`);
    await checkScreen(page, 'funds-7-arrears-as-of');

    // Decision 0391: beside a refused 截至日期 (a later day, another format) no figures are shown.
    const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(Date.now() + 86_400_000),
    );
    const total = page.locator('.ant-statistic').filter({ hasText: '欠费合计' });
    for (const refused of [tomorrow, yesterday.replaceAll('-', '/')]) {
      await page.getByLabel('截至日期').fill(refused);
      await page.locator('[data-stale]').waitFor({ state: 'visible' });
      expect(await page.locator('[data-as-of]').count()).toBe(0);
      expect(await total.locator('.ant-statistic-content').innerText()).toBe('—');
    }
    await checkScreen(page, 'funds-8-arrears-refused-day');
    await page.getByLabel('截至日期').fill('');
    await page
      .locator('[data-as-of]')
      .getByText(/截至今天/)
      .waitFor({ state: 'visible' });
    expect(await page.locator('[data-stale]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
