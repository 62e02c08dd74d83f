// The keyboard alone: Tab moves between panels, arrows and Enter add an exercise to a day, '?'
// opens the shortcuts and Escape closes it; a dialog opened from the menu bar closes with Escape
// too. Only page.keyboard is used; the layout probe's "nav-focus" is where the focus ring is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, screenshot, settle, layout, plan, pause, slotsOn } from './lib.mjs';

const env = useBrowser();

const inside = (p, r) => r && p.x >= r.x - 1 && p.y >= r.y - 1 && p.x <= r.x + r.w + 1 && p.y <= r.y + r.h + 1;
const mid = (r) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

async function press(page, key) {
  await page.keyboard.press(key);
  await pause(page, 90);
}

// Presses `key` until the focus ring is on an item whose name `match`es; returns that name.
async function focusTo(page, key, match, tries = 12) {
  for (let i = 0; i < tries; i++) {
    await press(page, key);
    const l = await layout(page);
    const focus = l['nav-focus'];
    if (!focus) continue;
    const hit = Object.keys(l).find((n) => n !== 'nav-focus' && match(n) && inside(mid(focus), l[n]));
    if (hit) return hit;
  }
  throw new Error(`the focus never reached an item matching ${match} with ${key}`);
}

test('keyboard: Tab to the library, arrows to an exercise, Enter and Enter add it to Monday', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  await settle(page);
  assert.equal((await layout(page))['nav-focus'], undefined, 'no focus ring before a key is used');
  await focusTo(page, 'Tab', (n) => n === 'library-custom' || n === 'search');
  await screenshot(page, 'keyboard-library.png');
  const row = await focusTo(page, 'ArrowDown', (n) => n.startsWith('lib:'));
  const slug = row.slice('lib:'.length);
  await press(page, 'Enter');
  const l = await layout(page);
  assert.ok(l['add-to:0'], 'Enter on an exercise offers the days');
  assert.ok(inside(mid(l['nav-focus']), l['add-to:0']), 'the focus is on Monday');
  await screenshot(page, 'keyboard-add-to.png');
  await press(page, 'Enter');
  await settle(page);
  assert.deepEqual(slotsOn(await plan(page), 0, 0), [slug], `${slug} is on Monday`);
  assert.ok((await layout(page))['slot:0.0.0'], 'and on the board');

  // Tab again reaches another panel; Shift+Tab comes back
  const before = (await layout(page))['nav-focus'];
  await press(page, 'Tab');
  const after = (await layout(page))['nav-focus'];
  assert.ok(after && (after.x !== before.x || after.y !== before.y), 'Tab moves the focus');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('keyboard: ? opens the shortcuts, Escape closes them; a menu dialog closes with Escape', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  await settle(page);
  await press(page, 'Shift+Slash');  // '?'
  await settle(page);
  assert.ok((await layout(page)).shortcuts, 'the shortcuts dialog is open');
  await screenshot(page, 'keyboard-shortcuts.png');
  await press(page, 'Escape');
  await settle(page);
  assert.equal((await layout(page)).shortcuts, undefined, 'Escape closed it');

  // Alt: the menu bar; Enter opens the Plan menu; down to Rename..., Enter; Escape closes it
  await page.keyboard.down('Alt');  // held a moment, as a hand does (a modifier is read per frame)
  await pause(page, 150);
  await page.keyboard.up('Alt');
  await pause(page, 150);
  let l = await layout(page);
  assert.ok(inside(mid(l['nav-focus']), l['menu-plan']), 'Alt puts the focus on the Plan menu');
  await press(page, 'Enter');
  await focusTo(page, 'ArrowDown', (n) => n === 'menu-rename');
  await press(page, 'Enter');
  await settle(page);
  assert.ok((await layout(page))['dialog-close'], 'the rename dialog is open');
  await press(page, 'Escape');
  await settle(page);
  assert.equal((await layout(page))['dialog-close'], undefined, 'Escape closed it');
  assert.equal((await plan(page)).name, 'My plan', 'and renamed nothing');
  assert.deepEqual(page.errors, []);
  await context.close();
});
