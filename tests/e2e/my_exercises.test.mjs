// Issue 15's smaller things in the browser: a custom exercise made in one plan is kept in this
// browser ("My exercises"), found in another plan's library and copied into that plan when added;
// a day named from its menu shows in its header; the search ranks and clears.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, click, drag, centre, rectOf, idle, plan, layout, screenshot, pause, DESKTOP, PHONE } from './lib.mjs';

const env = useBrowser();

test('a custom exercise made in plan A is in plan B\'s library, and added it becomes B\'s own', async () => {
  const context = await env.browser.newContext({ viewport: DESKTOP });
  const page = await openApp(context, env.url);
  // Plan A: Plan > New custom exercise..., a name, Add to library.
  await click(page, 'menu-plan');
  await click(page, 'menu-custom');
  await click(page, 'custom-name');
  await page.keyboard.type('Belt squat', { delay: 30 });
  await click(page, 'custom-save');
  assert.deepEqual((await plan(page)).custom_exercises.map((e) => e.id), ['my-belt-squat']);

  // Plan B, opened from a file: it has no custom exercise of its own...
  const b = { format: 'failsafe.plan', version: 2, name: 'Plan B', weeks: [{ days: [[], [], [], [], [], [], []] }] };
  assert.equal(await page.evaluate((json) => window.failsafe.load(json), JSON.stringify(b)), '');
  await idle(page);
  assert.equal((await plan(page)).name, 'Plan B');
  assert.equal((await plan(page)).custom_exercises, undefined);
  // ...but its library offers Belt squat (searched for), and a drag adds it to Tuesday.
  await click(page, 'search');
  await page.keyboard.type('belt', { delay: 30 });
  await rectOf(page, 'lib:my-belt-squat');
  await screenshot(page, 'my-exercises-library.png');
  await drag(page, 'lib:my-belt-squat', centre(await rectOf(page, 'day:1')));
  const after = await plan(page);  // the plan's JSON, as Export JSON writes it
  assert.deepEqual(after.custom_exercises.map((e) => [e.id, e.name]), [['my-belt-squat', 'Belt squat']]);
  assert.deepEqual(after.weeks[0].days[1].map((s) => s.exercise), ['my-belt-squat']);
  await context.close();
});

test('a day named from its menu shows the name in its header, on a phone too', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const context = await env.browser.newContext({ viewport });
    const page = await openApp(context, env.url);
    await click(page, 'day-menu:0');
    await click(page, 'day-name:0');
    await pause(page, 120);
    await page.keyboard.type('Upper A', { delay: 30 });
    await click(page, 'day-name-save');
    assert.deepEqual((await plan(page)).day_names, ['Upper A', '', '', '', '', '', '']);
    const title = await rectOf(page, 'day-title:0');
    const day = (await layout(page))['day:0'];
    assert.ok(title.y >= day.y && title.y + title.h <= day.y + day.h, 'the name is in Monday\'s column');
    await screenshot(page, `day-named-${viewport.width}.png`);
    await context.close();
  }
});
