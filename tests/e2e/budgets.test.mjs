// Start-up and idle budgets (issue 7), measured in Chromium in this run. Start-up is compared
// with the reference Dear ImGui example (tests/reference) built in the same run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, startServer, openApp, settle, DESKTOP, pause, repo, dist } from './lib.mjs';

const env = useBrowser();
const reference = join(dist, '..', 'reference');

// Milliseconds from navigation to the page's first WebGL draw call, cold cache (a new context).
async function firstDraw(url) {
  const context = await env.browser.newContext({ viewport: DESKTOP });
  await context.addInitScript(() => {
    window.__firstDraw = null;
    for (const name of ['drawElements', 'drawArrays']) {
      const original = WebGL2RenderingContext.prototype[name];
      WebGL2RenderingContext.prototype[name] = function (...args) {
        if (window.__firstDraw === null) window.__firstDraw = performance.now();
        return original.apply(this, args);
      };
    }
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__firstDraw !== null, null, { timeout: 20000 });
  const ms = await page.evaluate(() => window.__firstDraw);
  await context.close();
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Both budgets are asserted: under 1 s, and no slower than the bare ImGui example (median of 31
// cold starts each, alternated so that both see the same machine load).
test('start-up: first drawn frame under 1 s and no later than the bare ImGui example', async () => {
  assert.ok(existsSync(join(reference, 'index.wasm')), `the reference example is not built in ${reference} (./test builds it)`);
  const ref = await startServer(reference);
  // Three starts of each first, not counted: the browser's first pages pay for warming up its
  // GPU process, whichever app it is, and the first few starts of a run spread twice as wide as
  // the rest (docs/performance.md). Then 31 of each, alternated, each going first in turn.
  for (let i = 0; i < 3; i++) {
    await firstDraw(env.url);
    await firstDraw(ref.url);
  }
  const ours = [], theirs = [];
  for (let i = 0; i < 31; i++) {
    if (i % 2 === 0) {
      ours.push(await firstDraw(env.url));
      theirs.push(await firstDraw(ref.url));
    } else {
      theirs.push(await firstDraw(ref.url));
      ours.push(await firstDraw(env.url));
    }
  }
  ref.server.close();
  const a = median(ours), b = median(theirs);
  const line = `start-up to first frame: Failsafe ${a.toFixed(0)} ms | budget 1000 ms | reference ImGui example ` +
    `${b.toFixed(0)} ms, ratio ${(a / b).toFixed(2)} (budget <= 1.00) | runs ${JSON.stringify(ours.map(Math.round))} ` +
    `vs ${JSON.stringify(theirs.map(Math.round))}`;
  console.log(line);
  writeFileSync(join(repo, 'build/test-logs/startup.txt'), line + '\n');
  assert.ok(a < 1000, `first frame after ${a.toFixed(0)} ms`);
  // The reference is a real cold start (its page, script and 325 KB of wasm fetched and
  // compiled, then a drawn frame) within the same budget; a stalled reference would let any
  // start-up under 1 s pass the comparison below.
  assert.ok(b >= 20 && b < 1000, `the reference example's first frame after ${b.toFixed(0)} ms, outside 20-1000 ms: ${line}`);
  assert.ok(a <= b, `slower to start than the reference: ${line}`);
});

test('idle: at most 10 frames in 5 s without input, and it wakes at once on input and resize', async () => {
  const context = await env.browser.newContext({ viewport: DESKTOP });
  const page = await openApp(context, env.url);
  await page.mouse.move(300, 300);
  await page.evaluate((j) => window.failsafe.load(j), readFileSync(join(repo, 'tests/golden/v1-seed-004.json'), 'utf8'));
  await settle(page);  // "Opened ..." is on screen: pending work that must not keep the app drawing
  await pause(page, 300);
  const start = await page.evaluate(() => window.failsafe.frames());
  await page.waitForTimeout(5000);
  const idle = (await page.evaluate(() => window.failsafe.frames())) - start;
  const line = `idle: ${idle} frames drawn in 5 s without input | budget 10`;
  console.log(line);
  writeFileSync(join(repo, 'build/test-logs/idle.txt'), line + '\n');
  assert.ok(idle <= 10, line);
  // wakes on input
  let before = await page.evaluate(() => window.failsafe.frames());
  await page.mouse.move(500, 400);
  await pause(page, 150);
  assert.ok((await page.evaluate(() => window.failsafe.frames())) > before, 'a mouse move wakes it');
  // and on resize
  before = await page.evaluate(() => window.failsafe.frames());
  await page.setViewportSize({ width: 1000, height: 700 });
  await pause(page, 200);
  assert.ok((await page.evaluate(() => window.failsafe.frames())) > before, 'a resize wakes it');
  await context.close();
});
