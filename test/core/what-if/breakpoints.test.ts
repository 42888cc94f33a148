/**
 * whatIf's breakpoints against docs/policy-rules.md: every threshold, band edge and cap of an amount field, for the
 * applicant kinds it applies to, and what the core itself computes on both sides of each (exact decimals).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Decimal } from 'decimal.js';
import { whatIf, type Breakpoint, type WhatIfPoint } from '../../../core/index.ts';

const gate = { inZone: true, majorPenaltyInLast3Years: false, criminalRecord: false, seriousDishonestyList: false };
const enterprise = (e: Record<string, unknown>) => ({
  year: 2025,
  eligibility: gate,
  enterprise: { smallOrMicro: true, certifications: [], ...e },
});
const institution = (i: Record<string, unknown>) => ({
  year: 2025,
  eligibility: gate,
  institution: { newlyEstablished: true, ...i },
});
const fund = (f: Record<string, unknown>) => ({
  year: 2025,
  asOf: '2027-06-30',
  eligibility: gate,
  fund: { qflpNewPilot: false, ...f },
});
const investment = (i: Record<string, unknown>) => ({
  company: 'A',
  amount: 1000,
  fundedOn: '2025-03-01',
  firstInvestment: true,
  startup: true,
  ...i,
});

type Expected = [value: string, kind: Breakpoint['kind'], side: Breakpoint['side'], cap?: string];
interface Case {
  name: string;
  scenario: unknown;
  field: string;
  expected: Expected[];
}

const cases: Case[] = [
  {
    name: 'art. 4(a) interest, no certification: cap 25 at 50',
    scenario: enterprise({ loanInterestPaid: 40 }),
    field: 'enterprise.loanInterestPaid',
    expected: [['50', 'cap', 'from', '25']],
  },
  {
    name: 'art. 4(a) interest, high-tech only: still cap 25 at 50',
    scenario: enterprise({ certifications: ['national-high-tech'], loanInterestPaid: 40 }),
    field: 'enterprise.loanInterestPaid',
    expected: [['50', 'cap', 'from', '25']],
  },
  {
    name: 'art. 4(a) interest, Beijing SME: cap 40 at 80',
    scenario: enterprise({ certifications: ['beijing-specialized-sme'], loanInterestPaid: 40 }),
    field: 'enterprise.loanInterestPaid',
    expected: [['80', 'cap', 'from', '40']],
  },
  {
    name: 'art. 4(a) interest, little giant: cap 50 at 100',
    scenario: enterprise({ certifications: ['national-little-giant', 'national-high-tech'], loanInterestPaid: 40 }),
    field: 'enterprise.loanInterestPaid',
    expected: [['100', 'cap', 'from', '50']],
  },
  {
    name: 'art. 2 premium at 50%: more than 10, cap 50 at 100',
    scenario: enterprise({ certifications: ['national-high-tech'], techInsurance: { premium: 30, termMonths: 12 } }),
    field: 'enterprise.techInsurance.premium',
    expected: [
      ['10', 'threshold', 'above'],
      ['100', 'cap', 'from', '50'],
    ],
  },
  {
    name: 'art. 2 premium at 60%: cap 50 from 83.34 (50 ÷ 60% to the cent above)',
    scenario: enterprise({ certifications: ['national-little-giant'], techInsurance: { premium: 30, termMonths: 12 } }),
    field: 'enterprise.techInsurance.premium',
    expected: [
      ['10', 'threshold', 'above'],
      ['83.34', 'cap', 'from', '50'],
    ],
  },
  {
    name: 'art. 2 premium without certification: none',
    scenario: enterprise({ techInsurance: { premium: 30, termMonths: 12 } }),
    field: 'enterprise.techInsurance.premium',
    expected: [],
  },
  {
    name: 'art. 4(b) first-loan match: cap 20 at 20',
    scenario: enterprise({ smallOrMicro: false, firstLoanMunicipalSupport: 5 }),
    field: 'enterprise.firstLoanMunicipalSupport',
    expected: [['20', 'cap', 'from', '20']],
  },
  {
    name: 'art. 4(c) city support, interest 60: cap 20 at 20, limited from 40, nothing from 60',
    scenario: enterprise({ smallOrMicro: false, startupGuaranteeLoan: { municipalSupport: 3, interestPaid: 60 } }),
    field: 'enterprise.startupGuaranteeLoan.municipalSupport',
    expected: [
      ['20', 'cap', 'from', '20'],
      ['40', 'limit', 'from'],
      ['60', 'threshold', 'below'],
    ],
  },
  {
    name: 'art. 4(c) city support, interest 8: limited from 4, nothing from 8',
    scenario: enterprise({ smallOrMicro: false, startupGuaranteeLoan: { municipalSupport: 3, interestPaid: 8 } }),
    field: 'enterprise.startupGuaranteeLoan.municipalSupport',
    expected: [
      ['4', 'limit', 'from'],
      ['8', 'threshold', 'below'],
    ],
  },
  {
    name: 'art. 4(c) interest paid, city 3: above 3, full match 3 from 6',
    scenario: enterprise({ smallOrMicro: false, startupGuaranteeLoan: { municipalSupport: 3, interestPaid: 8 } }),
    field: 'enterprise.startupGuaranteeLoan.interestPaid',
    expected: [
      ['3', 'threshold', 'above'],
      ['6', 'cap', 'from', '3'],
    ],
  },
  {
    name: 'art. 4(c) interest paid, city 30: above 30, cap 20 from 50',
    scenario: enterprise({ smallOrMicro: false, startupGuaranteeLoan: { municipalSupport: 30, interestPaid: 80 } }),
    field: 'enterprise.startupGuaranteeLoan.interestPaid',
    expected: [
      ['30', 'threshold', 'above'],
      ['50', 'cap', 'from', '20'],
    ],
  },
  {
    name: 'art. 8 bank capital: from 1亿, bands at 5亿, 10亿, 30亿, cap 6000 at 50亿',
    scenario: institution({ type: 'bank', paidInCapital: 20000 }),
    field: 'institution.paidInCapital',
    expected: [
      ['10000', 'threshold', 'from'],
      ['50000', 'tier', 'from'],
      ['100000', 'tier', 'from'],
      ['300000', 'tier', 'from'],
      ['500000', 'cap', 'from', '6000'],
    ],
  },
  {
    name: 'art. 10 factoring capital: from 5亿, cap 1000 at 20亿',
    scenario: institution({ type: 'commercial-factoring', paidInCapital: 60000 }),
    field: 'institution.paidInCapital',
    expected: [
      ['50000', 'threshold', 'from'],
      ['200000', 'cap', 'from', '1000'],
    ],
  },
  {
    name: 'art. 8 capital increase: from 1亿, cap 2000 at 20亿',
    scenario: institution({ type: 'bank', newlyEstablished: false, capitalIncreases: [20000] }),
    field: 'institution.capitalIncreases[0]',
    expected: [
      ['10000', 'threshold', 'from'],
      ['200000', 'cap', 'from', '2000'],
    ],
  },
  {
    name: 'art. 10 capital increase: from 1亿, cap 500 at 10亿',
    scenario: institution({ type: 'financing-guarantee', newlyEstablished: false, capitalIncreases: [20000] }),
    field: 'institution.capitalIncreases[0]',
    expected: [
      ['10000', 'threshold', 'from'],
      ['100000', 'cap', 'from', '500'],
    ],
  },
  {
    name: 'art. 3 contracts: from 1亿',
    scenario: institution({
      type: 'commercial-factoring',
      newlyEstablished: false,
      contractAmount: 20000,
      financingProvided: 30000,
    }),
    field: 'institution.contractAmount',
    expected: [['10000', 'threshold', 'from']],
  },
  {
    name: 'art. 3 financing: cap 500 at 50亿',
    scenario: institution({
      type: 'commercial-factoring',
      newlyEstablished: false,
      contractAmount: 20000,
      financingProvided: 30000,
    }),
    field: 'institution.financingProvided',
    expected: [['500000', 'cap', 'from', '500']],
  },
  {
    name: 'bank revenue after 1000: art. 14 from 1180 (18%), its cap 200 at 11000; art. 13 from 5亿, its cap 1000 at 20亿',
    scenario: institution({ type: 'bank', newlyEstablished: false, revenue: 1500, previousRevenue: 1000 }),
    field: 'institution.revenue',
    expected: [
      ['1180', 'threshold', 'from'],
      ['11000', 'cap', 'from', '200'],
      ['50000', 'threshold', 'from'],
      ['200000', 'cap', 'from', '1000'],
    ],
  },
  {
    name: 'revenue after 4300: art. 14 from 5000 (R₀ × 1.18 is past the edge, 15% from 5000 holds)',
    scenario: institution({ type: 'bank-branch', branchEvent: 'new-tier1', revenue: 4000, previousRevenue: 4300 }),
    field: 'institution.revenue',
    expected: [
      ['5000', 'threshold', 'from'],
      ['14300', 'cap', 'from', '200'],
    ],
  },
  {
    name: 'last year against 1180: art. 14 up to 1000',
    scenario: institution({ type: 'bank-branch', branchEvent: 'new-tier1', revenue: 1180, previousRevenue: 900 }),
    field: 'institution.previousRevenue',
    expected: [['1000', 'threshold', 'upTo']],
  },
  {
    name: 'last year against 6000: art. 14 up to 5217.39 (6000 ÷ 1.15 to the cent below)',
    scenario: institution({ type: 'bank-branch', branchEvent: 'new-tier1', revenue: 6000, previousRevenue: 5000 }),
    field: 'institution.previousRevenue',
    expected: [['5217.39', 'threshold', 'upTo']],
  },
  {
    name: 'securities trading volume: art. 13 from 500亿',
    scenario: institution({
      type: 'securities',
      newlyEstablished: false,
      tradingVolume: 6000000,
      previousTradingVolume: 4000000,
      revenue: 20000,
      previousRevenue: 20000,
    }),
    field: 'institution.tradingVolume',
    expected: [['5000000', 'threshold', 'from']],
  },
  {
    name: 'securities trading volume after 600亿: art. 13 above 600亿 (it must grow)',
    scenario: institution({
      type: 'securities',
      newlyEstablished: false,
      tradingVolume: 7000000,
      previousTradingVolume: 6000000,
      revenue: 20000,
      previousRevenue: 20000,
    }),
    field: 'institution.tradingVolume',
    expected: [['6000000', 'threshold', 'above']],
  },
  {
    name: 'insurer premium income: art. 13 from 200亿',
    scenario: institution({
      type: 'insurer',
      newlyEstablished: false,
      premiumIncome: 2500000,
      previousPremiumIncome: 1000000,
      revenue: 20000,
      previousRevenue: 20000,
    }),
    field: 'institution.premiumIncome',
    expected: [['2000000', 'threshold', 'from']],
  },
  {
    name: 'fund manager capital: from 1000, bands at 5000 and 1亿, cap 500 at 12500',
    scenario: fund({ managerPaidInCapital: 6000, managedFundsPaidIn: 20000 }),
    field: 'fund.managerPaidInCapital',
    expected: [
      ['1000', 'threshold', 'from'],
      ['5000', 'tier', 'from'],
      ['10000', 'tier', 'from'],
      ['12500', 'cap', 'from', '500'],
    ],
  },
  {
    name: 'fund manager capital with 2000 of state money: every edge 2000 higher (net)',
    scenario: fund({ managerPaidInCapital: 6000, managerStateCapital: 2000, managedFundsPaidIn: 20000 }),
    field: 'fund.managerPaidInCapital',
    expected: [
      ['3000', 'threshold', 'from'],
      ['7000', 'tier', 'from'],
      ['12000', 'tier', 'from'],
      ['14500', 'cap', 'from', '500'],
    ],
  },
  {
    name: 'state money in a 20000 manager: cap 500 up to 7500, bands up to 10000 and 15000, nothing past 19000',
    scenario: fund({ managerPaidInCapital: 20000, managerStateCapital: 0, managedFundsPaidIn: 20000 }),
    field: 'fund.managerStateCapital',
    expected: [
      ['7500', 'cap', 'upTo', '500'],
      ['10000', 'tier', 'upTo'],
      ['15000', 'tier', 'upTo'],
      ['19000', 'threshold', 'upTo'],
    ],
  },
  {
    name: 'managed funds: art. 11 from 1亿',
    scenario: fund({ managerPaidInCapital: 6000, managedFundsPaidIn: 20000 }),
    field: 'fund.managedFundsPaidIn',
    expected: [['10000', 'threshold', 'from']],
  },
  {
    name: 'manager capital increase: from 1000, cap 100 at 20000',
    scenario: fund({ managerCapitalIncreases: [2000] }),
    field: 'fund.managerCapitalIncreases[0]',
    expected: [
      ['1000', 'threshold', 'from'],
      ['20000', 'cap', 'from', '100'],
    ],
  },
  {
    name: 'QFLP fund in USD: from 2000 万美元, bands at 5000 and 10000',
    scenario: fund({ qflpFunds: [{ paidIn: 3000, currency: 'USD' }] }),
    field: 'fund.qflpFunds[0].paidIn',
    expected: [
      ['2000', 'threshold', 'from'],
      ['5000', 'tier', 'from'],
      ['10000', 'tier', 'from'],
    ],
  },
  {
    name: 'QFLP fund in CNY at 7.1: the edges × 7.1 in 万元',
    scenario: fund({ usdCnyRate: 7.1, qflpFunds: [{ paidIn: 30000, currency: 'CNY' }] }),
    field: 'fund.qflpFunds[0].paidIn',
    expected: [
      ['14200', 'threshold', 'from'],
      ['35500', 'tier', 'from'],
      ['71000', 'tier', 'from'],
    ],
  },
  {
    name: 'state money in a 6000 万美元 QFLP fund: 80 up to 1000, 50 up to 4000',
    scenario: fund({ qflpFunds: [{ paidIn: 6000, currency: 'USD', stateCapital: 0 }] }),
    field: 'fund.qflpFunds[0].stateCapital',
    expected: [
      ['1000', 'tier', 'upTo'],
      ['4000', 'threshold', 'upTo'],
    ],
  },
  {
    name: 'art. 15 investment: cap 50 at 2500',
    scenario: fund({ investments: [investment({})] }),
    field: 'fund.investments[0].amount',
    expected: [['2500', 'cap', 'from', '50']],
  },
  {
    name: 'art. 15 investment with 500 of state money: from 500.25 (the first net that rounds to 0.01), cap 50 at 3000',
    scenario: fund({ investments: [investment({ stateCapital: 500 })] }),
    field: 'fund.investments[0].amount',
    expected: [
      ['500.25', 'threshold', 'from'],
      ['3000', 'cap', 'from', '50'],
    ],
  },
  {
    name: 'state money in a 3000 investment: cap 50 up to 500, paid up to 2999.75 (a net that still rounds to 0.01)',
    scenario: fund({ investments: [investment({ amount: 3000, stateCapital: 0 })] }),
    field: 'fund.investments[0].stateCapital',
    expected: [
      ['500', 'cap', 'upTo', '50'],
      ['2999.75', 'threshold', 'upTo'],
    ],
  },
];

const cent = new Decimal('0.01');

/** The breakpoint's item at each value, computed by whatIf (that is, by estimate). */
function around(c: Case, b: Breakpoint, deltas: Decimal[]): WhatIfPoint['items'][number][] {
  const values = deltas.map((d) => new Decimal(b.value).plus(d).toFixed());
  const r = whatIf(c.scenario, c.field, values, { lang: 'en' });
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  return r.result.points.map((p) => {
    const item = p.items.find((i) => i.rule === b.rule);
    assert.ok(item, `no ${b.rule} item at ${p.value}`);
    return item;
  });
}

const paid = (i: { status: string }) => i.status === 'awarded' || i.status === 'excluded' || i.status === 'pending';
const amount = (i: { amount: string }) => new Decimal(i.amount);

/** What must be true on both sides of a breakpoint, by its kind and side. */
function checkSides(c: Case, b: Breakpoint): void {
  const at = `${b.kind} ${b.side} ${b.value} (${b.rule})`;
  if (b.kind === 'threshold') {
    const [before, on, after] = around(c, b, [cent.neg(), new Decimal(0), cent]);
    const [lower, upper] =
      b.side === 'from'
        ? [before!, on!]
        : b.side === 'above'
          ? [on!, after!]
          : b.side === 'upTo'
            ? [on!, after!]
            : [before!, on!];
    const paysAbove = b.side === 'from' || b.side === 'above';
    assert.equal(paid(lower), !paysAbove, `${at}: below it ${lower.status}`);
    assert.equal(paid(upper), paysAbove, `${at}: above it ${upper.status}`);
  } else if (b.kind === 'tier') {
    const [before, on, after] = around(c, b, [cent.neg(), new Decimal(0), cent]);
    const [lower, upper] = b.side === 'from' || b.side === 'below' ? [before!, on!] : [on!, after!];
    // A band edge is a jump far larger than one cent's worth of any rate.
    assert.ok(amount(upper).minus(amount(lower)).abs().greaterThan(1), `${at}: ${lower.amount} then ${upper.amount}`);
  } else if (b.kind === 'cap') {
    // 1% of the value away: far enough for the smallest rate (0.1%) to move the amount by whole cents.
    const step = new Decimal(b.value).dividedBy(100);
    const [before, on, after] = around(c, b, [step.neg(), new Decimal(0), step]);
    assert.equal(on!.amount, new Decimal(b.cap!).toFixed(2), `${at}: the cap at the point`);
    const [inside, outside] = b.side === 'from' ? [after!, before!] : [before!, after!];
    assert.equal(inside.amount, on!.amount, `${at}: flat on the cap's side`);
    assert.ok(amount(outside).lessThan(amount(on!)), `${at}: below the cap on the other side (${outside.amount})`);
  } else {
    const step = new Decimal(b.value).dividedBy(100);
    const [before, on, after] = around(c, b, [step.neg(), new Decimal(0), step]);
    assert.ok(amount(after!).lessThan(amount(on!)), `${at}: falls after the limit (${on!.amount} → ${after!.amount})`);
    assert.ok(amount(before!).lessThanOrEqualTo(amount(on!)), `${at}: rose or held before it`);
  }
}

for (const c of cases) {
  test(c.name, () => {
    const r = whatIf(c.scenario, c.field, ['0'], { lang: 'en' });
    assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
    const got = r.result.breakpoints.map((b) => [b.value, b.kind, b.side, ...(b.cap ? [b.cap] : [])]);
    assert.deepEqual(got, c.expected);
    for (const b of r.result.breakpoints) checkSides(c, b);
  });
}

test('a field no rule of the scenario depends on has no breakpoints (a bank has no art. 3 contracts)', () => {
  const r = whatIf(institution({ type: 'bank', contractAmount: 20000 }), 'institution.contractAmount', [0]);
  assert.ok(r.ok);
  assert.deepEqual(r.result.breakpoints, []);
});
