// The planner screen with a real mouse: search, drag from the library into a day (seeing the
// budget preview before letting go), move a slot between days, edit in place, undo, redo,
// delete, findings and fixes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, startServer, openApp, screenshot, settle, DESKTOP, layout, plan, analysis, pause, rectOf, click, drag,
  centre, slotsOn, repo } from './lib.mjs';

const env = useBrowser();

async function desktop() {
  const context = await env.browser.newContext({ viewport: DESKTOP });
  const page = await openApp(context, env.url);
  return { context, page };
}

test('search, drag an exercise into a day: the budget previews it, the drop applies it, undo/redo', async () => {
  const { context, page } = await desktop();
  // type into the search box: the library filters as you type
  await click(page, 'search');
  await page.keyboard.type('pec deck', { delay: 30 });
  await settle(page);
  let l = await layout(page);
  assert.ok(l['lib:pec-deck'], 'pec deck is listed');
  assert.ok(!l['lib:back-squat'], 'the search filtered out the back squat');

  const before = await analysis(page);
  assert.equal(before.weeks[0].muscles.chest.hard_sets, 0);
  const wed = centre(await rectOf(page, 'day:2'));
  let sawPreview = false;
  await drag(page, 'lib:pec-deck', wed, {
    during: async () => {
      const now = await layout(page);
      sawPreview = Boolean(now['budget-preview']);
      await screenshot(page, 'planner-drag-preview-desktop.png');
      // nothing is applied until the drop
      assert.equal((await analysis(page)).weeks[0].muscles.chest.hard_sets, 0);
    },
  });
  assert.ok(sawPreview, 'the budget panel previewed the drop while hovering');
  let p = await plan(page);
  assert.deepEqual(slotsOn(p, 0, 2), ['pec-deck']);
  const after = await analysis(page);
  assert.equal(after.weeks[0].muscles.chest.hard_sets, 3, 'a new slot is 3 sets of chest');
  assert.ok(after.weeks[0].muscles.chest.fatigue_peak > 0);

  await click(page, 'undo');
  assert.deepEqual(slotsOn(await plan(page), 0, 2), []);
  await click(page, 'redo');
  assert.deepEqual(slotsOn(await plan(page), 0, 2), ['pec-deck']);
  // keyboard: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y
  await page.keyboard.press('Control+z');
  await pause(page, 150);
  assert.deepEqual(slotsOn(await plan(page), 0, 2), []);
  await page.keyboard.press('Control+Shift+z');
  await pause(page, 150);
  assert.deepEqual(slotsOn(await plan(page), 0, 2), ['pec-deck']);
  await page.keyboard.press('Control+z');
  await pause(page, 150);
  await page.keyboard.press('Control+y');
  await pause(page, 150);
  assert.deepEqual(slotsOn(await plan(page), 0, 2), ['pec-deck']);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('move a slot to another day and to another place in the same day; drag out removes it', async () => {
  const { context, page } = await desktop();
  assert.equal(await page.evaluate((j) => window.failsafe.load(j), readFileSync(join(repo, 'tests/golden/v1-seed-004.json'), 'utf8')), '');
  await settle(page);
  // Monday's dumbbell fly (slot 1) to Tuesday
  await drag(page, 'slot:0.0.1', centre(await rectOf(page, 'day:1')));
  let p = await plan(page);
  assert.deepEqual(slotsOn(p, 0, 1), ['dumbbell-fly']);
  assert.deepEqual(slotsOn(p, 0, 0), ['bench-press', 'lat-pulldown', 'biceps-curl', 'leg-press', 'leg-extension']);
  // Monday's biceps curl (4th) to the top of Monday
  const first = await rectOf(page, 'slot:0.0.0');
  await drag(page, 'slot:0.0.2', { x: first.x + first.w / 2, y: first.y + 4 });
  p = await plan(page);
  assert.deepEqual(slotsOn(p, 0, 0), ['biceps-curl', 'bench-press', 'lat-pulldown', 'leg-press', 'leg-extension']);
  // drag Tuesday's fly out onto the library: removed, with an undo
  const lib = await rectOf(page, 'search');
  await drag(page, 'slot:0.1.0', { x: lib.x + lib.w / 2, y: lib.y + 200 });
  assert.deepEqual(slotsOn(await plan(page), 0, 1), []);
  await page.keyboard.press('Control+z');
  await pause(page, 150);
  assert.deepEqual(slotsOn(await plan(page), 0, 1), ['dumbbell-fly']);
  await context.close();
});

test('edit a slot in place: one click opens it, a held stepper is one undo step, Delete removes', async () => {
  const { context, page } = await desktop();
  await page.evaluate((j) => window.failsafe.load(j), readFileSync(join(repo, 'tests/golden/v1-seed-004.json'), 'utf8'));
  await settle(page);
  await click(page, 'slot:0.0.0');  // bench press, 4 sets
  const plus = await rectOf(page, 'edit:sets+');
  // hold the sets "+" until it stops at 10 sets
  await page.mouse.move(plus.x + plus.w / 2, plus.y + plus.h / 2);
  await pause(page);
  await page.mouse.down();
  for (let i = 0; i < 20; i++) { await page.mouse.move(plus.x + plus.w / 2 + (i % 2), plus.y + plus.h / 2); await pause(page, 60); }
  await page.mouse.up();
  await pause(page, 120);
  assert.equal((await plan(page)).weeks[0].days[0][0].sets, 10);
  await screenshot(page, 'planner-slot-editor-desktop.png');
  await page.keyboard.press('Control+z');  // the whole held press is one step
  await pause(page, 150);
  assert.equal((await plan(page)).weeks[0].days[0][0].sets, 4);
  await click(page, 'edit:done');
  // select it again and press Delete
  await click(page, 'slot:0.0.0');
  await click(page, 'edit:done');
  await click(page, 'slot:0.0.0');
  await page.keyboard.press('Escape');
  await pause(page, 100);
  await page.keyboard.press('Delete');
  await pause(page, 150);
  assert.deepEqual(slotsOn(await plan(page), 0, 0).slice(0, 1), ['dumbbell-fly']);
  await context.close();
});

test('findings: a squat to failure is an error on the board and in the panel; its fix removes it', async () => {
  const { context, page } = await desktop();
  const squat = { format: 'failsafe.plan', version: 1, name: 'Squat every set to failure', weeks: [{ days: [
    [{ exercise: 'back-squat', sets: 4, reps: 8, rir: 0 }], [], [], [], [], [], []] }] };
  assert.equal(await page.evaluate((j) => window.failsafe.load(j), squat), '');
  await settle(page);
  const codes = (await analysis(page)).findings.map((f) => f.code);
  assert.ok(codes.includes('failure-on-compound'));
  assert.ok(codes.includes('every-set-to-failure'));
  await screenshot(page, 'planner-findings-desktop.png');
  await click(page, 'fix:0');  // errors come first: "Stop 1 rep short"
  const after = await analysis(page);
  assert.ok(!after.findings.some((f) => f.code === 'failure-on-compound'));
  assert.equal((await plan(page)).weeks[0].days[0][0].rir, 1);
  await context.close();
});

test('mesocycle: copy a week, mark a deload, remove a week with confirmation', async () => {
  const { context, page } = await desktop();
  await page.evaluate((j) => window.failsafe.load(j), readFileSync(join(repo, 'tests/golden/v1-seed-004.json'), 'utf8'));
  await settle(page);
  await click(page, 'week-copy');
  let p = await plan(page);
  assert.equal(p.weeks.length, 2);
  await click(page, 'week-deload');  // week 2 is shown after the copy
  p = await plan(page);
  assert.equal(p.weeks[1].deload, true);
  assert.equal(p.weeks[1].days[0][0].sets, 2, 'a deload halves sets');
  await click(page, 'week-remove');
  await click(page, 'confirm-remove');
  assert.equal((await plan(page)).weeks.length, 1);
  await context.close();
});

test('frame cost while dragging over a 12-week plan stays under 4 ms', async () => {
  const { context, page } = await desktop();
  const twelve = readFileSync(join(repo, 'tests/fixtures/ppl-12-weeks.json'), 'utf8');
  assert.equal(await page.evaluate((j) => window.failsafe.load(j), twelve), '');
  await settle(page);
  const start = (await page.evaluate(() => window.failsafe.frameStats())).length;
  const from = centre(await rectOf(page, 'lib:back-squat'));
  const days = [];
  for (let d = 0; d < 7; d++) days.push(await rectOf(page, `day:${d}`));
  await page.mouse.move(from.x, from.y);
  await pause(page);
  await page.mouse.down();
  for (let i = 0; i < 120; i++) {  // sweep across the days while dragging, as a hand would
    const day = days[i % 7];
    await page.mouse.move(day.x + day.w / 2, day.y + 40 + (i % 5) * 30, { steps: 2 });
    await pause(page, 30);
  }
  const stats = await page.evaluate(() => window.failsafe.frameStats());
  await page.mouse.up();
  const recent = stats.slice(Math.max(0, stats.length - 120));
  const pct = (xs, q) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)];
  const frames = recent.map(([build, render]) => build + render);
  const p95 = pct(frames, 0.95);
  const line = `frame cost while dragging over a 12-week plan: median ${pct(frames, 0.5).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms ` +
    `(build median ${pct(recent.map((f) => f[0]), 0.5).toFixed(2)}, p95 ${pct(recent.map((f) => f[0]), 0.95).toFixed(2)}; ` +
    `WebGL submit p95 ${pct(recent.map((f) => f[1]), 0.95).toFixed(2)}) | budget 4 ms p95 | ${frames.length} frames`;
  console.log(line);
  writeFileSync(join(repo, 'build/test-logs/frame-cost.txt'), line + '\n');
  assert.ok(frames.length >= 60, `only ${frames.length} frames were drawn (${start} before)`);
  assert.ok(p95 < 4, `p95 frame cost ${p95.toFixed(2)} ms`);
  await context.close();
});

// Plan > Block... on the open plan: a block of the suggested 5 weeks, the dialog closed again.
async function makeBlock(page) {
  await click(page, 'menu-plan');
  await click(page, 'menu-block');
  await click(page, 'block-make');
  await click(page, 'dialog-close');
  await settle(page);
}

const seed004 = () => readFileSync(join(repo, 'tests/golden/v1-seed-004.json'), 'utf8');

test('block: a slot edited in week 1 for all weeks changes in week 4 too', async () => {
  const { context, page } = await desktop();
  assert.equal(await page.evaluate((j) => window.failsafe.load(j), seed004()), '');
  await settle(page);
  await makeBlock(page);
  // A block's file holds its base week and progression; its weeks are what the analysis reads.
  const before = await plan(page);
  assert.equal(before.block.rir.length, 5);
  const chest = (await analysis(page)).weeks[3].muscles.chest.hard_sets;
  assert.equal((await analysis(page)).weeks.length, 5);
  assert.ok((await layout(page))['week:4'], 'the strip shows the five weeks');
  await click(page, 'slot:0.0.0');  // Monday's bench press in week 1
  assert.ok((await layout(page))['edit-scope:all'], 'the editor offers the weeks an edit reaches');
  await click(page, 'edit:sets+');  // all weeks, the default
  await screenshot(page, 'block-slot-editor-desktop.png');
  await click(page, 'edit:done');
  const after = await plan(page);
  assert.equal(after.block.base.days[0][0].sets, before.block.base.days[0][0].sets + 1, 'the block has the set');
  assert.equal((await analysis(page)).weeks[3].muscles.chest.hard_sets, chest + 1, 'week 4 has the set too');
  await click(page, 'week:3');
  await screenshot(page, 'block-week-4-desktop.png');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('block: the deload ticked and unticked, in a block and in a plain plan', async () => {
  const { context, page } = await desktop();
  assert.equal(await page.evaluate((j) => window.failsafe.load(j), seed004()), '');
  await settle(page);
  // a plain plan: the deload halves the sets; unticked, the week it replaced is back
  const plainWeek = await plan(page);
  await click(page, 'week-deload');
  let p = await plan(page);
  assert.equal(p.weeks[0].deload, true);
  assert.equal(p.weeks[0].days[0][0].sets, Math.ceil(plainWeek.weeks[0].days[0][0].sets / 2));
  await click(page, 'week-deload');
  assert.deepEqual((await plan(page)).weeks, plainWeek.weeks);
  // a block: the deload is its last week (lighter than the week before); unticked, it trains
  // like that week; ticked again, the block is as it was
  await makeBlock(page);
  await click(page, 'week:4');
  const block = await plan(page);
  assert.equal(block.block.deload, true);
  const weekly = (a) => a.weeks.map((w) => w.muscles.chest.hard_sets);
  const deloaded = weekly(await analysis(page));
  assert.ok(deloaded[4] < deloaded[3], 'the deload is lighter');
  await click(page, 'week-deload');
  assert.equal((await plan(page)).block.deload, false);
  const built = weekly(await analysis(page));
  assert.equal(built[4], built[3], 'the last week trains like the one before');
  await click(page, 'week-deload');
  assert.deepEqual(await plan(page), block);
  assert.deepEqual(page.errors, []);
  await context.close();
});
