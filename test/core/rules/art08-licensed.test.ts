/**
 * Art. 8 持牌法人机构: a newly approved licensed legal-person FI, by paid-in capital C:
 * 1亿（含）–5亿 → 500 + 1%·C; 5亿（含）–10亿 → 1000 + 0.5%·C; 10亿（含）–30亿 → 2000 + 0.3%·C; 30亿（含）以上 → 5000 + 0.2%·C;
 * cap 6000; C < 10,000 → nothing. Each paid-in increase 1亿（含）以上 → 1%, cap 2000 每次.
 */
import assert from 'node:assert/strict';
import { institution, itemWithAmount, itemsOf, onlyStatus, table } from './helpers.ts';

const newBank = (paidInCapital: unknown, more: Record<string, unknown> = {}) =>
  institution({ type: 'bank', newlyEstablished: true, paidInCapital, ...more });
const increases = (capitalIncreases: unknown[], type = 'bank') =>
  institution({ type, newlyEstablished: false, capitalIncreases });

table('art. 8 establishment tiers', [
  {
    name: 'a new bank with 9,999.99 paid-in gets nothing (below 1亿)',
    scenario: newBank(9999.99),
    awarded: {},
    edge: true,
    check: (r) => onlyStatus(r, 8, 'ineligible'),
  },
  {
    name: 'a new bank with exactly 10,000 gets 500 + 1% = 600.00',
    scenario: newBank(10000),
    awarded: { 8: '600.00' },
    edge: true,
  },
  {
    name: 'a new bank with 12,345.67 gets 500 + 123.4567 → 623.46',
    scenario: newBank(12345.67),
    awarded: { 8: '623.46' },
  },
  {
    name: 'a new bank with 49,999.99 gets 500 + 499.9999 → 1000.00 (still the first tier)',
    scenario: newBank(49999.99),
    awarded: { 8: '1000.00' },
    edge: true,
  },
  {
    name: 'a new bank with exactly 50,000 gets 1000 + 0.5% = 1250.00',
    scenario: newBank(50000),
    awarded: { 8: '1250.00' },
    edge: true,
  },
  {
    name: 'a new bank with 99,999.99 gets 1000 + 499.99995 → 1500.00 (second tier)',
    scenario: newBank(99999.99),
    awarded: { 8: '1500.00' },
    edge: true,
  },
  {
    name: 'a new bank with exactly 100,000 gets 2000 + 0.3% = 2300.00',
    scenario: newBank(100000),
    awarded: { 8: '2300.00' },
    edge: true,
  },
  {
    name: 'a new bank with 200,000 gets 2000 + 600 = 2600.00',
    scenario: newBank(200000),
    awarded: { 8: '2600.00' },
  },
  {
    name: 'a new bank with 299,999.99 gets 2000 + 899.99997 → 2900.00 (third tier)',
    scenario: newBank(299999.99),
    awarded: { 8: '2900.00' },
    edge: true,
  },
  {
    name: 'a new bank with exactly 300,000 gets 5000 + 0.2% = 5600.00',
    scenario: newBank(300000),
    awarded: { 8: '5600.00' },
    edge: true,
  },
  {
    name: 'a new bank with 499,999.99 gets 5999.99998 → 6000.00 by rounding, not capped',
    scenario: newBank(499999.99),
    awarded: { 8: '6000.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 8, 'awarded')[0]?.capped, false),
  },
  {
    name: 'a new bank with exactly 500,000 reaches the cap: 6000.00',
    scenario: newBank(500000),
    awarded: { 8: '6000.00' },
    edge: true,
  },
  {
    name: 'a new bank with 500,005 (6000.01) is capped at 6000.00 and marked capped',
    scenario: newBank(500005),
    awarded: { 8: '6000.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 8, 'awarded')[0]?.capped, true),
  },
  {
    name: 'a new bank with 1,000,000 is capped at 6000.00',
    scenario: newBank(1000000),
    awarded: { 8: '6000.00' },
  },
  {
    name: 'a bank that was not newly established gets no establishment reward',
    scenario: institution({ type: 'bank', newlyEstablished: false, paidInCapital: 200000 }),
    awarded: {},
  },
]);

const licensed = [
  'bank',
  'auto-finance',
  'finance-company',
  'financial-leasing',
  'securities',
  'public-fund',
  'fund-sales',
  'insurer',
  'insurance-broker',
  'insurance-agent',
  'credit-reporting',
  'other-licensed',
];
table('art. 8 who', [
  ...licensed.map((type) => ({
    name: `a newly approved ${type} with 10,000 paid-in gets 600.00`,
    scenario: institution({ type, newlyEstablished: true, paidInCapital: 10000 }),
    awarded: { 8: '600.00' },
  })),
  ...[
    'financing-leasing',
    'commercial-factoring',
    'financing-guarantee',
    'bank-branch',
    'securities-branch',
    'insurance-branch',
    'fund-manager',
  ].map((type) => ({
    name: `a new ${type} (not a licensed legal person) gets no art. 8 for 40,000 paid-in`,
    scenario: institution({ type, newlyEstablished: true, paidInCapital: 40000 }),
    awarded: {},
  })),
]);

table('art. 8 capital increases', [
  {
    name: 'an increase of 9,999.99 gets nothing',
    scenario: increases([9999.99]),
    awarded: {},
    edge: true,
  },
  {
    name: 'an increase of exactly 10,000 (1亿, 含) gets 1% = 100.00',
    scenario: increases([10000]),
    awarded: { 8: '100.00' },
    edge: true,
  },
  {
    name: 'an increase of 10,000.5 gets 100.005 → 100.01',
    scenario: increases([10000.5]),
    awarded: { 8: '100.01' },
    edge: true,
  },
  {
    name: 'an increase of 200,000 reaches the per-increase cap: 2000.00',
    scenario: increases([200000]),
    awarded: { 8: '2000.00' },
    edge: true,
  },
  {
    name: 'an increase of 200,001 (2000.01) is capped at 2000.00',
    scenario: increases([200001]),
    awarded: { 8: '2000.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 8, 'awarded')[0]?.capped, true),
  },
  {
    name: 'two increases of 150,000 are rewarded separately: 1500 + 1500 = 3000.00 (the cap is per increase)',
    scenario: increases([150000, 150000]),
    awarded: { 8: '3000.00' },
    check: (r) => assert.equal(itemsOf(r, 8, 'awarded').length, 2),
  },
  {
    name: 'increases of 10,000, 9,999.99 and 300,000 give 100 + nothing + 2000 = 2100.00',
    scenario: increases([10000, 9999.99, 300000]),
    awarded: { 8: '2100.00' },
    check: (r) => {
      itemWithAmount(r, 8, '100.00');
      itemWithAmount(r, 8, '2000.00');
      const second = itemsOf(r, 8).find((it) => it.subject === 'institution.capitalIncreases[1]');
      if (second) assert.notEqual(second.status, 'awarded');
    },
  },
  {
    name: 'two increases of 10,000.5 round separately: 100.01 + 100.01 = 200.02 (total of rounded items)',
    scenario: increases([10000.5, 10000.5]),
    awarded: { 8: '200.02' },
    edge: true,
  },
  {
    name: 'an insurer (any licensed legal person) with an increase of 50,000 gets 500.00',
    scenario: increases([50000], 'insurer'),
    awarded: { 8: '500.00' },
  },
  {
    name: 'a new bank with 200,000 paid-in and a 20,000 increase gets 2600 + 200 = 2800.00',
    scenario: newBank(200000, { capitalIncreases: [20000] }),
    awarded: { 8: '2800.00' },
  },
  {
    name: 'the 6000 cap is on establishment only: 1,000,000 paid-in plus a 10,000 increase gives 6100.00',
    scenario: newBank(1000000, { capitalIncreases: [10000] }),
    awarded: { 8: '6100.00' },
  },
  {
    name: 'a local financing-leasing company increase of 20,000 gets no art. 8 (art. 10 applies instead: 100.00)',
    scenario: increases([20000], 'financing-leasing'),
    awarded: { 10: '100.00' },
  },
]);
