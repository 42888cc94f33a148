/**
 * whatIf is estimate run once per value: every point of every amount field of the worked examples equals estimate
 * of the scenario with that value; errors name the field; whatIfRange steps exactly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Decimal } from 'decimal.js';
import { estimate, parseAmount, whatIf, whatIfRange, WHAT_IF_MAX_POINTS } from '../../../core/index.ts';
import { loadExamples } from '../../support/examples.ts';

/** Every leaf of a scenario that reads as an amount, as a field path ("fund.investments[0].amount"). */
function amountLeaves(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => amountLeaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => amountLeaves(v, path ? `${path}.${k}` : k));
  return (typeof value === 'number' || typeof value === 'string') && parseAmount(value).ok ? [path] : [];
}

function setAt(scenario: unknown, path: string, value: string): unknown {
  const copy = structuredClone(scenario) as Record<string, unknown>;
  const keys = [...path.matchAll(/(\w+)|\[(\d+)\]/g)].map((m) => m[1] ?? Number(m[2]));
  let node = copy as Record<string | number, unknown>;
  keys.slice(0, -1).forEach((k) => (node = node[k!] as Record<string | number, unknown>));
  node[keys.at(-1)!] = value;
  return copy;
}

test('every point of every amount field of the examples is what estimate gives for that value', () => {
  let fields = 0;
  let points = 0;
  for (const e of loadExamples()) {
    for (const field of amountLeaves(e.scenario)) {
      const probe = whatIf(e.scenario, field, ['0'], { lang: 'en', today: '2027-06-30' });
      if (!probe.ok) {
        // Whole numbers that are not amounts (year, termMonths, usdCnyRate) are refused as such, naming the field.
        assert.ok(
          ['what-if-not-amount'].includes(probe.errors[0]!.code),
          `${e.file} ${field}: ${probe.errors[0]!.message}`,
        );
        assert.equal(probe.errors[0]!.path, field);
        continue;
      }
      fields++;
      const given = new Decimal(probe.result.current ?? '0');
      const around = probe.result.breakpoints.flatMap((b) => [
        new Decimal(b.value).minus('0.01'),
        new Decimal(b.value),
        new Decimal(b.value).plus('0.01'),
      ]);
      const values = [new Decimal(0), given.dividedBy(2), given, given.times(2), ...around]
        .filter((v) => !v.isNegative())
        .map((v) => v.toFixed());
      const r = whatIf(e.scenario, field, values, { lang: 'en', today: '2027-06-30' });
      assert.ok(r.ok, `${e.file} ${field}`);
      assert.equal(r.result.points.length, values.length);
      r.result.points.forEach((p, n) => {
        const direct = estimate(setAt(e.scenario, field, values[n]!), { lang: 'en', today: '2027-06-30' });
        assert.ok(direct.ok);
        assert.equal(p.value, values[n]);
        assert.equal(p.total, direct.result.total, `${e.file} ${field} = ${values[n]}`);
        const items = direct.result.items
          .filter((i) => i.status !== 'info')
          .map((i) => ({
            article: i.article,
            rule: i.rule,
            ...(i.subject ? { subject: i.subject } : {}),
            status: i.status,
            amount: i.amount,
          }));
        assert.deepEqual(p.items, items, `${e.file} ${field} = ${values[n]}`);
        points++;
      });
    }
  }
  assert.ok(fields >= 15, `only ${fields} amount fields swept`);
  assert.ok(points >= 100, `only ${points} points compared`);
});

test('the field keeps the value given in the scenario as `current`, in 万元 (units read as the core reads them)', () => {
  const r = whatIf(
    { year: 2025, enterprise: { smallOrMicro: true, loanInterestPaid: '350,000元' } },
    'enterprise.loanInterestPaid',
    ['1亿', 2.5],
  );
  assert.ok(r.ok);
  assert.equal(r.result.current, '35');
  assert.deepEqual(
    r.result.points.map((p) => p.value),
    ['10000', '2.5'],
  );
  assert.deepEqual(
    r.result.points.map((p) => p.total),
    ['25.00', '1.25'],
  );
});

test('the scenario passed in is not changed', () => {
  const s = { year: 2025, enterprise: { smallOrMicro: true, loanInterestPaid: 40 } };
  const before = JSON.stringify(s);
  whatIf(s, 'enterprise.loanInterestPaid', [10, 20]);
  whatIf(s, 'enterprise.techInsurance.premium', [10]);
  assert.equal(JSON.stringify(s), before);
});

test('a field the scenario has not given yet is swept too (its section is created)', () => {
  const r = whatIf(
    { year: 2025, enterprise: { smallOrMicro: true, certifications: ['national-high-tech'] } },
    'enterprise.techInsurance.premium',
    [10, 20],
    { lang: 'en' },
  );
  assert.ok(r.ok);
  assert.equal(r.result.current, undefined);
  // Without termMonths art. 2 is incomplete whatever the premium.
  assert.deepEqual(
    r.result.points.map((p) => p.items.find((i) => i.article === 2)!.status),
    ['incomplete', 'incomplete'],
  );
});

const s = {
  year: 2025,
  enterprise: { smallOrMicro: true, loanInterestPaid: 40 },
  fund: { investments: [{ amount: 100 }] },
};
const errorCases: Array<[string, string, unknown[], string, RegExp]> = [
  ['a path that is not one', 'enterprise..loanInterestPaid', [1], 'what-if-path', /not a field path/],
  ['a field the contract does not have', 'enterprise.loanInterest', [1], 'what-if-unknown-field', /no such field/],
  ['a section the contract does not have', 'company.capital', [1], 'what-if-unknown-field', /no such field/],
  [
    'a whole number that is not an amount (months)',
    'enterprise.techInsurance.termMonths',
    [1],
    'what-if-not-amount',
    /not an amount field/,
  ],
  ['a rate that is not an amount', 'fund.usdCnyRate', [1], 'what-if-not-amount', /not an amount field/],
  ['a yes/no fact', 'enterprise.smallOrMicro', [1], 'what-if-not-amount', /not an amount field/],
  ['an object', 'enterprise.startupGuaranteeLoan', [1], 'what-if-not-amount', /not an amount field/],
  [
    'a list entry the scenario lacks',
    'fund.investments[1].amount',
    [1],
    'what-if-no-entry',
    /no entry 1 in fund\.investments/,
  ],
  ['no values', 'enterprise.loanInterestPaid', [], 'what-if-no-values', /no values/],
  ['a value that is not an amount', 'enterprise.loanInterestPaid', [10, 'abc'], 'amount', /"abc" is not an amount/],
  ['a negative value', 'enterprise.loanInterestPaid', ['-5'], 'amount-negative', /"-5"/],
  [
    `${WHAT_IF_MAX_POINTS + 1} values`,
    'enterprise.loanInterestPaid',
    Array.from({ length: WHAT_IF_MAX_POINTS + 1 }, (_, i) => i),
    'what-if-too-many',
    /10001 points asked for; at most 10000/,
  ],
];
for (const [name, field, values, code, message] of errorCases) {
  test(`${name}: an error naming the field (${code})`, () => {
    const r = whatIf(s, field, values as number[], { lang: 'en' });
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.errors[0]!.path, field);
    assert.equal(r.errors[0]!.code, code);
    assert.match(r.errors[0]!.message, message);
    assert.ok(r.errors[0]!.message.startsWith(field), r.errors[0]!.message);
  });
}

test('exactly the maximum number of values is accepted', () => {
  const r = whatIf(
    s,
    'enterprise.loanInterestPaid',
    Array.from({ length: WHAT_IF_MAX_POINTS }, (_, i) => i),
  );
  assert.ok(r.ok);
  assert.equal(r.result.points.length, WHAT_IF_MAX_POINTS);
});

test("an invalid scenario gives the core's own field errors; an array is refused", () => {
  const r = whatIf({ year: 2025, enterprise: { loanInterestPaid: 'abc' } }, 'enterprise.loanInterestPaid', [1], {
    lang: 'en',
  });
  assert.ok(!r.ok && r.errors[0]!.path === 'enterprise.loanInterestPaid' && r.errors[0]!.code === 'amount');
  const many = whatIf([s, s], 'enterprise.loanInterestPaid', [1], { lang: 'en' });
  assert.ok(!many.ok && /one scenario, not a list of 2/.test(many.errors[0]!.message));
});

test('errors speak Chinese by default', () => {
  const r = whatIf(s, 'fund.usdCnyRate', [1]);
  assert.ok(!r.ok && r.errors[0]!.message === 'fund.usdCnyRate：不是金额字段（假设分析只变动以万元计的金额）');
});

test('whatIfRange steps in exact decimals (0.1 three times is 0.3) and ends on `to`', () => {
  assert.deepEqual(whatIfRange(0, '0.3', '0.1'), { ok: true, values: ['0', '0.1', '0.2', '0.3'] });
  assert.deepEqual(whatIfRange(0, 1, '0.3'), { ok: true, values: ['0', '0.3', '0.6', '0.9', '1'] });
  assert.deepEqual(whatIfRange('1亿', '1.0002亿', 1), { ok: true, values: ['10000', '10001', '10002'] });
  assert.deepEqual(whatIfRange(5, 5, 1), { ok: true, values: ['5'] });
});

test('whatIfRange: 10,000 values is the most; from > to, a zero step, a bad bound each name the option', () => {
  const most = whatIfRange(0, 9999, 1);
  assert.ok(most.ok && most.values.length === 10_000);
  const over = whatIfRange(0, 10000, 1, { lang: 'en' });
  assert.ok(!over.ok && /10001 points/.test(over.errors[0]!.message));
  const r = whatIfRange('x', 5, 0, { lang: 'en' });
  assert.ok(!r.ok);
  assert.deepEqual(
    r.errors.map((e) => e.path),
    ['--from', '--step'],
  );
  const order = whatIfRange(10, 5, 1, { lang: 'en' });
  assert.ok(!order.ok && order.errors[0]!.message === '--from 10 is greater than --to 5');
});
