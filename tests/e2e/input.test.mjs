// Input the other browser tests do not reach: the mouse wheel, the pointer's shape, and cut and
// paste inside the app's text fields. In the browser the app's SDL calls are answered by
// src/platform/sdl_web.cpp; these pin down what a user sees of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, settle, idle, DESKTOP, layout, pause, rectOf, click, centre } from './lib.mjs';

const env = useBrowser();

async function desktop() {
  const context = await env.browser.newContext({ viewport: DESKTOP });
  const page = await openApp(context, env.url);
  await settle(page);
  return { context, page };
}

const cursor = (page) => page.evaluate(() => getComputedStyle(document.getElementById('canvas')).cursor);

test('the mouse wheel scrolls the exercise library, a notch at a time, and back', async () => {
  const { context, page } = await desktop();
  const first = await rectOf(page, 'lib:back-squat');
  const over = centre(first);  // the wheel turns over the list (settle() would move the mouse away)
  await page.mouse.move(over.x, over.y);
  await idle(page);
  await page.mouse.wheel(0, 300);
  await idle(page);
  const down = (await layout(page))['lib:back-squat'];
  assert.ok(!down || down.y < first.y - 20, 'the list moved up');
  await page.mouse.wheel(0, -300);
  await idle(page);
  const back = (await layout(page))['lib:back-squat'];
  assert.ok(back, 'the first exercise is back on screen');
  assert.equal(back.y, first.y, 'scrolled back to where it was');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the pointer is a text cursor over the search box and an arrow over the list', async () => {
  const { context, page } = await desktop();
  const search = centre(await rectOf(page, 'search'));
  const entry = centre(await rectOf(page, 'lib:back-squat'));
  for (const [at, want] of [[search, 'text'], [entry, 'default'], [search, 'text']]) {
    await page.mouse.move(at.x, at.y);
    await idle(page);  // the frame after the hover sets the cursor
    assert.equal(await cursor(page), want);
  }
  await context.close();
});

// Ctrl+key, each key held for a few frames: ImGui 1.86 reads keys as held or not once a frame.
async function chord(page, key) {
  await page.keyboard.down('Control');
  await pause(page, 80);
  await page.keyboard.down(key);
  await pause(page, 80);
  await page.keyboard.up(key);
  await page.keyboard.up('Control');
  await pause(page, 80);
}

test('cut and paste in the search box: Ctrl+A, Ctrl+X empties it, Ctrl+V brings the words back', async () => {
  const { context, page } = await desktop();
  await click(page, 'search');
  await page.keyboard.type('pec deck', { delay: 30 });
  await settle(page);
  assert.ok(!(await layout(page))['lib:back-squat'], 'the search filters the list');
  await chord(page, 'a');
  await chord(page, 'x');
  await settle(page);
  assert.ok((await layout(page))['lib:back-squat'], 'the whole list is back once the box is empty');
  await chord(page, 'v');
  await settle(page);
  const l = await layout(page);
  assert.ok(l['lib:pec-deck'] && !l['lib:back-squat'], 'the pasted words filter the list again');
  assert.deepEqual(page.errors, []);
  await context.close();
});
