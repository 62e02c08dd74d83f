// The first screen: the app comes up in Chromium, draws a real ImGui frame and says it is ready.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, startServer, openApp, screenshot, colourStats, settle, DESKTOP, PHONE } from './lib.mjs';

const env = useBrowser();

for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`first frame at ${name} size is a real ImGui frame, not a blank canvas`, async () => {
    const context = await env.browser.newContext({ viewport, deviceScaleFactor: name === 'phone' ? 2 : 1 });
    const page = await openApp(context, env.url);
    await settle(page);
    assert.equal(await page.locator('#splash.gone').count(), 1, 'the splash is gone after the first frame');
    const png = await screenshot(page, `first-screen-${name}.png`);
    const stats = await colourStats(context, png);
    assert.ok(stats.colours >= 20, `expected many colours (text, panels), got ${stats.colours}`);
    assert.ok(stats.dominant < 0.9, `one colour covers ${(stats.dominant * 100).toFixed(0)}% of the screen`);
    const layout = await page.evaluate(() => window.failsafe.layout());
    // desktop: seven columns side by side; phone: days stacked (later ones scroll into view)
    const days = name === 'desktop' ? 7 : 1;
    for (let d = 0; d < 7; d++) {
      const r = layout[`day:${d}`];
      if (d < days) assert.ok(r && r.w > 20 && r.h > 20, `day ${d} is on screen`);
      if (r) assert.ok(r.x >= 0 && r.x + r.w <= viewport.width + 1, `day ${d} fits the width`);
    }
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test('the page works from a sub-path (relative URLs only)', async () => {
  const sub = await startServer(undefined, '/apps/failsafe/');
  const context = await env.browser.newContext({ viewport: DESKTOP });
  const page = await openApp(context, sub.url);
  assert.ok((await page.evaluate(() => window.failsafe.frames())) >= 1);
  await context.close();
  sub.server.close();
});
