import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  checkScreen,
  choose,
  clickUntilShown,
  failedForReal,
  startWithBrowser,
  STEP_TIMEOUT_MS,
  submitDialog,
} from './console-browser.js';
import { setProcessClock, Stack } from './stack.js';

/*
 * Issue 15's first journey in a real Chromium (Debian's, driven by playwright-core) against every
 * service and the gateway as real processes: the front desk signs in, registers a call (a wrong phone
 * number first, shown on its field), finds it in the queue, opens it, assigns it and sees the
 * timeline. Each screen is screenshotted (test-e2e/artefacts/console/, not committed) and checked
 * with axe for serious or critical accessibility violations.
 */

/**
 * Reloads until `locator` shows, for at most `attempts` rounds of `waitMs` each: the page shows what
 * the service said when it loaded, and the deadline scheduler runs on its own timer. Generous (at
 * least 90 s): on a loaded 2-core CI machine the scan, the escalation's events and each reload all
 * wait for a CPU, and 20 rounds once ran out before the escalation showed.
 */
async function reloadUntilVisible(
  page: Page,
  locator: Locator,
  attempts = 60,
  waitMs = 1_500,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await locator.waitFor({ state: 'visible', timeout: waitMs });
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await page.reload();
    }
  }
}

async function signInAs(page: Page, who: RegExp): Promise<void> {
  if (await page.getByRole('button', { name: /退\s?出/ }).isVisible()) {
    await page.getByRole('button', { name: /退\s?出/ }).click();
  }
  await page.getByRole('radio', { name: who }).check();
  await page
    .getByRole('button', { name: '登 录' })
    .or(page.getByRole('button', { name: '登录' }))
    .click();
  // Signed in: the header's sign-out button (the menu of a role with no screens is empty, hence hidden).
  await page.getByRole('button', { name: /退\s?出/ }).waitFor({ state: 'visible' });
}

async function openMenu(page: Page, label: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: label }).click();
  await page.getByRole('heading', { name: heading }).waitFor({ state: 'visible' });
}

describe('the staff console in a real browser (issue 15)', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  // The complaints service's clock (decision 0084): real time until the test moves it on.
  const clockDir = mkdtempSync(path.join(tmpdir(), 'pcs-console-clock-'));
  const clockFile = path.join(clockDir, 'clock');
  const setClock = (at: Date): void => setProcessClock(clockFile, at.toISOString());
  /** The register entry the front desk takes through its day (test 2), by number. */
  let deskEntry = '';

  beforeAll(async () => {
    setClock(new Date());
    [stack, browser] = await startWithBrowser(
      Stack.start({}, { complaints: { CLOCK_FILE: clockFile, DEADLINE_SCAN_INTERVAL_MS: '500' } }),
    );
    // The community the desk works in, set up in residents before the journey begins.
    await stack.createCommunity();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Refusals (the wrong phone number's 400) are part of the journey; a server error never is.
    page.on('response', (response) => {
      if (response.status() >= 500) pageErrors.push(`${response.status()} ${response.url()}`);
    });
    // A fetch cut short by the test navigating away (a new sign-in, a typed address) is not a failure.
    page.on('requestfailed', (request) => {
      if (failedForReal(request)) pageErrors.push(`failed: ${request.url()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stopAll();
    rmSync(clockDir, { recursive: true, force: true });
  });

  it('a front-desk member signs in, registers a call, finds it in the queue, opens, assigns it and reads its timeline', async () => {
    // Sign in as the demo front-desk member.
    await page.goto(`${stack.url}/console/`);
    await page.getByRole('radio', { name: /李娜（前台\/客服专员）/ }).check();
    await checkScreen(page, '1-sign-in');
    await page
      .getByRole('button', { name: '登 录' })
      .or(page.getByRole('button', { name: '登录' }))
      .click();

    // The queue, with the menus the front desk's roles allow.
    await page.getByRole('heading', { name: '投诉队列' }).waitFor({ state: 'visible' });
    const menu = page.getByRole('navigation', { name: '主菜单' });
    expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual([
      '来电卡片',
      '来电来访登记',
      '投诉队列',
      '回访队列',
      '回电提醒',
      '日盘点',
      '交接班',
      '预警与事件',
      '报修单',
      '派工单',
      '房屋查询',
      '欠费与收费率',
      '报表下载',
    ]);
    await page.getByRole('button', { name: '新建登记' }).click();

    // A wrong phone number: the refusal's Chinese message on the phone field.
    await page.getByRole('heading', { name: '来电来访登记' }).waitFor({ state: 'visible' });
    await page.getByLabel('客户姓氏').fill('王');
    await page.getByLabel('联系电话').fill('12345');
    await page.getByLabel('地点').fill('1栋1201室');
    await page.getByLabel('内容').fill('楼上装修噪音，晚上十点后仍在施工');
    await page.getByLabel('客户诉求').fill('请物业立即制止夜间施工');
    await page
      .getByRole('button', { name: '登 记' })
      .or(page.getByRole('button', { name: '登记' }))
      .click();
    await page.getByRole('alert').filter({ hasText: '请求参数无效' }).waitFor({ state: 'visible' });
    const phoneItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('联系电话') });
    await phoneItem.locator('.ant-form-item-explain-error').waitFor({ state: 'visible' });
    expect(await phoneItem.locator('.ant-form-item-explain-error').innerText()).toMatch(/[\u4e00-\u9fa5]/);
    await checkScreen(page, '2-register-refused');

    // Corrected, it is registered and its page opens. The caller wants the noise stopped (CMP-7).
    await page.getByLabel('联系电话').fill('138 0013 8000');
    const registerForm = page.locator('form').filter({ has: page.getByLabel('客户诉求') });
    await choose(page, registerForm, '投诉意图', '解决问题');
    await page
      .getByRole('button', { name: '登 记' })
      .or(page.getByRole('button', { name: '登记' }))
      .click();
    const title = page.getByRole('heading', { name: /^投诉 / });
    await title.waitFor({ state: 'visible' });
    const number = (await title.innerText()).replace('投诉 ', '').trim();
    expect(number).toMatch(/^TS-GZ01-\d{4}-\d{6}$/);

    // In the queue, with its next due time.
    await page.getByRole('button', { name: '返回队列' }).click();
    const row = page.getByRole('row').filter({ hasText: number });
    await row.waitFor({ state: 'visible' });
    expect(await row.innerText()).toContain('已登记');
    expect(await row.innerText()).toMatch(/剩余 /);
    await checkScreen(page, '3-queue');

    // Opened from the queue: only what a registered complaint allows is offered.
    await row.getByRole('link', { name: number }).click();
    await page.getByRole('heading', { name: `投诉 ${number}` }).waitFor({ state: 'visible' });
    const actions = page.locator('[data-action]');
    await actions.first().waitFor({ state: 'visible' });
    expect(await actions.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action')))).toEqual(
      ['assign', 'acknowledge', 'escalate', 'merge'],
    );
    await page.locator('[data-history-action]').first().waitFor({ state: 'visible' });
    const intent = page.locator('.ant-descriptions-row').filter({ hasText: '投诉意图' });
    expect(await intent.innerText()).toContain('解决问题');
    await checkScreen(page, '4-complaint');

    // Assigned to the cleaning department's handler: the timeline grows and the offer changes.
    await page.locator('[data-action="assign"]').click();
    const dialog = page.getByRole('dialog', { name: '分派' });
    await choose(page, dialog, '责任部门', '保洁部');
    await dialog.getByLabel('经办人工号').fill('staff-0201');
    await dialog.getByLabel('经办人姓名').fill('张洁');
    await checkScreen(page, '5-assign');
    await submitDialog(dialog);
    await page.getByText('状态：已分派').waitFor({ state: 'visible' });
    await page.locator('[data-history-action]').nth(1).waitFor({ state: 'visible' });
    expect(await page.locator('[data-history-action]').count()).toBe(2);
    expect(
      await page.locator('[data-action]').evaluateAll((b) => b.map((x) => x.getAttribute('data-action'))),
    ).toEqual(['assign', 'acknowledge', 'feedback', 'escalate', 'resolve', 'extend', 'pause', 'merge']);
    await checkScreen(page, '6-complaint-assigned');

    expect(pageErrors).toEqual([]);
  });
  it('the front desk registers a call from the caller card, sees it go overdue and escalate, resolves it and records the return visit from the queue (DESK-3, CMP-1, CMP-3, CMP-4, CMP-9)', async () => {
    // The resident the desk registered earlier, through the API.
    const manager = await stack.token({ roles: ['cs-manager'], communities: ['GZ01'] });
    const desk = await stack.token({ communities: ['GZ01'] });
    const created = async (route: string, token: string, body: unknown): Promise<{ id: string }> => {
      const res = await stack.http('POST', route, { token, body });
      expect({ route, status: res.status }).toEqual({ route, status: 201 });
      return res.json as { id: string };
    };
    const building = await created('/api/v1/communities/GZ01/buildings', manager, {
      code: '5',
      name: '5栋',
      floorsAboveGround: 18,
    });
    const unit = await created(`/api/v1/buildings/${building.id}/units`, manager, {
      number: '0802',
      floor: 8,
      type: 'residence',
      grossAreaCentiM2: 11_230,
    });
    const owner = await created('/api/v1/people', desk, {
      communityId: 'GZ01',
      name: '欧阳建华',
      phone: '138-0013-8000',
      idDocument: { type: 'resident-id-card', number: '440101197905061234' },
    });
    await created(`/api/v1/units/${unit.id}/occupancies`, desk, {
      personId: owner.id,
      role: 'owner',
      startDate: '2026-10-01',
    });

    // The caller card: found by the number as caller ID gives it, the number masked.
    await openMenu(page, '来电卡片', '来电卡片');
    await page.getByLabel('来电号码').fill('+86 138 0013 8000');
    await page.getByRole('button', { name: /查\s?询/ }).click();
    const card = page.locator('[data-caller-card]');
    await card.getByText('欧阳建华').first().waitFor({ state: 'visible' });
    expect(await card.innerText()).toContain('138****8000');
    expect(await card.innerText()).toContain('5栋0802');
    expect(await page.content()).not.toContain('13800138000');
    await checkScreen(page, '7-caller-card');

    // A register entry from the card: the caller is already filled in.
    await card.getByRole('button', { name: /新建登记/ }).click();
    await page.getByRole('heading', { name: '来电来访登记' }).waitFor({ state: 'visible' });
    await page.getByText(/来自来电卡片/).waitFor({ state: 'visible' });
    expect(await page.getByLabel('联系电话').inputValue()).toBe('13800138000');
    expect(await page.getByLabel('客户姓氏').inputValue()).toBe('欧');
    await page.getByLabel('内容').fill('地下车库B区照明灯坏了三盏，晚上很暗');
    await page.getByLabel('客户诉求').fill('请尽快更换照明灯');
    await checkScreen(page, '8-register-from-caller-card');
    await page
      .getByRole('button', { name: '登 记' })
      .or(page.getByRole('button', { name: '登记' }))
      .click();
    const title = page.getByRole('heading', { name: /^投诉 / });
    await title.waitFor({ state: 'visible' });
    deskEntry = (await title.innerText()).replace('投诉 ', '').trim();

    // Assigned to engineering.
    await page.locator('[data-action="assign"]').click();
    const assign = page.getByRole('dialog', { name: '分派' });
    await choose(page, assign, '责任部门', '工程部');
    await assign.getByLabel('经办人工号').fill('staff-0301');
    await assign.getByLabel('经办人姓名').fill('周工');
    await submitDialog(assign);
    await page.getByText('状态：已分派').waitFor({ state: 'visible' });

    // Nobody told the customer the same day (CMP-3): a day later it is overdue, then escalated (CMP-4).
    setClock(new Date(Date.now() + 26 * 3_600_000));
    await openMenu(page, '投诉队列', '投诉队列');
    const row = page.getByRole('row').filter({ hasText: deskEntry });
    await reloadUntilVisible(page, row.locator('[data-badge="overdue"]'));
    await reloadUntilVisible(page, row.locator('[data-badge="escalated"]'));
    expect(await row.locator('[data-badge="escalated"]').innerText()).toBe('已上报·客服主管');
    await checkScreen(page, '9-queue-overdue-escalated');

    // The customer is to be called back about the escalation; the desk does and records it.
    await openMenu(page, '回电提醒', '回电提醒');
    const callBack = page.getByRole('row').filter({ hasText: deskEntry });
    await reloadUntilVisible(page, callBack);
    await checkScreen(page, '10-call-backs');
    await callBack.getByRole('button', { name: '记录回电' }).click();
    const outcome = page.getByRole('dialog', { name: /记录回电/ });
    await outcome.getByLabel('回电结果').fill('已告知业主投诉已上报客服主管，明天上午更换');
    await submitDialog(outcome);
    await callBack.waitFor({ state: 'hidden' });

    // Resolved on its page.
    await openMenu(page, '投诉队列', '投诉队列');
    await row.getByRole('link', { name: deskEntry }).click();
    await page.getByRole('heading', { name: `投诉 ${deskEntry}` }).waitFor({ state: 'visible' });
    await page.locator('[data-action="resolve"]').click();
    const resolve = page.getByRole('dialog', { name: '处理完毕' });
    await resolve.getByLabel('处理措施').fill('更换地下车库B区照明灯三盏');
    await resolve.getByLabel('处理结果').fill('照明恢复正常');
    await submitDialog(resolve);
    await page.getByText('状态：已处理待回访').waitFor({ state: 'visible' });

    // The return visit, recorded from the return-visit queue (CMP-9).
    await openMenu(page, '回访队列', '回访队列');
    const visit = page.getByRole('row').filter({ hasText: deskEntry });
    await visit.waitFor({ state: 'visible' });
    expect(
      await visit
        .locator('[data-visit-action]')
        .evaluateAll((b) => b.map((x) => x.getAttribute('data-visit-action'))),
    ).toEqual(['return-visit', 'visit-attempt', 'exempt-visit']);
    await checkScreen(page, '11-return-visits');
    await visit.locator('[data-visit-action="return-visit"]').click();
    const form = page.getByRole('dialog', { name: '回访' });
    await choose(page, form, '回访方式', '电话回访');
    await choose(page, form, '满意度', '满意');
    await form.getByLabel('客户意见').fill('业主表示满意');
    await checkScreen(page, '12-return-visit-form');
    await submitDialog(form);
    await visit.waitFor({ state: 'hidden' });

    // Its timeline tells the whole story, the scheduler's escalation included.
    await page.goto(`${stack.url}/console/complaints`);
    await row.getByRole('link', { name: deskEntry }).click();
    await page.locator('[data-history-action="return-visit"]').waitFor({ state: 'visible' });
    expect(
      await page
        .locator('[data-history-action]')
        .evaluateAll((e) => e.map((x) => x.getAttribute('data-history-action'))),
    ).toEqual(expect.arrayContaining(['registered', 'assign', 'escalate', 'resolve', 'return-visit']));

    expect(pageErrors).toEqual([]);
  });

  it('a role without reveal rights is never shown a reveal button; the desk reveals only with a reason (GEN-4) and hands over its shift (DESK-1)', async () => {
    // A technician may not reveal: no caller card in the menu, nothing at its address, no button anywhere.
    await signInAs(page, /孙涛/);
    expect(
      await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem').allInnerTexts(),
    ).not.toContain('来电卡片');
    await page.goto(`${stack.url}/console/caller-card`);
    await page.getByText('页面不存在或无权访问').waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: '查看完整号码' }).count()).toBe(0);
    expect(await page.locator('[data-reveal]').count()).toBe(0);

    // The front desk may: the button is there, and asks for the reason before showing anything.
    await signInAs(page, /李娜/);
    await openMenu(page, '来电卡片', '来电卡片');
    await page.getByLabel('来电号码').fill('138 0013 8000');
    await page.getByRole('button', { name: /查\s?询/ }).click();
    const reveal = page.getByRole('button', { name: '查看完整号码' });
    await reveal.waitFor({ state: 'visible' });
    expect(await reveal.count()).toBe(1);
    await reveal.click();
    const dialog = page.getByRole('dialog', { name: /查看 欧阳建华 的完整信息/ });
    await clickUntilShown(
      dialog,
      dialog.locator('.ant-modal-footer').getByRole('button', { name: /查\s?看/ }),
      dialog.getByText('请填写查看原因（2–200字）'),
      'the reveal dialog without a reason',
    );
    expect(await page.content()).not.toContain('13800138000');
    await checkScreen(page, '13-reveal-asks-reason');
    await dialog.getByLabel('查看原因').fill('业主来电要求核对预留电话');
    await dialog
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /查\s?看/ })
      .click();
    const revealed = dialog.locator('[data-revealed-phone]');
    await revealed.waitFor({ state: 'visible' });
    expect((await revealed.innerText()).replace(/\D/g, '')).toBe('13800138000');
    await dialog
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /关\s?闭/ })
      .click();
    await dialog.waitFor({ state: 'hidden' });

    // The desk hands its shift over to the supervisor.
    await openMenu(page, '交接班', '交接班');
    await page.getByRole('button', { name: /我要交班/ }).click();
    const handover = page.getByRole('dialog', { name: '交班' });
    await handover.getByLabel('接班人工号').fill('staff-0002');
    await handover.getByLabel('接班人姓名').fill('陈静');
    await handover.getByLabel('本班情况').fill('地下车库照明投诉已回访，无遗留');
    await submitDialog(handover);
    await page
      .getByRole('row')
      .filter({ hasText: '陈静' })
      .filter({ hasText: '待接班' })
      .waitFor({ state: 'visible' });
    await checkScreen(page, '14-handovers');

    expect(pageErrors).toEqual([]);
  });

  it("the supervisor accepts and reviews the handover, signs the day's reconciliation and reads the warnings (DESK-1, CMP-6)", async () => {
    await signInAs(page, /陈静/);
    await openMenu(page, '交接班', '交接班');
    const row = page.getByRole('row').filter({ hasText: '李娜' });
    await row.locator('[data-handover-action="accept"]').click();
    const accept = page.getByRole('dialog', { name: /接班/ });
    await submitDialog(accept);
    await row.locator('[data-handover-action="review"]').click();
    const review = page.getByRole('dialog', { name: /主管审阅/ });
    await review.getByLabel('审阅意见').fill('交接清楚');
    await submitDialog(review);
    await row.filter({ hasText: '交接清楚' }).waitFor({ state: 'visible' });
    expect(await row.locator('[data-handover-action]').count()).toBe(0);

    // The day's reconciliation, with the entries of the day, signed by the supervisor.
    await openMenu(page, '日盘点', '日盘点');
    await page.locator('[data-sign-off-state="may-sign"]').waitFor({ state: 'visible' });
    await checkScreen(page, '15-reconciliation');
    await page.getByRole('button', { name: /签认当日盘点/ }).click();
    const signOff = page.getByRole('dialog', { name: /日盘点/ });
    await signOff.getByLabel('签认说明').fill('当日登记已逐项核对');
    await signOff
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /签\s?认/ })
      .click();
    await signOff.waitFor({ state: 'hidden' });
    await page
      .locator('[data-sign-off-state="signed"]')
      .getByText(/已由 陈静/)
      .waitFor({ state: 'visible' });

    await openMenu(page, '预警与事件', '预警与事件');
    await page.getByText('没有预警').or(page.getByRole('cell')).first().waitFor({ state: 'visible' });
    await checkScreen(page, '16-incidents');

    expect(pageErrors).toEqual([]);
  });
});
