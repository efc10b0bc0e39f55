import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Role } from '@pcs/contracts';
import { eventually, type HttpResult } from '@pcs/testing';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { checkScreen, choose, consolePage, signIn, startWithBrowser } from './console-browser.js';
import { Stack } from './stack.js';

/*
 * Issue 15's finance journey in a real Chromium against every process: billing has billed a unit for
 * November (a billing run through the API, as finance runs it); finance opens the unit, whose
 * occupants' phones are masked, records a payment by double-clicking the submit button and sees one
 * payment (the API agrees), downloads the statement PDF and the arrears list as CSV, apportions a
 * shared meter and reads the unit's water meter (both billed to its owner). A manager then
 * sees the unit's history but no payment button, and downloads a complaint report.
 */
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1366, height: 768 };

describe('finance in the staff console (issue 15)', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const unit = { id: '', label: '5栋0802' };

  /** An element wholly on a phone's screen, and the page no wider than it (decisions 0316, 0389, 0391). */
  async function fitsThePhone(element: Locator): Promise<void> {
    await element.waitFor({ state: 'visible' });
    const box = await element.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    expect((await page.evaluate('document.documentElement.scrollWidth')) as number).toBeLessThanOrEqual(
      PHONE.width,
    );
  }

  async function call(roles: Role[], method: string, route: string, body?: unknown): Promise<HttpResult> {
    const token = await stack.token({ roles, communities: ['*'], sub: 'staff-0006', name: '周婷' });
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

  /** A community, a unit with its owner and tenant, a fee item and November's bill for the unit. */
  async function seed(): Promise<void> {
    await ok(
      call(['cs-manager'], 'POST', '/api/v1/communities', {
        id: 'GZ01',
        name: '锦绣花园',
        kind: 'residential',
        address: { province: '广东省', city: '广州市', district: '天河区', street: '天河路385号' },
      }),
      201,
    );
    const building = await ok(
      call(['cs-manager'], 'POST', '/api/v1/communities/GZ01/buildings', {
        code: '5',
        name: '5栋',
        floorsAboveGround: 18,
      }),
      201,
    );
    const created = await ok(
      call(['cs-manager'], 'POST', `/api/v1/buildings/${building.id}/units`, {
        number: '0802',
        floor: 8,
        type: 'residence',
        grossAreaCentiM2: 8_950,
        handoverDate: '2026-06-30',
      }),
      201,
    );
    unit.id = created.id;
    for (const [name, phone, role, startDate] of [
      ['黄志明', '13802251234', 'owner', '2026-07-01'],
      ['林晓燕', '13926107788', 'tenant', '2026-08-01'],
    ] as const) {
      const person = await ok(
        call(['front-desk'], 'POST', '/api/v1/people', { communityId: 'GZ01', name, phone }),
        201,
      );
      await ok(
        call(['front-desk'], 'POST', `/api/v1/units/${unit.id}/occupancies`, {
          personId: person.id,
          role,
          startDate,
        }),
        201,
      );
    }
    await ok(
      call(['finance'], 'POST', '/api/v1/fee-items', {
        code: 'property-management',
        name: '物业管理费',
        basis: 'per-square-metre',
        rateFen: 300,
        effectiveFrom: '2026-01-01',
      }),
    );
    // BIL-1: water is billed by the unit's own meter, at 3.85 元 a tonne.
    await ok(
      call(['finance'], 'POST', '/api/v1/fee-items', {
        code: 'water',
        name: '水费',
        basis: 'metered',
        rateFen: 385,
        effectiveFrom: '2026-01-01',
      }),
    );
    // Billing learns of the unit and its owner from residents' events: run until the unit is billed.
    await eventually(
      async () => {
        await ok(
          call(['finance'], 'POST', '/api/v1/billing-runs', { communityId: 'GZ01', period: '2026-11' }),
        );
        const statement = await ok(call(['finance'], 'GET', `/api/v1/units/${unit.id}/statement`));
        expect(statement.bills).toHaveLength(1);
      },
      15_000,
      250,
    );
  }

  beforeAll(async () => {
    [stack, browser] = await startWithBrowser(Stack.start());
    page = await consolePage(browser, pageErrors);
    await seed();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stopAll();
  });

  it('finance opens a unit, records one payment by double click, downloads the statement PDF and the arrears CSV', async () => {
    const before = await ok(call(['finance'], 'GET', `/api/v1/units/${unit.id}/statement`));
    expect(before.owedFen).toBeGreaterThan(10_010);

    await signIn(page, stack.url, /周婷（财务）/);
    const menu = page.getByRole('navigation', { name: '主菜单' });
    // Finance reads the register too: fee complaints are routed to it (decision 0291).
    expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual([
      '投诉队列',
      '报修单',
      '派工单',
      '房屋查询',
      '欠费与收费率',
      '收费项目',
      '公共能耗分摊',
      '抄表录入',
      '周转金',
      '报表下载',
    ]);

    // The unit, found by its number.
    await menu.getByRole('menuitem', { name: '房屋查询' }).click();
    await page.getByRole('heading', { name: '房屋查询' }).waitFor({ state: 'visible' });
    // A 房号 is searched within a 小区 (decision 0355).
    await choose(page, page.locator('body'), '小区', 'GZ01');
    await page.getByPlaceholder('如 3栋1201').fill('0802');
    await page.getByPlaceholder('如 3栋1201').press('Enter');
    const link = page.getByRole('link', { name: unit.label });
    await link.waitFor({ state: 'visible' });
    await checkScreen(page, 'finance-1-units');
    await link.click();

    // Its page: occupants with masked phones, the account with November's bill; no history for finance.
    await page.getByRole('heading', { name: `房屋 ${unit.label}` }).waitFor({ state: 'visible' });
    await page.locator('[data-phone]').nth(1).waitFor({ state: 'visible' });
    expect(await page.locator('[data-phone]').allInnerTexts()).toEqual(['138****1234', '139****7788']);
    expect(await page.content()).not.toContain('13802251234');
    await page.getByRole('heading', { name: '账户' }).waitFor({ state: 'visible' });
    await page.getByRole('heading', { name: '报修' }).waitFor({ state: 'visible' });
    expect(await page.getByRole('heading', { name: '房屋履历' }).count()).toBe(0);
    await page.getByText('2026-11').first().waitFor({ state: 'visible' });
    // BIL-2 (decision 0389): each bill names its payer, here the owner by name.
    expect(await page.locator('tr[data-bill] [data-payer]').allInnerTexts()).toEqual(['黄志明']);
    await checkScreen(page, 'finance-2-unit');

    // A payment of ¥100.10, submitted by a double click: every request carries the dialog's one key.
    const payments: Request[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith(`/units/${unit.id}/payments`))
        payments.push(request);
    });
    await page.getByRole('button', { name: '记录收款' }).click();
    const dialog = page.getByRole('dialog', { name: `记录收款 · ${unit.label}` });
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByLabel('金额（元）').fill('100.1');
    await dialog.getByLabel('交易流水号').fill('4200002026112800001');
    await checkScreen(page, 'finance-3-payment');
    await dialog.getByRole('button', { name: /确认收款|确 认收款/ }).dblclick();
    await dialog.waitFor({ state: 'hidden' });
    const paymentRows = page.locator('tr[data-payment]');
    await paymentRows.first().waitFor({ state: 'visible' });
    expect(await paymentRows.count()).toBe(1);
    expect(await paymentRows.first().innerText()).toContain('¥100.10');
    expect(new Set(payments.map((r) => r.headers()['idempotency-key'])).size).toBe(1);
    await checkScreen(page, 'finance-4-paid');
    expect(await paymentRows.first().locator('[data-payer]').innerText()).toBe('黄志明');

    // Decision 0389: on a phone the account's lists are cards: 转入预存 and 冲回 are on the screen.
    await page.setViewportSize(PHONE);
    const account = page.locator('section[aria-labelledby="account-title"]');
    const paymentCard = account.locator('[data-payment]').first();
    await paymentCard.getByText('转入预存：').waitFor({ state: 'visible' });
    expect(await account.locator('.ant-table').count()).toBe(0);
    await fitsThePhone(paymentCard.getByRole('button', { name: /冲\s?回/ }));
    await fitsThePhone(paymentCard.getByText('转入预存：'));
    await fitsThePhone(account.locator('[data-bill]').first().locator('[data-payer]'));
    await checkScreen(page, 'finance-4b-unit-phone');
    await page.setViewportSize(DESK);

    const after = await ok(call(['finance'], 'GET', `/api/v1/units/${unit.id}/statement`));
    expect(after.payments.map((p: any) => p.amountFen)).toEqual([10_010]);
    expect(after.owedFen).toBe(before.owedFen - 10_010);

    // The statement as the PDF a resident is given.
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载对账单（PDF）' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('%PDF');

    // The arrears list of the community as CSV (UTF-8 with BOM, Chinese headers).
    await menu.getByRole('menuitem', { name: '欠费与收费率' }).click();
    await page.getByRole('heading', { name: '欠费与收费率' }).waitFor({ state: 'visible' });
    // November's collection rate: ¥100.10 of what was billed.
    const rate = await ok(
      call(['finance'], 'GET', '/api/v1/communities/GZ01/collection-rate?period=2026-11'),
    );
    const shownRate = `${Math.trunc(rate.rateBasisPoints / 100)}.${String(rate.rateBasisPoints % 100).padStart(2, '0')}%`;
    expect(rate.collectedFen).toBe(10_010);
    await page.getByText(shownRate, { exact: true }).waitFor({ state: 'visible' });
    await page.getByRole('link', { name: unit.label }).waitFor({ state: 'visible' });
    await checkScreen(page, 'finance-5-arrears');
    // Decision 0391: on a phone each bill owed is a card headed by its unit and the amount owed.
    await page.setViewportSize(PHONE);
    const owed = page.locator('[data-arrears]').first();
    await owed.getByRole('link', { name: unit.label }).waitFor({ state: 'visible' });
    await fitsThePhone(owed.getByText(`¥${((before.owedFen - 10_010) / 100).toFixed(2)}`, { exact: true }));
    await checkScreen(page, 'finance-5b-arrears-phone');
    await page.setViewportSize(DESK);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '欠费清单 CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = text.slice(1).split('\r\n');
    // The payer's column and a total row (decision 0348).
    expect(header).toBe('账单编号,房号,缴费人,费用说明,应缴日期,欠费金额（元）,逾期天数,催缴阶段');
    expect(rows[0]).toContain(`,${unit.label},`);
    // Whom to chase, by name: finance may read the resident file (decision 0371).
    expect(rows[0]).toContain(`,${unit.label},黄志明,`);
    expect(rows[0]).toContain(',2026-11 物业服务费用,');
    expect(rows[0]).toContain(`,${((before.owedFen - 10_010) / 100).toFixed(2)},`);

    // BIL-3: the building's public water for November, apportioned to its one unit and billed to its owner.
    await menu.getByRole('menuitem', { name: '公共能耗分摊' }).click();
    await page.getByRole('heading', { name: '公共能耗分摊' }).waitFor({ state: 'visible' });
    const meterForm = page.locator('form').filter({ has: page.getByLabel('表计编号') });
    await choose(page, meterForm, '楼栋', '5栋');
    await page.getByRole('row').filter({ hasText: unit.label }).waitFor({ state: 'visible' });
    await page.getByLabel('月份').fill('2026-11');
    await page.getByLabel('表计编号').fill('B5-W01');
    await page.getByLabel('金额（元）').fill('86.4');
    await checkScreen(page, 'finance-6-shared-meter');
    await page.getByRole('button', { name: '分摊并出账' }).click();
    const part = page.locator('[data-part]');
    await part.first().waitFor({ state: 'visible' });
    expect(await part.allInnerTexts()).toEqual(['¥86.40']);
    await page.getByText('出账 1 张', { exact: true }).waitFor({ state: 'visible' });
    await checkScreen(page, 'finance-7-shared-meter-billed');
    const billed = await ok(call(['finance'], 'GET', `/api/v1/units/${unit.id}/statement`));
    expect(
      billed.bills
        .filter((b: any) => b.source === 'shared-meter')
        .map((b: any) => [b.amountFen, b.lines.map((l: any) => l.itemLabel)]),
    ).toEqual([[8_640, ['公共用水分摊']]]);

    // BIL-1: the company's items and rates; water costs more from January (November keeps its rate).
    await menu.getByRole('menuitem', { name: '收费项目' }).click();
    await page.getByRole('heading', { name: '收费项目', exact: true }).waitFor({ state: 'visible' });
    const water = page.locator('tr[data-fee-item="water"]');
    await water.waitFor({ state: 'visible' });
    expect(await water.locator('[data-rate]').innerText()).toBe('3.85 元/吨');
    // Clicking the item fills the form with its terms: a new rate is an amount and a day.
    await water.click();
    expect(await page.getByLabel('项目名称').inputValue()).toBe('水费');
    await page.getByLabel('单价（元）').fill('4.2');
    await page.getByLabel('生效日期').fill('2027-01-01');
    await page
      .getByRole('button', { name: '保 存' })
      .or(page.getByRole('button', { name: '保存' }))
      .click();
    await water.getByText('2027-01-01 起 4.20', { exact: false }).waitFor({ state: 'visible' });
    await checkScreen(page, 'finance-8-fee-items');
    const items = await ok(call(['finance'], 'GET', '/api/v1/fee-items?basis=metered'));
    expect(items.items.map((i: any) => [i.code, i.rates.map((r: any) => r.rateFen)])).toEqual([
      ['water', [385, 420]],
    ]);

    // BIL-1: the unit's water meter read for November, its first reading: 18 tonnes billed to its owner.
    await menu.getByRole('menuitem', { name: '抄表录入' }).click();
    await page.getByRole('heading', { name: '抄表录入' }).waitFor({ state: 'visible' });
    const readingForm = page.locator('form').filter({ has: page.getByLabel('本次读数') });
    await page.getByLabel('月份').fill('2026-11');
    await choose(page, readingForm, '收费项目', '水费（water）');
    await choose(page, readingForm, '楼栋', '5栋');
    await choose(page, readingForm, '房屋', unit.label);
    await page.getByLabel('本次读数').fill('118');
    // The first reading needs where the meter started: refused until it is given.
    await page.getByRole('button', { name: '录入并出账' }).click();
    await page.getByRole('alert').filter({ hasText: '请求参数无效' }).waitFor({ state: 'visible' });
    const previousItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('上次读数') });
    await previousItem.locator('.ant-form-item-explain-error').waitFor({ state: 'visible' });
    await page.getByLabel('上次读数').fill('100');
    await page.getByRole('button', { name: '录入并出账' }).click();
    const amount = page.locator('[data-amount]');
    await amount.first().waitFor({ state: 'visible' });
    expect(await amount.allInnerTexts()).toEqual(['¥69.30']);
    await checkScreen(page, 'finance-9-meter-reading');
    const metered = await ok(call(['finance'], 'GET', `/api/v1/units/${unit.id}/statement`));
    expect(
      metered.bills
        .filter((b: any) => b.source === 'metered')
        .map((b: any) => [b.amountFen, b.description, b.lines.map((l: any) => l.itemLabel)]),
    ).toEqual([[6_930, '2026-11 水费（上次读数 100，本次读数 118，用量 18）', ['水费']]]);

    expect(pageErrors).toEqual([]);
  });

  it("a manager reads the unit's history but records no payment, and downloads the weekly complaint report", async () => {
    await page.getByRole('button', { name: /退\s?出/ }).click();
    await signIn(page, stack.url, /王磊（客服经理）/);
    const menu = page.getByRole('navigation', { name: '主菜单' });
    await menu.getByRole('menuitem', { name: '房屋查询' }).click();
    // A 房号 is searched within a 小区 (decision 0355).
    await choose(page, page.locator('body'), '小区', 'GZ01');
    await page.getByPlaceholder('如 3栋1201').fill('0802');
    await page.getByPlaceholder('如 3栋1201').press('Enter');
    await page.getByRole('link', { name: unit.label }).click();
    await page.getByRole('heading', { name: '房屋履历' }).waitFor({ state: 'visible' });
    await page.getByRole('button', { name: '下载对账单（PDF）' }).waitFor({ state: 'visible' });
    await page.locator('tr[data-payment]').first().waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: '记录收款' }).count()).toBe(0);
    await checkScreen(page, 'finance-6-unit-as-manager');

    await menu.getByRole('menuitem', { name: '报表下载' }).click();
    await page.getByRole('heading', { name: '报表下载' }).waitFor({ state: 'visible' });
    await checkScreen(page, 'finance-7-reports');
    const weekly = page.locator('.ant-card').filter({ hasText: '投诉周报' });
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      weekly.getByRole('button', { name: '下载 CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toMatch(/[\u4e00-\u9fff]/);

    expect(pageErrors).toEqual([]);
  });
});
