// Phone size with a touch screen: a long press on a library entry starts a drag into a day;
// a tap on a slot opens its editor. Real touch events (CDP Input.dispatchTouchEvent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, startServer, openApp, screenshot, settle, PHONE, plan, layout, pause, rectOf, centre, slotsOn, repo } from './lib.mjs';

const env = useBrowser();

async function touch(cdp, type, point) {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: point ? [{ x: point.x, y: point.y, id: 1 }] : [] });
}

test('phone: long press drags an exercise into a day, a tap opens the editor', async () => {
  const context = await env.browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const page = await openApp(context, env.url);
  const cdp = await context.newCDPSession(page);
  await settle(page);
  await screenshot(page, 'planner-phone-empty.png');
  const from = centre(await rectOf(page, 'lib:back-squat'));

  // a quick swipe does not drag anything
  await touch(cdp, 'touchStart', from);
  await pause(page, 50);
  await touch(cdp, 'touchMove', { x: from.x, y: from.y + 60 });
  await pause(page, 50);
  await touch(cdp, 'touchEnd');
  await pause(page, 150);
  assert.deepEqual(slotsOn(await plan(page), 0, 0), [], 'a swipe is not a drag');

  // long press, then move to Monday and let go (read after the first touch: targets are finger-sized now)
  const start = centre(await rectOf(page, 'lib:back-squat'));
  const monday = await rectOf(page, 'day:0');
  const to = { x: monday.x + monday.w / 2, y: monday.y + monday.h / 2 };
  await touch(cdp, 'touchStart', start);
  await pause(page, 650);
  for (let i = 1; i <= 8; i++) {
    await touch(cdp, 'touchMove', { x: start.x + ((to.x - start.x) * i) / 8, y: start.y + ((to.y - start.y) * i) / 8 });
    await pause(page, 50);
  }
  await pause(page, 100);
  await screenshot(page, 'planner-phone-drag.png');
  await touch(cdp, 'touchEnd');
  await pause(page, 200);
  assert.deepEqual(slotsOn(await plan(page), 0, 0), ['back-squat']);

  // a tap on the new slot opens its editor
  const slot = centre(await rectOf(page, 'slot:0.0.0'));
  await touch(cdp, 'touchStart', slot);
  await pause(page, 80);
  await touch(cdp, 'touchEnd');
  await pause(page, 200);
  await screenshot(page, 'planner-phone-editor.png');
  assert.ok((await layout(page))['edit:sets'], 'the slot editor is open');
  await context.close();
});

test('phone: every panel is reachable as a tab and nothing runs off the screen', async () => {
  const context = await env.browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const page = await openApp(context, env.url);
  await page.evaluate((j) => window.failsafe.load(j), readFileSync(join(repo, 'tests/golden/v1-every-feature.json'), 'utf8'));
  await settle(page);
  const cdp = await context.newCDPSession(page);
  for (const tab of ['Budget', 'Fatigue', 'Findings', 'Plan']) {
    const r = centre(await rectOf(page, `tab:${tab}`));
    await touch(cdp, 'touchStart', r);
    await pause(page, 60);
    await touch(cdp, 'touchEnd');
    await pause(page, 200);
    const l = await layout(page);
    for (const [name, rect] of Object.entries(l))
      assert.ok(rect.x >= -1 && rect.x + rect.w <= PHONE.width + 1, `${name} fits the phone's width on the ${tab} tab`);
    await screenshot(page, `planner-phone-${tab.toLowerCase()}.png`);
  }
  assert.ok((await layout(page))['week-remove'], 'week actions wrap onto the screen');
  await context.close();
});

test('phone: a filter\'s list shows eight finger-sized rows, not three, and a tap on one filters the library', async () => {
  const context = await env.browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const page = await openApp(context, env.url);
  const cdp = await context.newCDPSession(page);
  await settle(page);
  const tap = async (point) => {
    await touch(cdp, 'touchStart', point);
    await pause(page, 60);
    await touch(cdp, 'touchEnd');
    await pause(page, 200);
  };
  await tap(centre(await rectOf(page, 'filter:muscle')));
  const list = (await layout(page))['combo-list'];
  assert.ok(list, 'the list is open');
  assert.ok(list.h >= 8 * 44, `eight rows of 44 px fit in the list (${JSON.stringify(list)})`);
  assert.ok(list.y >= 0 && list.y + list.h <= PHONE.height, `the list is on the screen (${JSON.stringify(list)})`);
  await screenshot(page, 'touch-phone-filter-list.png');
  // "Chest" is the second row: the first is the "any muscle" entry
  await tap({ x: list.x + list.w / 2, y: list.y + 44 * 1.5 + 44 / 2 });
  const after = await layout(page);
  assert.ok(!after['combo-list'], 'the list closes after a choice');
  const listed = Object.keys(after).filter((k) => k.startsWith('lib:'));
  assert.ok(listed.includes('lib:bench-press'), `a chest exercise is listed first (${listed})`);
  assert.ok(!listed.some((k) => k.includes('squat')), `the squats are filtered out (${listed})`);
  await context.close();
});
