/**
 * Art. 10 地方金融组织: a newly set-up 融资租赁 / 商业保理 / 融资担保 company with paid-in 5亿（含）以上 → 0.5% × C, cap 1000,
 * one-time; each increase 1亿（含）以上 → 0.5% of the increase, cap 500 每次.
 */
import assert from 'node:assert/strict';
import { institution, itemsOf, table } from './helpers.ts';

const newLeasing = (paidInCapital: unknown) =>
  institution({ type: 'financing-leasing', newlyEstablished: true, paidInCapital });
const increases = (capitalIncreases: unknown[]) =>
  institution({ type: 'financing-guarantee', newlyEstablished: false, capitalIncreases });

table('art. 10 set-up', [
  {
    name: 'a new financing-leasing company with 49,999.99 paid-in gets nothing',
    scenario: newLeasing(49999.99),
    awarded: {},
    edge: true,
  },
  {
    name: 'a new financing-leasing company with exactly 50,000 (5亿, 含) gets 0.5% = 250.00',
    scenario: newLeasing(50000),
    awarded: { 10: '250.00' },
    edge: true,
  },
  {
    name: 'paid-in 50,001 gives 250.005 → 250.01 (half-up)',
    scenario: newLeasing(50001),
    awarded: { 10: '250.01' },
    edge: true,
  },
  {
    name: 'paid-in 200,000 reaches the cap exactly: 1000.00',
    scenario: newLeasing(200000),
    awarded: { 10: '1000.00' },
    edge: true,
  },
  {
    name: 'paid-in 200,001 (1000.005) is capped at 1000.00 and marked capped',
    scenario: newLeasing(200001),
    awarded: { 10: '1000.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 10, 'awarded')[0]?.capped, true),
  },
  ...['financing-leasing', 'commercial-factoring', 'financing-guarantee'].map((type) => ({
    name: `a new ${type} company with 60,000 paid-in gets 300.00`,
    scenario: institution({ type, newlyEstablished: true, paidInCapital: 60000 }),
    awarded: { 10: '300.00' },
  })),
  {
    name: 'a financing-leasing company that is not newly set up gets no set-up reward',
    scenario: institution({ type: 'financing-leasing', newlyEstablished: false, paidInCapital: 60000 }),
    awarded: {},
  },
]);

table('art. 10 capital increases', [
  {
    name: 'an increase of 9,999.99 gets nothing',
    scenario: increases([9999.99]),
    awarded: {},
    edge: true,
  },
  {
    name: 'an increase of exactly 10,000 gets 0.5% = 50.00',
    scenario: increases([10000]),
    awarded: { 10: '50.00' },
    edge: true,
  },
  {
    name: 'an increase of 100,000 reaches the per-increase cap: 500.00',
    scenario: increases([100000]),
    awarded: { 10: '500.00' },
    edge: true,
  },
  {
    name: 'an increase of 100,001 (500.005) is capped at 500.00',
    scenario: increases([100001]),
    awarded: { 10: '500.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 10, 'awarded')[0]?.capped, true),
  },
  {
    name: 'two increases of 100,000 are rewarded separately: 500 + 500 = 1000.00',
    scenario: increases([100000, 100000]),
    awarded: { 10: '1000.00' },
  },
  {
    name: 'a new factoring company with 60,000 paid-in and a 20,000 increase in the same year gets 300 + 100 = 400.00',
    scenario: institution({
      type: 'commercial-factoring',
      newlyEstablished: true,
      paidInCapital: 60000,
      capitalIncreases: [20000],
    }),
    awarded: { 10: '400.00' },
  },
  {
    name: 'the 1000 cap is on the set-up reward only: 300,000 paid-in plus a 100,000 increase gives 1000 + 500 = 1500.00',
    scenario: institution({
      type: 'financing-leasing',
      newlyEstablished: true,
      paidInCapital: 300000,
      capitalIncreases: [100000],
    }),
    awarded: { 10: '1500.00' },
  },
  {
    name: 'a licensed bank increase of 20,000 gets art. 8 (200.00), not art. 10',
    scenario: institution({ type: 'bank', newlyEstablished: false, capitalIncreases: [20000] }),
    awarded: { 8: '200.00' },
  },
]);
