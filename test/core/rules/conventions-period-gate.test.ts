/**
 * Conventions (附则1: 万元, 2 decimals half-up once per item after caps; total = sum of rounded items), the period
 * (附则3, 附则5: activity in 2025–2028; 2024 falls under the repealed 京技管发〔2024〕33号), and the eligibility gate
 * (附则2: in the zone, no major penalty in 3 years, no criminal record, not on the dishonesty list; missing facts assumed).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COMPLIANT, checkInvariants, enterprise, fund, institution, itemsOf, run, sumBy, table } from './helpers.ts';

table('rounding', [
  {
    name: 'items are rounded separately and then added: 5.005 → 5.01 (art. 2) plus 0.005 → 0.01 (art. 4) is 5.02',
    scenario: enterprise({
      smallOrMicro: true,
      certifications: ['national-high-tech'],
      techInsurance: { premium: 10.01, termMonths: 12 },
      loanInterestPaid: 0.01,
    }),
    awarded: { 2: '5.01', 4: '0.01' },
    total: '5.02',
    edge: true,
  },
  {
    name: '50% of 0.29 is 0.145, half-up 0.15 (a float would give 0.14)',
    scenario: enterprise({ smallOrMicro: true, loanInterestPaid: 0.29 }),
    awarded: { 4: '0.15' },
    edge: true,
  },
  {
    name: '50% of 2.01 is 1.005, half-up 1.01 (a float would give 1.00)',
    scenario: enterprise({ smallOrMicro: true, loanInterestPaid: 2.01 }),
    awarded: { 4: '1.01' },
    edge: true,
  },
  {
    name: '50% of 10.01 is 5.005 → 5.01, never 5.00',
    scenario: enterprise({ smallOrMicro: true, loanInterestPaid: 10.01 }),
    awarded: { 4: '5.01' },
    edge: true,
  },
  {
    name: 'an amount with more than 2 decimals is kept exact until the item is rounded: interest 40.009 → 20.0045 → 20.00',
    scenario: enterprise({ smallOrMicro: true, loanInterestPaid: 40.009 }),
    awarded: { 4: '20.00' },
    edge: true,
  },
  {
    name: 'an amount with more than 2 decimals is kept exact until the item is rounded: interest 40.01 → 20.005 → 20.01',
    scenario: enterprise({ smallOrMicro: true, loanInterestPaid: 40.01 }),
    awarded: { 4: '20.01' },
    edge: true,
  },
]);

const smallFirm = (year: unknown) => ({
  year,
  eligibility: COMPLIANT,
  enterprise: { smallOrMicro: true, certifications: [], loanInterestPaid: 40 },
});

table('period 2025–2028', [
  { name: 'activity in 2024 gets nothing under these measures', scenario: smallFirm(2024), awarded: {}, edge: true },
  { name: 'activity in 2025 (first year) gets 20.00', scenario: smallFirm(2025), awarded: { 4: '20.00' }, edge: true },
  { name: 'activity in 2028 (last year) gets 20.00', scenario: smallFirm(2028), awarded: { 4: '20.00' }, edge: true },
  {
    name: 'activity in 2029 gets nothing: the measures end on 2028-12-31',
    scenario: smallFirm(2029),
    awarded: {},
    edge: true,
  },
  { name: 'activity in 2023 gets nothing', scenario: smallFirm(2023), awarded: {} },
  { name: 'the year may be given as the string "2026": 20.00', scenario: smallFirm('2026'), awarded: { 4: '20.00' } },
  {
    name: 'a new bank in 2024 gets nothing either',
    scenario: {
      year: 2024,
      eligibility: COMPLIANT,
      institution: { type: 'bank', newlyEstablished: true, paidInCapital: 200000 },
    },
    awarded: {},
  },
  {
    name: 'a new bank in 2029 gets nothing either',
    scenario: {
      year: 2029,
      eligibility: COMPLIANT,
      institution: { type: 'bank', newlyEstablished: true, paidInCapital: 200000 },
    },
    awarded: {},
  },
]);

test('period: a 2024 scenario says that 京技管发〔2024〕33号 applies and is not computed here', () => {
  const zh = run(smallFirm(2024), 'zh-CN');
  assert.ok(
    zh.notes.some((n) => n.includes('京技管发〔2024〕33号')),
    JSON.stringify(zh.notes),
  );
  const en = run(smallFirm(2024), 'en');
  assert.ok(
    en.notes.some((n) => n.includes('2024') && n.includes('33')),
    JSON.stringify(en.notes),
  );
  for (const it of itemsOf(zh, 4)) assert.equal(it.status, 'ineligible');
});

const failing: Array<[string, Record<string, boolean>]> = [
  ['operates outside the zone', { inZone: false }],
  ['had a major administrative penalty in the last 3 years', { majorPenaltyInLast3Years: true }],
  ['has a criminal record', { criminalRecord: true }],
  ['is on the serious-dishonesty list', { seriousDishonestyList: true }],
];

for (const [what, fact] of failing) {
  test(`gate: an applicant that ${what} gets nothing, every item ineligible, total 0.00`, () => {
    const scenarios = [
      enterprise(
        {
          smallOrMicro: true,
          certifications: ['national-high-tech'],
          loanInterestPaid: 40,
          techInsurance: { premium: 30, termMonths: 12 },
        },
        { eligibility: { ...COMPLIANT, ...fact } },
      ),
      institution(
        { type: 'bank', newlyEstablished: true, paidInCapital: 200000, revenue: 60000, previousRevenue: 40000 },
        { eligibility: { ...COMPLIANT, ...fact } },
      ),
      fund(
        {
          managerPaidInCapital: 3000,
          managerStateCapital: 0,
          managedFundsPaidIn: 12000,
          investments: [
            {
              company: 'A',
              amount: 1000,
              fundedOn: '2025-03-01',
              firstInvestment: true,
              startup: true,
              stateCapital: 0,
            },
          ],
        },
        { eligibility: { ...COMPLIANT, ...fact }, asOf: '2026-01-01' },
      ),
    ];
    for (const s of scenarios) {
      const r = run(s);
      checkInvariants(r);
      assert.equal(r.total, '0.00');
      assert.deepEqual(sumBy(r, 'awarded'), {});
      assert.deepEqual(sumBy(r, 'pending'), {});
      const withAmount = r.items.filter((it) => it.status !== 'info');
      assert.ok(withAmount.length > 0, 'the articles are still listed, with the reason');
      for (const it of withAmount) assert.equal(it.status, 'ineligible', `${it.rule} is ${it.status}`);
    }
  });
}

test('gate: facts not given are assumed compliant, and the result lists them', () => {
  const r = run({ year: 2025, enterprise: { smallOrMicro: true, loanInterestPaid: 40 } });
  assert.deepEqual(sumBy(r, 'awarded'), { 4: '20.00' });
  assert.equal(r.assumed.length, 4, JSON.stringify(r.assumed));
  for (const f of ['inZone', 'majorPenaltyInLast3Years', 'criminalRecord', 'seriousDishonestyList']) {
    assert.ok(
      r.assumed.some((a) => a.includes(f)),
      `${f} in ${JSON.stringify(r.assumed)}`,
    );
  }
  assert.ok(r.notes.length > 0, 'a note says the facts were assumed');
});

test('gate: only the missing facts are listed as assumed', () => {
  const r = run({
    year: 2025,
    eligibility: { inZone: true, criminalRecord: false },
    enterprise: { smallOrMicro: true, loanInterestPaid: 40 },
  });
  assert.deepEqual(sumBy(r, 'awarded'), { 4: '20.00' });
  assert.equal(r.assumed.length, 2, JSON.stringify(r.assumed));
  assert.ok(!r.assumed.some((a) => a.includes('inZone') || a.includes('criminalRecord')));
});

test('gate: when every fact is given nothing is assumed', () => {
  const r = run(smallFirm(2025));
  assert.deepEqual(r.assumed, []);
});

test('附则4 (the same project under another E-Town policy) is shown as a note', () => {
  const r = run(smallFirm(2025), 'zh-CN');
  assert.ok(
    r.notes.some((n) => /附则\s*4|附则第?四|其他政策/.test(n)),
    JSON.stringify(r.notes),
  );
});

test('the result carries the policy id and the language chosen', () => {
  const zh = run(smallFirm(2025), 'zh-CN');
  const en = run(smallFirm(2025), 'en');
  assert.equal(zh.policy, 'etown-finance-2025');
  assert.equal(zh.lang, 'zh-CN');
  assert.equal(en.lang, 'en');
  assert.notEqual(
    zh.items.find((it) => it.article === 4)?.explanation,
    en.items.find((it) => it.article === 4)?.explanation,
  );
  assert.equal(zh.total, en.total);
});

test("asOf: the result says which date it used: the scenario's asOf, else the today option", () => {
  const withAsOf = run({ ...smallFirm(2025), asOf: '2027-06-30' });
  assert.equal(withAsOf.asOf, '2027-06-30');
  const without = run(smallFirm(2025));
  assert.equal(without.asOf, '2026-06-30');
  assert.equal(without.year, 2025);
});
