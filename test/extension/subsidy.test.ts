/**
 * From an offer and a profile to the badge's figures: the scenario handed to the core, and figures that are the
 * core's own (compared with estimate() on the same scenario), with the effective rate derived from them.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Decimal from 'decimal.js';
import { estimate } from '../../core/index.ts';
import { detectOffer, type Offer } from '../../extension/detector/detect.ts';
import { defaultStored, type Profile, type Settings } from '../../extension/shared/profile.ts';
import { figuresFor, scenarioFor } from '../../extension/shared/subsidy.ts';
import { summaryOf as summary } from '../../extension/shared/badge-view.ts';
import { translator } from '../../extension/shared/i18n.ts';

const TODAY = '2026-06-30';
const d = defaultStored();
const profile = (p: Partial<Profile> = {}): Profile => ({ ...d.profile, ...p });
const settings = (s: Partial<Settings> = {}): Settings => ({ ...d.settings, ...s });
const offer = (text: string): Offer => {
  const o = detectOffer(text);
  assert.ok(o, text);
  return o;
};

function coreAward(scenario: unknown, article: number): string {
  const out = estimate(scenario, { lang: 'en', today: TODAY });
  assert.ok(out.ok);
  return out.result.items.find((i) => i.article === article && i.status === 'awarded')?.amount ?? '0.00';
}

describe('loan offers', () => {
  test('1000万 at 3.5% for a small enterprise: 35万 interest, the core awards 17.50, effective rate 1.75%', () => {
    const f = figuresFor(offer('科技贷 年化利率3.5% 最高1000万元'), profile(), settings(), 'en', TODAY);
    assert.equal(f.status, 'awarded');
    assert.ok(f.status === 'awarded');
    assert.equal(f.subsidy, '17.50');
    assert.equal(f.subsidy, coreAward(f.scenario, 4));
    assert.equal(f.effectiveRate, '1.75');
    assert.equal(f.principalFrom, 'offer-max');
    assert.equal(f.scenario.enterprise?.loanInterestPaid, '35');
  });
  test('the expected amount from the profile is used, limited to the offer maximum', () => {
    const o = offer('经营贷 年化利率4% 最高500万元');
    const a = scenarioFor(o, profile({ expectedLoanAmount: '200万' }), settings(), TODAY);
    assert.ok('scenario' in a && a.principal);
    assert.equal(a.principal.toString(), '200');
    const b = scenarioFor(o, profile({ expectedLoanAmount: '1亿' }), settings(), TODAY);
    assert.ok('scenario' in b && b.principal);
    assert.equal(b.principal.toString(), '500');
    assert.equal(b.principalFrom, 'offer-max');
  });
  test('over the cap: 3000万 at 2.8% gives 42 before the cap, 25 awarded and marked capped; the little giant gets 42', () => {
    const o = offer('流动资金贷款 利率：LPR减20个基点 最高3000万元');
    const lpr = settings({ lprOverride: { oneYear: '3.00', fiveYear: '3.50' } });
    const plain = figuresFor(o, profile(), lpr, 'en', TODAY);
    assert.ok(plain.status === 'awarded');
    assert.deepEqual([plain.subsidy, plain.capped, plain.rate, plain.effectiveRate], ['25.00', true, '2.8', '1.97']);
    const giant = figuresFor(o, profile({ certifications: ['national-little-giant'] }), lpr, 'en', TODAY);
    assert.ok(giant.status === 'awarded');
    assert.deepEqual([giant.subsidy, giant.capped], ['42.00', false]);
    assert.equal(giant.subsidy, coreAward(giant.scenario, 4));
  });
  test('not small or micro: no art. 4 interest subsidy, and the core says why', () => {
    const f = figuresFor(
      offer('科技贷 年化利率3.5% 最高1000万元'),
      profile({ smallOrMicro: false }),
      settings(),
      'zh-CN',
      TODAY,
    );
    assert.equal(f.status, 'none');
    assert.ok(f.status === 'none');
    assert.equal(f.subsidy, '0.00');
    assert.equal(f.item?.article, 4);
    assert.ok(f.item?.explanation);
  });
  test('first-loan support (art. 4 b) wins when higher, and the effective rate follows the awarded amount', () => {
    const f = figuresFor(
      offer('首贷 年化利率3% 最高100万元'),
      profile({ firstLoan: true, firstLoanMunicipalSupport: '9' }),
      settings(),
      'en',
      TODAY,
    );
    assert.ok(f.status === 'awarded');
    // 100 × 3% = 3 interest; 50% = 1.5; the 1:1 first-loan match of 9 is higher.
    assert.equal(f.subsidy, coreAward(f.scenario, 4));
    assert.equal(f.subsidy, '9.00');
    assert.equal(f.effectiveRate, '0.00');
  });
  test('a start-up guarantee loan passes its interest and the municipal support to art. 4 (c)', () => {
    const a = scenarioFor(
      offer('创业担保贷款 年利率3.2% 最高300万元'),
      profile({ startupGuaranteeLoan: true, startupMunicipalSupport: '3' }),
      settings(),
      TODAY,
    );
    assert.ok('scenario' in a);
    assert.deepEqual(a.scenario.enterprise?.startupGuaranteeLoan, { municipalSupport: '3', interestPaid: '9.6' });
  });
  test("LPR offers use the dated table on the day, or the user's own figures", () => {
    const o = offer('普惠贷 LPR+50BP 最高500万元');
    const table = figuresFor(o, profile(), settings(), 'en', TODAY);
    assert.ok(table.status === 'awarded');
    assert.equal(table.rate, '3.5');
    assert.equal(table.lpr?.published, '2025-05-20');
    const own = figuresFor(o, profile(), settings({ lprOverride: { oneYear: '2.5', fiveYear: '3' } }), 'en', TODAY);
    assert.ok(own.status === 'awarded');
    assert.equal(own.rate, '3');
    assert.equal(own.lpr?.published, null);
  });
  test('no amount on the page and none in the profile: the badge asks for it instead of guessing', () => {
    const f = figuresFor(offer('经营贷 年化利率3.5%'), profile(), settings(), 'en', TODAY);
    assert.equal(f.status, 'needs-amount');
  });
  test('outside the zone nothing is awarded (附则2)', () => {
    const f = figuresFor(
      offer('科技贷 年化利率3.5% 最高1000万元'),
      profile({ inZone: false }),
      settings(),
      'en',
      TODAY,
    );
    assert.equal(f.status, 'none');
  });
});

describe('tech-insurance offers', () => {
  test('a 15万 premium for a high-tech enterprise: the core awards 50% = 7.50 (art. 2)', () => {
    const f = figuresFor(
      offer('首台套重大技术装备综合保险 保费：15万元/年'),
      profile({ certifications: ['national-high-tech'] }),
      settings(),
      'en',
      TODAY,
    );
    assert.ok(f.status === 'awarded');
    assert.equal(f.subsidy, '7.50');
    assert.equal(f.subsidy, coreAward(f.scenario, 2));
  });
  test('a 3.6万 premium is not over 10万: nothing, with the reason', () => {
    const f = figuresFor(
      offer('研发费用损失保险 年保费约3.6万元'),
      profile({ certifications: ['national-little-giant'] }),
      settings(),
      'en',
      TODAY,
    );
    assert.equal(f.status, 'none');
  });
});

describe('badge wording', () => {
  test('zh-CN and en summaries carry the same figures in their own units', () => {
    const o = offer('科技贷 年化利率3.5% 最高1000万元');
    const zh = summary(translator('zh-CN'), figuresFor(o, profile(), settings(), 'zh-CN', TODAY));
    const en = summary(translator('en'), figuresFor(o, profile(), settings(), 'en', TODAY));
    assert.equal(zh, '亦庄贴息 ≈ 17.5万元/年 → 实际利率 ≈ 1.75%');
    assert.equal(en, 'E-Town interest subsidy ≈ CNY 175,000/yr → effective rate ≈ 1.75%');
  });
  test('the effective rate is (interest − award) / principal, rounded half-up to 2 decimals', () => {
    const f = figuresFor(offer('科技贷 年化利率3.45% 最高1000万元'), profile(), settings(), 'en', TODAY);
    assert.ok(f.status === 'awarded');
    const expected = new Decimal('34.5')
      .minus(f.subsidy)
      .div(1000)
      .times(100)
      .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
      .toFixed(2);
    assert.equal(f.effectiveRate, expected);
    assert.equal(f.effectiveRate, '1.73');
  });
});
