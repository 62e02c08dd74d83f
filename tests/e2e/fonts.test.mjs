// Text in the user's own language: a plan imported from a file, named in Cyrillic, Greek and
// Chinese, with a custom exercise named in Chinese and Cyrillic, shows those names in their own
// letters - never as "?" - and keeps doing so offline once the font's second file was fetched.
// Checked by pixels: each name's rectangle (layout()) is compared with the same rectangle when
// the glyphs cannot be had (boxes), and when every such character is a literal "?".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, openApp, settle, idle, click, rectOf, screenshot, controlled, repo, shots, DESKTOP } from './lib.mjs';

const env = useBrowser();
const NAME = 'Жим лёжа · Άρση θανάτου · 卧推';
const EXERCISE = '卧推 Жим';
const SLUG = 'wo-tui';
const FONT = /ui-font-extra\.ttf$/;

// A plan file with a custom exercise named `exercise`, on Monday, and the plan named `name`.
function planFile(name, exercise) {
  const p = JSON.parse(readFileSync(join(repo, 'tests/golden/v1-every-feature.json'), 'utf8'));
  p.name = name;
  p.custom_exercises = [{ ...p.custom_exercises[0], id: SLUG, name: exercise, aliases: [] }];
  p.weeks = [{ deload: false, days: [[{ exercise: SLUG, sets: 3, reps: 10, rir: 2 }], [], [], [], [], [], []] }];
  delete p.block;
  return JSON.stringify(p);
}

// Plan > Import JSON... > Open file..., as a user picks a file.
async function importFile(page, json) {
  await click(page, 'menu-plan');
  await click(page, 'menu-import');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'import-open')]);
  await chooser.setFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(json) });
}

// The ink of a named rectangle on screen: for each pixel of the rectangle (its left `width`
// px), whether it is much brighter than the darkest pixel there (the background).
async function ink(page, name, width) {
  const r = await rectOf(page, name);
  const png = await page.screenshot({ clip: { x: r.x, y: r.y, width: width || r.w, height: r.h } });
  const probe = await page.context().newPage();
  const mask = await probe.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const light = [];
    for (let i = 0; i < d.length; i += 4) light.push(d[i] + d[i + 1] + d[i + 2]);
    const floor = Math.min(...light);
    return light.map((l) => l > floor + 150);
  }, png.toString('base64'));
  await probe.close();
  return { mask, png, width: width || r.w };
}

// The share of inked pixels that differ between two masks of one size.
function difference(a, b) {
  assert.equal(a.mask.length, b.mask.length, 'masks of one rectangle');
  let either = 0, differ = 0;
  a.mask.forEach((v, i) => { either += v || b.mask[i] ? 1 : 0; differ += v !== b.mask[i] ? 1 : 0; });
  return differ / Math.max(1, either);
}

// A fresh page that imports `json`, waits for its font work to end and the app to go idle.
// With `noGlyphs`, the second file cannot be fetched and the browser cannot draw glyphs.
async function opened(json, { noGlyphs = false, viewport = DESKTOP } = {}) {
  const context = await env.browser.newContext({ viewport });
  if (noGlyphs) {
    await context.route(FONT, (route) => route.abort());
    await context.addInitScript(() => { delete window.OffscreenCanvas; });
  }
  const page = await openApp(context, env.url);
  const log = [];
  page.on('console', (m) => { if (m.text().startsWith('failsafe: font:')) log.push(m.text()); });
  const fetched = [];
  page.on('request', (r) => { if (FONT.test(r.url())) fetched.push(r.url()); });
  await settle(page);
  assert.deepEqual(fetched, [], 'a plan in English fetches no font');
  await importFile(page, json);
  await settle(page);
  await page.waitForTimeout(300);  // a fetch of the font may still be under way
  await idle(page);
  return { context, page, log, fetched };
}

test('names in Cyrillic, Greek and Chinese are drawn in their own letters, not as "?" or boxes', async () => {
  const shown = await opened(planFile(NAME, EXERCISE));
  assert.equal(shown.fetched.length, 1, 'the second file is fetched once');
  assert.ok(shown.log.length >= 1, 'the app says it added characters');
  const measure = shown.log.at(-1);
  mkdirSync(join(repo, 'build/test-logs'), { recursive: true });
  writeFileSync(join(repo, 'build/test-logs/fonts.txt'), shown.log.join('\n') + '\n');
  assert.match(measure, / 0 as boxes/);
  await screenshot(shown.page, 'fonts-desktop.png');
  const width = (await rectOf(shown.page, 'plan-name')).w;
  const row = (await rectOf(shown.page, `lib:${SLUG}`)).w;
  const name = await ink(shown.page, 'plan-name', width);
  const exercise = await ink(shown.page, `lib:${SLUG}`, row);
  writeFileSync(join(shots, 'fonts-name.png'), name.png);

  const boxed = await opened(planFile(NAME, EXERCISE), { noGlyphs: true });
  assert.match(boxed.log.at(-1) || '', /[1-9]\d* as boxes|drawn by the browser/, 'nothing to draw with: boxes');
  const nameBoxed = await ink(boxed.page, 'plan-name', width);
  const exerciseBoxed = await ink(boxed.page, `lib:${SLUG}`, row);
  writeFileSync(join(shots, 'fonts-name-boxes.png'), nameBoxed.png);

  const asked = (s) => s.replace(/[^\x20-\x7e·]/g, '?');
  const marks = await opened(planFile(asked(NAME), asked(EXERCISE)));
  const nameMarks = await ink(marks.page, 'plan-name', width);
  const exerciseMarks = await ink(marks.page, `lib:${SLUG}`, row);
  writeFileSync(join(shots, 'fonts-name-marks.png'), nameMarks.png);

  for (const [what, a, b, c] of [['plan name', name, nameBoxed, nameMarks], ['custom exercise', exercise, exerciseBoxed, exerciseMarks]]) {
    assert.ok(difference(a, b) > 0.3, `${what}: its letters differ from boxes (${difference(a, b).toFixed(2)})`);
    assert.ok(difference(a, c) > 0.3, `${what}: its letters differ from "?" (${difference(a, c).toFixed(2)})`);
    assert.ok(difference(b, c) > 0.3, `${what}: what cannot be drawn is a box, not "?" (${difference(b, c).toFixed(2)})`);
  }
  // The Chinese characters' strokes: far more ink than the "?" they would otherwise be.
  const inked = (m) => m.mask.filter(Boolean).length;
  assert.ok(inked(name) > inked(nameMarks) * 1.3, `ink ${inked(name)} vs ${inked(nameMarks)} as "?"`);
  await Promise.all([shown, boxed, marks].map((s) => s.context.close()));
});

test('offline after the first fetch: the names are drawn from the kept font', async () => {
  const context = await env.browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 2 });  // a 2x screen: the glyphs at twice the size
  const page = await openApp(context, env.url);
  await controlled(page);
  const log = [];
  page.on('console', (m) => { if (m.text().startsWith('failsafe: font:')) log.push(m.text()); });
  await page.evaluate((j) => window.failsafe.load(j), planFile(NAME, EXERCISE));
  await settle(page);
  // The worker keeps the file once the page has fetched it.
  await page.waitForFunction(async () => {
    for (const k of await caches.keys()) if (await (await caches.open(k)).match('ui-font-extra.ttf')) return true;
    return false;
  }, null, { timeout: 10000, polling: 100 });
  await page.waitForTimeout(300);
  await idle(page);
  const online = await ink(page, `lib:${SLUG}`);
  await screenshot(page, 'fonts-2x-online.png');

  await context.setOffline(true);
  await page.reload();
  await page.evaluate(() => window.failsafe.ready);
  await settle(page);
  await page.waitForTimeout(300);
  await idle(page);
  await screenshot(page, 'fonts-2x-offline.png');
  const offline = await ink(page, `lib:${SLUG}`, online.width);
  assert.ok(difference(online, offline) < 0.05, `offline draws what online did (${difference(online, offline).toFixed(2)})`);
  assert.match(log.at(-1), / 0 as boxes/);
  await context.close();
});
