// The gym log on a phone with a touch screen: Today's session logged set by set with taps, kept
// offline across a reload, and the reps-falling warning after three sessions with fewer reps at
// the same load and effort. Real touch events (CDP Input.dispatchTouchEvent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, screenshot, settle, controlled, PHONE, layout, rectOf, tap, everyDayBench, storedLog } from './lib.mjs';

const env = useBrowser();
const TIMEOUT = { timeout: 120000 };

// Two weeks of bench press every day: 3 x 8, 2 reps in reserve.
const PLAN = everyDayBench(3);

test('phone: a session logged with taps is there offline after a reload; three falling sessions raise the warning', TIMEOUT, async () => {
  const context = await env.browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const page = await openApp(context, env.url);
  const cdp = await context.newCDPSession(page);
  await controlled(page);  // the offline copy is in place
  assert.equal(await page.evaluate((j) => window.failsafe.load(j), JSON.stringify(PLAN)), '');
  await settle(page);
  await tap(page, cdp, 'tab:Today');
  await tap(page, cdp, 'today-set-start');

  // Today, tomorrow and the day after: the first set logged as planned at 10 kg, then one and two reps fewer.
  for (let session = 0; session < 3; session++) {
    if (session > 0) await tap(page, cdp, 'today-day+');
    await tap(page, cdp, 'log-set:0.0');
    if (session === 0) for (let i = 0; i < 4; i++) await tap(page, cdp, 'log-load:0.0+');
    for (let i = 0; i < session; i++) await tap(page, cdp, 'log-reps:0.0-');
  }
  await tap(page, cdp, 'log-set:0.1');
  await screenshot(page, 'log-phone-today.png');
  const log = await storedLog(page);
  assert.ok(log, 'the log is in local storage');
  assert.deepEqual(log.sessions.map((s) => s.entries[0].sets[0].reps), [8, 7, 6]);
  assert.deepEqual(log.sessions.map((s) => s.entries[0].sets[0].load), [10, 10, 10]);
  assert.equal(log.sessions[2].entries[0].sets.length, 2);

  // Offline, reloaded: the phone opens on today's session, its set logged.
  await context.setOffline(true);
  await page.reload();
  await page.evaluate(() => window.failsafe.ready);
  await settle(page);
  assert.deepEqual(await storedLog(page), log, 'the log survived the reload');
  assert.ok((await rectOf(page, 'log-reps:0.0-')), "today's first set shows as logged");
  assert.ok(!(await layout(page))['log-set:0.0'], 'and is not offered to log again');
  await screenshot(page, 'log-phone-offline.png');

  // The findings tab: reps falling at the same load and effort, from the log.
  const tab = Object.keys(await layout(page)).find((k) => k === 'tab:Findings');
  assert.ok(tab, 'a findings tab');
  await tap(page, cdp, tab);
  await rectOf(page, 'log-findings');
  const text = await page.evaluate(() => window.failsafe.layout()['log-finding:0'].t);
  assert.match(text, /fell from 8 reps to 6/);
  await screenshot(page, 'log-phone-findings.png');
  assert.deepEqual(page.errors, []);
  await context.close();
});
