/**
 * Bad input gets a clear error naming the field (scenario.md "Amounts"; issue 2 "Validation with field paths"):
 * never a crash, NaN or a guess; all errors at once; the message in the chosen language, starting with the path.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimate } from '../../core/index.ts';
import type { FieldError, Lang } from '../../core/index.ts';
import { COMPLIANT } from './rules/helpers.ts';

const TODAY = '2026-06-30';

function errorsOf(scenario: unknown, lang: Lang = 'en'): FieldError[] {
  // a throw fails the test by itself
  const o = estimate(scenario, { lang, today: TODAY });
  assert.equal(o.ok, false, `expected field errors for ${JSON.stringify(scenario)}`);
  if (o.ok) return [];
  assert.ok(o.errors.length > 0);
  for (const e of o.errors) {
    assert.equal(typeof e.path, 'string');
    assert.equal(typeof e.code, 'string');
    assert.ok(e.message.length > 0);
  }
  return o.errors;
}

const base = { year: 2025, eligibility: COMPLIANT };
const ent = (e: Record<string, unknown>) => ({ ...base, enterprise: e });
const inst = (i: Record<string, unknown>) => ({ ...base, institution: i });
const fnd = (f: Record<string, unknown>) => ({ ...base, fund: f });

const cases: Array<[string, unknown, string]> = [
  ['a negative amount string "-5"', ent({ loanInterestPaid: '-5' }), 'enterprise.loanInterestPaid'],
  ['a negative number -5', ent({ loanInterestPaid: -5 }), 'enterprise.loanInterestPaid'],
  ['"abc" as an amount', ent({ loanInterestPaid: 'abc' }), 'enterprise.loanInterestPaid'],
  ['"5千克" (a weight, not money)', ent({ loanInterestPaid: '5千克' }), 'enterprise.loanInterestPaid'],
  ['NaN', ent({ loanInterestPaid: NaN }), 'enterprise.loanInterestPaid'],
  ['Infinity', ent({ loanInterestPaid: Infinity }), 'enterprise.loanInterestPaid'],
  ['"NaN" as a string', ent({ loanInterestPaid: 'NaN' }), 'enterprise.loanInterestPaid'],
  ['a boolean as an amount', ent({ loanInterestPaid: true }), 'enterprise.loanInterestPaid'],
  ['a nested amount', ent({ techInsurance: { premium: 'abc', termMonths: 12 } }), 'enterprise.techInsurance.premium'],
  [
    'a term that is not a number',
    ent({ techInsurance: { premium: 30, termMonths: 'twelve' } }),
    'enterprise.techInsurance.termMonths',
  ],
  ['a negative term', ent({ techInsurance: { premium: 30, termMonths: -1 } }), 'enterprise.techInsurance.termMonths'],
  [
    'a bad start-up loan amount',
    ent({ startupGuaranteeLoan: { municipalSupport: 3, interestPaid: 'x' } }),
    'enterprise.startupGuaranteeLoan.interestPaid',
  ],
  ['an unknown certification', ent({ certifications: ['gold-star'] }), 'enterprise.certifications[0]'],
  [
    'an unknown certification after a good one',
    ent({ certifications: ['national-high-tech', 'gold-star'] }),
    'enterprise.certifications[1]',
  ],
  ['smallOrMicro as "yes"', ent({ smallOrMicro: 'yes' }), 'enterprise.smallOrMicro'],
  ['an unknown institution type', inst({ type: 'crypto-exchange' }), 'institution.type'],
  ['an unknown branch event', inst({ type: 'bank-branch', branchEvent: 'new-tier3' }), 'institution.branchEvent'],
  [
    'a bad second capital increase',
    inst({ type: 'bank', capitalIncreases: [20000, 'abc'] }),
    'institution.capitalIncreases[1]',
  ],
  ['a negative revenue', inst({ type: 'bank', revenue: '-1万元' }), 'institution.revenue'],
  ['a bad fund amount', fnd({ managerPaidInCapital: 'lots' }), 'fund.managerPaidInCapital'],
  [
    'an unknown QFLP currency',
    fnd({ qflpFunds: [{ paidIn: 2000, currency: 'EUR', stateCapital: 0 }] }),
    'fund.qflpFunds[0].currency',
  ],
  [
    'a CNY QFLP fund without usdCnyRate',
    fnd({ qflpFunds: [{ paidIn: 14200, currency: 'CNY', stateCapital: 0 }] }),
    'fund.usdCnyRate',
  ],
  [
    'a usdCnyRate of "abc"',
    fnd({ usdCnyRate: 'abc', qflpFunds: [{ paidIn: 14200, currency: 'CNY', stateCapital: 0 }] }),
    'fund.usdCnyRate',
  ],
  [
    'a usdCnyRate of 0',
    fnd({ usdCnyRate: 0, qflpFunds: [{ paidIn: 14200, currency: 'CNY', stateCapital: 0 }] }),
    'fund.usdCnyRate',
  ],
  [
    'a negative usdCnyRate',
    fnd({ usdCnyRate: -7.1, qflpFunds: [{ paidIn: 14200, currency: 'CNY', stateCapital: 0 }] }),
    'fund.usdCnyRate',
  ],
  [
    'a malformed date "2025-02-30"',
    fnd({
      investments: [{ company: 'A', amount: 1000, fundedOn: '2025-02-30', firstInvestment: true, startup: true }],
    }),
    'fund.investments[0].fundedOn',
  ],
  [
    'a malformed date "2025-13-01"',
    fnd({
      investments: [{ company: 'A', amount: 1000, fundedOn: '2025-13-01', firstInvestment: true, startup: true }],
    }),
    'fund.investments[0].fundedOn',
  ],
  [
    'a date in another format "01/03/2025"',
    fnd({
      investments: [{ company: 'A', amount: 1000, fundedOn: '01/03/2025', firstInvestment: true, startup: true }],
    }),
    'fund.investments[0].fundedOn',
  ],
  [
    '2023-02-29 (not a leap year)',
    fnd({
      investments: [{ company: 'A', amount: 1000, fundedOn: '2023-02-29', firstInvestment: true, startup: true }],
    }),
    'fund.investments[0].fundedOn',
  ],
  [
    'a bad investment amount',
    fnd({
      investments: [{ company: 'A', amount: '-1000', fundedOn: '2025-03-01', firstInvestment: true, startup: true }],
    }),
    'fund.investments[0].amount',
  ],
  ['a malformed asOf', { ...ent({ smallOrMicro: true }), asOf: '2025-02-30' }, 'asOf'],
  ['a missing year', { eligibility: COMPLIANT, enterprise: { smallOrMicro: true } }, 'year'],
  ['a year of "abc"', { year: 'abc', enterprise: { smallOrMicro: true } }, 'year'],
  ['a fractional year', { year: 2025.5, enterprise: { smallOrMicro: true } }, 'year'],
  ['an eligibility fact as "no"', { year: 2025, eligibility: { inZone: 'no' } }, 'eligibility.inZone'],
  [
    'capitalIncreases that is not a list',
    inst({ type: 'bank', capitalIncreases: 20000 }),
    'institution.capitalIncreases',
  ],
];

for (const [what, scenario, path] of cases) {
  test(`validation: ${what} is an error at ${path}`, () => {
    const errors = errorsOf(scenario);
    assert.ok(
      errors.some((e) => e.path === path),
      `no error at ${path}: ${JSON.stringify(errors)}`,
    );
  });
}

test('validation: the bad value is reported back', () => {
  const errors = errorsOf(ent({ loanInterestPaid: '5千克' }));
  const e = errors.find((x) => x.path === 'enterprise.loanInterestPaid');
  assert.equal(e?.value, '5千克');
});

test('validation: every bad field is reported at once, not just the first', () => {
  const errors = errorsOf({
    year: 2025,
    asOf: '2025-02-30',
    enterprise: { loanInterestPaid: '-5', certifications: ['gold-star'] },
    institution: { type: 'bank', capitalIncreases: [20000, 'abc'] },
    fund: { qflpFunds: [{ paidIn: 14200, currency: 'CNY' }] },
  });
  const paths = errors.map((e) => e.path);
  for (const p of [
    'asOf',
    'enterprise.loanInterestPaid',
    'enterprise.certifications[0]',
    'institution.capitalIncreases[1]',
    'fund.usdCnyRate',
  ]) {
    assert.ok(paths.includes(p), `${p} missing from ${JSON.stringify(paths)}`);
  }
});

test('validation: messages are in the chosen language and contain the path', () => {
  const scenario = inst({ type: 'bank', capitalIncreases: [20000, 'abc'] });
  const en = errorsOf(scenario, 'en').find((e) => e.path === 'institution.capitalIncreases[1]');
  const zh = errorsOf(scenario, 'zh-CN').find((e) => e.path === 'institution.capitalIncreases[1]');
  assert.ok(en && zh);
  assert.ok(en.message.includes('institution.capitalIncreases[1]'), en.message);
  assert.ok(zh.message.includes('institution.capitalIncreases[1]'), zh.message);
  assert.ok(en.message.includes('abc') && zh.message.includes('abc'), 'the message quotes what was typed');
  assert.notEqual(en.message, zh.message);
  assert.match(zh.message, /[\u4e00-\u9fff]/, 'the zh-CN message is in Chinese');
  assert.match(
    en.message.replace('institution.capitalIncreases[1]', ''),
    /[A-Za-z]{4,}/,
    'the en message is in English words',
  );
  assert.equal(en.code, zh.code);
});

test('validation: the default language is zh-CN', () => {
  const out = estimate(ent({ loanInterestPaid: 'abc' }), { today: TODAY });
  assert.equal(out.ok, false);
  if (!out.ok) assert.match(out.errors[0]!.message, /[\u4e00-\u9fff]/);
});

for (const junk of [
  null,
  undefined,
  42,
  'scenario',
  true,
  [],
  [1, 2],
  { year: 2025, enterprise: 'big' },
  { year: 2025, institution: [] },
]) {
  test(`validation: ${JSON.stringify(junk) ?? 'undefined'} as a scenario gives field errors, not a throw`, () => {
    errorsOf(junk);
  });
}

test('validation: an error never yields a partial result (no guessing)', () => {
  const out = estimate(ent({ smallOrMicro: true, loanInterestPaid: 'forty' }), { lang: 'en', today: TODAY });
  assert.equal(out.ok, false);
  assert.equal((out as Record<string, unknown>).result, undefined);
});

test('validation: an institution without a type is not silently ignored: incomplete naming institution.type, or a field error', () => {
  const out = estimate(inst({ newlyEstablished: true, paidInCapital: 200000 }), { lang: 'en', today: TODAY });
  if (!out.ok) {
    assert.ok(
      out.errors.some((e) => e.path === 'institution.type'),
      JSON.stringify(out.errors),
    );
    return;
  }
  const missing = out.result.items.filter((it) => it.status === 'incomplete').flatMap((it) => it.missing ?? []);
  assert.ok(
    missing.includes('institution.type'),
    `the result must ask for the type: ${JSON.stringify(out.result.items)}`,
  );
});

test('validation: a field the core does not know (a typo) is not lost silently: a note names it', () => {
  const out = estimate(ent({ smallOrMicro: true, loanIntrestPaid: 40 }), { lang: 'en', today: TODAY });
  assert.ok(out.ok);
  if (out.ok)
    assert.ok(
      out.result.notes.some((n) => n.includes('enterprise.loanIntrestPaid')),
      JSON.stringify(out.result.notes),
    );
});

test('validation: a missing year says "required", in both languages, not "must be an object"', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    const e = errorsOf({ eligibility: COMPLIANT, enterprise: { smallOrMicro: true } }, lang).find(
      (x) => x.path === 'year',
    );
    assert.equal(e?.code, 'required', JSON.stringify(e));
    assert.equal(e?.message, lang === 'en' ? 'year: required' : 'year：必填');
  }
});

test('validation: an unknown type or certification lists the values that are allowed', () => {
  const [type] = errorsOf(inst({ type: 'bankk' }));
  assert.ok(type?.message.includes('bank-branch') && type.message.includes('fund-manager'), type?.message);
  const [cert] = errorsOf(ent({ certifications: ['gold-star'] }), 'zh-CN');
  assert.ok(cert?.message.includes('national-little-giant'), cert?.message);
});

test('validation: a missing usdCnyRate is reported together with the other fund errors, not only once they are fixed', () => {
  const errors = errorsOf(fnd({ managerPaidInCapital: 'lots', qflpFunds: [{ paidIn: 14200, currency: 'CNY' }] }));
  const paths = errors.map((e) => e.path);
  assert.ok(paths.includes('fund.managerPaidInCapital') && paths.includes('fund.usdCnyRate'), JSON.stringify(paths));
});

test('validation: full-width digits are read in a year and a term in months, as they are in amounts', () => {
  const out = estimate(
    {
      ...ent({ certifications: ['national-high-tech'], techInsurance: { premium: '２０', termMonths: '１２' } }),
      year: '２０２５',
    },
    { lang: 'en', today: TODAY },
  );
  assert.ok(out.ok, JSON.stringify(!out.ok && out.errors));
  if (out.ok) assert.equal(out.result.items.find((it) => it.article === 2)?.amount, '10.00');
});

test('a value outside a list names the allowed ones as a list of the language ("a, b, or c" / "a、b或c")', () => {
  const [en] = errorsOf(inst({ type: 'pawnshop' }), 'en');
  const [zh] = errorsOf(inst({ type: 'pawnshop' }), 'zh-CN');
  assert.match(en!.message, /allowed values: [\w-]+(?:, [\w-]+)*,? or [\w-]+$/, en!.message);
  assert.match(zh!.message, /可选：[\w-]+(?:、[\w-]+)*或[\w-]+）$/, zh!.message);
});
