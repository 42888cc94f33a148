import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadExamples, byArticle } from '../support/examples.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'ezone-cli-'));

/** The real command line, as a user types it. */
function subsidy(args: string[], stdin?: string) {
  const r = spawnSync('npm', ['run', '--silent', 'subsidy', '--', ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const examples = loadExamples();

test('every worked example through `subsidy estimate <file> --json` (one call, an array file)', () => {
  const file = path.join(dir, 'all.json');
  writeFileSync(file, JSON.stringify(examples.map((e) => e.scenario)));
  const r = subsidy(['estimate', file, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const results = JSON.parse(r.stdout);
  assert.equal(results.length, examples.length);
  examples.forEach((e, n) => {
    assert.equal(results[n].total, e.expected.total, e.file);
    assert.deepEqual(byArticle(results[n], 'awarded'), e.expected.awarded, e.file);
    assert.deepEqual(byArticle(results[n], 'pending'), e.expected.pending ?? {}, e.file);
  });
});

for (const e of examples) {
  test(`example ${e.file} from stdin: --json gives total ${e.expected.total}`, () => {
    const r = subsidy(['estimate', '-', '--json'], JSON.stringify(e.scenario));
    assert.equal(r.code, 0, r.stderr);
    const result = JSON.parse(r.stdout);
    assert.equal(result.policy, 'etown-finance-2025');
    assert.equal(result.total, e.expected.total);
    assert.deepEqual(byArticle(result, 'awarded'), e.expected.awarded);
  });
}

test('without --json it prints a readable table with the total, in the chosen language', () => {
  const file = path.join(dir, 'one.json');
  writeFileSync(file, JSON.stringify(examples[0]!.scenario));
  const en = subsidy(['estimate', file, '--lang', 'en']);
  assert.equal(en.code, 0);
  assert.match(en.stdout, /Total awarded: 20\.00/);
  assert.match(en.stdout, /40 × 50% = 20 \(cap 25\)/);
  const zh = subsidy(['estimate', file]);
  assert.match(zh.stdout, /合计可获得: 20\.00/);
});

test('an invalid scenario exits 2 with every error and its field path on stderr, nothing on stdout', () => {
  const bad = {
    year: 2025,
    enterprise: { loanInterestPaid: '-5' },
    institution: { type: 'bank', capitalIncreases: [20000, 'abc'] },
  };
  const r = subsidy(['estimate', '-', '--json', '--lang', 'en'], JSON.stringify(bad));
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /enterprise\.loanInterestPaid: "-5" is not an amount ≥ 0/);
  assert.match(r.stderr, /institution\.capitalIncreases\[1\]: "abc" is not an amount/);
});

test('the error count is worded in the plural the count needs: "1 error", "2 errors" (issue 11)', () => {
  const one = subsidy(
    ['estimate', '-', '--lang', 'en'],
    JSON.stringify({ year: 2025, enterprise: { loanInterestPaid: '-5' } }),
  );
  assert.equal(one.code, 2);
  assert.match(one.stderr, /^The scenario has 1 error:\n/);
  const two = { year: 2025, enterprise: { loanInterestPaid: '-5', smallOrMicro: 'maybe' } };
  const r = subsidy(['estimate', '-', '--lang', 'en'], JSON.stringify(two));
  assert.match(r.stderr, /^The scenario has 2 errors:\n/);
  const zh = subsidy(['estimate', '-'], JSON.stringify({ year: 2025, enterprise: { loanInterestPaid: '-5' } }));
  assert.match(zh.stderr, /^情景数据有 1 处错误：\n/);
});

test('an array with one bad scenario names its index and computes nothing', () => {
  const r = subsidy(
    ['estimate', '-', '--json', '--lang', 'en'],
    JSON.stringify([examples[0]!.scenario, { year: 'soon' }]),
  );
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /\[1\]\.year: "soon" is not a year/);
});

test('a missing file and a non-JSON file exit 2 with a clear message and no stack trace', () => {
  const missing = subsidy(['estimate', path.join(dir, 'nope.json'), '--json', '--lang', 'en']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /Cannot read .*nope\.json: no such file \(ENOENT\)/);
  const folder = subsidy(['estimate', dir, '--lang', 'en']);
  assert.equal(folder.code, 2);
  assert.match(folder.stderr, /is a folder, not a file/);
  assert.doesNotMatch(missing.stderr, /\n\s+at /);
  const notJson = path.join(dir, 'bad.json');
  writeFileSync(notJson, '{ year: 2025');
  const r = subsidy(['estimate', notJson, '--json', '--lang', 'en']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /is not valid JSON/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  assert.equal(r.stdout, '');
});

test('--lang=en works like --lang en, and art. 4 rows say which support they are', () => {
  const file = path.join(dir, 'lang.json');
  writeFileSync(file, JSON.stringify(examples[0]!.scenario));
  const r = subsidy(['estimate', file, '--lang=en']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Small and micro enterprise financing · the 50% interest subsidy/);
});

test('usage errors exit 2: no file, unknown option, bad --lang', () => {
  assert.equal(subsidy(['estimate']).code, 2);
  assert.equal(subsidy(['estimate', 'x.json', '--frobnicate']).code, 2);
  assert.equal(subsidy(['estimate', 'x.json', '--lang', 'fr']).code, 2);
  assert.equal(subsidy(['nonsense']).code, 2);
});

test('--as-of sets the art. 15 date for a scenario without one', () => {
  const scenario = {
    year: 2025,
    fund: {
      investments: [{ company: 'A', amount: 1000, fundedOn: '2025-03-01', firstInvestment: true, startup: true }],
    },
  };
  const before = JSON.parse(
    subsidy(['estimate', '-', '--json', '--as-of', '2027-02-28'], JSON.stringify(scenario)).stdout,
  );
  const on = JSON.parse(subsidy(['estimate', '-', '--json', '--as-of', '2027-03-01'], JSON.stringify(scenario)).stdout);
  assert.deepEqual(byArticle(before, 'pending'), { 15: '20.00' });
  assert.deepEqual(byArticle(on, 'awarded'), { 15: '20.00' });
});
