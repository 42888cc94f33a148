/**
 * Properties over random scenarios (fast-check): no awarded item above its cap; total = sum of awarded items;
 * 就高不重复 groups award one; a scenario never throws (result or field errors); amounts written "X万元", "X0000元",
 * "X" (or the number X) give identical results; the language never changes a figure.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { estimate } from '../../core/index.ts';
import type { EstimateOutcome, ResultItem, SubsidyResult } from '../../core/index.ts';
import { sumItems } from './rules/helpers.ts';

const TODAY = '2026-06-30';
const RUNS = Number(process.env.FC_RUNS ?? 300);

/** An amount in 万元 with up to 2 decimals, kept as a tag so that it can be spelled several ways afterwards. */
interface Amt {
  __amt: string;
}
const cents = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }), // up to 100 万元: art. 2, 4, 15 ranges
  fc.integer({ min: 0, max: 3_000_000 }), // up to 30,000 万元: tiers of 3, 11, 12, 14
  fc.integer({ min: 0, max: 200_000_000 }), // up to 2,000,000 万元: tiers of 8, 10, 13
  fc.constantFrom(
    0,
    1,
    999,
    1000,
    1001,
    999_999,
    1_000_000,
    1_000_001,
    4_999_999,
    5_000_000,
    9_999_999,
    10_000_000,
    29_999_999,
    30_000_000,
    50_000_000,
    500_000_000,
  ),
);
const amt: fc.Arbitrary<Amt> = cents.map((c) => ({ __amt: new Decimal(c).dividedBy(100).toFixed(2) }));

const isoDate = (from: string, to: string) =>
  fc
    .date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

const CERTS = ['beijing-specialized-sme', 'national-high-tech', 'national-little-giant'] as const;
const TYPES = [
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
  'financing-leasing',
  'commercial-factoring',
  'financing-guarantee',
  'bank-branch',
  'securities-branch',
  'insurance-branch',
  'fund-manager',
] as const;

/** `leaf` wraps every leaf: identity for valid scenarios, "sometimes junk" for the never-throws property. */
type Leaf = <T>(a: fc.Arbitrary<T>) => fc.Arbitrary<unknown>;
const valid: Leaf = (a) => a;
const junk = fc.oneof(
  fc.anything(),
  fc.constantFrom<unknown>(
    '-5',
    'abc',
    '5千克',
    NaN,
    Infinity,
    -1,
    '2025-02-30',
    '',
    null,
    '1e5',
    [],
    {},
    'EUR',
    '30万万',
  ),
);
const sometimesJunk: Leaf = (a) =>
  fc.oneof({ arbitrary: a as fc.Arbitrary<unknown>, weight: 12 }, { arbitrary: junk, weight: 1 });

function scenarioArb(leaf: Leaf) {
  const opt = { requiredKeys: [] as never[] };
  const enterprise = fc.record(
    {
      smallOrMicro: leaf(fc.boolean()),
      certifications: leaf(fc.subarray([...CERTS])),
      techInsurance: leaf(fc.record({ premium: leaf(amt), termMonths: leaf(fc.integer({ min: 0, max: 36 })) }, opt)),
      loanInterestPaid: leaf(amt),
      firstLoanMunicipalSupport: leaf(amt),
      startupGuaranteeLoan: leaf(fc.record({ municipalSupport: leaf(amt), interestPaid: leaf(amt) }, opt)),
    },
    opt,
  );
  const institution = fc.record(
    {
      type: leaf(fc.constantFrom(...TYPES)),
      newlyEstablished: leaf(fc.boolean()),
      paidInCapital: leaf(amt),
      capitalIncreases: leaf(fc.array(leaf(amt), { maxLength: 3 })),
      revenue: leaf(amt),
      previousRevenue: leaf(amt),
      tradingVolume: leaf(amt),
      previousTradingVolume: leaf(amt),
      premiumIncome: leaf(amt),
      previousPremiumIncome: leaf(amt),
      superiorInZone: leaf(fc.boolean()),
      contractAmount: leaf(amt),
      financingProvided: leaf(amt),
      branchEvent: leaf(fc.constantFrom('new-tier1', 'upgraded-tier2')),
    },
    opt,
  );
  const fund = fc.record(
    {
      managerPaidInCapital: leaf(amt),
      managerStateCapital: leaf(amt),
      managedFundsPaidIn: leaf(amt),
      managerCapitalIncreases: leaf(fc.array(leaf(amt), { maxLength: 3 })),
      qflpNewPilot: leaf(fc.boolean()),
      qflpFunds: leaf(
        fc.array(
          leaf(
            fc.record(
              {
                paidIn: leaf(amt),
                currency: leaf(fc.constantFrom('USD', 'CNY')),
                stateCapital: leaf(amt),
              },
              opt,
            ),
          ),
          { maxLength: 3 },
        ),
      ),
      // always present so that a CNY fund is valid; junk sometimes replaces it
      usdCnyRate: leaf(fc.constantFrom(7.1, '7.1', 6.9, 7.25, '7.0123')),
      investments: leaf(
        fc.array(
          leaf(
            fc.record(
              {
                company: leaf(fc.string({ maxLength: 8 })),
                amount: leaf(amt),
                fundedOn: leaf(isoDate('2024-06-01', '2029-06-30')),
                firstInvestment: leaf(fc.boolean()),
                startup: leaf(fc.boolean()),
                stateCapital: leaf(amt),
              },
              opt,
            ),
          ),
          { maxLength: 6 },
        ),
      ),
    },
    { requiredKeys: ['usdCnyRate'] },
  );
  const eligibility = fc.record(
    {
      inZone: leaf(fc.boolean()),
      majorPenaltyInLast3Years: leaf(fc.boolean()),
      criminalRecord: leaf(fc.boolean()),
      seriousDishonestyList: leaf(fc.boolean()),
    },
    opt,
  );
  return fc.record(
    {
      year: leaf(fc.integer({ min: 2023, max: 2030 })),
      asOf: leaf(isoDate('2025-01-01', '2032-12-31')),
      eligibility: leaf(eligibility),
      enterprise: leaf(enterprise),
      institution: leaf(institution),
      fund: leaf(fund),
    },
    { requiredKeys: ['year'] },
  );
}

type Spelling = 'X' | 'X万元' | 'X0000元' | 'number' | 'X万' | 'commas元';
/** Replaces every tagged amount by the way a person might write it. */
function spell(v: unknown, how: Spelling): unknown {
  if (Array.isArray(v)) return v.map((x) => spell(x, how));
  if (v && typeof v === 'object') {
    if ('__amt' in v) {
      const x = (v as Amt).__amt;
      const yuan = new Decimal(x).times(10000).toFixed(0);
      switch (how) {
        case 'X':
          return x;
        case 'X万元':
          return `${x}万元`;
        case 'X万':
          return `${x}万`;
        case 'X0000元':
          return `${yuan}元`;
        case 'commas元':
          return `${yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}元`;
        case 'number':
          return Number(x);
      }
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, spell(x, how)]));
  }
  return v;
}

function outcome(s: unknown, lang: 'en' | 'zh-CN' = 'en'): EstimateOutcome {
  return estimate(s, { lang, today: TODAY });
}
function resultOf(s: unknown): SubsidyResult {
  const out = outcome(s);
  if (!out.ok) throw new Error(`a valid scenario was refused: ${JSON.stringify(out.errors)} for ${JSON.stringify(s)}`);
  return out.result;
}

/** Caps per single item from policy-rules.md, independent of the engine's own `cap` field. */
const ITEM_CAP: Record<number, string> = {
  2: '50',
  3: '500',
  4: '50',
  8: '6000',
  9: '400',
  10: '1000',
  11: '500',
  12: '100',
  13: '1000',
  14: '200',
  15: '50',
};
const INFO = new Set([1, 5, 6, 7, 16, 17, 18, 19, 20]);

test("property: no awarded item is above its cap, nor above the policy's cap for its article", () => {
  fc.assert(
    fc.property(scenarioArb(valid), (s) => {
      const r = resultOf(spell(s, 'X'));
      for (const it of r.items) {
        const a = new Decimal(it.amount);
        assert.ok(a.gte(0), `${it.rule}: negative amount ${it.amount}`);
        if (it.status !== 'awarded' && it.status !== 'pending' && it.status !== 'excluded') continue;
        if (it.cap !== undefined) assert.ok(a.lte(it.cap), `${it.rule}: ${it.amount} above its cap ${it.cap}`);
        const policyCap = ITEM_CAP[it.article];
        assert.ok(policyCap !== undefined, `art. ${it.article} has no amount but is ${it.status}`);
        assert.ok(a.lte(policyCap), `${it.rule}: ${it.amount} above the art. ${it.article} cap ${policyCap}`);
      }
    }),
    { numRuns: RUNS },
  );
});

test('property: total is the sum of the awarded items; pendingTotal of the pending ones; conditionalTotal of the awarded conditional ones', () => {
  fc.assert(
    fc.property(scenarioArb(valid), (s) => {
      const r = resultOf(spell(s, 'X'));
      assert.match(r.total, /^\d+\.\d{2}$/);
      assert.equal(r.total, sumItems(r.items.filter((it) => it.status === 'awarded')));
      assert.equal(r.pendingTotal, sumItems(r.items.filter((it) => it.status === 'pending')));
      assert.equal(r.conditionalTotal, sumItems(r.items.filter((it) => it.status === 'awarded' && it.conditional)));
    }),
    { numRuns: RUNS },
  );
});

test('property: each 就高不重复 group awards at most one member; info articles are only info', () => {
  fc.assert(
    fc.property(scenarioArb(valid), (s) => {
      const r = resultOf(spell(s, 'X'));
      const awarded = r.items.filter((it) => it.status === 'awarded');
      const arts = new Set(awarded.map((it) => it.article));
      assert.ok([3, 13, 14].filter((a) => arts.has(a)).length <= 1, `group {3,13,14}: ${[...arts]}`);
      assert.ok([11, 12].filter((a) => arts.has(a)).length <= 1, `group {11,12}: ${[...arts]}`);
      assert.ok(awarded.filter((it) => it.article === 4).length <= 1, 'art. 4 awards one support');
      // outside the period or the gate they may say "ineligible"; they never carry money
      for (const it of r.items)
        if (INFO.has(it.article))
          assert.ok(it.status === 'info' || it.status === 'ineligible', `${it.rule} is ${it.status}`);
      for (const it of r.items.filter((x) => x.status === 'excluded')) {
        assert.ok(
          it.excludedBy && awarded.some((w) => w.rule === it.excludedBy),
          `${it.rule} excluded by ${it.excludedBy}, not awarded`,
        );
      }
    }),
    { numRuns: RUNS },
  );
});

test('property: the excluded member of a group is never higher than the winner', () => {
  fc.assert(
    fc.property(scenarioArb(valid), (s) => {
      const r = resultOf(spell(s, 'X'));
      const articleTotal = (a: number) =>
        sumItems(r.items.filter((it) => it.article === a && (it.status === 'awarded' || it.status === 'excluded')));
      for (const group of [
        [3, 13, 14],
        [11, 12],
      ]) {
        const winner = group.find((a) => r.items.some((it) => it.article === a && it.status === 'awarded'));
        if (winner === undefined) continue;
        for (const a of group)
          assert.ok(new Decimal(articleTotal(a)).lte(articleTotal(winner)), `art. ${a} beats winner art. ${winner}`);
      }
      const a4 = r.items.filter((it) => it.article === 4);
      const w = a4.find((it) => it.status === 'awarded');
      if (w) for (const it of a4) if (it.status === 'excluded') assert.ok(new Decimal(it.amount).lte(w.amount));
    }),
    { numRuns: RUNS },
  );
});

test('property: a scenario never throws, valid or not: a result or field errors with paths', () => {
  const wild = fc.oneof(
    { arbitrary: scenarioArb(sometimesJunk).map((s) => spell(s, 'X')), weight: 6 },
    { arbitrary: fc.anything(), weight: 1 },
    { arbitrary: fc.object(), weight: 1 },
  );
  fc.assert(
    fc.property(wild, (s) => {
      let out: EstimateOutcome;
      try {
        out = outcome(s);
      } catch (e) {
        assert.fail(`estimate threw ${String(e)} for ${JSON.stringify(s)}`);
      }
      if (out.ok) {
        assert.equal(out.result.total, sumItems(out.result.items.filter((it) => it.status === 'awarded')));
        for (const it of out.result.items) assert.match(it.amount, /^\d+\.\d{2}$/);
      } else {
        assert.ok(out.errors.length > 0, 'a refusal names at least one field');
        for (const e of out.errors) {
          assert.equal(typeof e.path, 'string');
          assert.ok(typeof e.message === 'string' && e.message.length > 0);
          assert.doesNotMatch(e.message, /undefined|NaN|\[object Object\]/, e.message);
        }
      }
    }),
    { numRuns: RUNS * 2 },
  );
});

function fingerprint(r: SubsidyResult) {
  const pick = (it: ResultItem) => ({
    article: it.article,
    rule: it.rule,
    status: it.status,
    amount: it.amount,
    capped: it.capped,
    conditional: it.conditional,
    excludedBy: it.excludedBy,
    claimableFrom: it.claimableFrom,
    subject: it.subject,
  });
  return { total: r.total, pendingTotal: r.pendingTotal, items: r.items.map(pick) };
}

test('property: amounts written "X万元", "X0000元", "X", "X万", "X,XXX元" or the number X give identical results', () => {
  fc.assert(
    fc.property(scenarioArb(valid), (s) => {
      const ref = fingerprint(resultOf(spell(s, 'X')));
      for (const how of ['X万元', 'X0000元', 'number', 'X万', 'commas元'] as const) {
        assert.deepEqual(fingerprint(resultOf(spell(s, how))), ref, `spelled ${how}`);
      }
    }),
    { numRuns: RUNS },
  );
});

test('property: the language changes words, never a figure or a status', () => {
  fc.assert(
    fc.property(scenarioArb(valid), (s) => {
      const x = spell(s, 'X');
      const en = outcome(x, 'en');
      const zh = outcome(x, 'zh-CN');
      assert.ok(en.ok && zh.ok);
      if (en.ok && zh.ok) assert.deepEqual(fingerprint(zh.result), fingerprint(en.result));
    }),
    { numRuns: RUNS },
  );
});

test('property: the gate: failing any eligibility fact awards nothing', () => {
  const bad = fc.constantFrom(
    { inZone: false },
    { majorPenaltyInLast3Years: true },
    { criminalRecord: true },
    { seriousDishonestyList: true },
  );
  fc.assert(
    fc.property(scenarioArb(valid), bad, (s, fact) => {
      const x = spell(s, 'X') as Record<string, unknown>;
      const r = resultOf({ ...x, eligibility: { ...(x.eligibility as object | undefined), ...fact } });
      assert.equal(r.total, '0.00');
      assert.ok(r.items.every((it) => it.status === 'ineligible' || it.status === 'info'));
    }),
    { numRuns: RUNS },
  );
});
