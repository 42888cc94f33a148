/**
 * Random scenarios for property tests (fast-check): every applicant kind, amounts tagged so that they can be spelled
 * several ways afterwards, and a "junk" leaf for the never-throws property. Shared by test/core/properties.test.ts
 * and test/core/amounts-only.test.ts.
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
// Random scenarios draw from the core's own vocabulary; the rule tests check that vocabulary against the contract.
import { CERTIFICATIONS, INSTITUTION_TYPES } from '../../core/index.ts';

/** An amount in 万元 with up to 2 decimals, kept as a tag so that it can be spelled several ways afterwards. */
export interface Amt {
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
export const amt: fc.Arbitrary<Amt> = cents.map((c) => ({ __amt: new Decimal(c).dividedBy(100).toFixed(2) }));

const isoDate = (from: string, to: string) =>
  fc
    .date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

/** `leaf` wraps every leaf: identity for valid scenarios, "sometimes junk" for the never-throws property. */
export type Leaf = <T>(a: fc.Arbitrary<T>) => fc.Arbitrary<unknown>;
export const valid: Leaf = (a) => a;
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
export const sometimesJunk: Leaf = (a) =>
  fc.oneof({ arbitrary: a as fc.Arbitrary<unknown>, weight: 12 }, { arbitrary: junk, weight: 1 });

export function scenarioArb(leaf: Leaf) {
  const opt = { requiredKeys: [] as never[] };
  const enterprise = fc.record(
    {
      smallOrMicro: leaf(fc.boolean()),
      certifications: leaf(fc.subarray([...CERTIFICATIONS])),
      techInsurance: leaf(fc.record({ premium: leaf(amt), termMonths: leaf(fc.integer({ min: 0, max: 36 })) }, opt)),
      loanInterestPaid: leaf(amt),
      firstLoanMunicipalSupport: leaf(amt),
      startupGuaranteeLoan: leaf(fc.record({ municipalSupport: leaf(amt), interestPaid: leaf(amt) }, opt)),
    },
    opt,
  );
  const institution = fc.record(
    {
      type: leaf(fc.constantFrom(...INSTITUTION_TYPES)),
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

export type Spelling = 'X' | 'X万元' | 'X0000元' | 'number' | 'X万' | 'commas元';
/** Replaces every tagged amount by the way a person might write it. */
export function spell(v: unknown, how: Spelling): unknown {
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
