import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect } from '@jest/globals';
import { chromium, type Browser, type Locator, type Page, type Request } from 'playwright-core';

/*
 * What every console journey in a real browser shares: Debian's Chromium driven by playwright-core,
 * screenshots as test artefacts (test-e2e/artefacts/console/, not committed) and axe-core's check for
 * serious or critical accessibility violations on each screen.
 */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const ARTEFACTS = path.resolve(import.meta.dirname, '../artefacts/console');
// Bounded waits: a screen that does not appear within this is a failure, not a reason to wait longer.
export const STEP_TIMEOUT_MS = 20_000;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

export function launchChromium(): Promise<Browser> {
  mkdirSync(ARTEFACTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/**
 * A stack and a browser, started side by side. When either fails to start, the other is stopped
 * before the failure is reported: with `Promise.all` the stack that did start was never assigned,
 * so nothing stopped it (a machine without Chromium kept four stacks running after the suite).
 */
export async function startWithBrowser<S extends { stopAll(): Promise<void> }>(
  starting: Promise<S>,
): Promise<[S, Browser]> {
  const [stack, browser] = await Promise.allSettled([starting, launchChromium()]);
  if (stack.status === 'fulfilled' && browser.status === 'fulfilled') return [stack.value, browser.value];
  if (stack.status === 'fulfilled') await stack.value.stopAll().catch(() => undefined);
  if (browser.status === 'fulfilled') await browser.value.close().catch(() => undefined);
  throw stack.status === 'rejected'
    ? stack.reason
    : browser.status === 'rejected'
      ? browser.reason
      : undefined;
}

/** A front-desk PC's screen, in Chinese, recording page errors and server errors into `errors`. */
export async function consolePage(browser: Browser, errors: string[]): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  recordApiTraffic(page);
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 500) errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    if (failedForReal(request)) errors.push(`failed: ${request.url()}`);
  });
  return page;
}

const apiTraffic = new WeakMap<Page, string[]>();

/** The page's last API requests and browser console lines, kept to say what a stuck dialog waited on. */
function recordApiTraffic(page: Page): void {
  const lines: string[] = [];
  apiTraffic.set(page, lines);
  const keep = (line: string) => {
    lines.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
    if (lines.length > 30) lines.shift();
  };
  const api = (request: Request) => new URL(request.url()).pathname.startsWith('/api/');
  page.on('request', (r) => api(r) && keep(`→ ${r.method()} ${r.url()}`));
  page.on('requestfinished', (r) => api(r) && keep(`✓ ${r.method()} ${r.url()}`));
  page.on('requestfailed', (r) => api(r) && keep(`✗ ${r.method()} ${r.url()} ${r.failure()?.errorText}`));
  page.on('console', (message) => keep(`console.${message.type()}: ${message.text()}`));
}

/**
 * A request that failed for a reason of the console's or the server's. Not: a blob: URL revoked after
 * its download was saved, or a fetch the browser cut short because the test navigated away (a new
 * sign-in, a typed address) — with a screen loading its data in parallel, that is a race of the test's.
 */
export function failedForReal(request: Request): boolean {
  return !request.url().startsWith('blob:') && request.failure()?.errorText !== 'net::ERR_ABORTED';
}

/** Serious and critical axe violations of the page as it is now. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the console's content security policy forbids inline scripts.
  await page.evaluate(AXE_SOURCE);
  // Runs in the page (a string, so this file needs no DOM types): axe-core as injected above.
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations)`,
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A screenshot of the screen as a test artefact, and no serious accessibility violation on it. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTEFACTS, `${name}.png`), fullPage: true });
  expect({ screen: name, problems: await accessibilityProblems(page) }).toEqual({
    screen: name,
    problems: [],
  });
}

/** Signs in through the development sign-in as the demo staff member whose radio label matches. */
export async function signIn(page: Page, baseUrl: string, who: RegExp): Promise<void> {
  await page.goto(`${baseUrl}/console/`);
  await page.getByRole('radio', { name: who }).check();
  await page
    .getByRole('button', { name: '登 录' })
    .or(page.getByRole('button', { name: '登录' }))
    .click();
  await page.getByRole('navigation', { name: '主菜单' }).waitFor({ state: 'visible' });
}

/**
 * Submits a dialog's form and waits for the dialog to close. A refusal fails at once with its text.
 * A dialog still open with no refusal after a while is submitted again, as its user would (at most
 * three times): in CI a dialog whose 提交 was clicked during its opening animation twice stayed open
 * with nothing shown. The form keeps its Idempotency-Key, so a second submit replays the first, and
 * the journeys' exact timelines would show a step recorded twice.
 */
export function submitDialog(dialog: Locator, what = 'the dialog'): Promise<void> {
  return clickAgainIfLost(
    dialog,
    dialog.getByRole('button', { name: /提\s?交/ }),
    what,
    () => dialog.waitFor({ state: 'hidden', timeout: 10_000 }),
    async () => {
      const refusal = dialog.getByRole('alert');
      if (await refusal.isVisible()) throw new Error(`${what} refused: ${await refusal.innerText()}`);
    },
  );
}

/**
 * Clicks a dialog's button until what it should show is shown: `submitDialog`'s lost click, for a
 * button that answers in the dialog (the reveal's 查看 with no reason given, which should name the
 * missing reason) instead of closing it.
 */
export function clickUntilShown(
  dialog: Locator,
  button: Locator,
  shown: Locator,
  what: string,
): Promise<void> {
  return clickAgainIfLost(dialog, button, what, () => shown.waitFor({ state: 'visible', timeout: 10_000 }));
}

/**
 * Clicks `button` until `settled` resolves (it waits 10 s at most), at most three times, reporting
 * each click that changed nothing; `onMiss` may fail at once instead (a refusal is not a lost click).
 */
async function clickAgainIfLost(
  dialog: Locator,
  button: Locator,
  what: string,
  settled: () => Promise<void>,
  onMiss: () => Promise<void> = async () => undefined,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await button.click();
    try {
      await settled();
      return;
    } catch (error) {
      await onMiss();
      await reportStuckDialog(dialog, what, attempt);
      if (attempt >= 3) throw error;
    }
  }
}

/** What a dialog still open after 提交 showed and what the page sent: the evidence for the flake above. */
async function reportStuckDialog(dialog: Locator, what: string, attempt: number): Promise<void> {
  const page = dialog.page();
  const name = `stuck-${what.replace(/[^\w\u4e00-\u9fff]+/g, '-')}-${attempt}`;
  await page.screenshot({ path: path.join(ARTEFACTS, `${name}.png`) }).catch(() => undefined);
  const submitButton = dialog.getByRole('button', { name: /提\s?交/ });
  const busy = await submitButton.getAttribute('class', { timeout: 1_000 }).then(
    (classes) => String(classes?.includes('loading')),
    () => 'unknown',
  );
  process.stderr.write(
    `[console e2e] ${what} still open 10 s after 提交 (attempt ${attempt}; button busy: ${busy}; ` +
      `screenshot ${name}.png); the page's last API requests and console lines:\n  ` +
      (apiTraffic.get(page) ?? []).join('\n  ') +
      '\n',
  );
}

/**
 * Chooses an option of an Ant Design select by its visible text. Ant Design's list for the eye is used
 * (its role=option list is for screen readers, kept out of view); a click while the list is still
 * opening can miss (seen once in CI), so it chooses until the select shows the option, a few times.
 */
export async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  const input = scope.getByLabel(label);
  const select = scope
    .locator('.ant-form-item')
    .filter({ has: page.getByLabel(label) })
    .locator('.ant-select');
  // This select's own list (another select's list may still be closing): the one holding `<id>_list`.
  const own = page
    .locator('.ant-select-dropdown')
    .filter({ has: page.locator(`[id="${await input.getAttribute('id')}_list"]`) });
  for (let attempt = 0; attempt < 5 && !((await select.textContent()) ?? '').includes(option); attempt++) {
    if ((await input.getAttribute('aria-expanded')) !== 'true') await input.click();
    await own
      .locator('.ant-select-item-option')
      .filter({ hasText: new RegExp(`^${option}$`) })
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    await select
      .filter({ hasText: option })
      .waitFor({ state: 'visible', timeout: 1_000 })
      .catch(() => undefined);
  }
  expect(await select.textContent()).toContain(option);
  // Closed before going on: an open list's listbox has no name of its own (axe flags it) and covers fields.
  await own.waitFor({ state: 'hidden' });
}
