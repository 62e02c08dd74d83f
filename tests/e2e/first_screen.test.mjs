// The first screen: the app comes up in Chromium, draws a real ImGui frame and says it is ready.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, openApp, screenshot, colourStats, settle, DESKTOP, PHONE } from './lib.mjs';

let browser, server, url;
before(async () => {
  browser = await launch();
  ({ server, url } = await startServer());
});
after(async () => {
  await browser?.close();
  server?.close();
});

for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`first frame at ${name} size is a real ImGui frame, not a blank canvas`, async () => {
    const context = await browser.newContext({ viewport, deviceScaleFactor: name === 'phone' ? 2 : 1 });
    const page = await openApp(context, url);
    await settle(page);
    assert.equal(await page.locator('#splash.gone').count(), 1, 'the splash is gone after the first frame');
    const png = await screenshot(page, `first-screen-${name}.png`);
    const stats = await colourStats(context, png);
    assert.ok(stats.colours >= 20, `expected many colours (text, panels), got ${stats.colours}`);
    assert.ok(stats.dominant < 0.9, `one colour covers ${(stats.dominant * 100).toFixed(0)}% of the screen`);
    const layout = await page.evaluate(() => window.failsafe.layout());
    for (let d = 0; d < 7; d++) {
      const r = layout[`day:${d}`];
      assert.ok(r && r.w > 20 && r.h > 20, `day column ${d} is on screen`);
      assert.ok(r.x >= 0 && r.x + r.w <= viewport.width + 1, `day column ${d} fits the width`);
    }
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test('the page works from a sub-path (relative URLs only)', async () => {
  const sub = await startServer(undefined, '/apps/failsafe/');
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await openApp(context, sub.url);
  assert.ok((await page.evaluate(() => window.failsafe.frames())) >= 1);
  await context.close();
  sub.server.close();
});
