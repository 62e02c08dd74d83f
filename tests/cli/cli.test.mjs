// The failsafe CLI end to end: good and bad inputs, exit codes, and share-link sizes compared
// with the same plans as gzipped JSON (figures printed for docs/formats.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const repo = resolve(import.meta.dirname, '../..');
const cli = process.env.FAILSAFE_CLI || join(repo, 'build/native-debug/failsafe');
const tmp = mkdtempSync(join(tmpdir(), 'failsafe-cli-'));
const run = (...args) => spawnSync(cli, args, { encoding: 'utf8', input: '' });
const file = (name, text) => { const p = join(tmp, name); writeFileSync(p, text); return p; };
const golden = (name) => join(repo, 'tests/golden', name);

test('analyze --json prints the documented shape', () => {
  const r = run('analyze', golden('v1-seed-004.json'), '--json');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.weeks.length, 1);
  const chest = out.weeks[0].muscles.chest;
  assert.equal(chest.hard_sets, 14);
  assert.equal(chest.failure_sets, 2);
  for (const key of ['band_low', 'band_high', 'failure_budget', 'fatigue_peak']) assert.equal(typeof chest[key], 'number');
  assert.equal(Object.keys(out.weeks[0].muscles).length, 16);
  for (const f of out.findings) {
    assert.deepEqual(Object.keys(f), ['code', 'severity', 'week', 'day', 'slot', 'muscle', 'message', 'fix']);
    assert.notEqual(f.severity, 'error');
  }
});

test('analyze prints a readable table', () => {
  const r = run('analyze', golden('v1-seed-004.json'));
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Week 1/);
  assert.match(r.stdout, /chest\s+14\.0/);
  assert.match(r.stdout, /Findings: 0 errors/);
});

test('check exits 1 on an error finding and 0 without', () => {
  const squat = file('squat.json', JSON.stringify({ format: 'failsafe.plan', version: 1, weeks: [{ days: [
    [{ exercise: 'back-squat', sets: 4, reps: 8, rir: 0 }], [], [], [], [], [], []] }] }));
  const bad = run('check', squat);
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /failure-on-compound/);
  assert.equal(run('check', golden('v1-seed-004.json')).status, 0);
});

test('link and open round-trip a plan, from a payload or a whole URL', () => {
  const l = run('link', golden('v1-every-feature.json'));
  assert.equal(l.status, 0);
  const payload = l.stdout.trim();
  const fromPayload = run('open', payload);
  assert.equal(fromPayload.status, 0, fromPayload.stderr);
  assert.equal(fromPayload.stdout, readFileSync(golden('v1-every-feature.json'), 'utf8'));
  assert.equal(run('open', `https://failsafe.example/app/#p=${payload}`).stdout, fromPayload.stdout);
});

test('bad input: one clear line on stderr and exit 2, never a crash', () => {
  const cases = [
    ['analyze', join(tmp, 'missing.json')],
    ['analyze', file('broken.json', '{"format": "failsafe.plan",\n  "weeks": [}')],
    ['analyze', file('binary.json', Buffer.from([0, 255, 254, 1, 2, 3]))],
    ['check', file('wrong.json', '{"format":"failsafe.plan","version":1,"weeks":[{"days":[[{"exercise":"bench-press","sets":0,"reps":5}],[],[],[],[],[],[]]}]}')],
    ['open', 'ARRGYWlsdXJl'],
    ['open', 'not a link at all!'],
    ['open', ''],
    ['frobnicate', 'x'],
    ['new', 'no-such-template'],
  ];
  for (const args of cases) {
    const r = run(...args);
    assert.equal(r.status, 2, `${args.join(' ')} -> ${r.status} ${r.stderr}`);
    assert.equal(r.signal, null);
    assert.ok(r.stderr.trim().length > 10, `a message for ${args.join(' ')}`);
    if (args[0] !== 'frobnicate') assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
  assert.match(run('analyze', join(tmp, 'broken.json')).stderr, /line 2, column/);
});

test('new lists templates and prints each as a plan without error findings', () => {
  const list = run('new');
  assert.equal(list.status, 0);
  const ids = list.stdout.trim().split('\n').map((l) => l.split(/\s+/)[0]);
  assert.deepEqual(ids, ['seed-004', 'full-body-3x', 'upper-lower-4x', 'push-pull-legs-6x']);
  for (const id of ids) {
    const plan = file(`${id}.json`, run('new', id).stdout);
    assert.equal(run('check', plan).status, 0, id);
  }
});

test('share links are shorter than the same plans as gzipped JSON', () => {
  const plans = [
    ['seed 004 session, Mon + Thu', file('seed.json', run('new', 'seed-004').stdout), 80],
    ['upper/lower 4x, 24 slots', file('ul.json', run('new', 'upper-lower-4x').stdout), 200],
    ['PPL 12-week mesocycle', join(repo, 'tests/fixtures/ppl-12-weeks.json'), 2000],
  ];
  const rows = [];
  for (const [name, path, target] of plans) {
    const link = run('link', path).stdout.trim().length;
    const json = readFileSync(path);
    const compact = Buffer.from(JSON.stringify(JSON.parse(json)));
    const gz = gzipSync(compact, { level: 9 }).toString('base64url').length;
    rows.push(`${name}: link ${link} chars (target ${target}); JSON ${json.length} bytes, compact ${compact.length}, gzip -9 + base64url ${gz} chars`);
    assert.ok(link <= target, `${name}: ${link} > ${target}`);
    assert.ok(link < gz, `${name}: the link (${link}) should beat gzipped JSON (${gz})`);
  }
  console.log(rows.join('\n'));
  writeFileSync(join(repo, 'build/test-logs/link-sizes.txt'), rows.join('\n') + '\n');
});
