// A layout for every width: at phone, tablet and desktop sizes no day column is narrower than
// 90 CSS px, the budget stays in view beside the board (or, on a phone, as a one-line strip),
// and on a touch screen every target listed is at least 44 CSS px. Screenshots of each size go
// to build/e2e-screenshots/layout-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, openApp, screenshot, settle, layout, plan, pause, rectOf, centre, slotsOn, repo, PHONE } from './lib.mjs';

const env = useBrowser();
const MIN_DAY = 90;
const TOUCH = 44;
const everyFeature = readFileSync(join(repo, 'tests/golden/v1-every-feature.json'), 'utf8');

// The days drawn, by index, and a check that each is at least MIN_DAY wide.
function days(l, where) {
  const shown = [];
  for (let d = 0; d < 7; d++) {
    const r = l[`day:${d}`];
    if (!r) continue;
    shown.push(r);
    assert.ok(r.w >= MIN_DAY, `${where}: day ${d} is ${r.w} px wide (at least ${MIN_DAY})`);
  }
  return shown;
}

const SIZES = [
  // [width, height, what the layout is: 'phone' stacks the days, the others put them side by side]
  [390, 844, 'phone'],
  [768, 1024, 'tablet'],
  [1024, 768, 'tablet'],
  [1280, 800, 'desktop'],
  [1920, 1080, 'desktop'],
];

for (const [width, height, kind] of SIZES) {
  test(`${width}x${height}: the ${kind} layout, every day column at least ${MIN_DAY} px wide`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height } });
    const page = await openApp(context, env.url);
    await page.evaluate((j) => window.failsafe.load(j), everyFeature);
    await settle(page);
    await screenshot(page, `layout-${width}x${height}.png`);
    const l = await layout(page);
    const shown = days(l, `${width}x${height}`);
    for (const r of shown) assert.ok(r.x >= 0 && r.x + r.w <= width + 1, `a day at ${JSON.stringify(r)} fits the width`);
    assert.ok(l.search, "the library's search is in view");
    if (kind === 'phone') {
      assert.ok(shown.length >= 1, 'the first day is in view');
      assert.ok(shown.every((r) => Math.abs(r.w - shown[0].w) < 1), 'stacked days are one width');
      const strip = l['budget-strip'];
      assert.ok(strip && strip.y > l.search.y, 'the budget strip is on the Plan tab, under the library');
      assert.match(strip.t, /[\u2193=\u2191]/, `the strip shows states: ${strip.t}`);
    } else {
      assert.equal(shown.length, 7, 'seven days side by side');
      assert.ok(shown.every((r) => Math.abs(r.y - shown[0].y) < 1), 'the days are in one row');
      assert.ok(l['budget:chest'], 'the budget is in view beside the board');
    }
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test('any width from 320 px up: no day column under 90 px, nothing wider than the screen', async () => {
  const context = await env.browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await openApp(context, env.url);
  await page.evaluate((j) => window.failsafe.load(j), everyFeature);
  for (const width of [320, 360, 500, 693, 694, 700, 760, 800, 891, 892, 900, 1000, 1100, 1199, 1219, 1220, 1440, 2560]) {
    await page.setViewportSize({ width, height: 700 });
    await settle(page);
    const l = await layout(page);
    const shown = days(l, `${width} px`);
    assert.ok(shown.length >= 1, `${width} px: a day is in view`);
    for (const [name, r] of Object.entries(l)) assert.ok(r.x >= -1 && r.x + r.w <= width + 1, `${width} px: ${name} at ${JSON.stringify(r)} fits`);
    const tab = l['tab:Findings'];  // the last tab: inside the window's padding, not cut by the screen's edge
    if (tab) assert.ok(tab.x + tab.w <= width - 6, `${width} px: the tabs fit (the last ends at ${tab.x + tab.w})`);
    if (width === 320) await screenshot(page, 'layout-320x700.png');
    if (width === 900) await screenshot(page, 'layout-900x700.png');
  }
  await context.close();
});

async function touch(cdp, type, point) {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: point ? [{ x: point.x, y: point.y, id: 1 }] : [] });
}
async function tap(page, cdp, name) {
  const p = centre(await rectOf(page, name));
  await touch(cdp, 'touchStart', p);
  await pause(page, 80);
  await touch(cdp, 'touchEnd');
  await pause(page, 200);
}
// Taps `opener`, then checks that each of `targets` is finger-sized; saves a screenshot.
async function tapAndCheck(page, cdp, opener, targets, shot) {
  await tap(page, cdp, opener);
  const l = await layout(page);
  for (const name of targets) assertTarget(l, name);
  await screenshot(page, shot);
}
function assertTarget(l, name) {
  const r = l[name];
  assert.ok(r, `${name} is on screen`);
  assert.ok(r.w >= TOUCH - 0.5 && r.h >= TOUCH - 0.5, `${name} is ${r.w} x ${r.h} px (at least ${TOUCH} x ${TOUCH})`);
}

test('touch: the day menu, menu rows, tabs and steppers are at least 44 px; the budget strip follows the plan', async () => {
  const context = await env.browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const page = await openApp(context, env.url);
  const cdp = await context.newCDPSession(page);
  await settle(page);
  await tap(page, cdp, 'day:0');  // a first touch: the app now sizes its targets for fingers
  await settle(page);
  let l = await layout(page);
  for (const name of ['day-menu:0', 'tab:Plan', 'tab:Budget', 'tab:Fatigue', 'tab:Block', 'tab:Findings', 'week:0', 'week-copy', 'menu-plan', 'menu-help', 'undo', 'redo', 'budget-strip'])
    assertTarget(l, name);
  assert.match(l['budget-strip'].t, /no hard sets/, 'an empty week: the strip says so');

  await tapAndCheck(page, cdp, 'day-menu:0', ['day-copy', 'day-clear'], 'layout-touch-day-menu.png');
  await tap(page, cdp, 'tab:Plan');  // a tap elsewhere closes the menu
  await tapAndCheck(page, cdp, 'menu-plan', ['menu-my-plans', 'menu-rename', 'menu-budgets', 'menu-export'], 'layout-touch-plan-menu.png');
  await tap(page, cdp, 'tab:Today');  // left of the open menu: closes it
  await tap(page, cdp, 'tab:Plan');

  // an exercise in by the "Add to" days: each day's button is touch-sized
  await tapAndCheck(page, cdp, 'lib:back-squat', [0, 1, 2, 3, 4, 5, 6].map((d) => `add-to:${d}`), 'layout-touch-add-to.png');
  await tap(page, cdp, 'add-to:0');
  assert.deepEqual(slotsOn(await plan(page), 0, 0), ['back-squat']);
  await settle(page);
  l = await layout(page);
  assert.match(l['budget-strip'].t, /Quads \d+(\.\d)?[\u2193=\u2191]/, `the strip shows the quads' sets and state: ${l['budget-strip'].t}`);
  await screenshot(page, 'layout-touch-strip.png');

  // the library's search and filters, the week's deload box, and the fatigue view's controls
  l = await layout(page);
  for (const name of ['search', 'filter:muscle', 'filter:equipment', 'filter:failure', 'library-custom', 'week-deload'])
    assertTarget(l, name);
  await tap(page, cdp, 'tab:Fatigue');
  l = await layout(page);
  for (const name of ['fatigue-muscle', 'fatigue-all-weeks']) assertTarget(l, name);
  await tapAndCheck(page, cdp, 'fatigue-muscle', [], 'layout-touch-fatigue-muscle.png');
  await tap(page, cdp, 'tab:Plan');  // closes the list
  await tap(page, cdp, 'tab:Plan');

  await tapAndCheck(page, cdp, 'slot:0.0.0', ['edit:sets-', 'edit:sets+', 'edit:rir-', 'edit:rir+'], 'layout-touch-editor.png');

  // the strip opens the budget
  await tap(page, cdp, 'tab:Plan');
  await tap(page, cdp, 'budget-strip');
  assert.ok((await layout(page))['budget:quads'], 'a tap on the strip shows the budget');
  assert.deepEqual(page.errors, []);
  await context.close();
});
