#!/usr/bin/env node
/*
 * The staff console's first load (issue 15), in Debian's Chromium driven by playwright-core:
 *   node bench/src/console-first-load.mjs [rounds]
 * Starts the built gateway (which serves the console's production build at /console), then per round
 * opens a fresh browser context (empty cache: a first visit) and times, from navigation start,
 * DOMContentLoaded, the load event and the sign-in screen's first staff radio becoming visible
 * (the console usable), then reloads with the cache warm and times the same. Beside it, in the same
 * rounds, the same browser loads a one-line page from node:http: the floor of any page load here.
 * Prints medians and the bytes transferred on the cold load; latest.md's notes keep the figures.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { freePort, median } from './harness.mjs';
import { deleteBusResources, startBuilt } from './s1/stack.mjs';

const ROUNDS = Number(process.argv[2] ?? 7);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const navigationTiming = (page) =>
  page.evaluate(() => {
    const [n] = performance.getEntriesByType('navigation');
    return { domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd };
  });

async function timeLoad(page, url, ready) {
  const started = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  await ready(page);
  const usable = performance.now() - started;
  return { ...(await navigationTiming(page)), usable };
}

const prefix = `bench-console-${process.pid}-${Date.now().toString(36)}`;
const gatewayPort = await freePort();
const gateway = await startBuilt('gateway', { prefix, port: gatewayPort });
const floor = http.createServer((_, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end('<!doctype html><title>floor</title><p id="ready">ok</p>');
});
const floorPort = await freePort();
await new Promise((resolve) => floor.listen(floorPort, '127.0.0.1', resolve));
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
const samples = { cold: [], warm: [], floor: [] };
let coldBytes = 0;
try {
  for (let round = 0; round < ROUNDS; round++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      const length = Number((await response.allHeaders())['content-length'] ?? 0);
      bytes += length;
    });
    const signInVisible = (p) => p.getByRole('radio').first().waitFor({ state: 'visible', timeout: 30_000 });
    samples.cold.push(await timeLoad(page, `http://127.0.0.1:${gatewayPort}/console/`, signInVisible));
    coldBytes = bytes;
    samples.warm.push(await timeLoad(page, `http://127.0.0.1:${gatewayPort}/console/`, signInVisible));
    const floorPage = await context.newPage();
    samples.floor.push(
      await timeLoad(floorPage, `http://127.0.0.1:${floorPort}/`, (p) => p.locator('#ready').waitFor()),
    );
    await context.close();
  }
} finally {
  await browser.close();
  floor.close();
  await gateway.stop();
  await deleteBusResources(prefix).catch(() => undefined);
}
const ms = (values) => `${median(values).toFixed(0)} ms`;
for (const [name, runs] of Object.entries(samples)) {
  console.log(
    `${name.padEnd(5)}: DOMContentLoaded ${ms(runs.map((r) => r.domContentLoaded))}, load ${ms(runs.map((r) => r.load))}, usable ${ms(runs.map((r) => r.usable))} (median of ${runs.length})`,
  );
}
console.log(`cold load transferred ${(coldBytes / 1024).toFixed(0)} KiB (content-length, as sent)`);
