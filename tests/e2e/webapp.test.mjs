// The web app around the planner: plans kept in local storage, offline after one visit, share
// links opened read-only, bad saved data and bad links reported without losing anything, the
// update flow across two builds, a lost WebGL context, and a strict CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, appendFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, startServer, openApp, screenshot, colourStats, settle, DESKTOP, plan, analysis, pause, click, drag, rectOf,
  centre, slotsOn, repo, dist } from './lib.mjs';

const env = useBrowser();
const seed = readFileSync(join(repo, 'tests/golden/v1-seed-004.json'), 'utf8');
const everyFeature = readFileSync(join(repo, 'tests/golden/v1-every-feature.json'), 'utf8');
const messages = (page) => page.evaluate(() => window.failsafe.messages());

async function fresh(url = env.url) {
  const context = await env.browser.newContext({ viewport: DESKTOP });
  const page = await openApp(context, url);
  return { context, page };
}

// Waits until a service worker controls the page (after one visit).
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await page.evaluate(() => window.failsafe.ready);
  }
  assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'a service worker controls the page');
}

test('an edited plan is still there after a reload', async () => {
  const { context, page } = await fresh();
  assert.equal(await page.evaluate((j) => window.failsafe.load(j), seed), '');
  await settle(page);
  await drag(page, 'lib:back-squat', centre(await rectOf(page, 'day:2')));  // an edit
  const before = await plan(page);
  assert.deepEqual(slotsOn(before, 0, 2), ['back-squat']);
  await pause(page, 1300);  // the autosave debounce
  await page.reload();
  await page.evaluate(() => window.failsafe.ready);
  assert.deepEqual(await plan(page), before);
  await context.close();
});

test('offline after one visit: reload with the network cut, the plan is there, editing works', async () => {
  const { context, page } = await fresh();
  await page.evaluate((j) => window.failsafe.load(j), seed);
  await controlled(page);
  const before = await plan(page);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));  // nothing reaches the server
  await page.reload();
  await page.evaluate(() => window.failsafe.ready);
  await settle(page);
  assert.deepEqual(await plan(page), before);
  await drag(page, 'lib:hack-squat', centre(await rectOf(page, 'day:4')));
  assert.deepEqual(slotsOn(await plan(page), 0, 4), ['hack-squat'], 'editing works offline');
  await screenshot(page, 'webapp-offline.png');
  await context.close();
});

test('a share link opens read-only in a fresh browser, same analysis, own plans untouched', async () => {
  const a = await fresh();
  await a.page.evaluate((j) => window.failsafe.load(j), everyFeature);
  await settle(a.page);
  const link = await a.page.evaluate(() => window.failsafe.shareLink());
  assert.match(link, /#p=[A-Za-z0-9_-]+$/);
  const expected = await analysis(a.page);

  const b = await fresh();
  await b.page.evaluate((j) => window.failsafe.load(j), seed);  // B's own plan
  await settle(b.page);
  const own = await plan(b.page);
  await b.page.goto(link);
  await b.page.evaluate(() => window.failsafe.ready);
  await settle(b.page);
  assert.deepEqual(await analysis(b.page), expected, 'the same plan, the same analysis');
  assert.ok((await messages(b.page)).some((m) => m.startsWith('Viewing a shared plan')));
  await screenshot(b.page, 'webapp-shared-view.png');
  // read-only: a drop does nothing
  await drag(b.page, 'lib:front-squat', centre(await rectOf(b.page, 'day:6')));
  assert.deepEqual(await analysis(b.page), expected);
  // back to B's own plan, unchanged; then keep a copy of the shared one
  await click(b.page, 'shared-close');
  assert.deepEqual(await plan(b.page), own);
  await b.page.goto(link);
  await b.page.evaluate(() => window.failsafe.ready);
  await settle(b.page);
  await click(b.page, 'shared-keep');
  const kept = await b.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('failsafe/v1/plan/')).length);
  assert.equal(kept, 2, "B keeps both its own plan and the copy");
  assert.deepEqual(await analysis(b.page), expected);
  await a.context.close();
  await b.context.close();
});

test('corrupt or too-new saved data is kept aside and reported; the app starts with the rest', async () => {
  const { context, page } = await fresh();
  await page.evaluate((j) => window.failsafe.load(j), seed);
  await pause(page, 200);
  const good = await plan(page);
  await page.evaluate(() => {
    localStorage.setItem('failsafe/v1/plan/broken', '1700000000\n{"format": "failsafe.plan", "version": 1, "weeks": [');
    localStorage.setItem('failsafe/v1/plan/future', '1700000000\n{"format": "failsafe.plan", "version": 9, "weeks": []}');
  });
  await page.reload();
  await page.evaluate(() => window.failsafe.ready);
  await settle(page);
  const said = await messages(page);
  assert.ok(said.some((m) => m.includes('could not be read') && m.includes('kept aside')), JSON.stringify(said));
  assert.ok(said.some((m) => m.includes('newer Failsafe')), JSON.stringify(said));
  assert.deepEqual(await plan(page), good, 'the readable plan is open');
  const kept = await page.evaluate(() => [localStorage.getItem('failsafe/kept/broken/0'), localStorage.getItem('failsafe/v1/plan/broken')]);
  assert.match(kept[0], /"weeks": \[$/, 'the damaged entry is kept, unchanged');
  assert.equal(kept[1], null);
  await screenshot(page, 'webapp-corrupt-saved.png');
  await context.close();
});

test('a truncated share link shows the decoder message and the app carries on', async () => {
  const a = await fresh();
  await a.page.evaluate((j) => window.failsafe.load(j), everyFeature);
  const link = await a.page.evaluate(() => window.failsafe.shareLink());
  await a.context.close();
  const { context, page } = await fresh(link.slice(0, link.length - 25));
  await settle(page);
  const said = await messages(page);
  assert.ok(said.some((m) => m.startsWith('This link could not be opened') && m.includes('damaged or cut short')), JSON.stringify(said));
  assert.ok(!said.some((m) => m.startsWith('Viewing a shared plan')));
  await drag(page, 'lib:hack-squat', centre(await rectOf(page, 'day:0')));
  assert.deepEqual(slotsOn(await plan(page), 0, 0), ['hack-squat'], 'the app works');
  await screenshot(page, 'webapp-bad-link.png');
  await context.close();
});

test('update flow: a second build is offered and takes over on the user\'s word', async () => {
  const root = mkdtempSync(join(tmpdir(), 'failsafe-update-'));
  cpSync(dist, root, { recursive: true });
  const served = await startServer(root);
  const { context, page } = await fresh(served.url);
  await page.evaluate((j) => window.failsafe.load(j), seed);
  await controlled(page);
  const before = await plan(page);
  // build B: different code, re-stamped service worker
  appendFileSync(join(root, 'failsafe.js'), '\nwindow.__failsafeBuild = "B";\n');
  execFileSync('python3', [join(repo, 'scripts/stamp_sw.py'), root]);
  await page.evaluate(() => window.failsafe.checkForUpdate());
  await page.waitForSelector('#update-now', { timeout: 15000 });
  assert.equal(await page.evaluate(() => window.__failsafeBuild), undefined, 'nothing changes before the user agrees');
  await page.click('#update-now');
  await page.waitForFunction(() => window.__failsafeBuild === 'B', null, { timeout: 15000 });
  await page.evaluate(() => window.failsafe.ready);
  assert.deepEqual(await plan(page), before, 'the plan survived the update');
  await context.close();
  served.server.close();
});

test('a lost WebGL context comes back with the plan intact', async () => {
  const { context, page } = await fresh();
  await page.evaluate((j) => window.failsafe.load(j), seed);
  await settle(page);
  const before = await plan(page);
  await page.evaluate(async () => {
    const ext = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
    ext.loseContext();
    await new Promise((r) => setTimeout(r, 300));
    ext.restoreContext();
    await new Promise((r) => setTimeout(r, 300));
  });
  await page.mouse.move(400, 300);
  await settle(page);
  const png = await screenshot(page, 'webapp-context-restored.png');
  const stats = await colourStats(context, png);
  assert.ok(stats.colours >= 20 && stats.dominant < 0.9, 'the app draws again');
  assert.deepEqual(await plan(page), before);
  await context.close();
});

test('the page runs under its Content-Security-Policy with no violation', async () => {
  const context = await env.browser.newContext({ viewport: DESKTOP });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await openApp(context, env.url);
  await page.evaluate((j) => window.failsafe.load(j), seed);
  await settle(page);
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'/);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  const js = readFileSync(join(dist, 'failsafe.js'), 'utf8');
  assert.doesNotMatch(js, /\beval\(|new Function\(/, 'the build emits no eval');
  await context.close();
});

test('a failed save (storage full) is shown, and the plan stays open and exportable', async () => {
  const context = await env.browser.newContext({ viewport: DESKTOP });
  await context.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('failsafe/v1/plan/') && window.__storageFull) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, key, value);
    };
  });
  const page = await openApp(context, env.url);
  await page.evaluate((j) => window.failsafe.load(j), seed);
  await settle(page);
  const before = await plan(page);
  await page.evaluate(() => { window.__storageFull = true; });
  await drag(page, 'lib:hack-squat', centre(await rectOf(page, 'day:5')));
  await pause(page, 1400);
  const said = await messages(page);
  assert.ok(said.some((m) => m.startsWith('Could not save') && m.includes('storage is full')), JSON.stringify(said));
  // The export (Plan > Export JSON... shows the JSON that window.failsafe.plan() parses) is
  // the plan in memory: the plan as it was plus the edit that could not be saved, and it opens
  // as the same plan in another browser.
  const exported = await plan(page);
  assert.deepEqual(slotsOn(exported, 0, 5), ['hack-squat'], 'the export has the edit that could not be saved');
  const expected = structuredClone(before);
  expected.weeks[0].days[5] = exported.weeks[0].days[5];
  assert.deepEqual(exported, expected, 'and the rest of the plan as it was');
  await screenshot(page, 'webapp-save-failed.png');
  const elsewhere = await fresh();
  assert.equal(await elsewhere.page.evaluate((j) => window.failsafe.load(j), JSON.stringify(exported)), '', 'the export opens');
  assert.deepEqual(await plan(elsewhere.page), exported, 'as the same plan');
  await elsewhere.context.close();
  await context.close();
});

test('a device that cannot make a WebGL2 context is told so on the page, not left on the splash', async () => {
  const context = await env.browser.newContext({ viewport: DESKTOP });
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : original.call(this, type, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(env.url);
  const status = page.locator('#splash-status.error');
  await status.waitFor({ timeout: 20000 });
  assert.match(await status.textContent(), /could not start WebGL2.*cannot draw here/);
  assert.equal(await page.evaluate(() => window.failsafe.ready.then(() => 'ready', (e) => e.message)),
    await status.textContent(), 'window.failsafe.ready is rejected with the same message');
  await context.close();
});
