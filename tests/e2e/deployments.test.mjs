// Deployments on one site and hosts that serve files their build did not make: each deployment
// (a folder such as /a/ or /b/) keeps its own offline copy and its own plans, and a service
// worker never installs a set of files that does not match its build's hashes.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, startServer, openApp, controlled, newestWorker, cacheNames, plan, pause, DESKTOP, repo, dist } from './lib.mjs';

const env = useBrowser();
const seed = readFileSync(join(repo, 'tests/golden/v1-seed-004.json'), 'utf8');
const everyFeature = readFileSync(join(repo, 'tests/golden/v1-every-feature.json'), 'utf8');
const TIMEOUT = { timeout: 120000 };

const sites = [];
const servers = [];
after(() => {
  servers.forEach(stop);
  sites.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

// A folder for a site's files, removed after the tests.
function site() {
  const dir = mkdtempSync(join(tmpdir(), 'failsafe-site-'));
  sites.push(dir);
  return dir;
}

// Serves a site's folder; the server is stopped after the tests (or by goOffline).
async function serveSite(root) {
  const served = await startServer(root);
  servers.push(served.server);
  return served;
}

function stop(server) {
  server.closeAllConnections();
  server.close();
}

// Copies the web build into root/folder; with `build`, makes it another build (its failsafe.js
// sets window.__failsafeBuild) with a re-stamped service worker, as a later release would be.
function deploy(root, folder, build) {
  const dir = join(root, folder);
  cpSync(dist, dir, { recursive: true });
  if (build) {
    appendFileSync(join(dir, 'failsafe.js'), `\nwindow.__failsafeBuild = ${JSON.stringify(build)};\n`);
    execFileSync('python3', [join(repo, 'scripts/stamp_sw.py'), dir]);
  }
  return dir;
}

const buildId = (dir) => readFileSync(join(dir, 'build-id.txt'), 'utf8').trim();
const build = (page) => page.evaluate(() => window.__failsafeBuild);

// Cuts the network for good: the browser is offline and the server is gone.
async function goOffline(context, server) {
  await context.setOffline(true);
  stop(server);
}

// Reloads the page and waits for the app's first frame (rejects if it cannot start).
async function reload(page) {
  await page.reload();
  await page.evaluate(() => window.failsafe.ready);
}

test('two deployments on one site keep their own offline copies', TIMEOUT, async () => {
  const root = site();
  deploy(root, 'a');
  const b = deploy(root, 'b', 'B');
  assert.notEqual(buildId(join(root, 'a')), buildId(b), 'two different builds');
  const { server, url } = await serveSite(root);
  const context = await env.browser.newContext({ viewport: DESKTOP });

  const pageA = await openApp(context, url + 'a/');
  await controlled(pageA);
  const cachesA = await cacheNames(pageA);
  assert.equal(cachesA.length, 1, `one cache for /a/: ${cachesA}`);

  const pageB = await openApp(context, url + 'b/');
  assert.equal(await newestWorker(pageB), 'activated', "/b/'s worker activates");
  await controlled(pageB);
  const both = await cacheNames(pageA);
  assert.ok(both.includes(cachesA[0]), `/a/'s cache is still there after /b/'s worker activated: ${both}`);
  assert.equal(both.length, 2, `one cache per deployment: ${both}`);

  // A new release of /b/, taken on the user's word: its old cache goes, /a/'s stays.
  appendFileSync(join(b, 'failsafe.js'), '\nwindow.__failsafeBuild = "B2";\n');
  execFileSync('python3', [join(repo, 'scripts/stamp_sw.py'), b]);
  await pageB.evaluate(() => window.failsafe.checkForUpdate());
  await pageB.click('#update-now', { timeout: 15000 });
  await pageB.waitForFunction(() => window.__failsafeBuild === 'B2', null, { timeout: 15000 });
  await pageB.evaluate(() => window.failsafe.ready);
  const later = await cacheNames(pageA);
  assert.equal(later.length, 2, `still one cache per deployment: ${later}`);
  assert.ok(later.includes(cachesA[0]), `/a/'s cache survives /b/'s update: ${later}`);
  assert.ok(!later.includes(both.find((name) => name !== cachesA[0])), `/b/'s old cache is gone: ${later}`);

  await goOffline(context, server);
  await reload(pageA);
  assert.equal(await build(pageA), undefined, '/a/ runs its own build offline');
  await reload(pageB);
  assert.equal(await build(pageB), 'B2', '/b/ runs its own build offline');
  assert.deepEqual([...pageA.errors, ...pageB.errors], []);
  await context.close();
});

test("caches from before caches were named per deployment: a deployment removes its own, not another's", TIMEOUT, async () => {
  const root = site();
  deploy(root, 'a');
  const { url } = await serveSite(root);
  const context = await env.browser.newContext({ viewport: DESKTOP });
  const plain = await context.newPage();
  await plain.goto(url + 'a/build-id.txt');  // a page on the site that starts no service worker
  await plain.evaluate(async (url) => {  // what earlier versions left: 'failsafe-BUILD' holding the page './'
    await (await caches.open('failsafe-0000000000000a0a')).put(url + 'a/', new Response('old /a/'));
    await (await caches.open('failsafe-0000000000000b0b')).put(url + 'b/', new Response('old /b/'));
  }, url);
  const page = await openApp(context, url + 'a/');
  await controlled(page);
  const names = await cacheNames(page);
  assert.ok(!names.includes('failsafe-0000000000000a0a'), `/a/'s old cache is removed: ${names}`);
  assert.ok(names.includes('failsafe-0000000000000b0b'), `/b/'s old cache is kept: ${names}`);
  await context.close();
});

for (const file of ['failsafe.js', 'index.html']) {
  test(`a host serving a ${file} that does not match the build: no worker installs, the page works online`, TIMEOUT, async () => {
    const root = site();
    const dir = deploy(root, 'c');
    appendFileSync(join(dir, file), file.endsWith('.js') ? '\nwindow.__changed = true;\n' : '\n<!-- changed after the build -->\n');
    const { url } = await serveSite(root);
    const context = await env.browser.newContext({ viewport: DESKTOP });
    const page = await openApp(context, url + 'c/');
    assert.equal(await newestWorker(page), 'redundant', 'the worker refuses the mismatched set');
    assert.equal(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active)), false,
      'no active worker');
    assert.deepEqual(await cacheNames(page), [], 'no cache is left behind, not even a partial one');
    await reload(page);
    assert.equal(await page.evaluate(() => window.__changed), file.endsWith('.js') ? true : undefined,
      'the page runs what the host serves');
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test('a file the browser cannot store: the install fails, nothing half-filled is kept, the next visit installs', TIMEOUT, async () => {
  const context = await env.browser.newContext({ viewport: DESKTOP });
  // 'Vary: *' makes the cache refuse this one response while the others are being stored.
  const refuse = async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), vary: '*' } });
  };
  await context.route('**/icon-512.png', refuse);
  const page = await openApp(context, env.url);
  assert.equal(await newestWorker(page), 'redundant', 'the install fails');
  assert.deepEqual(await cacheNames(page), [], 'no partial cache is left behind');
  await context.unroute('**/icon-512.png', refuse);
  await reload(page);
  assert.equal(await newestWorker(page), 'activated', 'the next visit installs');
  await controlled(page);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a half-updated host: the new worker does not install, the old one keeps serving offline', TIMEOUT, async () => {
  const root = site();
  const live = deploy(root, 'app');
  const next = deploy(site(), 'next', 'B');
  const { server, url } = await serveSite(root);
  const context = await env.browser.newContext({ viewport: DESKTOP });
  const page = await openApp(context, url + 'app/');
  await controlled(page);
  const before = await cacheNames(page);
  // The upload of build B has reached sw.js but not failsafe.js.
  cpSync(join(next, 'sw.js'), join(live, 'sw.js'));
  assert.equal(await newestWorker(page, { update: true }), 'redundant', "build B's worker refuses build A's failsafe.js");
  assert.deepEqual(await cacheNames(page), before, 'only the old build\'s cache, no mixed one');
  assert.equal(await page.evaluate(async () => (await caches.match('failsafe.js')).text()), readFileSync(join(dist, 'failsafe.js'), 'utf8'),
    "the cache holds build A's failsafe.js");
  await goOffline(context, server);
  await reload(page);
  assert.equal(await build(page), undefined, 'build A runs offline');
  assert.deepEqual(page.errors, []);
  await context.close();
});

// THE LEAD'S PART (issue 11): passes only once web/shell.js keeps plans per deployment path
// (local storage is shared by the whole origin).
test('plans saved under /a/ are neither shown nor replaced under /b/', TIMEOUT, async () => {
  const root = site();
  deploy(root, 'a');
  deploy(root, 'b');
  const { url } = await serveSite(root);
  const context = await env.browser.newContext({ viewport: DESKTOP });
  const pageA = await openApp(context, url + 'a/');
  assert.equal(await pageA.evaluate((j) => window.failsafe.load(j), seed), '');
  const planA = await plan(pageA);
  await pause(pageA, 1300);  // the autosave debounce
  await reload(pageA);
  assert.deepEqual(await plan(pageA), planA, '/a/ has saved its plan');

  const pageB = await openApp(context, url + 'b/');
  assert.notDeepEqual(await plan(pageB), planA, "/b/ does not open /a/'s plan");
  assert.equal(await pageB.evaluate((j) => window.failsafe.load(j), everyFeature), '');
  const planB = await plan(pageB);
  await pause(pageB, 1300);
  await reload(pageB);
  assert.deepEqual(await plan(pageB), planB, '/b/ has saved its plan');
  await reload(pageA);
  assert.deepEqual(await plan(pageA), planA, "/a/'s plan is still /a/'s");
  await context.close();
});
