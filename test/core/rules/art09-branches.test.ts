/**
 * Art. 9 分支机构: a new bank 一级分行 or a new securities / insurance 一级分支机构 → 400 one-time;
 * a bank branch newly upgraded to 二级分行 → 200 one-time (banks only).
 */
import { institution, table } from './helpers.ts';

table('art. 9', [
  {
    name: 'a new tier-1 bank branch gets 400.00',
    scenario: institution({ type: 'bank-branch', branchEvent: 'new-tier1' }),
    awarded: { 9: '400.00' },
  },
  {
    name: 'a bank branch newly upgraded to tier 2 gets 200.00',
    scenario: institution({ type: 'bank-branch', branchEvent: 'upgraded-tier2' }),
    awarded: { 9: '200.00' },
  },
  {
    name: 'a new tier-1 securities branch gets 400.00',
    scenario: institution({ type: 'securities-branch', branchEvent: 'new-tier1' }),
    awarded: { 9: '400.00' },
  },
  {
    name: 'a securities branch upgraded to tier 2 gets nothing (the 200 is for bank branches only)',
    scenario: institution({ type: 'securities-branch', branchEvent: 'upgraded-tier2' }),
    awarded: {},
    edge: true,
  },
  {
    name: 'a new tier-1 insurance branch gets 400.00',
    scenario: institution({ type: 'insurance-branch', branchEvent: 'new-tier1' }),
    awarded: { 9: '400.00' },
  },
  {
    name: 'an insurance branch upgraded to tier 2 gets nothing (the 200 is for bank branches only)',
    scenario: institution({ type: 'insurance-branch', branchEvent: 'upgraded-tier2' }),
    awarded: {},
    edge: true,
  },
  {
    name: 'art. 9 stacks with art. 14 (not in a group): a new tier-1 bank branch growing 1,000 → 1,180 gets 400 + 3.60',
    scenario: institution({ type: 'bank-branch', branchEvent: 'new-tier1', revenue: 1180, previousRevenue: 1000 }),
    awarded: { 9: '400.00', 14: '3.60' },
  },
  {
    name: 'a bank branch with no branch event gets no art. 9',
    scenario: institution({ type: 'bank-branch' }),
    awarded: {},
  },
]);
