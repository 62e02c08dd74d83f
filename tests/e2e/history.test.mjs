// History on a phone with a touch screen: sessions logged with taps over two weeks, then the
// log's charts per exercise and per muscle, their figures read through the layout probe; the
// same log on a tablet and a desktop. Real touch events (CDP Input.dispatchTouchEvent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, screenshot, settle, PHONE, pause, rectOf, click, tap, everyDayBench } from './lib.mjs';

const env = useBrowser();
const TIMEOUT = { timeout: 180000 };

// Two weeks of bench press every day: 3 x 8, 2 reps in reserve.
const PLAN = everyDayBench(3);

const probed = (page, name) => page.evaluate((n) => window.failsafe.layout()[n], name);
// What item `name` shows once the app has drawn the last input: `expected` (a string or a
// pattern) within three seconds, else the assertion fails with what it showed.
async function shows(page, name, expected) {
  const deadline = Date.now() + 3000;
  let text;
  for (;;) {
    text = (await probed(page, name))?.t;
    if (typeof expected === 'string' ? text === expected : expected.test(text ?? '')) return;
    if (Date.now() > deadline) break;
    await page.mouse.move(1, 1);  // wake the app so it redraws
    await pause(page, 50);
  }
  if (typeof expected === 'string') assert.equal(text, expected, name);
  else assert.match(text ?? '', expected, name);
}

test('phone: History charts two weeks of logged sets per exercise and per muscle', TIMEOUT, async () => {
  const context = await env.browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const page = await openApp(context, env.url);
  const cdp = await context.newCDPSession(page);
  assert.equal(await page.evaluate((j) => window.failsafe.load(j), JSON.stringify(PLAN)), '');
  await settle(page);
  await tap(page, cdp, 'tab:Today');
  await tap(page, cdp, 'today-history');
  assert.ok(await rectOf(page, 'history-empty'), 'with nothing logged, History says what to do');
  assert.ok(!(await probed(page, 'history-chart:0')), 'and draws no chart');
  await screenshot(page, 'history-phone-empty.png');
  await tap(page, cdp, 'dialog-close');

  // The block starts this week; back to its Monday (the app's days are UTC days).
  await tap(page, cdp, 'today-set-start');
  const weekday = (Math.floor(Date.now() / 86400000) + 3) % 7;  // 1970-01-01 was a Thursday; Monday = 0
  for (let i = 0; i < weekday; i++) await tap(page, cdp, 'today-day-');
  // Week 1, Monday: a set of 8 at 10 kg, 2 in reserve; Tuesday: 7 reps. Week 2, Monday: 8 reps to failure.
  await tap(page, cdp, 'log-set:0.0');
  for (let i = 0; i < 4; i++) await tap(page, cdp, 'log-load:0.0+');
  await tap(page, cdp, 'today-day+');
  await tap(page, cdp, 'log-set:0.0');
  await tap(page, cdp, 'log-reps:0.0-');
  for (let i = 0; i < 6; i++) await tap(page, cdp, 'today-day+');
  await tap(page, cdp, 'log-set:0.0');
  for (let i = 0; i < 2; i++) await tap(page, cdp, 'log-rir:0.0-');

  await tap(page, cdp, 'today-history');
  const sets = await rectOf(page, 'history-chart:0');
  await shows(page, 'history-chart:0', 'W1 2; W2 1 \u00b7 1F');
  // 8 reps at 10 kg with 2 in reserve: 10 x (1 + 10/30) = 13.3; 8 to failure: 10 x (1 + 8/30) = 12.7.
  await shows(page, 'history-chart:1', 'W1 13.3; W2 12.7');  // the best set's estimated 1RM a week
  await shows(page, 'history-detail', /^Week 2: 1 set, 1 to failure\. Best set: 8 reps x 10 kg, to failure/);
  for (const r of [sets, await rectOf(page, 'history-chart:1'), await rectOf(page, 'dialog-close')])
    assert.ok(r.x >= 0 && r.x + r.w <= PHONE.width && r.y + r.h <= PHONE.height, 'within the screen');
  for (const name of ['history-pick', 'history-week-', 'history-week+', 'dialog-close'])
    assert.ok((await rectOf(page, name)).h >= 44, `${name} is finger-sized`);
  await screenshot(page, 'history-phone-exercise.png');
  // A screen reader reads the same figures in the page's mirror.
  await page.waitForFunction(() => document.getElementById('mirror').textContent.includes('History: Bench press'
    + 'Week 1: 2 sets, 0 to failure.'), null, { timeout: 3000 });

  await tap(page, cdp, 'history-week-');
  await shows(page, 'history-detail', /^Week 1: 2 sets, 0 to failure\. Best set: 8 reps x 10 kg, 2 in reserve: estimated 1RM 13\.3 kg/);

  await tap(page, cdp, 'history-pick');
  await tap(page, cdp, 'history-pick:chest');
  await shows(page, 'history-chart:0', /^W1 2.; W2 1.$/);  // the chest's logged hard sets with their state
  await shows(page, 'history-chart:1', /^W1 0=; W2 1.$/);  // its failure sets against the budget
  await shows(page, 'history-detail', /^Week 2: 1 hard sets?, (under|in range|over) \(band [\d.]+-[\d.]+\); 1 of [\d.]+ failure sets/);
  await screenshot(page, 'history-phone-muscle.png');
  assert.deepEqual(page.errors, []);

  // The same log on a tablet and a desktop.
  const state = await context.storageState();
  await context.close();
  for (const [viewport, name] of [[{ width: 768, height: 1024 }, 'tablet'], [{ width: 1280, height: 800 }, 'desktop']]) {
    const wide = await env.browser.newContext({ viewport, storageState: state });
    const p = await openApp(wide, env.url);
    await settle(p);
    await click(p, 'menu-plan');
    await click(p, 'menu-history');
    await rectOf(p, 'history-chart:1');
    await shows(p, 'history-chart:0', 'W1 2; W2 1 \u00b7 1F');
    await settle(p);
    await screenshot(p, `history-${name}.png`);
    assert.deepEqual(p.errors, []);
    await wide.close();
  }
});
