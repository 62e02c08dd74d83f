// Nothing lost, nothing crashes (docs/reliability.md): a crash after start-up hands out the saved
// plans, a failed save is retried and guarded, two tabs never overwrite each other, hostile links
// and files are refused with a message, and any file up to the size limit is read within 1 s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, openApp, screenshot, settle, DESKTOP, plan, pause, click, drag, rectOf, centre, slotsOn, repo } from './lib.mjs';

const env = useBrowser();
const seed = readFileSync(join(repo, 'tests/golden/v1-seed-004.json'), 'utf8');
const messages = (page) => page.evaluate(() => window.failsafe.messages());
const savedPlans = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('failsafe/v1/plan/'))
  .map((k) => JSON.parse(localStorage.getItem(k).replace(/^\d+\n/, ''))));
const named = (json, name) => JSON.stringify({ ...JSON.parse(json), name });

// Polls `check` (an async function returning a truthy value when done) until it holds; fails the
// test with `what` when it does not within `ms`.
async function eventually(what, check, ms = 8000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('a crash after start-up shows what happened, hands out every saved plan, and Reload brings the app back', async () => {
  const context = await env.browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
  const page = await openApp(context, env.url);
  await page.evaluate((j) => window.failsafe.load(j), named(seed, 'Before the crash'));
  await eventually('the plan is saved', async () => (await savedPlans(page)).some((p) => p.name === 'Before the crash'));
  await drag(page, 'lib:hack-squat', centre(await rectOf(page, 'day:5')));  // an edit not saved yet (1 s debounce)
  await page.evaluate(() => setTimeout(() => window.failsafe._crash(), 0));  // as a bug would, between frames
  const screen = page.locator('#crash');
  await screen.waitFor({ timeout: 5000 });
  assert.match(await screen.textContent(), /Failsafe stopped.*saved plans are still in this browser.*not saved yet are only in the first/s);
  await screenshot(page, 'reliability-crash.png');
  const downloaded = async (name) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
    return JSON.parse(readFileSync(await download.path(), 'utf8'));
  };
  const onScreen = await downloaded('Download "Before the crash" as it was on screen');
  assert.deepEqual(slotsOn(onScreen, 0, 5), ['hack-squat'], 'the unsaved edit is in the plan as it was on screen');
  const saved = await downloaded('Download "Before the crash"');
  assert.equal(saved.name, 'Before the crash');
  assert.deepEqual(saved.weeks, JSON.parse(seed).weeks, 'the other download is the saved plan');
  await pause(page, 1500);
  assert.deepEqual(slotsOn((await savedPlans(page))[0], 0, 5), [], 'the stopped app saved nothing more');
  assert.equal(await page.evaluate(() => window.failsafe.frames()), await page.evaluate(async () => {
    await new Promise((r) => setTimeout(r, 300));
    return window.failsafe.frames();
  }), 'and draws no more frames');
  await page.getByRole('button', { name: 'Reload' }).click();
  await page.waitForFunction(() => window.failsafe && window.failsafe.ready, null, { timeout: 20000 });
  await page.evaluate(() => window.failsafe.ready);
  assert.equal((await plan(page)).name, 'Before the crash');
  await context.close();
});

test('a failed save keeps the edit: retried, guarded on close, and saved once space is freed', async () => {
  const context = await env.browser.newContext({ viewport: DESKTOP });
  const page = await openApp(context, env.url);
  await page.evaluate((j) => window.failsafe.load(j), seed);
  await eventually('the plan is saved', async () => (await savedPlans(page)).length === 1);
  // Fill the site's storage for real, down to the last few bytes.
  const filled = await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 16; size >>= 1) {
      for (;;) {
        try { localStorage.setItem('filler/' + n, 'x'.repeat(size)); n++; } catch { break; }
      }
    }
    return n;
  });
  assert.ok(filled > 0);
  await drag(page, 'lib:hack-squat', centre(await rectOf(page, 'day:5')));  // an edit that cannot be saved
  await eventually('the failed save is shown', async () => (await messages(page)).some((m) => m.startsWith('Could not save')));
  assert.deepEqual(slotsOn(await plan(page), 0, 5), ['hack-squat'], 'the edit stays open');
  assert.deepEqual(slotsOn((await savedPlans(page))[0], 0, 5), [], 'storage still has the older version');
  // Closing the tab now asks first (the page had a real click, so the browser may ask).
  const asked = new Promise((resolve) => page.once('dialog', async (d) => { resolve(d.type()); await d.dismiss(); }));
  await page.close({ runBeforeUnload: true });
  assert.equal(await asked, 'beforeunload');
  assert.equal(page.isClosed(), false, 'the user chose to stay');
  await screenshot(page, 'reliability-save-failed.png');
  // Space comes back: the retry saves without any further edit, and the banner goes.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler/')).forEach((k) => localStorage.removeItem(k)));
  await eventually('the retry saved', async () => !(await messages(page)).some((m) => m.startsWith('Could not save')), 12000);
  const other = await openApp(context, env.url);  // a new tab
  assert.deepEqual(slotsOn(await plan(other), 0, 5), ['hack-squat'], 'the edit is in storage');
  await context.close();
});

test('two tabs: one follows the other\'s save, and an unsaved edit on both sides keeps both versions', async () => {
  const context = await env.browser.newContext({ viewport: DESKTOP });
  const a = await openApp(context, env.url);
  await a.evaluate((j) => window.failsafe.load(j), named(seed, 'Shared by two tabs'));
  await eventually('A saved', async () => (await savedPlans(a)).some((p) => p.name === 'Shared by two tabs'));
  const b = await openApp(context, env.url);
  assert.equal((await plan(b)).name, 'Shared by two tabs');

  // A saves an edit; B, with nothing unsaved, takes it.
  await a.bringToFront();
  await drag(a, 'lib:hack-squat', centre(await rectOf(a, 'day:5')));
  await b.bringToFront();  // the user goes to the other tab
  await eventually('B follows A', async () => slotsOn(await plan(b), 0, 5).includes('hack-squat'));
  assert.ok((await messages(b)).some((m) => m.includes('changes made in another tab')), 'B says so');

  // Both edit: B's edit is not saved yet (1 s debounce) when A saves its own at once.
  await drag(b, 'lib:leg-press', centre(await rectOf(b, 'day:6')));  // B: an edit, saved after 1 s
  await a.evaluate(() => {  // another tab's save of the same plan, as the app writes it
    const key = Object.keys(localStorage).find((k) => k.startsWith('failsafe/v1/plan/'));
    const json = JSON.parse(localStorage.getItem(key).replace(/^\d+\n/, ''));
    localStorage.setItem(key, Math.floor(Date.now() / 1000) + '\n' + JSON.stringify({ ...json, name: 'Edited in A' }));
  });
  await eventually('B keeps both versions', async () => (await messages(b)).some((m) => m.includes('also changed in another tab')));
  await pause(b, 1500);  // B's own save
  const saved = await savedPlans(b);
  const names = saved.map((p) => p.name).sort();
  assert.deepEqual(names, ['Edited in A', 'Shared by two tabs (this tab)'], 'neither version was overwritten');
  assert.deepEqual(slotsOn(saved.find((p) => p.name.endsWith('(this tab)')), 0, 6), ['leg-press'], 'B\'s edit is kept');
  assert.equal((await plan(b)).name, 'Shared by two tabs (this tab)', 'B goes on editing its own version');
  await screenshot(b, 'reliability-two-tabs.png');
  await context.close();
});

test('an unreadable saved entry can be downloaded and deleted from My plans', async () => {
  const context = await env.browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
  const page = await openApp(context, env.url);
  const damaged = '{"format": "failsafe.plan", "version": 1, "weeks": [';
  await page.evaluate((d) => localStorage.setItem('failsafe/v1/plan/broken', '1700000000\n' + d), damaged);
  await page.reload();
  await page.evaluate(() => window.failsafe.ready);
  await click(page, 'menu-plan');
  await click(page, 'menu-my-plans');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'kept-download:0')]);
  assert.equal(readFileSync(await download.path(), 'utf8'), damaged, 'the entry, as it was stored');
  await screenshot(page, 'reliability-kept-aside.png');
  await click(page, 'kept-delete:0');
  assert.equal(await page.evaluate(() => localStorage.getItem('failsafe/kept/broken/0')), '1700000000\n' + damaged, 'one click does not delete');
  await click(page, 'kept-delete:0');  // "Delete for good"
  await eventually('the entry is gone', async () => page.evaluate(() => localStorage.getItem('failsafe/kept/broken/0') === null));
  await context.close();
});

// The check value of a link: the low 24 bits of CRC-32 over the body.
function crc32(bytes) {
  let c = 0xFFFFFFFF;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xFFFFFFFF) >>> 0;
}
function sealedLink(body) {
  const crc = crc32(body);
  const bytes = Buffer.from([...body, crc & 0xFF, (crc >> 8) & 0xFF, (crc >> 16) & 0xFF]);
  return bytes.toString('base64url');
}

test('a link with a valid check value but a name cut inside a character is refused with a message; the app lives on', async () => {
  const name = Buffer.from('中'.repeat(27)).subarray(0, 80);  // 26 characters and 2 bytes of the 27th
  // version 1 | name | flags (intermediate) | 1 week | week header 0 | no training days
  const body = [1, name.length, ...name, 1, 1, 0, 0];
  const context = await env.browser.newContext({ viewport: DESKTOP });
  const page = await openApp(context, `${env.url}#p=${sealedLink(body)}`);
  await settle(page);
  const said = await messages(page);
  assert.ok(said.some((m) => m.startsWith('This link could not be opened') && m.includes('plan name in the link is not valid UTF-8')),
    JSON.stringify(said));
  // The same body with the name cut at a character boundary opens.
  const fair = Buffer.from('中'.repeat(26));
  await page.goto(`${env.url}#p=${sealedLink([1, fair.length, ...fair, 1, 1, 0, 0])}`);
  await eventually('the fair link opens', async () => (await plan(page)).name === '中'.repeat(26));
  assert.equal(await page.locator('#crash').count(), 0);
  await context.close();
});

// The worst files up to the 1 MiB limit, each opened or refused within 1 s (the budget).
function worstFiles() {
  const limit = 1 << 20;
  const plan = JSON.parse(seed);
  const fill = (unit, wrap) => { const n = Math.floor((limit - 200) / unit.length); return wrap(unit.repeat(n).replace(/,$/, '')); };
  const files = {
    'many keys in one object': fill('"k":0,', (s) => `{${s.replace(/"k"/g, () => '"k' + Math.random().toString(36).slice(2, 4) + '"')}}`),
    'many distinct keys': (() => { let s = '{'; for (let i = 0; s.length < limit - 20; i++) s += (i ? ',' : '') + `"k${i}":0`; return s + '}'; })(),
    'one long string': JSON.stringify({ ...plan, name: 'x'.repeat(limit - JSON.stringify({ ...plan, name: '' }).length) }),
    'long array of numbers': fill('0,', (s) => `{"format":"failsafe.plan","version":1,"weeks":[${s}]}`),
    'long array of objects': fill('{},', (s) => `[${s}]`),
    'deep nesting': '['.repeat(limit / 2) + ']'.repeat(limit / 2),
    'a huge valid-looking week list': fill('{"days":[[],[],[],[],[],[],[]]},', (s) => `{"format":"failsafe.plan","version":1,"weeks":[${s}]}`),
  };
  return Object.entries(files).map(([shape, text]) => [shape, text.slice(0, limit), false]).concat([
    ['a 12-week plan', readFileSync(join(repo, 'tests/fixtures/ppl-12-weeks.json'), 'utf8'), true]]);
}

test('import: any file up to 1 MiB is opened or refused within 1 s', async () => {
  const context = await env.browser.newContext({ viewport: DESKTOP });
  const page = await openApp(context, env.url);
  const lines = [];
  let worst = 0;
  for (const [shape, text, valid] of worstFiles()) {
    const { ms, error } = await page.evaluate((t) => {
      const start = performance.now();
      const error = window.failsafe.load(t);
      return { ms: performance.now() - start, error };
    }, text);
    worst = Math.max(worst, ms);
    lines.push(`import ${shape} (${text.length} B): ${ms.toFixed(0)} ms (budget 1000 ms) -> ${error ? 'refused: ' + error.slice(0, 70) : 'opened'}`);
    assert.ok(ms < 1000, `${shape}: ${ms} ms`);
    assert.equal(Boolean(error), !valid, `${shape}: ${valid ? 'opens' : 'is not a plan and is refused'}`);
  }
  writeFileSync(join(repo, 'build/test-logs/import-time.txt'), lines.join('\n') + `\nimport worst case: ${worst.toFixed(0)} ms (budget 1000 ms)\n`);
  console.log(lines.join('\n'));
  await context.close();
});
