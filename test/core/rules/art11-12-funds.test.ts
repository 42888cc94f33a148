/**
 * Art. 11 私募基金管理人: manager paid-in 1000万元以上 and its funds' paid-in 达到1亿元（含）以上 (both gross) → by net
 * capital N (minus state money): 1000（含）–5000 → 2% cap 100; 5000（含）–1亿 → 3% cap 300; 1亿（含）及以上 → 4% cap 500;
 * conditional (经评定). [interpretation] thresholds gross, band and amount net. Each net increase 1000（含）以上 → 0.5%,
 * cap 100 (not conditional).
 * Art. 12 QFLP: new pilot 100; per fund in 万美元 net of state money: 2000（含）–5000 → 50; 5000（含）–1亿 → 80;
 * 1亿（含）以上 → 100. Group {11, 12}: the higher article total wins.
 */
import assert from 'node:assert/strict';
import { fund, hasInterpretation, itemWithAmount, itemsOf, table } from './helpers.ts';
import { estimate } from '../../../core/index.ts';
import { test } from 'node:test';
import type { SubsidyResult } from '../../../core/index.ts';

const manager = (managerPaidInCapital: unknown, managedFundsPaidIn: unknown, more: Record<string, unknown> = {}) =>
  fund({ managerPaidInCapital, managerStateCapital: 0, managedFundsPaidIn, ...more });
const withState = (managerPaidInCapital: unknown, managerStateCapital: unknown) =>
  fund({ managerPaidInCapital, managerStateCapital, managedFundsPaidIn: 20000 });

table('art. 11 manager', [
  {
    name: 'a manager with 999.99 paid-in gets nothing (1000万元以上 includes 1000, not less)',
    scenario: manager(999.99, 20000),
    awarded: {},
    edge: true,
  },
  {
    name: 'a manager with exactly 1000 paid-in and funds of 20,000 gets 2% = 20.00, conditional, with the [interpretation] note',
    scenario: manager(1000, 20000),
    awarded: { 11: '20.00' },
    edge: true,
    check: (r) => {
      const it = itemWithAmount(r, 11, '20.00');
      assert.equal(it.conditional, true, 'art. 11 pays after evaluation (经评定)');
      hasInterpretation(it);
    },
  },
  {
    name: 'a manager whose funds hold 9,999.99 gets nothing',
    scenario: manager(3000, 9999.99),
    awarded: {},
    edge: true,
  },
  {
    name: 'a manager whose funds hold exactly 10,000 (1亿, 含) gets 2% of 3000 = 60.00',
    scenario: manager(3000, 10000),
    awarded: { 11: '60.00' },
    edge: true,
  },
  {
    name: 'paid-in 4,999.99 stays in the 2% band: 99.9998 → 100.00, not capped',
    scenario: manager(4999.99, 20000),
    awarded: { 11: '100.00' },
    edge: true,
    check: (r) => assert.equal(itemWithAmount(r, 11, '100.00').capped, false),
  },
  {
    name: 'paid-in exactly 5000 is in the 3% band: 150.00',
    scenario: manager(5000, 20000),
    awarded: { 11: '150.00' },
    edge: true,
  },
  {
    name: 'paid-in 9,999.99 stays in the 3% band: 299.9997 → 300.00',
    scenario: manager(9999.99, 20000),
    awarded: { 11: '300.00' },
    edge: true,
  },
  {
    name: 'paid-in exactly 10,000 is in the 4% band: 400.00',
    scenario: manager(10000, 20000),
    awarded: { 11: '400.00' },
    edge: true,
  },
  {
    name: 'paid-in 12,500 reaches cap 500 exactly',
    scenario: manager(12500, 20000),
    awarded: { 11: '500.00' },
    edge: true,
  },
  {
    name: 'paid-in 12,500.25 (500.01) is capped at 500.00',
    scenario: manager(12500.25, 20000),
    awarded: { 11: '500.00' },
    edge: true,
    check: (r) => assert.equal(itemWithAmount(r, 11, '500.00').capped, true),
  },
  {
    name: 'state capital is subtracted: 6000 paid-in with 1500 state is N = 4500 at 2%: 90.00 (not 3% of 6000)',
    scenario: withState(6000, 1500),
    awarded: { 11: '90.00' },
  },
  {
    name: 'state capital is subtracted: 11,000 with 2000 state is N = 9000 at 3%: 270.00',
    scenario: withState(11000, 2000),
    awarded: { 11: '270.00' },
  },
  {
    name: 'the band is chosen on the net figure: 10,000 with 0.01 state is N = 9,999.99 at 3% → 300.00',
    scenario: withState(10000, 0.01),
    awarded: { 11: '300.00' },
    edge: true,
  },
  {
    name: 'the band is chosen on the net figure: 5000 with 0.01 state is N = 4,999.99 at 2% → 100.00',
    scenario: withState(5000, 0.01),
    awarded: { 11: '100.00' },
    edge: true,
  },
  {
    name: 'the gross threshold is on the gross figure: 1000 paid-in, 100 of it state, qualifies but N = 900 is in no band',
    scenario: withState(1000, 100),
    awarded: {},
    edge: true,
  },
]);

table('art. 11 capital increases', [
  {
    name: 'an increase of 999.99 gets nothing (manager 1000 → 20.00 only)',
    scenario: manager(1000, 10000, { managerCapitalIncreases: [999.99] }),
    awarded: { 11: '20.00' },
    edge: true,
  },
  {
    name: 'an increase of exactly 1000 gets 0.5% = 5.00, not conditional',
    scenario: manager(1000, 10000, { managerCapitalIncreases: [1000] }),
    awarded: { 11: '25.00' },
    edge: true,
    check: (r) => {
      assert.equal(itemWithAmount(r, 11, '5.00').conditional, false);
      assert.equal(itemWithAmount(r, 11, '20.00').conditional, true);
    },
  },
  {
    name: 'an increase of 1500 gets 7.50 (example 07)',
    scenario: manager(3000, 12000, { managerCapitalIncreases: [1500] }),
    awarded: { 11: '67.50' },
  },
  {
    name: 'an increase of 20,000 reaches the cap 100 exactly',
    scenario: manager(1000, 10000, { managerCapitalIncreases: [20000] }),
    awarded: { 11: '120.00' },
    edge: true,
  },
  {
    name: 'an increase of 20,002 (100.01) is capped at 100.00',
    scenario: manager(1000, 10000, { managerCapitalIncreases: [20002] }),
    awarded: { 11: '120.00' },
    edge: true,
    check: (r) => assert.equal(itemWithAmount(r, 11, '100.00').capped, true),
  },
  {
    name: 'two increases of 1000 are rewarded separately: 5 + 5',
    scenario: manager(1000, 10000, { managerCapitalIncreases: [1000, 1000] }),
    awarded: { 11: '30.00' },
  },
]);

const qflp = (funds: unknown[], more: Record<string, unknown> = {}) => fund({ qflpFunds: funds, ...more });
const usd = (paidIn: unknown, stateCapital: unknown = 0) => ({ paidIn, currency: 'USD', stateCapital });
const cny = (paidIn: unknown, stateCapital: unknown = 0) => ({ paidIn, currency: 'CNY', stateCapital });

table('art. 12 QFLP', [
  {
    name: 'a management company newly granted QFLP pilot status gets 100.00',
    scenario: fund({ qflpNewPilot: true }),
    awarded: { 12: '100.00' },
  },
  { name: 'a USD fund of 1,999.99 万美元 gets nothing', scenario: qflp([usd(1999.99)]), awarded: {}, edge: true },
  {
    name: 'a USD fund of exactly 2,000 万美元 gets 50.00',
    scenario: qflp([usd(2000)]),
    awarded: { 12: '50.00' },
    edge: true,
  },
  {
    name: 'a USD fund of 4,999.99 万美元 gets 50.00',
    scenario: qflp([usd(4999.99)]),
    awarded: { 12: '50.00' },
    edge: true,
  },
  {
    name: 'a USD fund of exactly 5,000 万美元 gets 80.00',
    scenario: qflp([usd(5000)]),
    awarded: { 12: '80.00' },
    edge: true,
  },
  {
    name: 'a USD fund of 9,999.99 万美元 gets 80.00',
    scenario: qflp([usd(9999.99)]),
    awarded: { 12: '80.00' },
    edge: true,
  },
  {
    name: 'a USD fund of exactly 10,000 万美元 (1亿美元) gets 100.00',
    scenario: qflp([usd(10000)]),
    awarded: { 12: '100.00' },
    edge: true,
  },
  { name: 'a USD fund of 50,000 万美元 gets 100.00', scenario: qflp([usd(50000)]), awarded: { 12: '100.00' } },
  {
    name: 'a CNY fund of 14,200 万元 at 7.1 is exactly 2,000 万美元: 50.00',
    scenario: qflp([cny(14200)], { usdCnyRate: 7.1 }),
    awarded: { 12: '50.00' },
    edge: true,
  },
  {
    name: 'a CNY fund of 14,199.99 万元 at 7.1 is just under 2,000 万美元: nothing',
    scenario: qflp([cny(14199.99)], { usdCnyRate: 7.1 }),
    awarded: {},
    edge: true,
  },
  {
    name: 'a CNY fund of 35,500 万元 at 7.1 is exactly 5,000 万美元: 80.00',
    scenario: qflp([cny(35500)], { usdCnyRate: 7.1 }),
    awarded: { 12: '80.00' },
    edge: true,
  },
  {
    name: 'a CNY fund of 35,499.99 万元 at 7.1 is just under 5,000 万美元: 50.00',
    scenario: qflp([cny(35499.99)], { usdCnyRate: 7.1 }),
    awarded: { 12: '50.00' },
    edge: true,
  },
  {
    name: 'a CNY fund of 71,000 万元 at 7.1 is exactly 1亿美元: 100.00',
    scenario: qflp([cny(71000)], { usdCnyRate: 7.1 }),
    awarded: { 12: '100.00' },
    edge: true,
  },
  {
    name: 'a CNY fund of 14,200 万元 at 7.2 is under 2,000 万美元: nothing',
    scenario: qflp([cny(14200)], { usdCnyRate: 7.2 }),
    awarded: {},
    edge: true,
  },
  {
    name: 'a usdCnyRate given as the string "7.1" works the same: 50.00',
    scenario: qflp([cny(14200)], { usdCnyRate: '7.1' }),
    awarded: { 12: '50.00' },
  },
  {
    name: 'state money is subtracted: 5,500 万美元 with 600 state is 4,900: 50.00 (not 80)',
    scenario: qflp([usd(5500, 600)]),
    awarded: { 12: '50.00' },
  },
  {
    name: 'state money is subtracted: 2,500 万美元 with 600 state is 1,900: nothing',
    scenario: qflp([usd(2500, 600)]),
    awarded: {},
    edge: true,
  },
  {
    name: "state money in a CNY fund (read in the fund's currency): 40,000 − 5,000 万元 at 7.1 = 4,929.58 万美元: 50.00",
    scenario: qflp([cny(40000, 5000)], { usdCnyRate: 7.1 }),
    awarded: { 12: '50.00' },
  },
  {
    name: 'each fund is rewarded: 2,000 and 10,000 万美元 give 50 + 100, plus the pilot 100 = 250.00',
    scenario: qflp([usd(2000), usd(10000)], { qflpNewPilot: true }),
    awarded: { 12: '250.00' },
  },
]);

test('art. 12: a CNY fund without usdCnyRate is a field error naming fund.usdCnyRate', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    const out = estimate(qflp([cny(14200)]), { lang, today: '2026-06-30' });
    assert.equal(out.ok, false);
    if (!out.ok)
      assert.ok(
        out.errors.some((e) => e.path === 'fund.usdCnyRate'),
        JSON.stringify(out.errors),
      );
  }
});

test('art. 12: a fund without a currency is not guessed to be USD: incomplete naming its currency, or a field error', () => {
  const out = estimate(qflp([{ paidIn: 3000, stateCapital: 0 }]), { lang: 'en', today: '2026-06-30' });
  if (!out.ok) {
    assert.ok(
      out.errors.some((e) => e.path === 'fund.qflpFunds[0].currency'),
      JSON.stringify(out.errors),
    );
    return;
  }
  const r = out.result;
  assert.deepEqual(
    itemsOf(r, 12, 'awarded'),
    [],
    '3000 of an unknown currency may be 3000 万美元 or 3000 万元 (≈ 423 万美元)',
  );
  const missing = itemsOf(r, 12, 'incomplete').flatMap((it) => it.missing ?? []);
  assert.ok(missing.includes('fund.qflpFunds[0].currency'), JSON.stringify(itemsOf(r, 12)));
});

test('art. 12: a USD-only scenario needs no usdCnyRate', () => {
  const out = estimate(qflp([usd(2000)]), { lang: 'en', today: '2026-06-30' });
  assert.equal(out.ok, true);
});

function lostTo(r: SubsidyResult, loser: number, winner: number): void {
  const winners = new Set(itemsOf(r, winner, 'awarded').map((it) => it.rule));
  assert.ok(winners.size > 0);
  assert.equal(itemsOf(r, loser, 'awarded').length, 0, `art. ${loser} must not be awarded`);
  const excluded = itemsOf(r, loser, 'excluded');
  assert.ok(excluded.length > 0, `art. ${loser} items are shown as excluded`);
  for (const it of excluded) {
    assert.ok(it.excludedBy && winners.has(it.excludedBy), `excludedBy ${it.excludedBy} names an art. ${winner} rule`);
  }
}

table('group {11, 12}', [
  {
    name: 'art. 11 of 60 loses to a QFLP pilot of 100: 100.00, art. 11 excluded by art. 12',
    scenario: fund({
      managerPaidInCapital: 3000,
      managerStateCapital: 0,
      managedFundsPaidIn: 12000,
      qflpNewPilot: true,
    }),
    awarded: { 12: '100.00' },
    check: (r) => {
      lostTo(r, 11, 12);
      assert.equal(
        itemsOf(r, 11, 'excluded').reduce((s, it) => s + Number(it.amount), 0),
        60,
        'excluded shows what it would have been',
      );
    },
  },
  {
    name: 'art. 11 of 400 beats a QFLP pilot of 100: 400.00, art. 12 excluded by art. 11',
    scenario: fund({
      managerPaidInCapital: 10000,
      managerStateCapital: 0,
      managedFundsPaidIn: 20000,
      qflpNewPilot: true,
    }),
    awarded: { 11: '400.00' },
    check: (r) => lostTo(r, 12, 11),
  },
  {
    name: 'the article totals compete: art. 11 of 20 + 100 (increase) = 120 beats art. 12 of 100',
    scenario: fund({
      managerPaidInCapital: 1000,
      managerStateCapital: 0,
      managedFundsPaidIn: 10000,
      managerCapitalIncreases: [20000],
      qflpNewPilot: true,
    }),
    awarded: { 11: '120.00' },
    check: (r) => lostTo(r, 12, 11),
  },
  {
    name: 'the article totals compete: art. 12 of 100 (pilot) + 100 (fund) = 200 beats art. 11 of 180 (3% of 6000)',
    scenario: fund({
      managerPaidInCapital: 6000,
      managerStateCapital: 0,
      managedFundsPaidIn: 10000,
      qflpNewPilot: true,
      qflpFunds: [usd(10000)],
    }),
    awarded: { 12: '200.00' },
    check: (r) => lostTo(r, 11, 12),
  },
]);

test('group {11, 12}: a tie (art. 11 of 20 + 80 = 100 and art. 12 of 100) pays only one article: 100.00', () => {
  const out = estimate(
    fund({
      managerPaidInCapital: 1000,
      managerStateCapital: 0,
      managedFundsPaidIn: 10000,
      managerCapitalIncreases: [16000],
      qflpNewPilot: true,
    }),
    { lang: 'en', today: '2026-06-30' },
  );
  assert.ok(out.ok);
  if (!out.ok) return;
  assert.equal(out.result.total, '100.00');
  const arts = new Set(out.result.items.filter((it) => it.status === 'awarded').map((it) => it.article));
  assert.equal(arts.size, 1, `only one of arts. 11 and 12: ${[...arts]}`);
});

test('group {11, 12}: on a tie the excluded article says both give the same amount, in both languages', () => {
  const scenario = fund({
    managerPaidInCapital: 1000,
    managerStateCapital: 0,
    managedFundsPaidIn: 10000,
    managerCapitalIncreases: [16000],
    qflpNewPilot: true,
  });
  for (const [lang, same, more] of [
    ['en', /both total/, /gives more/],
    ['zh-CN', /合计均为/, /金额更高/],
  ] as const) {
    const out = estimate(scenario, { lang, today: '2026-06-30' });
    assert.ok(out.ok);
    if (!out.ok) return;
    const lost = out.result.items.filter((it) => it.status === 'excluded');
    assert.ok(lost.length > 0);
    for (const it of lost) {
      assert.match(it.explanation, same, it.explanation);
      assert.doesNotMatch(it.explanation, more, it.explanation);
    }
  }
});
