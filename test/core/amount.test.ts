/**
 * One amount parser for every front end (scenario.md "Amounts"): a number is 万元; a string may carry 万/万元/元/亿/亿元,
 * thousands separators, full-width digits and ￥. Everything else is refused.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Decimal from 'decimal.js';
import { parseAmount } from '../../core/index.ts';
import { enterprise, institution, run, sumBy } from './rules/helpers.ts';

const accepted: Array<[unknown, string]> = [
  [30, '30'],
  [0, '0'],
  [0.01, '0.01'],
  [12345.67, '12345.67'],
  ['30', '30'],
  ['0', '0'],
  ['30万', '30'],
  ['30万元', '30'],
  ['5亿', '50000'],
  ['1.2亿元', '12000'],
  ['350,000元', '35'],
  ['350000元', '35'],
  ['３０万', '30'],
  ['￥1,200,000', '120'],
  ['¥1,200,000', '120'],
  ['1,234.5万', '1234.5'],
  ['0.5元', '0.00005'],
  ['１．５亿', '15000'],
  ['３５０，０００元', '35'],
  [' 30万 ', '30'],
];

for (const [input, wan] of accepted) {
  test(`parseAmount: ${JSON.stringify(input)} is ${wan} 万元`, () => {
    const out = parseAmount(input);
    assert.ok(out.ok, `refused ${JSON.stringify(input)}`);
    if (out.ok)
      assert.ok(
        new Decimal(String(out.value)).equals(wan),
        `${JSON.stringify(input)} → ${String(out.value)}, expected ${wan}`,
      );
  });
}

const refused: unknown[] = [
  -5,
  '-5',
  '-5万',
  'abc',
  '5千克',
  '5 kg',
  NaN,
  Infinity,
  -Infinity,
  '',
  '   ',
  '1,2,3',
  '12,34元',
  '1.2.3',
  '30万万',
  '$30',
  '30美元',
  '1e5',
  '0x10',
  'NaN',
  'Infinity',
  null,
  undefined,
  true,
  {},
  [],
  [30],
];

for (const input of refused) {
  test(`parseAmount: ${typeof input === 'number' ? String(input) : (JSON.stringify(input) ?? 'undefined')} is refused`, () => {
    const out = parseAmount(input);
    assert.equal(out.ok, false);
  });
}

test('parseAmount: a negative amount is refused as negative', () => {
  for (const input of [-5, '-5', '-0.01万元']) {
    const out = parseAmount(input);
    assert.equal(out.ok, false);
    if (!out.ok) assert.equal(out.reason, 'negative');
  }
});

test('parseAmount: exact decimals, never floats (0.1 + 0.2 as typed stays 0.1 and 0.2)', () => {
  const a = parseAmount(0.1);
  const b = parseAmount('0.2');
  assert.ok(a.ok && b.ok);
  if (a.ok && b.ok) assert.equal(new Decimal(String(a.value)).plus(String(b.value)).toString(), '0.3');
});

const interest40 = [40, '40', '40万', '40万元', '400,000元', '400000元', '４０万', '￥400,000', '0.004亿', '0.004亿元'];
for (const spelling of interest40) {
  test(`estimate: loan interest written ${JSON.stringify(spelling)} is 40 万元 → art. 4 gives 20.00`, () => {
    const r = run(enterprise({ smallOrMicro: true, certifications: [], loanInterestPaid: spelling }));
    assert.deepEqual(sumBy(r, 'awarded'), { 4: '20.00' });
  });
}

const capital12000 = ['1.2亿元', '1.2亿', '12,000万元', '120,000,000元', 12000, '12000'];
for (const spelling of capital12000) {
  test(`estimate: paid-in capital written ${JSON.stringify(spelling)} is 1.2亿 → art. 8 gives 620.00`, () => {
    const r = run(institution({ type: 'bank', newlyEstablished: true, paidInCapital: spelling }));
    assert.deepEqual(sumBy(r, 'awarded'), { 8: '620.00' });
  });
}

test('estimate: paid-in capital "5亿" is 50,000 → art. 8 gives 1250.00', () => {
  const r = run(institution({ type: 'bank', newlyEstablished: true, paidInCapital: '5亿' }));
  assert.deepEqual(sumBy(r, 'awarded'), { 8: '1250.00' });
});

test('estimate: "￥1,200,000" is 120 万元: a 120 premium at 50% is 60, capped at 50.00', () => {
  const r = run(
    enterprise({ certifications: ['national-high-tech'], techInsurance: { premium: '￥1,200,000', termMonths: 12 } }),
  );
  assert.deepEqual(sumBy(r, 'awarded'), { 2: '50.00' });
});

test('estimate: "350,000元" of interest is 35 万元 → 17.50 (example 10)', () => {
  const r = run(enterprise({ smallOrMicro: true, loanInterestPaid: '350,000元' }));
  assert.deepEqual(sumBy(r, 'awarded'), { 4: '17.50' });
});

test('estimate: the boundary survives a unit: a premium of "100,000元" is exactly 10 → nothing; "100,100元" → 5.01', () => {
  const at = run(
    enterprise({ certifications: ['national-high-tech'], techInsurance: { premium: '100,000元', termMonths: 12 } }),
  );
  assert.deepEqual(sumBy(at, 'awarded'), {});
  const above = run(
    enterprise({ certifications: ['national-high-tech'], techInsurance: { premium: '100,100元', termMonths: 12 } }),
  );
  assert.deepEqual(sumBy(above, 'awarded'), { 2: '5.01' });
});
