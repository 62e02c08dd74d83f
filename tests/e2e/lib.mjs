// Shared helpers for the browser tests: Debian's Chromium through playwright-core, the web
// build served from build/web-release/dist, screenshots saved under build/e2e-screenshots.
import { mkdirSync, writeFileSync } from 'node:fs';
import { before, after } from 'node:test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '../..');
export const dist = process.env.FAILSAFE_DIST || join(repo, 'build/web-release/dist');
export const shots = join(repo, 'build/e2e-screenshots');

export const DESKTOP = { width: 1280, height: 720 };
export const PHONE = { width: 390, height: 844 };

// Flags verified on this machine kind (docs/toolchain in the README): software WebGL, no
// background networking (the network is closed), no sandbox (tests run as root).
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];

export async function launch(extraFlags = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: [...CHROMIUM_FLAGS, ...extraFlags], headless: true });
}

// Serves `dir` (default: the web build) on a free port; returns { server, url }. Options as
// scripts/serve.mjs takes them ({ compress }).
export async function startServer(dir = dist, prefix = '/', options = {}) {
  const server = await serve(dir, 0, '127.0.0.1', prefix, options);
  return { server, url: `http://127.0.0.1:${server.address().port}${prefix}` };
}

// Opens the app and waits for window.failsafe.ready (the first drawn frame).
export async function openApp(context, url, { timeout = 20000 } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => window.failsafe && window.failsafe.ready, null, { timeout });
  await page.evaluate(() => window.failsafe.ready);
  page.errors = errors;
  return page;
}

export const frames = (page) => page.evaluate(() => window.failsafe.frames());

// Waits until the app stops drawing: no new frame for `quiet` ms (an idle app draws none).
// Fails when it is still drawing after `timeout` ms. Returns the frames drawn meanwhile.
export async function idle(page, { timeout = 5000, quiet = 250 } = {}) {
  const start = await frames(page);
  const deadline = Date.now() + timeout;
  let last = start, since = Date.now();
  for (;;) {
    await page.waitForTimeout(25);
    const now = await frames(page);
    if (now !== last) [last, since] = [now, Date.now()];
    if (Date.now() - since >= quiet) return last - start;
    if (Date.now() > deadline) throw new Error(`the app is still drawing after ${timeout} ms (${last - start} frames)`);
  }
}

// Brings the app to rest on what it shows now: wakes it with a harmless input (the mouse to
// the top-left corner, over the app's title), which must draw at least one frame within
// `timeout` ms, then waits until it is idle again. Fails if the input draws nothing.
export async function settle(page, { timeout = 5000 } = {}) {
  const start = await frames(page);
  await page.mouse.move(2, 2);  // two moves: at least one changes where the mouse is
  await page.mouse.move(1, 1);
  const deadline = Date.now() + timeout;
  while ((await frames(page)) === start) {
    if (Date.now() > deadline) throw new Error(`the app drew no frame within ${timeout} ms of a mouse move`);
    await page.waitForTimeout(25);
  }
  await idle(page, { timeout });
}

export async function screenshot(page, name) {
  mkdirSync(shots, { recursive: true });
  const png = await page.screenshot();
  writeFileSync(join(shots, name), png);
  return png;
}

// Decodes a PNG in a blank page and returns `measure(imageData, arg)` run there (`measure` is
// sent as source: it may use only its arguments).
export async function measurePng(context, png, measure, arg = null) {
  const page = await context.newPage();
  const out = await page.evaluate(async ([b64, source, arg]) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    return (0, eval)(`(${source})`)(g.getImageData(0, 0, c.width, c.height), arg);
  }, [png.toString('base64'), measure.toString(), arg]);
  await page.close();
  return out;
}

// Counts a PNG's distinct colours and the share of the most common one (a blank canvas is one colour).
export const colourStats = (context, png) => measurePng(context, png, ({ data }) => {
  const counts = new Map();
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const top = Math.max(...counts.values());
  return { colours: counts.size, dominant: top / (data.length / 4) };
});

// Centre of a rectangle from window.failsafe.layout().
export const centre = (r) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

export const layout = (page) => page.evaluate(() => window.failsafe.layout());
export const plan = (page) => page.evaluate(() => window.failsafe.plan());
export const analysis = (page) => page.evaluate(() => window.failsafe.analysis());
export const pause = (page, ms = 60) => page.waitForTimeout(ms);

// Waits for a named rectangle in the layout and returns it.
export async function rectOf(page, name, timeout = 3000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const r = (await layout(page))[name];
    if (r) return r;
    if (Date.now() > deadline) throw new Error(`no ${name} on screen`);
    await page.mouse.move(1, 1);  // wake the app so it redraws
    await pause(page, 50);
  }
}

// A real mouse click, with time for the app to see each event.
export async function click(page, name) {
  const p = centre(await rectOf(page, name));
  await page.mouse.move(p.x, p.y);
  await pause(page);
  await page.mouse.down();
  await pause(page);
  await page.mouse.up();
  await pause(page, 120);
}

// A real mouse drag from one named item to a point; `during` runs while hovering the target.
export async function drag(page, fromName, to, { during } = {}) {
  const from = centre(await rectOf(page, fromName));
  await page.mouse.move(from.x, from.y);
  await pause(page);
  await page.mouse.down();
  await pause(page);
  for (let i = 1; i <= 8; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 8, from.y + ((to.y - from.y) * i) / 8);
    await pause(page, 40);
  }
  await pause(page, 120);
  if (during) await during();
  await page.mouse.up();
  await pause(page, 150);
}

export const slotsOn = (p, week, day) => p.weeks[week].days[day].map((s) => s.exercise);

// Registers before/after hooks for a test file: one browser (with `extraFlags` besides the
// usual) and the web build served. Returns an object whose browser, server and url are set once
// the hooks have run.
export function useBrowser(extraFlags = []) {
  const env = {};
  before(async () => {
    mkdirSync(join(repo, 'build/test-logs'), { recursive: true });
    env.browser = await launch(extraFlags);
    Object.assign(env, await startServer());
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}

// Waits until a service worker controls the page (after one visit).
export async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await page.evaluate(() => window.failsafe.ready);
  }
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) throw new Error('no service worker controls the page');
}

// The state of the page's newest service worker once it has finished installing (and, with no
// active worker before it, activating): 'redundant' when its install failed. With `update`, asks
// the host for a new sw.js first and follows the worker that it starts.
export const newestWorker = (page, { update = false } = {}) => page.evaluate(async (update) => {
  const reg = await navigator.serviceWorker.register('sw.js');  // the page's own registration
  const found = new Promise((done) => reg.addEventListener('updatefound', () => done(reg.installing), { once: true }));
  if (update) await reg.update();
  const worker = (!update && (reg.installing || reg.waiting || reg.active)) || await found;
  const busy = () => worker.state === 'installing' || worker.state === 'activating' || (worker.state === 'installed' && !reg.active);
  while (busy()) await new Promise((done) => worker.addEventListener('statechange', done, { once: true }));
  return worker.state;
}, update);

// The names of this origin's service worker caches, as seen from the page.
export const cacheNames = (page) => page.evaluate(() => caches.keys());

// A finger's tap on the layout item `name` (CDP touch events: held 60 ms), then `after` ms for
// the app to draw it.
export async function tap(page, cdp, name, after = 150) {
  const p = centre(await rectOf(page, name));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: p.x, y: p.y, id: 1 }] });
  await pause(page, 60);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await pause(page, after);
}

// The gym log's tests: two weeks of bench press every day, `sets` x 8 at 2 reps in reserve.
export const everyDayBench = (sets) => ({
  format: 'failsafe.plan', version: 2, name: 'Every day bench',
  weeks: [0, 1].map(() => ({ deload: false, days: Array(7).fill([{ exercise: 'bench-press', sets, reps: 8, rir: 2 }]) })),
});

// The stored gym log, as JSON (local storage holds one per plan: a first line of its own, then
// the failsafe.log file); null when none is stored.
export const storedLog = (page) => page.evaluate(() => {
  const key = Object.keys(localStorage).find((k) => k.startsWith('failsafe/v1/log/'));
  if (!key) return null;
  const value = localStorage.getItem(key);
  return JSON.parse(value.slice(value.indexOf('\n') + 1));
});
