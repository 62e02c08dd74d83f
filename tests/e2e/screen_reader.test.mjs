// What a screen reader gets: not the canvas, but a text mirror of the plan (the board's days
// and exercises, every muscle's budget with its state, the findings), read from Chromium's
// accessibility tree; after an edit a polite live region names the muscles whose budget changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, settle, DESKTOP, analysis, pause, rectOf, centre, drag, slotsOn, plan } from './lib.mjs';

const env = useBrowser();

// The accessibility tree's nodes a screen reader meets (not the ignored ones), as role, name
// and the roles and names of their children.
async function axNodes(cdp) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const simple = (n) => ({ role: n.role?.value, name: String(n.name?.value ?? '') });
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  return nodes.filter((n) => !n.ignored).map((n) => ({
    ...simple(n), children: (n.childIds || []).map((id) => byId.get(id)).filter((c) => c && !c.ignored).map(simple),
  }));
}

// A muscle id as the core labels it: "front-delts" -> "Front delts".
const label = (id) => id[0].toUpperCase() + id.slice(1).replace(/-/g, ' ');

async function waitForText(page, selector, pattern, timeout = 3000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await page.evaluate((s) => document.querySelector(s).textContent, selector);
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`${selector} says "${text}", not ${pattern}`);
    await pause(page, 50);
  }
}

// The app on a desktop, once the page has drawn the mirror.
async function desktopWithMirror() {
  const context = await env.browser.newContext({ viewport: DESKTOP });
  const page = await openApp(context, env.url);
  const cdp = await context.newCDPSession(page);
  await settle(page);
  await waitForText(page, '#mirror', /Budget/);
  return { context, page, cdp };
}

test('the accessibility tree has every muscle\'s budget, the days and the findings; the canvas and splash are out of it', async () => {
  const { context, page, cdp } = await desktopWithMirror();
  const nodes = await axNodes(cdp);
  const muscles = Object.keys((await analysis(page)).weeks[0].muscles);
  assert.equal(muscles.length, 16);
  const rows = nodes.filter((n) => n.role === 'row' && n.children[0]?.role === 'rowheader');
  for (const id of muscles) {
    const row = rows.find((r) => r.children[0].name === label(id));
    assert.ok(row, `${label(id)} has a row in the budget table`);
    const cells = row.children.map((c) => c.name);
    assert.match(cells[3], /^(under|in range|over)$/, `${label(id)}'s state is read out: ${cells}`);
    assert.match(cells[2], /^\d+(\.\d)?-\d+(\.\d)?$/, `${label(id)}'s band is read out: ${cells}`);
    assert.match(cells[4], /^\d+(\.\d)? of \d+(\.\d)?/, `${label(id)}'s failure sets against their budget: ${cells}`);
  }
  assert.equal(rows.length, muscles.length, 'one row a muscle');
  assert.ok(nodes.some((n) => n.role === 'table' && /^Budget, week 1/.test(n.name)), 'the budget is a table named for its week');
  assert.ok(nodes.some((n) => n.role === 'heading' && n.name === 'Monday'), 'the days are headings');
  assert.ok(nodes.some((n) => n.role === 'heading' && n.name === 'Findings'));
  assert.ok(!nodes.some((n) => /Loading/.test(n.name)), 'the splash\'s "Loading..." has left the tree');
  assert.ok(!nodes.some((n) => n.role === 'canvas'), 'the canvas is hidden from screen readers');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('after an edit the live region announces the muscles whose budget changed, and the mirror follows', async () => {
  const { context, page, cdp } = await desktopWithMirror();
  assert.equal(await page.evaluate(() => document.getElementById('announce').textContent), '', 'nothing announced at start');

  await drag(page, 'lib:back-squat', centre(await rectOf(page, 'day:0')));
  assert.deepEqual(slotsOn(await plan(page), 0, 0), ['back-squat']);
  const said = await waitForText(page, '#announce', /Quads/);
  const quads = (await analysis(page)).weeks[0].muscles.quads;
  assert.match(said, new RegExp(`Quads: ${quads.hard_sets} hard sets, under \\(${quads.band_low}-${quads.band_high}\\)`));
  assert.doesNotMatch(said, /Chest|Biceps/, 'only the muscles that changed are announced');

  const nodes = await axNodes(cdp);
  assert.ok(nodes.some((n) => n.name.includes('Back squat: 3 x 10')), 'Monday lists the back squat with its sets and reps');
  const live = await page.evaluate(() => document.getElementById('announce').getAttribute('aria-live'));
  assert.equal(live, 'polite');
  assert.ok(nodes.some((n) => /Quads: 3 hard sets/.test(n.name)), 'the announcement is in the accessibility tree');
  assert.deepEqual(page.errors, []);
  await context.close();
});
