/**
 * Every boundary of the policy honours its `inclusive` flag: for each threshold in the data, a copy of the data with
 * that one flag flipped gives a different outcome for a value exactly on the boundary, and the same outcome one step
 * either side of it. So the flag is what decides the boundary, for every threshold, and nothing else moves.
 * The edges are read from the data, so a revised figure moves the test with it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Decimal from 'decimal.js';
import { estimate, policyBook, type PolicyBook } from '../../../core/index.ts';
import { MEASURES_2025 } from '../../../core/policy/measures-2025.ts';
import { COMPLIANT, TODAY } from '../rules/helpers.ts';

type Data = typeof MEASURES_2025;
type Obj = Record<string, unknown>;

/** Paths of every object in the data with an `inclusive` flag: "art2.premiumThreshold", "art8.tiers[1].from"… */
function thresholdPaths(x: unknown, path = ''): string[] {
  if (Array.isArray(x)) return x.flatMap((e, i) => thresholdPaths(e, `${path}[${i}]`));
  if (typeof x !== 'object' || x === null) return [];
  if ('inclusive' in x) return [path];
  return Object.entries(x).flatMap(([k, v]) => thresholdPaths(v, path ? `${path}.${k}` : k));
}

function at(data: unknown, path: string): { value: string; inclusive: boolean } {
  return path
    .split(/\.|(?=\[)/)
    .reduce<unknown>((o, k) => (o as Obj)[k.startsWith('[') ? Number(k.slice(1, -1)) : k], data) as {
    value: string;
    inclusive: boolean;
  };
}

/** The edge plus `steps` hundredths (万元 to the cent), as a string the core reads exactly. */
const near = (edge: string | Decimal, steps: number) =>
  new Decimal(edge).plus(new Decimal(steps).times('0.01')).toFixed();
const edgeOf = (path: string) => at(MEASURES_2025, path).value;

const enterprise = (e: Obj): Obj => ({ year: 2025, eligibility: COMPLIANT, enterprise: e });
// superiorInZone keeps art. 14 out of the arts. 3/13/14 group, so the article under test is compared on its own.
const institution = (i: Obj): Obj => ({
  year: 2025,
  eligibility: COMPLIANT,
  institution: { superiorInZone: true, ...i },
});
const fund = (f: Obj, extra: Obj = {}): Obj => ({ year: 2025, eligibility: COMPLIANT, fund: f, ...extra });

interface BoundaryCase {
  /** The rule whose item is compared. */
  rule: string;
  /** The scenario `steps` steps past the boundary (0: on it; -1, 1: one step either side). */
  at: (steps: number) => Obj;
}

function sectorCase(i: number): BoundaryCase {
  const s = MEASURES_2025.art13.sectors[i]!;
  const field = s.measure;
  const previous = `previous${field[0]!.toUpperCase()}${field.slice(1)}`;
  const edge = s.threshold.value;
  return {
    rule: 'art13.scale',
    at: (n) =>
      institution({ type: s.types[0], revenue: '1000', [field]: near(edge, n), [previous]: near(edge, -100000) }),
  };
}

function art14Case(path: 'lowerBandGrowth' | 'upperBandGrowth'): BoundaryCase {
  // Last year's revenue on the right side of the 5000 edge; this year's exactly that much more.
  const r0 = path === 'lowerBandGrowth' ? '1000' : '10000';
  const r = new Decimal(r0).times(new Decimal(1).plus(MEASURES_2025.art14[path].value));
  return {
    rule: 'art14.growth',
    at: (n) =>
      institution({
        type: 'bank-branch',
        branchEvent: 'new-tier1',
        superiorInZone: false,
        revenue: near(r, n),
        previousRevenue: r0,
      }),
  };
}

const CASES: Record<string, BoundaryCase> = {
  'art2.premiumThreshold': {
    rule: 'art2.premium',
    at: (n) =>
      enterprise({
        certifications: ['beijing-specialized-sme'],
        techInsurance: { premium: near(edgeOf('art2.premiumThreshold'), n), termMonths: 24 },
      }),
  },
  'art2.minTerm': {
    rule: 'art2.premium',
    at: (n) =>
      enterprise({
        certifications: ['beijing-specialized-sme'],
        techInsurance: { premium: '30', termMonths: Number(edgeOf('art2.minTerm')) + n },
      }),
  },
  'art3.contractThreshold': {
    rule: 'art3.financing',
    at: (n) =>
      institution({
        type: 'commercial-factoring',
        contractAmount: near(edgeOf('art3.contractThreshold'), n),
        financingProvided: '5000',
      }),
  },
  ...Object.fromEntries(
    MEASURES_2025.art8.tiers.map((tier, i) => [
      `art8.tiers[${i}].from`,
      {
        rule: 'art8.establishment',
        at: (n: number) =>
          institution({ type: 'bank', newlyEstablished: true, paidInCapital: near(tier.from.value, n) }),
      },
    ]),
  ),
  'art8.increase.min': {
    rule: 'art8.capitalIncrease',
    at: (n) =>
      institution({ type: 'bank', newlyEstablished: false, capitalIncreases: [near(edgeOf('art8.increase.min'), n)] }),
  },
  'art10.establishment.min': {
    rule: 'art10.establishment',
    at: (n) =>
      institution({
        type: 'financing-guarantee',
        newlyEstablished: true,
        paidInCapital: near(edgeOf('art10.establishment.min'), n),
      }),
  },
  'art10.increase.min': {
    rule: 'art10.capitalIncrease',
    at: (n) =>
      institution({
        type: 'financing-guarantee',
        newlyEstablished: false,
        capitalIncreases: [near(edgeOf('art10.increase.min'), n)],
      }),
  },
  'art11.managerMin': {
    rule: 'art11.manager',
    at: (n) => fund({ managerPaidInCapital: near(edgeOf('art11.managerMin'), n), managedFundsPaidIn: '50000' }),
  },
  'art11.fundsMin': {
    rule: 'art11.manager',
    at: (n) => fund({ managerPaidInCapital: '3000', managedFundsPaidIn: near(edgeOf('art11.fundsMin'), n) }),
  },
  // The bands are on the capital net of state money: 500 of state money keeps the gross entry threshold out of play.
  ...Object.fromEntries(
    MEASURES_2025.art11.bands.map((band, i) => [
      `art11.bands[${i}].from`,
      {
        rule: 'art11.manager',
        at: (n: number) =>
          fund({
            managerPaidInCapital: near(new Decimal(band.from.value).plus(500), n),
            managerStateCapital: '500',
            managedFundsPaidIn: '50000',
          }),
      },
    ]),
  ),
  'art11.increase.min': {
    rule: 'art11.capitalIncrease',
    at: (n) => fund({ managerCapitalIncreases: [near(edgeOf('art11.increase.min'), n)] }),
  },
  ...Object.fromEntries(
    MEASURES_2025.art12.bands.map((band, i) => [
      `art12.bands[${i}].from`,
      {
        rule: 'art12.fund',
        at: (n: number) =>
          fund({ qflpNewPilot: false, qflpFunds: [{ paidIn: near(band.from.value, n), currency: 'USD' }] }),
      },
    ]),
  ),
  'art13.sectors[0].threshold': sectorCase(0),
  'art13.sectors[1].threshold': sectorCase(1),
  'art13.sectors[2].threshold': sectorCase(2),
  'art13.growth': {
    rule: 'art13.scale',
    at: (n) => institution({ type: 'bank', revenue: near('60000', n), previousRevenue: '60000' }),
  },
  'art14.upperBandFrom': {
    rule: 'art14.growth',
    // Growth between the two bands' figures: enough for the upper band, not for the lower one.
    at: (n) => {
      const { lowerBandGrowth, upperBandGrowth, upperBandFrom } = MEASURES_2025.art14;
      const between = new Decimal(lowerBandGrowth.value).plus(upperBandGrowth.value).dividedBy(2).plus(1);
      return institution({
        type: 'bank-branch',
        branchEvent: 'new-tier1',
        superiorInZone: false,
        revenue: near(upperBandFrom.value, n),
        previousRevenue: new Decimal(upperBandFrom.value).dividedBy(between).toDecimalPlaces(2).toFixed(),
      });
    },
  },
  'art14.lowerBandGrowth': art14Case('lowerBandGrowth'),
  'art14.upperBandGrowth': art14Case('upperBandGrowth'),
  'art15.wait': {
    rule: 'art15.investment',
    // asOf the anniversary of the payment, or a day either side.
    at: (n) => {
      const asOf = new Date(Date.UTC(2025 + Number(edgeOf('art15.wait')), 2, 1 + n)).toISOString().slice(0, 10);
      return fund(
        { investments: [{ amount: '1000', fundedOn: '2025-03-01', firstInvestment: true, startup: true }] },
        { asOf },
      );
    },
  },
};

function outcome(scenario: Obj, rule: string, policies?: PolicyBook): string {
  const out = estimate(scenario, { lang: 'en', today: TODAY, ...(policies ? { policies } : {}) });
  if (!out.ok) assert.fail(`${rule}: field errors ${JSON.stringify(out.errors)}`);
  const item = out.result.items.find((i) => i.rule === rule);
  assert.ok(item, `${rule}: no item`);
  return `${item.status} ${item.amount}`;
}

test('every threshold of the data has a boundary case here (a new threshold needs one)', () => {
  assert.deepEqual(thresholdPaths(MEASURES_2025).sort(), Object.keys(CASES).sort());
});

for (const path of thresholdPaths(MEASURES_2025)) {
  test(`flipping ${path}.inclusive moves its boundary, and only there`, () => {
    const c = CASES[path];
    assert.ok(c, `no boundary case for ${path}`);
    const flipped = structuredClone(MEASURES_2025) as Data;
    const t = at(flipped, path);
    t.inclusive = !t.inclusive;
    const book = policyBook(flipped);
    assert.notEqual(
      outcome(c.at(0), c.rule, book),
      outcome(c.at(0), c.rule),
      `on the boundary ${path} (${t.value}) must change sides`,
    );
    for (const n of [-1, 1])
      assert.equal(
        outcome(c.at(n), c.rule, book),
        outcome(c.at(n), c.rule),
        `one step ${n > 0 ? 'past' : 'short of'} ${path}`,
      );
  });
}

test('on each boundary the shipped data puts the value where its words say: inside for 以上/（含）/满, outside for 超过/正增长', () => {
  // One step inside the range is where the threshold is met: on the boundary the outcome matches it iff inclusive.
  for (const path of thresholdPaths(MEASURES_2025)) {
    const c = CASES[path]!;
    const { inclusive } = at(MEASURES_2025, path);
    const inside = outcome(c.at(1), c.rule);
    const outside = outcome(c.at(-1), c.rule);
    assert.equal(outcome(c.at(0), c.rule), inclusive ? inside : outside, path);
  }
});
