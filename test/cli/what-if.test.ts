/** `subsidy what-if`: the table, the --json shape (the core's whatIf, amounts as 2-decimal strings), every bad input. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { whatIf } from '../../core/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'ezone-what-if-'));

/** The real command line, as a user types it. */
function subsidy(args: string[], stdin?: string) {
  const r = spawnSync('npm', ['run', '--silent', 'subsidy', '--', ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scenario = {
  year: 2025,
  enterprise: {
    smallOrMicro: true,
    certifications: ['beijing-specialized-sme'],
    loanInterestPaid: 40,
    firstLoanMunicipalSupport: 12,
  },
};
const file = path.join(dir, 'firm.json');
writeFileSync(file, JSON.stringify(scenario));

test("--json prints { field, points, breakpoints }: the core's whatIf for every step, amounts as 2-decimal strings", () => {
  const r = subsidy([
    'what-if',
    file,
    '--field',
    'enterprise.loanInterestPaid',
    '--from',
    '0',
    '--to',
    '100',
    '--step',
    '12.5',
    '--json',
    '--lang',
    'en',
  ]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['field', 'points', 'breakpoints']);
  assert.equal(out.field, 'enterprise.loanInterestPaid');
  assert.deepEqual(
    out.points.map((p: { value: string }) => p.value),
    ['0', '12.5', '25', '37.5', '50', '62.5', '75', '87.5', '100'],
  );
  // 50% of the interest, cap 40 (Beijing SME), and the 12 first-loan match wins below 24.
  assert.deepEqual(
    out.points.map((p: { total: string }) => p.total),
    ['12.00', '12.00', '12.50', '18.75', '25.00', '31.25', '37.50', '40.00', '40.00'],
  );
  for (const p of out.points) for (const i of p.items) assert.match(i.amount, /^\d+\.\d\d$/);
  assert.deepEqual(
    out.points[3].items.find((i: { rule: string }) => i.rule === 'art4.interest'),
    { article: 4, rule: 'art4.interest', status: 'awarded', amount: '18.75' },
  );
  assert.deepEqual(out.breakpoints, [
    { value: '80', article: 4, rule: 'art4.interest', kind: 'cap', side: 'from', cap: '40' },
  ]);
  const direct = whatIf(
    scenario,
    'enterprise.loanInterestPaid',
    out.points.map((p: { value: string }) => p.value),
    { lang: 'en' },
  );
  assert.ok(direct.ok);
  assert.deepEqual(out.points, direct.result.points);
});

test('the table shows value, total and the items that change, names the steady ones once, and the breakpoints in words', () => {
  const r = subsidy(
    [
      'what-if',
      '-',
      '--field',
      'enterprise.loanInterestPaid',
      '--from',
      '0',
      '--to',
      '100',
      '--step',
      '50',
      '--lang',
      'en',
    ],
    JSON.stringify(scenario),
  );
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.match(lines[0]!, /What if enterprise\.loanInterestPaid changes \(3 points\)/);
  const header = lines.find((l) => l.includes('total'))!;
  assert.match(header, /art4\.interest/);
  assert.match(header, /art4\.firstLoan/);
  assert.doesNotMatch(header, /art4\.startupGuarantee/, 'an item that never changes is not a column');
  assert.match(r.stdout, /^\s+50\s+25\.00\s+25\.00\s+12\.00 excluded$/m);
  assert.match(r.stdout, /^\s+100\s+40\.00\s+40\.00\s+12\.00 excluded$/m);
  assert.match(r.stdout, /Items that stay the same: .*art4\.startupGuarantee 0\.00 needs input/);
  assert.match(r.stdout, /80\s+art\. 4: cap 40 reached at 80 万元/);
  const zh = subsidy([
    'what-if',
    file,
    '--field',
    'enterprise.loanInterestPaid',
    '--from',
    '0',
    '--to',
    '100',
    '--step',
    '50',
  ]);
  assert.match(zh.stdout, /第4条在 80 万元时达到上限 40/);
  assert.match(zh.stdout, /12\.00 不重复享受/);
});

test('--as-of reaches art. 15: a project claimable on 2027-03-01 is pending before, awarded from then', () => {
  const fund = {
    year: 2025,
    fund: {
      investments: [{ company: 'A', amount: 1000, fundedOn: '2025-03-01', firstInvestment: true, startup: true }],
    },
  };
  const args = [
    'what-if',
    '-',
    '--field',
    'fund.investments[0].amount',
    '--from',
    '1000',
    '--to',
    '3000',
    '--step',
    '1000',
    '--json',
  ];
  const before = JSON.parse(subsidy([...args, '--as-of', '2027-02-28'], JSON.stringify(fund)).stdout);
  const after = JSON.parse(subsidy([...args, '--as-of', '2027-03-01'], JSON.stringify(fund)).stdout);
  type Point = { items: { rule: string; status: string; amount: string }[] };
  const art15 = (p: Point) => p.items.find((i) => i.rule === 'art15.investment')!;
  assert.deepEqual(
    before.points.map((p: Point) => `${art15(p).status} ${art15(p).amount}`),
    ['pending 20.00', 'pending 40.00', 'pending 50.00'],
  );
  assert.deepEqual(
    after.points.map((p: { total: string }) => p.total),
    ['20.00', '40.00', '50.00'],
  );
});

const bad: Array<[string, string[], RegExp]> = [
  [
    'a bad field path',
    ['--field', 'enterprise..x', '--from', '0', '--to', '1', '--step', '1'],
    /enterprise\.\.x: not a field path/,
  ],
  [
    'a field the contract lacks',
    ['--field', 'enterprise.loanInterest', '--from', '0', '--to', '1', '--step', '1'],
    /enterprise\.loanInterest: no such field/,
  ],
  [
    'a field that is not an amount',
    ['--field', 'enterprise.techInsurance.termMonths', '--from', '0', '--to', '1', '--step', '1'],
    /termMonths: not an amount field/,
  ],
  [
    'a list entry the scenario lacks',
    ['--field', 'fund.investments[0].amount', '--from', '0', '--to', '1', '--step', '1'],
    /no entry 0 in fund\.investments/,
  ],
  [
    'from > to',
    ['--field', 'enterprise.loanInterestPaid', '--from', '10', '--to', '1', '--step', '1'],
    /--from 10 is greater than --to 1/,
  ],
  [
    'more than 10,000 points',
    ['--field', 'enterprise.loanInterestPaid', '--from', '0', '--to', '1亿', '--step', '1'],
    /10001 points asked for; at most 10000/,
  ],
  [
    'a step of 0',
    ['--field', 'enterprise.loanInterestPaid', '--from', '0', '--to', '1', '--step', '0'],
    /--step: "0" must be an amount greater than 0/,
  ],
  [
    'a bound that is not an amount',
    ['--field', 'enterprise.loanInterestPaid', '--from', 'abc', '--to', '1', '--step', '1'],
    /--from: "abc" is not an amount/,
  ],
  ['a missing option', ['--field', 'enterprise.loanInterestPaid', '--from', '0', '--to', '1'], /--step is required/],
  [
    'an unknown option',
    ['--field', 'enterprise.loanInterestPaid', '--from', '0', '--to', '1', '--step', '1', '--steps', '2'],
    /Unknown option --steps/,
  ],
];
for (const [name, args, message] of bad) {
  test(`${name}: exit 2, a clear message on stderr, nothing on stdout`, () => {
    const r = subsidy(['what-if', file, ...args, '--json', '--lang', 'en']);
    assert.equal(r.code, 2, r.stdout);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, message);
  });
}

test('exactly 10,000 points is allowed', () => {
  const r = subsidy([
    'what-if',
    file,
    '--field',
    'enterprise.loanInterestPaid',
    '--from',
    '0',
    '--to',
    '9999',
    '--step',
    '1',
    '--json',
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).points.length, 10_000);
});

test('an invalid scenario: its field errors, exit 2', () => {
  const r = subsidy(
    [
      'what-if',
      '-',
      '--field',
      'enterprise.loanInterestPaid',
      '--from',
      '0',
      '--to',
      '1',
      '--step',
      '1',
      '--lang',
      'en',
    ],
    JSON.stringify({ year: 2025, enterprise: { loanInterestPaid: '-5' } }),
  );
  assert.equal(r.code, 2);
  assert.match(r.stderr, /enterprise\.loanInterestPaid: "-5" is not an amount ≥ 0/);
});
