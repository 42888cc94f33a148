/**
 * Art. 3 供应链金融: 商业保理公司 / 融资租赁公司 whose year's contract amount 达到1亿元（含）以上 (≥ 10,000) get
 * 0.1% of the financing provided to enterprises that year, cap 500 a year. Group {3,13,14}.
 */
import assert from 'node:assert/strict';
import { institution, itemsOf, onlyStatus, table } from './helpers.ts';

const factoring = (contractAmount: unknown, financingProvided: unknown, more: Record<string, unknown> = {}) =>
  institution({ type: 'commercial-factoring', contractAmount, financingProvided, ...more });

table('art. 3', [
  {
    name: 'a factoring company with contracts of 9,999.99 gets nothing (below 1亿)',
    scenario: factoring(9999.99, 250000),
    awarded: {},
    edge: true,
    check: (r) => onlyStatus(r, 3, 'ineligible'),
  },
  {
    name: 'a factoring company with contracts of exactly 10,000 (1亿, 含) gets 0.1% of 250,000: 250.00',
    scenario: factoring(10000, 250000),
    awarded: { 3: '250.00' },
    edge: true,
  },
  {
    name: 'a financing-leasing company with contracts of 10,000 gets 0.1% of 250,000: 250.00',
    scenario: institution({ type: 'financing-leasing', contractAmount: 10000, financingProvided: 250000 }),
    awarded: { 3: '250.00' },
  },
  {
    name: 'financing of 12,345 gives 12.345, rounded half-up to 12.35',
    scenario: factoring(20000, 12345),
    awarded: { 3: '12.35' },
    edge: true,
  },
  {
    name: 'financing of 500,000 reaches the cap exactly: 500.00',
    scenario: factoring(20000, 500000),
    awarded: { 3: '500.00' },
    edge: true,
  },
  {
    name: 'financing of 510,000 (510) is capped at 500.00 and marked capped',
    scenario: factoring(20000, 510000),
    awarded: { 3: '500.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 3, 'awarded')[0]?.capped, true),
  },
  {
    name: 'financing of 500,010 (500.01) is capped at 500.00',
    scenario: factoring(20000, 500010),
    awarded: { 3: '500.00' },
    edge: true,
  },
  {
    name: 'a licensed financial-leasing company (金融租赁, not 融资租赁) gets no art. 3',
    scenario: institution({ type: 'financial-leasing', contractAmount: 20000, financingProvided: 250000 }),
    awarded: {},
  },
  {
    name: 'a financing-guarantee company gets no art. 3',
    scenario: institution({ type: 'financing-guarantee', contractAmount: 20000, financingProvided: 250000 }),
    awarded: {},
  },
  {
    name: 'a bank gets no art. 3',
    scenario: institution({ type: 'bank', contractAmount: 20000, financingProvided: 250000 }),
    awarded: {},
  },
]);
