/**
 * Art. 13 持牌法人规模: banking type revenue 5亿以上 (≥ 50,000) and grew → 0.5% of revenue, cap 1000; securities type
 * trading volume 500亿以上 (≥ 5,000,000) and grew → 1% of revenue, cap 500; insurance type premium income 200亿以上
 * (≥ 2,000,000) and grew → 0.5% of revenue, cap 300. "Grew" is strict: equal is no growth.
 * Art. 14 业务增速: g = (R − R₀)/R₀; R < 5000 needs g ≥ 18%, R ≥ 5000 (5000（含）以上) needs g ≥ 15% → 2% × (R − R₀),
 * cap 200; not when a superior of the same system is in the zone. Group {3, 13, 14}: only the highest article total.
 */
import assert from 'node:assert/strict';
import { institution, itemsOf, onlyStatus, table } from './helpers.ts';
import type { SubsidyResult } from '../../../core/index.ts';

const banking = (type: string, revenue: unknown, previousRevenue: unknown) =>
  institution({ type, revenue, previousRevenue });
const securities = (
  type: string,
  tradingVolume: unknown,
  previousTradingVolume: unknown,
  revenue: unknown,
  previousRevenue: unknown,
) => institution({ type, tradingVolume, previousTradingVolume, revenue, previousRevenue });
const insurance = (
  type: string,
  premiumIncome: unknown,
  previousPremiumIncome: unknown,
  revenue: unknown,
  previousRevenue: unknown,
) => institution({ type, premiumIncome, previousPremiumIncome, revenue, previousRevenue });

table('art. 13 banking type', [
  {
    name: 'a bank with revenue 49,999.99 (up from 45,000) gets nothing',
    scenario: banking('bank', 49999.99, 45000),
    awarded: {},
    edge: true,
  },
  {
    name: 'a bank with revenue exactly 50,000 (up from 45,000) gets 0.5% = 250.00',
    scenario: banking('bank', 50000, 45000),
    awarded: { 13: '250.00' },
    edge: true,
  },
  {
    name: 'a bank with revenue 50,000 equal to last year has no growth: nothing',
    scenario: banking('bank', 50000, 50000),
    awarded: {},
    edge: true,
    check: (r) => onlyStatus(r, 13, 'ineligible'),
  },
  {
    name: 'a bank with revenue 50,000 up from 49,999.99 grew: 250.00',
    scenario: banking('bank', 50000, 49999.99),
    awarded: { 13: '250.00' },
    edge: true,
  },
  {
    name: 'a bank with revenue 200,000 reaches cap 1000 exactly',
    scenario: banking('bank', 200000, 199000),
    awarded: { 13: '1000.00' },
    edge: true,
  },
  {
    name: 'a bank with revenue 200,002 (1000.01) is capped at 1000.00',
    scenario: banking('bank', 200002, 199000),
    awarded: { 13: '1000.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 13, 'awarded')[0]?.capped, true),
  },
  {
    name: 'a bank with revenue 50,001 gets 250.005 → 250.01',
    scenario: banking('bank', 50001, 49000),
    awarded: { 13: '250.01' },
    edge: true,
  },
  ...['auto-finance', 'finance-company', 'financial-leasing'].map((type) => ({
    name: `a banking-type ${type} with revenue 60,000 (up from 59,000) gets 300.00`,
    scenario: banking(type, 60000, 59000),
    awarded: { 13: '300.00' },
  })),
  {
    name: 'a credit-reporting company is not of a banking type: no art. 13',
    scenario: banking('credit-reporting', 60000, 59000),
    awarded: {},
  },
  {
    name: "a bank without last year's revenue is incomplete for art. 13",
    scenario: institution({ type: 'bank', revenue: 60000 }),
    awarded: {},
    check: (r) => onlyStatus(r, 13, 'incomplete'),
  },
]);

table('art. 13 securities type', [
  {
    name: 'a securities company trading exactly 5,000,000 (500亿, up from 4,000,000) gets 1% of revenue 30,000: 300.00',
    scenario: securities('securities', 5000000, 4000000, 30000, 29000),
    awarded: { 13: '300.00' },
    edge: true,
  },
  {
    name: 'a securities company trading 4,999,999.99 gets nothing',
    scenario: securities('securities', 4999999.99, 4000000, 30000, 29000),
    awarded: {},
    edge: true,
  },
  {
    name: 'a securities company whose trading volume did not grow (5,000,000 both years) gets nothing',
    scenario: securities('securities', 5000000, 5000000, 30000, 29000),
    awarded: {},
    edge: true,
  },
  {
    name: 'revenue 50,000 reaches cap 500 exactly',
    scenario: securities('securities', 6000000, 5000000, 50000, 49000),
    awarded: { 13: '500.00' },
    edge: true,
  },
  {
    name: 'revenue 50,001 (500.01) is capped at 500.00',
    scenario: securities('securities', 6000000, 5000000, 50001, 49000),
    awarded: { 13: '500.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 13, 'awarded')[0]?.capped, true),
  },
  ...['public-fund', 'fund-sales'].map((type) => ({
    name: `a securities-type ${type} trading 6,000,000 (up) with revenue 30,000 gets 300.00`,
    scenario: securities(type, 6000000, 5000000, 30000, 29000),
    awarded: { 13: '300.00' },
  })),
  {
    name: "the growth that counts is the trading volume's: volume up, revenue down (30,000 from 31,000) still gets 300.00",
    scenario: securities('securities', 6000000, 5000000, 30000, 31000),
    awarded: { 13: '300.00' },
  },
]);

table('art. 13 insurance type', [
  {
    name: 'an insurer with premium income exactly 2,000,000 (200亿, up) gets 0.5% of revenue 40,000: 200.00',
    scenario: insurance('insurer', 2000000, 1900000, 40000, 39000),
    awarded: { 13: '200.00' },
    edge: true,
  },
  {
    name: 'an insurer with premium income 1,999,999.99 gets nothing',
    scenario: insurance('insurer', 1999999.99, 1900000, 40000, 39000),
    awarded: {},
    edge: true,
  },
  {
    name: 'an insurer whose premium income did not grow gets nothing',
    scenario: insurance('insurer', 2000000, 2000000, 40000, 39000),
    awarded: {},
    edge: true,
  },
  {
    name: 'revenue 60,000 reaches cap 300 exactly',
    scenario: insurance('insurer', 2500000, 2000000, 60000, 59000),
    awarded: { 13: '300.00' },
    edge: true,
  },
  {
    name: 'revenue 60,002 (300.01) is capped at 300.00',
    scenario: insurance('insurer', 2500000, 2000000, 60002, 59000),
    awarded: { 13: '300.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 13, 'awarded')[0]?.capped, true),
  },
  ...['insurance-broker', 'insurance-agent'].map((type) => ({
    name: `an insurance-type ${type} with premium income 2,500,000 (up) and revenue 40,000 gets 200.00`,
    scenario: insurance(type, 2500000, 2000000, 40000, 39000),
    awarded: { 13: '200.00' },
  })),
]);

const growth = (revenue: unknown, previousRevenue: unknown, more: Record<string, unknown> = {}) =>
  institution({ type: 'fund-manager', revenue, previousRevenue, ...more });

table('art. 14 growth', [
  {
    name: 'revenue 1,180 up from 1,000 is exactly 18.0% and qualifies: 2% × 180 = 3.60',
    scenario: growth(1180, 1000),
    awarded: { 14: '3.60' },
    edge: true,
  },
  {
    name: 'revenue 1,179.99 up from 1,000 is just under 18%: nothing',
    scenario: growth(1179.99, 1000),
    awarded: {},
    edge: true,
  },
  {
    name: 'revenue 1,180.25 up from 1,000 gives 3.605 → 3.61 (half-up, exact decimals)',
    scenario: growth(1180.25, 1000),
    awarded: { 14: '3.61' },
    edge: true,
  },
  {
    name: 'revenue 4,720 up from 4,000 is 18% below 5000: 14.40',
    scenario: growth(4720, 4000),
    awarded: { 14: '14.40' },
    edge: true,
  },
  {
    name: 'revenue 4,719.99 up from 4,000 is under 18% below 5000: nothing',
    scenario: growth(4719.99, 4000),
    awarded: {},
    edge: true,
  },
  {
    name: 'revenue exactly 5,000 belongs to the upper band: 16.3% growth (from 4,300) is enough: 14.00',
    scenario: growth(5000, 4300),
    awarded: { 14: '14.00' },
    edge: true,
  },
  {
    name: 'revenue 4,999.99 is in the lower band: 16.3% growth (from 4,300) is not enough',
    scenario: growth(4999.99, 4300),
    awarded: {},
    edge: true,
  },
  {
    name: 'revenue 11,500 up from 10,000 is exactly 15%: 30.00',
    scenario: growth(11500, 10000),
    awarded: { 14: '30.00' },
    edge: true,
  },
  {
    name: 'revenue 11,499.99 up from 10,000 is just under 15%: nothing',
    scenario: growth(11499.99, 10000),
    awarded: {},
    edge: true,
  },
  {
    name: 'growth of 10,000 gives 200.00, the cap exactly',
    scenario: growth(20000, 10000),
    awarded: { 14: '200.00' },
    edge: true,
  },
  {
    name: 'growth of 10,000.5 (200.01) is capped at 200.00',
    scenario: growth(20000.5, 10000),
    awarded: { 14: '200.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 14, 'awarded')[0]?.capped, true),
  },
  {
    name: "last year's revenue 0 gives no growth rate: ineligible, no crash",
    scenario: growth(1000, 0),
    awarded: {},
    edge: true,
    check: (r) => onlyStatus(r, 14, 'ineligible'),
  },
  { name: 'falling revenue (900 from 1,000) gets nothing', scenario: growth(900, 1000), awarded: {} },
  {
    name: 'an institution whose superior of the same system is in the zone gets nothing',
    scenario: growth(1180, 1000, { superiorInZone: true }),
    awarded: {},
    check: (r) => onlyStatus(r, 14, 'ineligible'),
  },
  {
    name: 'with superiorInZone false it qualifies: 3.60',
    scenario: growth(1180, 1000, { superiorInZone: false }),
    awarded: { 14: '3.60' },
  },
  ...[
    'bank',
    'bank-branch',
    'securities-branch',
    'insurance-branch',
    'financing-guarantee',
    'financing-leasing',
    'commercial-factoring',
    'credit-reporting',
    'other-licensed',
    'insurer',
    'securities',
  ].map((type) => ({
    name: `a ${type} growing from 1,000 to 1,180 gets 3.60`,
    scenario: institution({ type, revenue: 1180, previousRevenue: 1000 }),
    awarded: { 14: '3.60' },
  })),
  {
    name: 'art. 14 stacks with art. 8 (not in its group): new bank 600 + growth 3.60 = 603.60',
    scenario: institution({
      type: 'bank',
      newlyEstablished: true,
      paidInCapital: 10000,
      revenue: 1180,
      previousRevenue: 1000,
    }),
    awarded: { 8: '600.00', 14: '3.60' },
  },
]);

function lostTo(r: SubsidyResult, loser: number, winner: number): void {
  const winners = new Set(itemsOf(r, winner, 'awarded').map((it) => it.rule));
  assert.ok(winners.size > 0);
  assert.equal(itemsOf(r, loser, 'awarded').length, 0, `art. ${loser} must not be awarded`);
  const excluded = itemsOf(r, loser, 'excluded');
  assert.ok(excluded.length > 0, `art. ${loser} is shown as excluded: ${JSON.stringify(itemsOf(r, loser))}`);
  for (const it of excluded) assert.ok(it.excludedBy && winners.has(it.excludedBy), `excludedBy ${it.excludedBy}`);
}

table('group {3, 13, 14}', [
  {
    name: 'a factoring company: art. 3 of 250 beats art. 14 of 10 (example 06)',
    scenario: institution({
      type: 'commercial-factoring',
      newlyEstablished: true,
      paidInCapital: 60000,
      contractAmount: 30000,
      financingProvided: 250000,
      revenue: 2000,
      previousRevenue: 1500,
    }),
    awarded: { 3: '250.00', 10: '300.00' },
    check: (r) => {
      lostTo(r, 14, 3);
      assert.equal(itemsOf(r, 14, 'excluded')[0]?.amount, '10.00', 'an excluded item shows what it would have been');
    },
  },
  {
    name: 'a factoring company: art. 14 of 200 beats art. 3 of 10',
    scenario: institution({
      type: 'commercial-factoring',
      contractAmount: 10000,
      financingProvided: 10000,
      revenue: 20000,
      previousRevenue: 10000,
    }),
    awarded: { 14: '200.00' },
    check: (r) => {
      lostTo(r, 3, 14);
      assert.equal(itemsOf(r, 3, 'excluded')[0]?.amount, '10.00');
    },
  },
  {
    name: 'a bank: art. 13 of 300 beats art. 14 capped at 200',
    scenario: banking('bank', 60000, 40000),
    awarded: { 13: '300.00' },
    check: (r) => {
      lostTo(r, 14, 13);
      assert.equal(itemsOf(r, 14, 'excluded')[0]?.amount, '200.00');
    },
  },
  {
    name: 'a securities company: art. 14 of 120 beats art. 13 of 100',
    scenario: securities('securities', 6000000, 5000000, 10000, 4000),
    awarded: { 14: '120.00' },
    check: (r) => lostTo(r, 13, 14),
  },
  {
    name: 'a securities company: art. 13 of 400 beats art. 14 of 200 (example 05)',
    scenario: securities('securities', 6000000, 5500000, 40000, 30000),
    awarded: { 13: '400.00' },
    check: (r) => lostTo(r, 14, 13),
  },
]);

table('art. 13 explanations', [
  {
    name: 'a securities firm at 500亿 of trading volume reads as a sentence starting "This year\'s securities trading volume"',
    scenario: securities('securities', '500亿', '499亿', 30000, 30000),
    awarded: { 13: '300.00' },
    check: (r) => {
      const it = itemsOf(r, 13, 'awarded')[0]!;
      assert.match(it.explanation, /^This year's securities trading volume of 5,000,000 万元/, it.explanation);
    },
  },
]);
