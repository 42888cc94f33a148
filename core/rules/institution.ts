/** Rules for financial institutions: arts. 3, 8, 9, 10, 13, 14. */
import { ART3, ART8, ART9, ART10, ART13, ART14, type CapitalTier } from '../policy/measures-2025.ts';
import { Decimal, figure, percent, fig, ratioPercent } from '../money.ts';
import type { InstitutionType } from '../types.ts';
import type { NormalizedInstitution } from '../scenario-schema.ts';
import type { Draft, RuleContext } from './draft.ts';
import { awarded, bandOf, draft, incomplete, ineligible, missingOf, rateWithCap, withCap } from './compute.ts';

function institutionOf(ctx: RuleContext, types?: readonly InstitutionType[]): NormalizedInstitution | undefined {
  const inst = ctx.scenario.institution;
  if (!inst?.type) return undefined;
  return !types || types.includes(inst.type) ? inst : undefined;
}

/** 第三条: factoring and financing-leasing companies with contracts ≥ 1亿 get 0.1% of the financing provided, cap 500. */
export function supplyChainFinance(ctx: RuleContext): Draft[] {
  const inst = institutionOf(ctx, ART3.types);
  if (!inst) return [];
  const head = { article: 3, rule: 'art3.financing' };
  const missing = missingOf(
    'institution.contractAmount',
    inst.contractAmount,
    'institution.financingProvided',
    inst.financingProvided,
  );
  if (inst.contractAmount == null || inst.financingProvided == null) return [incomplete(head, missing)];
  if (inst.contractAmount.lessThan(ART3.contractThreshold.value)) {
    return [
      ineligible(head, {
        key: 'art3.contractTooLow',
        params: { contract: figure(inst.contractAmount), threshold: ART3.contractThreshold.value },
      }),
    ];
  }
  if (inst.financingProvided.isZero()) return [ineligible(head, { key: 'art3.noFinancing' })];
  const r = rateWithCap(inst.financingProvided, ART3.rate, ART3.cap);
  return [
    awarded(head, r, {
      key: 'art3.awarded',
      params: {
        financing: figure(inst.financingProvided),
        rate: percent(ART3.rate),
        cap: ART3.cap,
        amount: figure(r.amount),
      },
    }),
  ];
}

/**
 * One rule shape for the set-up rewards of art. 8 (licensed legal persons, tiers) and art. 10 (local financial
 * organisations, a flat rate): newly set up in the year, paid-in capital above a floor.
 */
function establishment(
  ctx: RuleContext,
  inst: NormalizedInstitution,
  article: 8 | 10,
  compute: (capital: Decimal) => ReturnType<typeof rateWithCap> | undefined,
  floor: string,
): Draft {
  const head = { article, rule: `art${article}.establishment` };
  if (inst.newlyEstablished === false)
    return ineligible(head, { key: 'common.notNewlyEstablished', params: { year: ctx.scenario.year } });
  const missing = missingOf(
    'institution.newlyEstablished',
    inst.newlyEstablished,
    'institution.paidInCapital',
    inst.paidInCapital,
  );
  if (inst.newlyEstablished == null || inst.paidInCapital == null) return incomplete(head, missing);
  const r = compute(inst.paidInCapital);
  if (!r)
    return ineligible(head, { key: 'common.capitalTooLow', params: { capital: figure(inst.paidInCapital), floor } });
  return awarded(head, r, {
    key: `art${article}.establishmentAwarded`,
    params: {
      capital: figure(inst.paidInCapital),
      amount: figure(r.amount),
      cap: r.calc.cap ? figure(r.calc.cap) : '',
    },
  });
}

/** Capital increases (arts. 8, 10, 11): each single increase at or above a floor earns a rate, capped per increase. */
export function capitalIncreases(
  article: number,
  increases: readonly Decimal[] | null | undefined,
  listPath: string,
  spec: { min: string; rate: string; cap: string },
): Draft[] {
  return (increases ?? []).map((inc, i) => {
    const head = { article, rule: `art${article}.capitalIncrease`, subject: `${listPath}[${i}]` };
    if (inc.lessThan(spec.min))
      return ineligible(head, { key: 'common.increaseTooSmall', params: { increase: figure(inc), floor: spec.min } });
    const r = rateWithCap(inc, spec.rate, spec.cap);
    return awarded(head, r, {
      key: 'common.increaseAwarded',
      params: { increase: figure(inc), rate: percent(spec.rate), cap: spec.cap, amount: figure(r.amount) },
    });
  });
}

function tieredReward(capital: Decimal): ReturnType<typeof rateWithCap> | undefined {
  const tier: CapitalTier | undefined = bandOf(ART8.tiers, capital);
  if (!tier) return undefined;
  const raw = capital.times(tier.rate).plus(tier.base);
  return withCap(raw, ART8.cap, `${tier.base} + ${figure(capital)} × ${percent(tier.rate)} = ${figure(raw)}`);
}

/** 第八条: set-up subsidy by paid-in capital tier (cap 6000) and 1% of each increase ≥ 1亿 (cap 2000 each). */
export function licensedInstitution(ctx: RuleContext): Draft[] {
  const inst = institutionOf(ctx, ART8.types);
  if (!inst) return [];
  return [
    establishment(ctx, inst, 8, tieredReward, ART8.tiers[0]!.from),
    ...capitalIncreases(8, inst.capitalIncreases, 'institution.capitalIncreases', ART8.increase),
  ];
}

/** 第九条: one-time set-up support for a new tier-1 branch (400) or a bank branch upgraded to tier 2 (200). */
export function branchSetUp(ctx: RuleContext): Draft[] {
  const inst = ctx.scenario.institution;
  const table = inst?.type ? ART9.amounts[inst.type] : undefined;
  if (!inst || !table) return [];
  const head = { article: 9, rule: 'art9.branch' };
  if (!inst.branchEvent) return [incomplete(head, ['institution.branchEvent'])];
  const amount = table[inst.branchEvent];
  if (!amount) return [ineligible(head, { key: 'art9.upgradeBankOnly' })];
  return [
    draft(
      head,
      'awarded',
      fig(amount),
      { key: inst.branchEvent === 'new-tier1' ? 'art9.newTier1' : 'art9.upgradedTier2', params: { amount } },
      { calc: { formula: amount } },
    ),
  ];
}

/** 第十条: local financial organisations: 0.5% of paid-in capital ≥ 5亿 (cap 1000), 0.5% of each increase ≥ 1亿 (cap 500). */
export function localFinancialOrganisation(ctx: RuleContext): Draft[] {
  const inst = institutionOf(ctx, ART10.types);
  if (!inst) return [];
  const { min, rate, cap } = ART10.establishment;
  return [
    establishment(ctx, inst, 10, (c) => (c.greaterThanOrEqualTo(min) ? rateWithCap(c, rate, cap) : undefined), min),
    ...capitalIncreases(10, inst.capitalIncreases, 'institution.capitalIncreases', ART10.increase),
  ];
}

const MEASURE_PATHS = {
  revenue: ['institution.revenue', 'institution.previousRevenue'],
  tradingVolume: ['institution.tradingVolume', 'institution.previousTradingVolume'],
  premiumIncome: ['institution.premiumIncome', 'institution.previousPremiumIncome'],
} as const;

/** 第十三条: licensed legal persons whose scale measure reaches the sector's threshold and grew, a share of revenue. */
export function businessScale(ctx: RuleContext): Draft[] {
  const inst = institutionOf(ctx, ART8.types);
  if (!inst) return [];
  const head = { article: 13, rule: 'art13.scale' };
  const sector = ART13.sectors.find((s) => s.types.includes(inst.type!));
  if (!sector) return [ineligible(head, { key: 'art13.sectorNotCovered', params: { type: `type.${inst.type}` } })];
  const previousKey = (
    {
      revenue: 'previousRevenue',
      tradingVolume: 'previousTradingVolume',
      premiumIncome: 'previousPremiumIncome',
    } as const
  )[sector.measure];
  const current = inst[sector.measure];
  const previous = inst[previousKey];
  const [currentPath, previousPath] = MEASURE_PATHS[sector.measure];
  const missing = missingOf(currentPath, current, previousPath, previous, 'institution.revenue', inst.revenue);
  if (current == null || previous == null || inst.revenue == null) return [incomplete(head, [...new Set(missing)])];
  const params = {
    measure: `measure.${sector.measure}`,
    value: figure(current),
    previous: figure(previous),
    threshold: sector.threshold,
  };
  if (current.lessThan(sector.threshold)) return [ineligible(head, { key: 'art13.belowThreshold', params })];
  if (!current.greaterThan(previous)) return [ineligible(head, { key: 'art13.noGrowth', params })];
  const r = rateWithCap(inst.revenue, sector.rate, sector.cap);
  return [
    awarded(head, r, {
      key: 'art13.awarded',
      params: {
        ...params,
        revenue: figure(inst.revenue),
        rate: percent(sector.rate),
        cap: sector.cap,
        amount: figure(r.amount),
      },
    }),
  ];
}

/** 第十四条: revenue growth ≥ 18% (revenue < 5000) or ≥ 15% (revenue ≥ 5000): 2% of the increase, cap 200. */
export function businessGrowth(ctx: RuleContext): Draft[] {
  const inst = ctx.scenario.institution;
  if (!inst) return [];
  const head = { article: 14, rule: 'art14.growth' };
  // Art. 14 covers every kind of financial institution, so it is where a missing type is asked for.
  if (!inst.type) return [incomplete(head, ['institution.type'])];
  if (inst.superiorInZone === true) return [ineligible(head, { key: 'art14.superiorInZone' })];
  const missing = missingOf('institution.revenue', inst.revenue, 'institution.previousRevenue', inst.previousRevenue);
  if (inst.revenue == null || inst.previousRevenue == null) return [incomplete(head, missing)];
  const r = inst.revenue;
  const r0 = inst.previousRevenue;
  if (r0.isZero()) return [ineligible(head, { key: 'art14.noPreviousRevenue' })];
  const needed = r.lessThan(ART14.upperBandFrom) ? ART14.lowerBandGrowth : ART14.upperBandGrowth;
  const increase = r.minus(r0);
  // Compare increase ≥ needed × R₀ rather than dividing: 1180 over 1000 is exactly 18%.
  const growth = ratioPercent(increase, r0);
  const params = {
    revenue: figure(r),
    previous: figure(r0),
    growth,
    needed: percent(needed),
    band: ART14.upperBandFrom,
  };
  if (increase.lessThan(r0.times(needed))) {
    return [
      ineligible(head, {
        key: r.lessThan(ART14.upperBandFrom) ? 'art14.growthTooLowSmall' : 'art14.growthTooLowLarge',
        params,
      }),
    ];
  }
  const result = rateWithCap(increase, ART14.rate, ART14.cap, `(${figure(r)} − ${figure(r0)}) = `);
  return [
    awarded(head, result, {
      key: 'art14.awarded',
      params: { ...params, increase: figure(increase), cap: ART14.cap, amount: figure(result.amount) },
    }),
  ];
}
