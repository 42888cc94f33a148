/**
 * Art. 4 小微融资, three supports of which only the highest is paid (本条措施就高不重复享受):
 * (a) 小微企业: 50% of the year's loan interest, cap 25; 40 if 北京市专精特新; 50 if 国家级小巨人 (高新 does not raise it);
 * (b) Beijing 首贷贴息 received: 1:1 match, cap 20;
 * (c) Beijing 创业担保贷款: district = min(municipal, 20, interest − municipal), never below 0.
 */
import assert from 'node:assert/strict';
import { enterprise, itemWithAmount, itemsOf, table } from './helpers.ts';
import type { SubsidyResult } from '../../../core/index.ts';

const small = (loanInterestPaid: unknown, certifications: string[] = []) =>
  enterprise({ smallOrMicro: true, certifications, loanInterestPaid });

/** The group: exactly one awarded item; every other item with an amount is excluded by the winner. */
function groupOfOne(r: SubsidyResult, winner: string, losers: string[]): void {
  const awarded = itemsOf(r, 4, 'awarded');
  assert.equal(awarded.length, 1, `art. 4 awards one support, got ${JSON.stringify(awarded)}`);
  assert.equal(awarded[0]!.amount, winner);
  for (const amount of losers) {
    const it = itemWithAmount(r, 4, amount);
    assert.equal(it.status, 'excluded', `the ${amount} support is excluded`);
    assert.equal(it.excludedBy, awarded[0]!.rule, 'excludedBy names the winning rule');
  }
}

table('art. 4 (a) interest', [
  {
    name: 'a small/micro enterprise without certification paying 40 interest gets 20.00',
    scenario: small(40),
    awarded: { 4: '20.00' },
  },
  {
    name: 'interest of 0.01 gives 0.005, rounded half-up to 0.01',
    scenario: small(0.01),
    awarded: { 4: '0.01' },
    edge: true,
  },
  {
    name: 'interest of 33.33 gives 16.665 → 16.67',
    scenario: small(33.33),
    awarded: { 4: '16.67' },
    edge: true,
  },
  {
    name: 'an uncertified small/micro enterprise paying 50 reaches cap 25 exactly',
    scenario: small(50),
    awarded: { 4: '25.00' },
    edge: true,
  },
  {
    name: 'an uncertified small/micro enterprise paying 50.02 (25.01) is capped at 25.00',
    scenario: small(50.02),
    awarded: { 4: '25.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 4, 'awarded')[0]?.capped, true),
  },
  {
    name: 'a Beijing specialised SME paying 80 reaches cap 40 exactly',
    scenario: small(80, ['beijing-specialized-sme']),
    awarded: { 4: '40.00' },
    edge: true,
  },
  {
    name: 'a Beijing specialised SME paying 80.02 (40.01) is capped at 40.00',
    scenario: small(80.02, ['beijing-specialized-sme']),
    awarded: { 4: '40.00' },
    edge: true,
  },
  {
    name: 'a national little giant paying 100 reaches cap 50 exactly',
    scenario: small(100, ['national-little-giant']),
    awarded: { 4: '50.00' },
    edge: true,
  },
  {
    name: 'a national little giant paying 100.02 (50.01) is capped at 50.00',
    scenario: small(100.02, ['national-little-giant']),
    awarded: { 4: '50.00' },
    edge: true,
  },
  {
    name: 'a little giant that is also a Beijing SME gets the highest cap: 120 → 50.00',
    scenario: small(120, ['beijing-specialized-sme', 'national-little-giant']),
    awarded: { 4: '50.00' },
  },
  {
    name: 'a national high-tech enterprise alone keeps cap 25: 80 → 25.00',
    scenario: small(80, ['national-high-tech']),
    awarded: { 4: '25.00' },
    edge: true,
  },
  {
    name: 'a high-tech Beijing SME gets cap 40, not more: 100 → 40.00',
    scenario: small(100, ['national-high-tech', 'beijing-specialized-sme']),
    awarded: { 4: '40.00' },
  },
  {
    name: 'an enterprise that is not small/micro gets no interest subsidy (ineligible)',
    scenario: enterprise({ smallOrMicro: false, certifications: ['national-little-giant'], loanInterestPaid: 40 }),
    awarded: {},
    check: (r) => {
      // the other two supports may be "incomplete" (not asked); the interest one must say why it fails
      assert.ok(itemsOf(r, 4, 'ineligible').length >= 1, JSON.stringify(itemsOf(r, 4)));
      assert.equal(itemsOf(r, 4, 'awarded').length, 0);
    },
  },
]);

table('art. 4 (b) first-loan match', [
  {
    name: 'a municipal first-loan support of 9 is matched 1:1: 9.00',
    scenario: enterprise({ smallOrMicro: true, firstLoanMunicipalSupport: 9 }),
    awarded: { 4: '9.00' },
  },
  {
    name: 'a municipal support of 20 is matched up to the cap exactly: 20.00',
    scenario: enterprise({ smallOrMicro: true, firstLoanMunicipalSupport: 20 }),
    awarded: { 4: '20.00' },
    edge: true,
  },
  {
    name: 'a municipal support of 20.01 is capped at 20.00',
    scenario: enterprise({ smallOrMicro: true, firstLoanMunicipalSupport: 20.01 }),
    awarded: { 4: '20.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 4, 'awarded')[0]?.capped, true),
  },
  {
    name: 'an enterprise that is not small/micro still gets the first-loan match: 5 → 5.00',
    scenario: enterprise({ smallOrMicro: false, firstLoanMunicipalSupport: 5 }),
    awarded: { 4: '5.00' },
  },
]);

const startup = (municipalSupport: unknown, interestPaid: unknown) =>
  enterprise({ smallOrMicro: false, startupGuaranteeLoan: { municipalSupport, interestPaid } });

table('art. 4 (c) start-up guarantee loan', [
  {
    name: 'municipal 3 on interest 8: min(3, 20, 5) = 3.00',
    scenario: startup(3, 8),
    awarded: { 4: '3.00' },
  },
  {
    name: 'municipal 5 on interest 8: the two levels may not exceed the interest, min(5, 20, 3) = 3.00',
    scenario: startup(5, 8),
    awarded: { 4: '3.00' },
    edge: true,
  },
  {
    name: 'municipal 4 on interest 8: exactly half each, 4.00',
    scenario: startup(4, 8),
    awarded: { 4: '4.00' },
    edge: true,
  },
  {
    name: 'municipal 25 on interest 100: capped at 20.00',
    scenario: startup(25, 100),
    awarded: { 4: '20.00' },
    edge: true,
  },
  {
    name: 'municipal 20 on interest 100: 20.00, the cap exactly',
    scenario: startup(20, 100),
    awarded: { 4: '20.00' },
    edge: true,
  },
  {
    name: 'municipal 10 on interest 10: nothing left for the district, 0',
    scenario: startup(10, 10),
    awarded: {},
    edge: true,
  },
  {
    name: 'municipal 10 on interest 6: interest − municipal is negative, never below 0',
    scenario: startup(10, 6),
    awarded: {},
    edge: true,
    check: (r) => {
      for (const it of itemsOf(r, 4)) assert.ok(!it.amount.startsWith('-'), it.amount);
    },
  },
]);

table('art. 4 group (就高不重复)', [
  {
    name: 'interest 6 (3.00) loses to a first-loan match of 9: 9.00, the interest support excluded by it',
    scenario: enterprise({ smallOrMicro: true, loanInterestPaid: 6, firstLoanMunicipalSupport: 9 }),
    awarded: { 4: '9.00' },
    check: (r) => groupOfOne(r, '9.00', ['3.00']),
  },
  {
    name: 'interest 40 (20.00) beats first-loan 5 and start-up 8: 20.00, both others excluded',
    scenario: enterprise({
      smallOrMicro: true,
      loanInterestPaid: 40,
      firstLoanMunicipalSupport: 5,
      startupGuaranteeLoan: { municipalSupport: 8, interestPaid: 30 },
    }),
    awarded: { 4: '20.00' },
    check: (r) => groupOfOne(r, '20.00', ['5.00', '8.00']),
  },
  {
    name: 'a start-up match of 12 beats interest 10 (5.00) and first-loan 7: 12.00',
    scenario: enterprise({
      smallOrMicro: true,
      loanInterestPaid: 10,
      firstLoanMunicipalSupport: 7,
      startupGuaranteeLoan: { municipalSupport: 12, interestPaid: 30 },
    }),
    awarded: { 4: '12.00' },
    check: (r) => groupOfOne(r, '12.00', ['5.00', '7.00']),
  },
  {
    name: 'a tie (interest 20 → 10.00, first-loan 10) still pays only one: 10.00',
    scenario: enterprise({ smallOrMicro: true, loanInterestPaid: 20, firstLoanMunicipalSupport: 10 }),
    awarded: { 4: '10.00' },
    edge: true,
    check: (r) => {
      assert.equal(itemsOf(r, 4, 'awarded').length, 1);
      assert.equal(itemsOf(r, 4, 'excluded').length, 1);
    },
  },
  {
    name: 'a little giant paying 120 (capped 50) beats a first-loan match capped at 20: 50.00',
    scenario: enterprise({
      smallOrMicro: true,
      certifications: ['national-little-giant'],
      loanInterestPaid: 120,
      firstLoanMunicipalSupport: 30,
    }),
    awarded: { 4: '50.00' },
    check: (r) => groupOfOne(r, '50.00', ['20.00']),
  },
]);

table('art. 4 explanations of the group', [
  {
    name: 'interest subsidy 20 and first-loan match 20 tie: one is paid, the other says "the same amount", never "gives more"',
    scenario: enterprise({
      smallOrMicro: true,
      certifications: [],
      loanInterestPaid: 40,
      firstLoanMunicipalSupport: 20,
    }),
    awarded: { 4: '20.00' },
    edge: true,
    check: (r) => {
      const lost = itemsOf(r, 4, 'excluded')[0]!;
      assert.doesNotMatch(lost.explanation, /gives more/, lost.explanation);
      assert.match(lost.explanation, /same amount/, lost.explanation);
    },
  },
  {
    name: 'first-loan match 15 loses to interest subsidy 20: the explanation names the interest subsidy, not just "art. 4"',
    scenario: enterprise({
      smallOrMicro: true,
      certifications: [],
      loanInterestPaid: 40,
      firstLoanMunicipalSupport: 15,
    }),
    awarded: { 4: '20.00' },
    check: (r) => {
      const lost = itemWithAmount(r, 4, '15.00');
      assert.match(lost.explanation, /interest subsidy/, lost.explanation);
    },
  },
]);
