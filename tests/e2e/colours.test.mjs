// Colour-safe states: under, in range and over, as drawn in the budget panel's bars and on the
// body map, stay apart under simulated protanopia, deuteranopia and tritanopia, and each state
// has a second cue beside its colour (a glyph in the budget and the legend, a pattern on the map).
//
// The simulation: the Machado, Oliveira and Fernandes (2009) matrices for severity 1.0, applied to
// linear RGB; the distance: CIE76 (Euclidean in CIE L*a*b*, D65). Colours are sampled from a
// screenshot: the most common colour in each bar's value and in each muscle's region.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, openApp, screenshot, settle, layout, measurePng, repo } from './lib.mjs';

const env = useBrowser();
const MIN_DISTANCE = 20;  // CIE76; about 2.3 is a just-noticeable difference
const GLYPH = { under: '\u2193', 'in range': '=', over: '\u2191' };

const MACHADO = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
  'normal vision': [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
};
const linear = (c) => (c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
function simulate(matrix, rgb) {
  const l = rgb.map(linear);
  return matrix.map((row) => Math.min(1, Math.max(0, row[0] * l[0] + row[1] * l[1] + row[2] * l[2])));
}
function lab([r, g, b]) {  // linear sRGB -> CIE L*a*b* (D65)
  const f = (t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047), y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const distance = (a, b) => { const [p, q] = [lab(a), lab(b)]; return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]); };

// The most common colour inside each rectangle of a screenshot (a fill, not its edges or pattern).
const dominant = (context, png, rects) => measurePng(context, png, ({ data, width }, rects) => rects.map((r) => {
  const counts = new Map();
  for (let y = Math.round(r.y) + 1; y < Math.round(r.y + r.h) - 1; y++)
    for (let x = Math.round(r.x) + 1; x < Math.round(r.x + r.w) - 1; x++) {
      const i = (y * width + x) * 4;
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) || 0) + 1);
    }
  const [key] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return [key >> 16, (key >> 8) & 255, key & 255];
}), rects);

test('under, in range and over stay apart under colour-vision deficiencies, each with a second cue', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await openApp(context, env.url);
  // Every feature, and chest over its band: twenty sets of bench press on the free Wednesday.
  const plan = JSON.parse(readFileSync(join(repo, 'tests/golden/v1-every-feature.json'), 'utf8'));
  plan.weeks[0].days[2] = [{ exercise: 'bench-press', sets: 10, reps: 8, rir: 2 }, { exercise: 'bench-press', sets: 10, reps: 8, rir: 2 }];
  assert.equal(await page.evaluate((j) => window.failsafe.load(j), JSON.stringify(plan)), '');
  await settle(page);
  const png = await screenshot(page, 'colours-budget-and-body-map.png');
  const l = await layout(page);

  // Each muscle's state, as the budget says it (its glyph), checked against the analysis where
  // the hard sets alone decide it (over the band's top).
  const week = (await page.evaluate(() => window.failsafe.analysis())).weeks[0].muscles;
  const state = {};
  for (const [muscle, m] of Object.entries(week)) {
    const shown = l[`budget:${muscle}`];
    assert.ok(shown, `${muscle}'s budget row is in view`);
    const found = Object.entries(GLYPH).find(([, glyph]) => shown.t.endsWith(glyph));
    assert.ok(found, `${muscle}'s sets "${shown.t}" end in a state's glyph`);
    state[muscle] = found[0];
    if (m.hard_sets > m.band_high + 0.01) assert.equal(state[muscle], 'over', `${muscle}: ${m.hard_sets} sets over ${m.band_high}`);
  }
  const trained = Object.keys(week).filter((m) => week[m].hard_sets > 0);
  const states = new Set(trained.map((m) => state[m]));
  assert.deepEqual([...states].sort(), ['in range', 'over', 'under'], 'the plan shows all three states');

  // The legend: a swatch per state with its glyph and word.
  for (const [word, glyph] of Object.entries(GLYPH)) assert.equal(l[`legend:${word}`]?.t, `${glyph} ${word}`);

  // The colours as drawn: each trained muscle's bar (its value part, when long enough to sample
  // clear of its rounded ends) and body-map region.
  const barred = trained.filter((m) => l[`bar:${m}`]?.w >= 10);
  for (const s of states) assert.ok(barred.some((m) => state[m] === s), `a bar long enough to sample is ${s}`);
  const bars = barred.map((m) => ({ ...l[`bar:${m}`], x: l[`bar:${m}`].x + 2, w: Math.min(l[`bar:${m}`].w - 4, 8) }));
  const regions = trained.map((m) => l[`region:${m}`]);
  regions.forEach((r, i) => assert.ok(r && r.w >= 3 && r.h >= 3, `${trained[i]} has a region on the body map`));
  const colours = await dominant(context, png, [...bars, ...regions]);
  const samples = [
    ...barred.map((m, i) => ({ where: `${m}'s bar`, state: state[m], rgb: colours[i] })),
    ...trained.map((m, i) => ({ where: `${m}'s region`, state: state[m], rgb: colours[barred.length + i] })),
  ];

  let closest = Infinity;
  for (const [vision, matrix] of Object.entries(MACHADO))
    for (const a of samples)
      for (const b of samples) {
        if (a.state >= b.state || (a.where.endsWith('bar') !== b.where.endsWith('bar'))) continue;  // bar with bar, region with region
        const d = distance(simulate(matrix, a.rgb), simulate(matrix, b.rgb));
        closest = Math.min(closest, d);
        assert.ok(d >= MIN_DISTANCE, `${vision}: ${a.where} (${a.state}, rgb ${a.rgb}) and ${b.where} (${b.state}, rgb ${b.rgb}) are ${d.toFixed(1)} apart`);
      }
  console.log(`closest pair of states under any simulation: CIE76 ${closest.toFixed(1)} (at least ${MIN_DISTANCE})`);
  await context.close();
});
