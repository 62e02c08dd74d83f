// The first screen: the app comes up in Chromium, draws a real ImGui frame and says it is ready.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, startServer, openApp, idle, layout, screenshot, colourStats, DESKTOP, PHONE } from './lib.mjs';

const env = useBrowser();

// What the user sees first, untouched: the app draws its first screen and stops (no input is
// given, so the frames are the ones the app drew by itself); the splash is gone; the screen is
// not one colour; and each panel the layout probe names is inside the viewport and drawn
// there, text and all (a blank or unpainted rectangle is one or two colours).
async function assertFirstScreen(context, page, viewport, shot, panels) {
  await idle(page);
  assert.equal(await page.locator('#splash.gone').count(), 1, 'the splash is gone after the first frame');
  const stats = await colourStats(context, await screenshot(page, shot));
  assert.ok(stats.colours >= 20, `expected many colours (text, panels), got ${stats.colours}`);
  assert.ok(stats.dominant < 0.9, `one colour covers ${(stats.dominant * 100).toFixed(0)}% of the screen`);
  const l = await layout(page);
  for (const name of panels) {
    const r = l[name];
    assert.ok(r, `${name} is on the first screen (the layout has ${Object.keys(l).join(' ')})`);
    assert.ok(r.w >= 20 && r.h >= 12 && r.x >= 0 && r.y >= 0 && r.x + r.w <= viewport.width + 1 && r.y + r.h <= viewport.height + 1,
      `${name} at ${JSON.stringify(r)} fits the ${viewport.width}x${viewport.height} viewport`);
    const clip = await colourStats(context, await page.screenshot({ clip: { x: r.x, y: r.y, width: r.w, height: r.h } }));
    assert.ok(clip.colours >= 20, `${name} at ${JSON.stringify(r)} shows ${clip.colours} colours: not drawn`);
  }
  return l;
}

const SEEN = ['menu-plan', 'undo', 'search', 'lib:back-squat', 'board', 'weeks', 'day:0'];

for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`first frame at ${name} size is a real ImGui frame, not a blank canvas`, async () => {
    const context = await env.browser.newContext({ viewport, deviceScaleFactor: name === 'phone' ? 2 : 1 });
    const page = await openApp(context, env.url);
    // desktop: the budget, fatigue and findings panels beside the board; phone: tabs for them
    const panels = name === 'desktop' ? [...SEEN, 'budget:chest', 'fatigue-plot', 'bodymap'] : [...SEEN, 'tab:Plan', 'tab:Budget'];
    const l = await assertFirstScreen(context, page, viewport, `first-screen-${name}.png`, panels);
    // desktop: seven columns side by side; phone: days stacked (later ones scroll into view)
    const days = name === 'desktop' ? 7 : 1;
    for (let d = 0; d < 7; d++) {
      const r = l[`day:${d}`];
      if (d < days) assert.ok(r && r.w > 20 && r.h > 20, `day ${d} is on screen`);
      if (r) assert.ok(r.x >= 0 && r.x + r.w <= viewport.width + 1, `day ${d} fits the width`);
    }
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test('the page works from a sub-path (relative URLs only)', async () => {
  const prefix = '/apps/failsafe/';
  const sub = await startServer(undefined, prefix);
  const context = await env.browser.newContext({ viewport: DESKTOP });
  const fetched = [];
  context.on('response', (r) => fetched.push(`${r.status()} ${new URL(r.url()).pathname}`));
  context.on('requestfailed', (r) => fetched.push(`failed ${new URL(r.url()).pathname}`));
  const page = await openApp(context, sub.url);
  await assertFirstScreen(context, page, DESKTOP, 'first-screen-sub-path.png', SEEN);
  const wrong = fetched.filter((f) => !f.startsWith('200 ') || !f.includes(` ${prefix}`));
  assert.deepEqual(wrong, [], `every file is fetched from ${prefix}: ${fetched.join(', ')}`);
  assert.ok(fetched.some((f) => f.endsWith(`${prefix}failsafe.wasm`)), fetched.join(', '));
  assert.deepEqual(page.errors, []);
  await context.close();
  sub.server.close();
});
