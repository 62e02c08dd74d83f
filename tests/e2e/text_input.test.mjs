// Text fields on a phone: a tap on an app text field puts a real <input> over it with the focus
// (so the soft keyboard opens); text committed there (insertText, as a keyboard or IME does) is
// what the app's field holds; a composition in progress is not typed into the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, screenshot, settle, PHONE, layout, plan, pause, rectOf, centre, click, tap as tapItem } from './lib.mjs';

const env = useBrowser();

async function phone() {
  const context = await env.browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const page = await openApp(context, env.url);
  const cdp = await context.newCDPSession(page);
  await settle(page);
  return { context, page, cdp };
}

const tap = (page, cdp, name) => tapItem(page, cdp, name, 200);

// What has the focus: its tag, and whether it is drawn over the named item of the layout.
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  const r = e.getBoundingClientRect();
  return { tag: e.tagName, value: e.value, hidden: e.hidden, x: r.x, y: r.y, w: r.width, h: r.height };
});

// Waits until the app's layout shows (or no longer shows) an item.
async function waitFor(page, what, name, shown = true, timeout = 3000) {
  const deadline = Date.now() + timeout;
  while (Boolean((await layout(page))[name]) !== shown) {
    if (Date.now() > deadline) throw new Error(`${what}: ${name} is ${shown ? 'not ' : ''}on screen`);
    await pause(page, 50);
  }
}

// iOS opens its keyboard for an input focused inside the user's own touch handler, not for one
// focused later (a frame, a timer). Records, for each focus the page's input takes, whether a
// touchend was being dispatched: the capture listener runs before the page's handlers, the
// bubbling one after them.
async function recordFocus(page) {
  await page.evaluate(() => {
    window.__focus = [];
    let inRelease = false;
    window.addEventListener('touchend', () => { inRelease = true; }, true);
    window.addEventListener('touchend', () => { inRelease = false; });
    document.addEventListener('focusin', (e) => window.__focus.push({ id: e.target.id, inRelease }), true);
  });
}

test('phone: the input takes the focus inside the tap itself, for a tap held a while and for a quick one', async () => {
  const { context, page, cdp } = await phone();
  await recordFocus(page);
  await tap(page, cdp, 'search');  // held 60 ms: the field opens on the press, the focus waits for the release
  assert.deepEqual(await page.evaluate(() => window.__focus), [{ id: 'text-input', inRelease: true }]);
  await tap(page, cdp, 'day:0');   // ends the editing
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY');

  // a quick tap: pressed and lifted before the app drew a frame in between
  const p = centre(await rectOf(page, 'search'));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: p.x, y: p.y, id: 1 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await pause(page, 200);
  const focus = await page.evaluate(() => window.__focus);
  assert.deepEqual(focus.at(-1), { id: 'text-input', inRelease: true }, JSON.stringify(focus));
  assert.equal((await focused(page)).tag, 'INPUT');
  await page.keyboard.insertText('curl');
  await waitFor(page, 'typed "curl" after a quick tap', 'lib:back-squat', false);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('phone: the search field takes a real input, the soft keyboard\'s text filters the library', async () => {
  const { context, page, cdp } = await phone();
  const search = await rectOf(page, 'search');
  assert.equal((await focused(page)).tag, 'BODY', 'nothing has the focus before the tap');
  await tap(page, cdp, 'search');
  const input = await focused(page);
  assert.equal(input.tag, 'INPUT', 'a real input has the focus, so a phone opens its keyboard');
  assert.ok(Math.abs(input.x - search.x) < 2 && Math.abs(input.y - search.y) < 2 && Math.abs(input.w - search.w) < 2,
    `the input covers the search field (${JSON.stringify(input)} vs ${JSON.stringify(search)})`);

  await page.keyboard.insertText('pec deck');
  await waitFor(page, 'typed "pec deck"', 'lib:back-squat', false);
  assert.ok((await layout(page))['lib:pec-deck'], 'pec deck is listed');
  await screenshot(page, 'text-input-phone-search.png');

  // Backspace edits the input, not the plan; the app follows
  for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
  assert.equal((await focused(page)).value, 'pec');
  await waitFor(page, 'deleted back to "pec"', 'lib:reverse-pec-deck');

  // a tap elsewhere ends the editing: the input blurs and hides, the search stays
  await tap(page, cdp, 'day:0');
  const after = await page.evaluate(() => ({ active: document.activeElement.tagName, hidden: document.getElementById('text-input').hidden }));
  assert.deepEqual(after, { active: 'BODY', hidden: true });
  await settle(page);
  assert.ok(!(await layout(page))['lib:back-squat'], 'the search "pec" still filters');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('phone: an IME composition is typed into the app only once committed, as the committed text', async () => {
  const { context, page, cdp } = await phone();
  await tap(page, cdp, 'search');
  assert.equal((await focused(page)).tag, 'INPUT');
  await cdp.send('Input.imeSetComposition', { text: 'ベンチ', selectionStart: 3, selectionEnd: 3 });
  await pause(page, 200);
  await settle(page);
  assert.equal((await focused(page)).value, 'ベンチ', 'the composition is in the input');
  assert.ok((await layout(page))['lib:back-squat'], 'the app does not search for text still being composed');
  await cdp.send('Input.insertText', { text: 'bench' });
  await waitFor(page, 'committed "bench"', 'lib:back-squat', false);
  assert.equal((await focused(page)).value, 'bench', 'only the committed text is left');
  assert.ok((await layout(page))['lib:bench-press'], 'the library is searched for the committed text');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('phone: renaming the plan goes through the input; Enter confirms, Escape cancels', async () => {
  const { context, page, cdp } = await phone();
  await tap(page, cdp, 'menu-plan');
  await tap(page, cdp, 'menu-rename');
  await pause(page, 200);
  const input = await focused(page);
  assert.equal(input.tag, 'INPUT', 'the rename field has a real input');
  assert.equal(input.value, 'My plan');
  // the whole name is selected: the new name replaces it
  await page.keyboard.insertText('Upper A');
  await page.keyboard.press('Enter');
  await pause(page, 200);
  assert.equal((await plan(page)).name, 'Upper A');
  assert.equal(await page.evaluate(() => document.getElementById('text-input').hidden), true, 'the input hides with the dialog');

  await tap(page, cdp, 'menu-plan');
  await tap(page, cdp, 'menu-rename');
  await pause(page, 200);
  await page.keyboard.insertText('Never mind');
  await page.keyboard.press('Escape');
  await pause(page, 200);
  await settle(page);
  assert.equal((await plan(page)).name, 'Upper A', 'Escape leaves the name as it was');
  assert.deepEqual(page.errors, []);
  await context.close();
});
