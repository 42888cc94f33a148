/**
 * Art. 15 投早投小: a VC's first investment (仅限首次投资) in a start-up, paid (划款) 2025-01-01 … 2028-12-31, claimable
 * once 满2年 from the payment date (even after 2028); 2% × (amount − state part), cap 50 a project, 200 per institution per
 * calendar year (the year the project becomes claimable); conditional (经评定). Not yet claimable → pending with its date.
 */
import assert from 'node:assert/strict';
import { fund, itemsOf, onlyStatus, table } from './helpers.ts';

interface Inv {
  amount: unknown;
  fundedOn: string;
  firstInvestment?: boolean;
  startup?: boolean;
  stateCapital?: unknown;
  company?: string;
}
const inv = (amount: unknown, fundedOn: string, more: Partial<Inv> = {}): Inv => ({
  company: `Co-${fundedOn}`,
  amount,
  fundedOn,
  firstInvestment: true,
  startup: true,
  stateCapital: 0,
  ...more,
});
const vc = (asOf: string, ...investments: Inv[]) => fund({ investments }, { asOf });
/** n projects of 2500 (50 each, the per-project cap) funded on consecutive days from `start` (YYYY-MM-0d). */
const many = (n: number, yearMonth: string): Inv[] =>
  Array.from({ length: n }, (_, i) => inv(2500, `${yearMonth}-0${i + 1}`, { company: `${yearMonth}/${i}` }));

table('art. 15 dates', [
  {
    name: 'paid 2025-03-01, on 2027-02-28 (the day before the 2nd anniversary) it is pending from 2027-03-01: 20.00',
    scenario: vc('2027-02-28', inv(1000, '2025-03-01')),
    awarded: {},
    pending: { 15: '20.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 15, 'pending')[0]?.claimableFrom, '2027-03-01'),
  },
  {
    name: 'paid 2025-03-01, on 2027-03-01 (the 2nd anniversary) it is awarded: 20.00, conditional',
    scenario: vc('2027-03-01', inv(1000, '2025-03-01')),
    awarded: { 15: '20.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 15, 'awarded')[0]?.conditional, true),
  },
  {
    name: 'paid 2024-12-31 (before the period) gets nothing',
    scenario: vc('2030-01-01', inv(1000, '2024-12-31')),
    awarded: {},
    edge: true,
    check: (r) => onlyStatus(r, 15, 'ineligible'),
  },
  {
    name: 'paid 2025-01-01 (first day of the period) is awarded on 2027-01-01: 20.00',
    scenario: vc('2027-01-01', inv(1000, '2025-01-01')),
    awarded: { 15: '20.00' },
    edge: true,
  },
  {
    name: 'paid 2028-12-31 (last day of the period) is awarded on 2030-12-31, after the policy ends: 20.00',
    scenario: vc('2030-12-31', inv(1000, '2028-12-31')),
    awarded: { 15: '20.00' },
    edge: true,
  },
  {
    name: 'paid 2028-12-31, on 2030-12-30 it is still pending from 2030-12-31',
    scenario: vc('2030-12-30', inv(1000, '2028-12-31')),
    awarded: {},
    pending: { 15: '20.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 15, 'pending')[0]?.claimableFrom, '2030-12-31'),
  },
  {
    name: 'a VC claiming in 2030 (year 2030) for a payment of 2028-12-31 still gets it: 20.00 (兑现期直至满2年止)',
    scenario: fund({ investments: [inv(1000, '2028-12-31')] }, { year: 2030, asOf: '2030-12-31' }),
    awarded: { 15: '20.00' },
    edge: true,
  },
  {
    name: 'a VC claiming in 2027 (year 2027) for a payment of 2025-03-01 gets it: 20.00',
    scenario: fund({ investments: [inv(1000, '2025-03-01')] }, { year: 2027, asOf: '2027-06-30' }),
    awarded: { 15: '20.00' },
  },
  {
    name: 'paid 2029-01-01 (after the period) gets nothing',
    scenario: vc('2031-01-01', inv(1000, '2029-01-01')),
    awarded: {},
    edge: true,
    check: (r) => onlyStatus(r, 15, 'ineligible'),
  },
  {
    name: 'paid on 2028-02-29, the anniversary falls on 2030-02-28 or 2030-03-01; before it, pending',
    scenario: vc('2029-06-30', inv(1000, '2028-02-29')),
    awarded: {},
    pending: { 15: '20.00' },
    edge: true,
    check: (r) => assert.ok(['2030-02-28', '2030-03-01'].includes(itemsOf(r, 15, 'pending')[0]?.claimableFrom ?? '')),
  },
  {
    name: 'paid on 2028-02-29, on 2030-03-01 it is claimable in any reading: 20.00',
    scenario: vc('2030-03-01', inv(1000, '2028-02-29')),
    awarded: { 15: '20.00' },
  },
]);

table('art. 15 who and how much', [
  {
    name: 'a follow-on (not first) investment gets nothing',
    scenario: vc('2028-01-01', inv(1000, '2025-03-01', { firstInvestment: false })),
    awarded: {},
    check: (r) => onlyStatus(r, 15, 'ineligible'),
  },
  {
    name: 'an investment in a company that is not a start-up gets nothing',
    scenario: vc('2028-01-01', inv(1000, '2025-03-01', { startup: false })),
    awarded: {},
    check: (r) => onlyStatus(r, 15, 'ineligible'),
  },
  {
    name: 'the state part is subtracted: 2000 with 500 state gives 2% × 1500 = 30.00',
    scenario: vc('2028-01-01', inv(2000, '2025-03-01', { stateCapital: 500 })),
    awarded: { 15: '30.00' },
  },
  {
    name: '1000.25 gives 20.005 → 20.01',
    scenario: vc('2028-01-01', inv(1000.25, '2025-03-01')),
    awarded: { 15: '20.01' },
    edge: true,
  },
  {
    name: '2500 reaches the per-project cap exactly: 50.00',
    scenario: vc('2028-01-01', inv(2500, '2025-03-01')),
    awarded: { 15: '50.00' },
    edge: true,
  },
  {
    name: '2500.5 (50.01) is capped at 50.00 and marked capped',
    scenario: vc('2028-01-01', inv(2500.5, '2025-03-01')),
    awarded: { 15: '50.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 15, 'awarded')[0]?.capped, true),
  },
  {
    name: 'the per-project cap applies after subtracting state money: 3000 with 400 state → 52 → 50.00',
    scenario: vc('2028-01-01', inv(3000, '2025-03-01', { stateCapital: 400 })),
    awarded: { 15: '50.00' },
  },
]);

table('art. 15 institution cap of 200 per calendar year', [
  {
    name: 'four projects of 50 claimable in 2027 give 200.00, the yearly cap exactly',
    scenario: vc('2028-01-01', ...many(4, '2025-03')),
    awarded: { 15: '200.00' },
    edge: true,
  },
  {
    name: 'five projects of 50 claimable in 2027 are capped at 200.00',
    scenario: vc('2028-01-01', ...many(5, '2025-03')),
    awarded: { 15: '200.00' },
    edge: true,
  },
  {
    name: 'four of 50 and one of 20 claimable in 2027 (220) are capped at 200.00',
    scenario: vc('2028-01-01', ...many(4, '2025-03'), inv(1000, '2025-12-31')),
    awarded: { 15: '200.00' },
    edge: true,
  },
  {
    name: 'four of 50 claimable in 2027 plus one paid 2026-01-01 (claimable 2028): 200 + 50 = 250.00',
    scenario: vc('2028-06-30', ...many(4, '2025-03'), inv(2500, '2026-01-01')),
    awarded: { 15: '250.00' },
    edge: true,
  },
  {
    name: 'five of 50 claimable in 2027 and five in 2028 count separately: 200 + 200 = 400.00',
    scenario: vc('2029-01-01', ...many(5, '2025-03'), ...many(5, '2026-03')),
    awarded: { 15: '400.00' },
  },
  {
    name: 'three of 50 in 2027 and three of 50 in 2028: 150 + 150 = 300.00 (no cap reached)',
    scenario: vc('2029-01-01', ...many(3, '2025-03'), ...many(3, '2026-03')),
    awarded: { 15: '300.00' },
  },
  {
    name: 'five pending projects of 50, all claimable in 2027, are estimated within the yearly cap: 200.00 pending',
    scenario: vc('2026-06-30', ...many(5, '2025-03')),
    awarded: {},
    pending: { 15: '200.00' },
  },
  {
    name: 'three of 50 awarded in 2027 and two of 50 still pending in 2027 share the 200 cap: 150 awarded, 50 pending',
    scenario: vc('2027-06-01', ...many(3, '2025-03'), inv(2500, '2025-09-01'), inv(2500, '2025-09-02')),
    awarded: { 15: '150.00' },
    pending: { 15: '50.00' },
  },
]);

table('art. 15 example 08', [
  {
    name: 'A 1500 → 30, B 4000 − 500 state → 70 capped 50, C paid 2026 is pending 20: 80.00 awarded, 20.00 pending',
    scenario: vc(
      '2027-12-31',
      inv(1500, '2025-04-01', { company: 'A' }),
      inv(4000, '2025-06-30', { company: 'B', stateCapital: 500 }),
      inv(1000, '2026-03-01', { company: 'C' }),
    ),
    awarded: { 15: '80.00' },
    pending: { 15: '20.00' },
    check: (r) => {
      const c = itemsOf(r, 15, 'pending')[0];
      assert.equal(c?.claimableFrom, '2028-03-01');
      assert.equal(r.pendingTotal, '20.00');
    },
  },
]);
