/**
 * Issue 11, input that cannot hurt: bounded amounts, deep nesting, prototype names, one grammar for amounts and dates.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimate, parseAmount } from '../../core/index.ts';
import { runEstimate } from '../../cli/subsidy.ts';
import { enterprise, fund, run } from './rules/helpers.ts';

function errorsOf(scenario: unknown, lang: 'en' | 'zh-CN' = 'en') {
  const out = estimate(scenario, { lang, today: '2026-06-30' });
  assert.equal(out.ok, false, 'expected field errors');
  return out.ok ? [] : out.errors;
}

function cli(argv: string[], stdin: string) {
  let out = '';
  let err = '';
  const code = runEstimate(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => stdin });
  return { code, out, err };
}

test('a 1,000,000-digit amount is refused at once, naming the limit, and echoed shortened', () => {
  const huge = '9'.repeat(1_000_000);
  const started = performance.now();
  const errors = errorsOf(enterprise({ smallOrMicro: true, loanInterestPaid: huge }));
  assert.ok(performance.now() - started < 500, 'took too long');
  assert.equal(errors[0]!.path, 'enterprise.loanInterestPaid');
  assert.match(errors[0]!.message, /1,000,000,000,000 万元/);
  assert.ok(errors[0]!.message.length < 400, `message of ${errors[0]!.message.length} characters`);
  assert.ok(String(errors[0]!.value).length < 200);
});

test('an amount above the magnitude limit is refused, one at the limit accepted', () => {
  assert.equal(parseAmount('1000000000000').ok, true);
  assert.equal(parseAmount('1000000000000.01').ok, false);
  assert.equal(parseAmount('100000001亿').ok, false); // 1亿亿元 is 100,000,000 亿
});

test('1e400 (Infinity once parsed) is reported as too large, not as "null"', () => {
  const { code, err } = cli(['-'], '{"year": 2025, "enterprise": {"smallOrMicro": true, "loanInterestPaid": 1e400}}');
  assert.equal(code, 2);
  assert.doesNotMatch(err, /null/);
  assert.match(err, /enterprise\.loanInterestPaid/);
  assert.match(err, /1,000,000,000,000 万元/);
});

test('100,000 levels of nesting give a field error with a path, not a stack overflow', () => {
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  const { code, err } = cli(['-'], `{"year": 2025, "enterprise": {"loanInterestPaid": ${deep}}}`);
  assert.equal(code, 2);
  assert.doesNotMatch(err, /Maximum call stack/);
  assert.match(err, /enterprise\.loanInterestPaid/);
  assert.ok(err.length < 1000, `stderr of ${err.length} characters`);
});

test('"asOf": null in the file does not override --as-of', () => {
  const s = {
    ...fund({ investments: [{ amount: 1000, fundedOn: '2025-03-01', firstInvestment: true, startup: true }] }),
    asOf: null,
  };
  const { code, out } = cli(['-', '--json', '--as-of', '2027-06-30'], JSON.stringify(s));
  assert.equal(code, 0);
  const r = JSON.parse(out);
  assert.equal(r.asOf, '2027-06-30');
  assert.equal(r.items.find((i: { article: number }) => i.article === 15).status, 'awarded');
});

test('constructor, toString, hasOwnProperty and __proto__ are reported as unknown fields', () => {
  const r = run(
    JSON.parse(
      '{"year": 2025, "constructor": 1, "toString": 2, "hasOwnProperty": 3, "__proto__": {"x": 1}, "enterprise": {"valueOf": 1}}',
    ),
  );
  for (const path of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'enterprise.valueOf']) {
    assert.ok(
      r.notes.some((n) => n.includes(path)),
      `${path} not reported: ${r.notes.join('\n')}`,
    );
  }
});

test('a top-level array: an error of the scenario itself reads "[0] the scenario: …"', () => {
  const { code, err } = cli(['-', '--lang', 'en'], '[42]');
  assert.equal(code, 2);
  assert.match(err, /\[0\] the scenario/);
  assert.doesNotMatch(err, /\[0\]the scenario/);
});

for (const tiny of ['RMB 30', 1e-7, '0.001元']) {
  test(`an item that rounds to 0.00 (${String(tiny)}) is not awarded`, () => {
    const r = run(enterprise({ smallOrMicro: true, loanInterestPaid: tiny }));
    const i = r.items.find((x) => x.rule === 'art4.interest')!;
    assert.notEqual(i.status, 'awarded');
    assert.equal(i.amount, '0.00');
    assert.equal(r.total, '0.00');
  });
}

test('one grammar: spaces between the parts of an amount, full-width dates as full-width amounts', () => {
  for (const text of ['30 万 元', ' 30 万 ', '30万 元', '1.2 亿 元', '¥ 1,200,000 元'])
    assert.equal(parseAmount(text).ok, true, text);
  // A space inside the digits stays an error: "3 0" is not 30.
  assert.equal(parseAmount('3 0').ok, false);
  const r = run(
    fund(
      { investments: [{ amount: 1000, fundedOn: '２０２５－０３－０１', firstInvestment: true, startup: true }] },
      { asOf: ' ２０２７－０６－３０ ' },
    ),
  );
  assert.equal(r.asOf, '2027-06-30');
  assert.equal(r.items.find((i) => i.article === 15)!.status, 'awarded');
});
