// The failsafe CLI end to end: good and bad inputs, exit codes, bounded reading, escaped names,
// unwritable output, and share-link sizes compared with the same plans as gzipped JSON (figures
// printed for docs/formats.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const repo = resolve(import.meta.dirname, '../..');
const cli = process.env.FAILSAFE_CLI || join(repo, 'build/native-debug/failsafe');
const tmp = mkdtempSync(join(tmpdir(), 'failsafe-cli-'));
const feed = (input, ...args) => spawnSync(cli, args, { encoding: 'utf8', input });  // input: stdin
const run = (...args) => feed('', ...args);
// Runs a shell command line with $CLI set, at most 64 MiB of address space and 10 s, timed.
const shell = (script, options = {}) => {
  const start = Date.now();
  const r = spawnSync('sh', ['-c', `ulimit -v 65536; ${script}`], { encoding: 'utf8', input: '', timeout: 10000,
    env: { ...process.env, CLI: cli }, ...options });
  return { ...r, ms: Date.now() - start };
};
const kMaxJsonBytes = 1 << 20;
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
  assert.match(r.stdout, /Findings: No errors or warnings \(\d+ notes\)\n/);
  // The plan's settings under its name: a version 1 file has the defaults.
  assert.match(r.stdout, /^Failure on isolation \(intermediate, 1 week\)\nRecovery: typical, failure approach: conservative\n/);
  assert.match(run('analyze', golden('v2-settings.json')).stdout, /\nRecovery: slower, failure approach: liberal\n/);
});

test('analyze prints the health summary first, then the same finding across weeks once, errors first', () => {
  const week = { days: [[{ exercise: 'leg-press', sets: 3, reps: 10, rir: 1, failure_sets: 1 },
    { exercise: 'back-squat', sets: 3, reps: 5, rir: 1, failure_sets: 1 }], [], [], [], [], [], []] };
  const plan = file('four-weeks.json', JSON.stringify({ format: 'failsafe.plan', version: 1, weeks: [week, week, week, week] }));
  const r = run('analyze', plan);
  assert.equal(r.status, 0, r.stderr);
  const findings = r.stdout.slice(r.stdout.indexOf('Findings: ')).trim().split('\n');
  assert.match(findings[0], /^Findings: 1 error, \d+ warnings?, \d+ notes? - first: Back squat is taken to failure \(weeks 1-4\)$/);
  assert.match(findings[1], /^ {2}error {3}weeks 1-4 Mon #2 +\[failure-on-compound\] Back squat is taken to failure\./);
  assert.equal(findings.filter((l) => l.includes('[failure-on-compound] Back squat')).length, 1);
  assert.match(findings[2], /^ {2}warning weeks 1-4 Mon #1 +\[failure-on-compound\] Leg press is taken to failure\. A machine guides/);
  const severities = findings.slice(1).map((l) => ['error', 'warning', 'info'].indexOf(l.trim().split(' ')[0]));
  assert.deepEqual(severities, [...severities].sort((a, b) => a - b));
  const check = run('check', plan);
  assert.equal(check.status, 1);
  assert.match(check.stdout, /: 1 error, .*\n {2}error {3}weeks 1-4 Mon #2 +\[failure-on-compound\]/);
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
  const l = run('link', golden('v2-settings.json'));
  assert.equal(l.status, 0);
  const payload = l.stdout.trim();
  assert.equal(payload, readFileSync(golden('v2-settings.link'), 'utf8').trim());
  const fromPayload = run('open', payload);
  assert.equal(fromPayload.status, 0, fromPayload.stderr);
  assert.equal(fromPayload.stdout, readFileSync(golden('v2-settings.json'), 'utf8'));
  assert.equal(run('open', `https://failsafe.example/app/#p=${payload}`).stdout, fromPayload.stdout);
});

test('a block opens from its link as the same file, and its link is the golden one', () => {
  const payload = run('link', golden('v2-block.json')).stdout.trim();
  assert.equal(payload, readFileSync(golden('v2-block.link'), 'utf8').trim());
  const r = run('open', payload);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, readFileSync(golden('v2-block.json'), 'utf8'));
  assert.match(r.stdout, /"block": \{/);
  assert.doesNotMatch(r.stdout, /"weeks"/);
});

test('open migrates a version 1 link to a version 2 file with the default settings', () => {
  const r = run('open', readFileSync(golden('v1-every-feature.link'), 'utf8').trim());
  assert.equal(r.status, 0, r.stderr);
  const v1 = readFileSync(golden('v1-every-feature.json'), 'utf8');
  assert.equal(r.stdout, v1.replace('"version": 1,', '"version": 2,')
    .replace('"level": "advanced",\n', '"level": "advanced",\n  "recovery": "typical",\n  "approach": "conservative",\n'));
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
    ['upper/lower 5-week block', join(repo, 'tests/fixtures/upper-lower-block.json'), 300],
    ['full-body 5-week block', join(repo, 'tests/fixtures/full-body-block.json'), 300],
    ['push/pull/legs 5-week block', join(repo, 'tests/fixtures/push-pull-legs-block.json'), 500],
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
  mkdirSync(join(repo, 'build/test-logs'), { recursive: true });
  writeFileSync(join(repo, 'build/test-logs/link-sizes.txt'), rows.join('\n') + '\n');
});

// Stopped reading: exit 2, the one-line message, quickly and within the 64 MiB of shell().
const assertStopped = (r, name) => {
  assert.equal(r.signal, null, `killed by ${r.signal} (${r.error}); stderr: ${r.stderr}`);
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stderr, `failsafe: ${name}: more than 1 MiB; a plan is far smaller - stopped reading\n`);
  assert.equal(r.stdout, '');
  assert.ok(r.ms < 3000, `took ${r.ms} ms`);
};

test('an endless or oversized input is refused after 1 MiB, never read whole', () => {
  assertStopped(shell('exec "$CLI" analyze /dev/zero'), '/dev/zero');
  assertStopped(shell('exec "$CLI" check - < /dev/zero'), 'standard input');
  assertStopped(shell('yes | exec "$CLI" link -'), 'standard input');
  const fifo = join(tmp, 'plan.fifo');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  assertStopped(shell(`head -c 3000000 /dev/zero > '${fifo}' & exec "$CLI" analyze '${fifo}'`), fifo);
});

test('standard input: a plan is read, one byte over 1 MiB is refused', () => {
  const plan = readFileSync(golden('v1-seed-004.json'));
  const padded = (size) => Buffer.concat([plan, Buffer.alloc(size - plan.length, ' ')]);
  const fromStdin = feed(plan, 'analyze', '-');
  assert.equal(fromStdin.status, 0, fromStdin.stderr);
  assert.equal(fromStdin.stdout, run('analyze', golden('v1-seed-004.json')).stdout);
  const atLimit = feed(padded(kMaxJsonBytes), 'check', '-');
  assert.equal(atLimit.status, 0, atLimit.stderr);
  const over = feed(padded(kMaxJsonBytes + 1), 'check', '-');
  assert.equal(over.status, 2);
  assert.match(over.stderr, /^failsafe: standard input: more than 1 MiB; a plan is far smaller - stopped reading\n$/);
  const broken = feed('{"format": "failsafe.plan",', 'analyze', '-');
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /^failsafe: standard input: not valid JSON at line 1, column \d+/);
  const overFile = run('check', file('big.json', padded(kMaxJsonBytes + 1)));
  assert.equal(overFile.status, 2);
  assert.match(overFile.stderr, /big\.json: more than 1 MiB/);
});

// Everything a terminal could take as a command, or that could cut the output short.
const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufffd]/;
const nasty = 'Red \u001b[31mplan\u0000after the NUL \u007fdel \u009bcsi';

test('names with control characters are refused, naming the field; nothing raw reaches the terminal', () => {
  // The core's text rule (docs/reliability.md): no C0/C1 controls, DEL or direction overrides in
  // a name, so a name can neither drive the terminal nor hide what follows it.
  const belt = 'Belt \u001b]0;owned\u0007squat\u0000tail\u007f\u0085';
  const withCustom = (name) => file('nasty.json', JSON.stringify({ format: 'failsafe.plan', version: 1, name: 'Plain',
    custom_exercises: [{ id: 'my-squat', name, equipment: 'machine', kind: 'compound', failure: 'avoid', muscles: { quads: 1 } }],
    weeks: [{ days: [[{ exercise: 'my-squat', sets: 4, reps: 8, rir: 0 }], [], [], [], [], [], []] }] }));
  for (const cmd of ['analyze', 'check', 'link']) {
    const r = run(cmd, withCustom(belt));
    assert.equal(r.status, 2, `${cmd}: ${r.stdout}`);
    assert.equal(r.stdout, '');
    assert.doesNotMatch(r.stderr, raw);
    assert.match(r.stderr, /custom_exercises\[0\]: the name of exercise 'my-squat' contains a control character/);
  }
  const named = run('analyze', file('named.json', JSON.stringify({ format: 'failsafe.plan', version: 1, name: nasty,
    weeks: [{ days: [[], [], [], [], [], [], []] }] })));
  assert.equal(named.status, 2);
  assert.doesNotMatch(named.stderr, raw);
  assert.match(named.stderr, /the plan name contains a control character/);
  // A name in other scripts, with punctuation, is printed as it is, in full.
  const fine = 'Oberk\u00f6rper \u2014 \u4e0a\u534a\u8eab \u05e2\u05dc\u05d9\u05d5\u05df';
  const ok = run('analyze', withCustom(fine));
  assert.equal(ok.status, 0, ok.stderr);
  assert.ok(ok.stdout.includes(`${fine} is taken to failure`), ok.stdout);
  assert.match(ok.stdout, /\[volume-below-range\] Calves: 0 graded sets/);  // the last finding is there
  const opened = JSON.parse(run('open', run('link', withCustom(fine)).stdout.trim()).stdout);
  assert.equal(opened.custom_exercises[0].name, fine);
});

test('error messages quote input and file names with control characters escaped', () => {
  const unknown = file('unknown.json', JSON.stringify({ format: 'failsafe.plan', version: 1,
    weeks: [{ days: [[{ exercise: 'x\u001b[2J\u009b\u0000y', sets: 3, reps: 8 }], [], [], [], [], [], []] }] }));
  const r = run('analyze', unknown);
  assert.equal(r.status, 2);
  assert.doesNotMatch(r.stderr, raw);
  assert.ok(r.stderr.includes('unknown exercise "x\\x1b[2J\\u009b\\x00y"'), r.stderr);
  const named = run('analyze', join(tmp, 'no\u001b[31mne\u007f.json'));
  assert.equal(named.status, 2);
  assert.match(named.stderr, /^failsafe: cannot open .*no\\x1b\[31mne\\x7f\.json: No such file or directory\n$/);
  // Bytes that are not UTF-8 (overlong, surrogate, past U+10FFFF) as \xNN, good UTF-8 kept.
  const bytes = shell(`exec "$CLI" analyze "$(printf 'c\\300\\200 e\\355\\240\\200 f\\364\\220\\200\\200 ok\\303\\251')"`);
  assert.equal(bytes.status, 2);
  assert.equal(bytes.stderr, 'failsafe: cannot open c\\xc0\\x80 e\\xed\\xa0\\x80 f\\xf4\\x90\\x80\\x80 ok\u00e9: No such file or directory\n');
  // The core quotes at most 48 bytes of an unknown id, which may end inside a character.
  const long = run('check', file('long.json', JSON.stringify({ format: 'failsafe.plan', version: 1,
    weeks: [{ days: [[{ exercise: `${'x'.repeat(47)}\u00e9\u00e9`, sets: 3, reps: 8 }], [], [], [], [], [], []] }] })));
  assert.equal(long.status, 2);
  assert.match(long.stderr, /unknown exercise "x{47}/);
  assert.doesNotMatch(long.stderr, raw);
  const template = run('new', 'a\u001bb');
  assert.equal(template.status, 2);
  assert.match(template.stderr, /no template "a\\x1bb"/);
});

test('output that cannot be written fails the command with a message', () => {
  for (const args of ['new seed-004', 'new', 'analyze "$PLAN"', 'analyze "$PLAN" --json', 'link "$PLAN"']) {
    const r = shell(`exec "$CLI" ${args} > /dev/full`, { env: { ...process.env, CLI: cli, PLAN: golden('v1-seed-004.json') } });
    assert.equal(r.status, 2, `${args}: ${r.status} ${r.stderr}`);
    assert.equal(r.stderr, 'failsafe: cannot write the output: No space left on device\n', args);
  }
});
