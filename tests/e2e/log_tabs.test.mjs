// The gym log in two tabs of one browser, on one plan: a set logged in either shows in the other
// without a reload (the storage event), and sets logged in both, one right after the other, all
// survive.
// Today is the user's local day (the context's time zone), and loads show in the user's unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, screenshot, settle, click, pause, PHONE, layout, everyDayBench, storedLog } from './lib.mjs';

// Two tabs side by side both draw: Chromium would otherwise starve the one behind of frames.
const env = useBrowser(['--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows']);
const TIMEOUT = { timeout: 120000 };

// Bench press every day, so that today is a training day whatever the weekday (Sunday excepted
// below: the second tab logs the day after).
const PLAN = everyDayBench(5);

const storedSets = async (page) => (await storedLog(page))?.sessions[0]?.entries[0]?.sets ?? [];

// A tap in the tab the user turns to: it comes to the front (and has the focus) first.
async function tapIn(page, name) {
  await page.bringToFront();
  await click(page, name);
}

// Waits until `page` draws `name`: the app draws when something changes (another tab's write
// wakes it) or when woken by the mouse, moved between two points so that every move is one.
async function shows(page, name) {
  for (let i = 0; i < 50; i++) {
    if ((await layout(page))[name]) return;
    await page.mouse.move(1 + (i % 2), 1);
    await pause(page, 100);
  }
  throw new Error(`no ${name} on screen`);
}

async function planOnToday(context) {
  const page = await openApp(context, env.url);
  assert.equal(await page.evaluate((j) => window.failsafe.load(j), JSON.stringify(PLAN)), '');
  await settle(page);
  await click(page, 'tab:Today');
  await click(page, 'today-set-start');
  return page;
}

test('two tabs: each shows the sets the other logs, without a reload; sets logged one right after the other both survive', TIMEOUT, async () => {
  const context = await env.browser.newContext({ viewport: PHONE });
  const a = await planOnToday(context);
  const b = await openApp(context, env.url);  // opens the plan open last: the same one
  await tapIn(b, 'tab:Today');
  assert.ok(!(await layout(b))['log-reps:0.0-'], 'nothing logged yet in the second tab');

  await tapIn(a, 'log-set:0.0');
  await shows(b, 'log-reps:0.0-');  // the first tab's set, in the second
  await tapIn(b, 'log-set:0.1');
  await shows(a, 'log-reps:0.1-');  // and the second tab's, in the first

  // Both tabs log one right after the other, the second before it has drawn the first's write
  // (one person cannot press in two windows at once: the window left loses its press): the first
  // tab Tuesday's third set, the second Wednesday's first. Both write the one stored log; the
  // second reads what is stored and merges before it writes, so neither set is dropped. (The race
  // where a tab writes over a version it has not seen is tests/app/log_tabs_test.cpp's.)
  const today = (await storedLog(a)).sessions[0];
  await tapIn(b, 'today-day+');
  await tapIn(a, 'log-set:0.2');
  await tapIn(b, 'log-set:0.0');
  await shows(a, 'log-reps:0.2-');
  await shows(b, 'log-reps:0.0-');
  const both = await storedLog(a);
  assert.deepEqual(both.sessions.map((s) => [s.week, s.day, s.entries[0].sets.length]),
    [[today.week, today.day, 3], [today.week, today.day + 1, 1]], 'both sets stored');
  assert.deepEqual(await storedLog(b), both);
  await tapIn(a, 'today-day+');
  await shows(a, 'log-reps:0.0-');  // the second tab's Wednesday set, in the first tab
  await tapIn(b, 'today-back');
  await shows(b, 'today-title');
  assert.ok(!(await layout(b))['today-back'], 'the second tab is back on today');
  await shows(b, 'log-reps:0.2-');  // and the first tab's third Tuesday set, in the second
  await screenshot(b, 'log-tabs-second-tab.png');
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

// A time zone where the local date now differs from UTC's: 11 hours behind before 11:00 UTC, 14 ahead after.
const zone = new Date().getUTCHours() < 11 ? { id: 'Pacific/Pago_Pago', hours: -11 } : { id: 'Pacific/Kiritimati', hours: 14 };

test(`today is the local day (${zone.id}), not UTC's`, TIMEOUT, async () => {
  const context = await env.browser.newContext({ viewport: PHONE, timezoneId: zone.id });
  const page = await planOnToday(context);
  await click(page, 'log-set:0.0');
  const dates = await page.evaluate(() => {
    const d = new Date(), two = (n) => String(n).padStart(2, '0');
    return { local: `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`, utc: d.toISOString().slice(0, 10) };
  });
  assert.notEqual(dates.local, dates.utc, 'the test runs where the two dates differ');
  assert.equal((await storedLog(page)).sessions[0].date, dates.local);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('loads in the unit picked: 2.5 kg steps shown as 12.5 kg; lb remembered, 5 lb steps', TIMEOUT, async () => {
  const context = await env.browser.newContext({ viewport: PHONE, deviceScaleFactor: 2 });
  const page = await planOnToday(context);
  await click(page, 'log-set:0.0');
  for (let i = 0; i < 5; i++) await click(page, 'log-load:0.0+');
  assert.equal((await storedSets(page))[0].load, 12.5);
  assert.equal((await layout(page))['log-load:0.0='].t, '12.5 kg');
  await click(page, 'log-set:0.1');  // the next set starts from that load
  assert.equal((await layout(page))['log-load:0.1='].t, '12.5 kg');
  await screenshot(page, 'log-today-kg.png');

  await click(page, 'today-unit:lb');
  for (let i = 0; i < 2; i++) await click(page, 'log-load:0.1+');
  assert.equal((await storedLog(page)).unit, 'lb');
  assert.deepEqual((await storedSets(page)).map((s) => s.load), [12.5, 20]);
  assert.equal((await layout(page))['log-load:0.1='].t, '20 lb');
  await page.reload();
  await page.evaluate(() => window.failsafe.ready);
  await settle(page);
  if ((await layout(page))['tab:Today']) await click(page, 'tab:Today');
  assert.equal((await layout(page))['log-load:0.1='].t, '20 lb', 'the unit is kept');
  await screenshot(page, 'log-today-lb.png');
  assert.deepEqual(page.errors, []);
  await context.close();
});
