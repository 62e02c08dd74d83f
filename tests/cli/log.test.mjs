// failsafe analyze PLAN --log LOG: the gym log read against its plan, as a table of failure sets
// logged against planned, the log's findings with their sources, and the same as JSON; bad logs
// and bad options refused with one line and exit 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const cli = process.env.FAILSAFE_CLI || join(repo, 'build/native-debug/failsafe');
const tmp = mkdtempSync(join(tmpdir(), 'failsafe-log-'));
const feed = (input, ...args) => spawnSync(cli, args, { encoding: 'utf8', input, timeout: 10000 });
const run = (...args) => feed('', ...args);
const file = (name, text) => { const p = join(tmp, name); writeFileSync(p, text); return p; };
const plan = join(repo, 'tests/fixtures/upper-lower-block.json');
const log = join(repo, 'tests/golden/log-v1.json');

test('analyze --log prints the failure sets logged against planned, then the log findings with their sources', () => {
  const r = run('analyze', plan, '--log', log);
  assert.equal(r.status, 0, r.stderr);
  const plain = run('analyze', plan);
  assert.ok(r.stdout.startsWith(plain.stdout), 'the plan analysis first, unchanged');
  const rest = r.stdout.slice(plain.stdout.length);
  assert.match(rest, /^\nLog: 5 sessions of "Upper \/ lower 4x", 2025-03-03 to 2025-03-17\n/);
  assert.match(rest, /\n {2}week {15}W1 {9}W2 {9}W3 {9}W4 {9}W5 {2}\n {2}sessions {12}2 {10}2 {10}1 {10}0 {10}0 {2}\n/);
  // Logged/planned: a lateral raise taken to failure in week 1; the block plans failure in week 4.
  assert.match(rest, /\n {2}side-delts {8}1\/0 {8}0\/0 {8}0\/0 {8}0\/1 {8}0\/0 {2}\n/);
  assert.match(rest, /\nLog findings: 0 errors, 4 warnings, 2 notes\n/);
  assert.match(rest, /\n {2}warning week 3 Mon #1 +\[reps-falling\] Bench press: the first set fell from 8 reps to 6 over 3 sessions.*\(Iron Alliances guide: watch for a decline in performance/);
  assert.match(rest, /\n {2}warning week 2 Tue quads +\[soreness-lingering\] Quads: still sore \(3 of 5\)/);
  assert.match(rest, /\n {2}warning week 3 Mon +\[sleep-falling\] Sleep fell from 4 to 2 of 5/);
  assert.match(rest, /\n {2}info {4}week 1 Mon #5 +\[unplanned-failure\] Dumbbell lateral raise: 1 set reached failure/);
  assert.match(rest, /\nRecovery: the log suggests slower \(the plan: typical\)\n$/);
});

test('analyze --log --json adds the log under "log", in either order of the options', () => {
  const r = run('analyze', plan, '--log', log, '--json');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(run('analyze', plan, '--json', '--log', log).stdout, r.stdout);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['weeks', 'findings', 'log']);
  assert.deepEqual(out.findings, JSON.parse(run('analyze', plan, '--json').stdout).findings);
  assert.equal(out.log.weeks.length, 5);
  assert.deepEqual(out.log.weeks[0].muscles['side-delts'], { hard_sets: 3, failure_sets: 1, planned_failure_sets: 0, failure_budget: 4 });
  assert.equal(out.log.suggested_recovery, 'slower');
  assert.equal(out.log.unmatched_entries, 0);
  const codes = out.log.findings.map((f) => f.code);
  assert.deepEqual(codes.slice(0, 4).sort(), ['reps-falling', 'sleep-falling', 'soreness-lingering', 'unplanned-failure']);
  for (const f of out.log.findings) {
    assert.deepEqual(Object.keys(f), ['code', 'severity', 'week', 'day', 'slot', 'muscle', 'message', 'fix']);
    assert.match(f.message, /\)$/);
  }
});

test('a log the plan no longer matches is still read: its entries are counted and reported, never dropped', () => {
  const text = JSON.stringify({ format: 'failsafe.log', version: 1, plan: 'Old plan', sessions: [
    { week: 9, day: 2, date: '2025-05-01', entries: [{ slot: 3, exercise: 'leg-extension', sets: [{ reps: 12, rir: 0 }, { reps: 10, rir: 0 }] }] }] });
  const r = run('analyze', plan, '--log', file('old.json', text));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /\nLog: 1 session of "Old plan", 2025-05-01 to 2025-05-01, 1 entry the plan no longer holds\n/);
  assert.match(r.stdout, / {2}W9 {2}\n/);          // a week past the plan's five
  assert.match(r.stdout, /\n {2}quads .* 2\/- {2}\n/);  // logged 2, nothing planned
});

test('bad logs and options: one clear line on stderr and exit 2', () => {
  const cases = [
    [['analyze', plan, '--log', join(tmp, 'missing.json')], /cannot open/],
    [['analyze', plan, '--log', file('plan-as-log.json', readFileSync(plan))], /: format: expected "failsafe.log" \(is this a Failsafe log file\?\)$/],
    [['analyze', plan, '--log', file('v2.json', '{"format":"failsafe.log","version":2}')], /newer Failsafe/],
    [['analyze', plan, '--log', file('bad-rir.json', '{"format":"failsafe.log","version":1,"sessions":[{"week":1,"day":0,"date":"2025-03-03","entries":[{"slot":0,"exercise":"bench-press","sets":[{"reps":8,"rir":-1}]}]}]}')],
      /sessions\[0\]\.entries\[0\]\.sets\[0\]\.rir: expected an integer from 0 to 10$/],
    [['analyze', plan, '--log'], /^usage:/],
    [['analyze', plan, '--log', log, '--log', log], /^usage:/],
    [['check', plan, '--log', log], /^usage:/],
    [['analyze', '-', '--log', '-'], /cannot both come from standard input/],
  ];
  for (const [args, message] of cases) {
    const r = run(...args);
    assert.equal(r.status, 2, `${args.join(' ')} -> ${r.status} ${r.stderr}`);
    assert.equal(r.signal, null);
    assert.match(r.stderr.trim().split('\n')[0].replace(/^failsafe: /, ''), message);
  }
});

test('a log from standard input is read up to 2 MiB, and refused one byte over', () => {
  const text = readFileSync(log);
  const padded = (size) => Buffer.concat([text, Buffer.alloc(size - text.length, ' ')]);
  const atLimit = feed(padded(2 << 20), 'analyze', plan, '--log', '-');
  assert.equal(atLimit.status, 0, atLimit.stderr);
  assert.equal(atLimit.stdout, run('analyze', plan, '--log', log).stdout);
  const over = feed(padded((2 << 20) + 1), 'analyze', plan, '--log', '-');
  assert.equal(over.status, 2);
  assert.equal(over.stderr, 'failsafe: standard input: more than 2 MiB; a log is far smaller - stopped reading\n');
});
