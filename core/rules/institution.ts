/** Rules for financial institutions: arts. 3, 8, 9, 10, 13, 14. */
import { Decimal, figure, percent, ratioPercent } from '../money.ts';
import type { InstitutionType } from '../types.ts';
import type { NormalizedInstitution } from '../scenario-schema.ts';
import type { Figure, PolicyVersion, Threshold } from '../policy/book.ts';
import type { Draft, RuleContext } from './draft.ts';
import { awarded, draft, incomplete, ineligible, missingOf, rateWithCap, withCap } from './compute.ts';
import { bandOf, meets, reaches } from './compare.ts';

function institutionOf(ctx: RuleContext, types?: readonly InstitutionType[]): NormalizedInstitution | undefined {
  const inst = ctx.scenario.institution;
  if (!inst?.type) return undefined;
  return !types || types.includes(inst.type) ? inst : undefined;
}

/** 第三条: factoring and financing-leasing companies with contracts ≥ 1亿 get 0.1% of the financing provided, cap 500. */
export function supplyChainFinance(ctx: RuleContext): Draft[] {
  const art3 = ctx.policy.art3;
  const inst = institutionOf(ctx, art3.types);
  if (!inst) return [];
  const head = { article: 3, rule: 'art3.financing' };
  const missing = missingOf(
    'institution.contractAmount',
    inst.contractAmount,
    'institution.financingProvided',
    inst.financingProvided,
  );
  if (inst.contractAmount == null || inst.financingProvided == null) return [incomplete(head, missing)];
  if (!reaches(inst.contractAmount, art3.contractThreshold)) {
    return [
      ineligible(head, {
        key: 'art3.contractTooLow',
        params: { contract: figure(inst.contractAmount), threshold: art3.contractThreshold.value },
      }),
    ];
  }
  if (inst.financingProvided.isZero()) return [ineligible(head, { key: 'art3.noFinancing' })];
  const r = rateWithCap(inst.financingProvided, art3.rate, art3.cap);
  return [
    awarded(head, r, {
      key: 'art3.awarded',
      params: {
        financing: figure(inst.financingProvided),
        threshold: art3.contractThreshold.value,
        rate: percent(art3.rate.value),
        cap: art3.cap.value,
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
  rate = '',
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
      rate,
    },
  });
}

/** Capital increases (arts. 8, 10, 11): each single increase at or above a floor earns a rate, capped per increase. */
export function capitalIncreases(
  article: number,
  increases: readonly Decimal[] | null | undefined,
  listPath: string,
  spec: { min: Threshold; rate: Figure; cap: Figure },
): Draft[] {
  return (increases ?? []).map((inc, i) => {
    const head = { article, rule: `art${article}.capitalIncrease`, subject: `${listPath}[${i}]` };
    // 每新增/每增加…（含）以上: each increase on its own, never added together to reach the floor.
    if (!reaches(inc, spec.min))
      return ineligible(head, {
        key: 'common.increaseTooSmall',
        params: { increase: figure(inc), floor: spec.min.value },
      });
    const r = rateWithCap(inc, spec.rate, spec.cap);
    return awarded(head, r, {
      key: 'common.increaseAwarded',
      params: { increase: figure(inc), rate: percent(spec.rate.value), cap: spec.cap.value, amount: figure(r.amount) },
    });
  });
}

/** 第八条's tiers: "base + C × rate" of the tier C falls in, bounded by the article's cap. */
function tieredReward(art8: PolicyVersion['art8'], capital: Decimal): ReturnType<typeof rateWithCap> | undefined {
  const tier = bandOf(art8.tiers, capital);
  if (!tier) return undefined;
  const raw = capital.times(tier.rate.num).plus(tier.base.num);
  return withCap(
    raw,
    art8.cap.num,
    `${tier.base.value} + ${figure(capital)} × ${percent(tier.rate.value)} = ${figure(raw)}`,
  );
}

/** 第八条: set-up subsidy by paid-in capital tier (cap 6000) and 1% of each increase ≥ 1亿 (cap 2000 each). */
export function licensedInstitution(ctx: RuleContext): Draft[] {
  const art8 = ctx.policy.art8;
  const inst = institutionOf(ctx, art8.types);
  if (!inst) return [];
  return [
    establishment(ctx, inst, 8, (c) => tieredReward(art8, c), art8.tiers[0]!.from.value),
    ...capitalIncreases(8, inst.capitalIncreases, 'institution.capitalIncreases', art8.increase),
  ];
}

/** 第九条: one-time set-up support for a new tier-1 branch (400) or a bank branch upgraded to tier 2 (200). */
export function branchSetUp(ctx: RuleContext): Draft[] {
  const inst = ctx.scenario.institution;
  const type = inst?.type;
  const amounts = ctx.policy.art9.amounts;
  if (!inst || !type || !amounts.some((a) => a.type === type)) return [];
  const head = { article: 9, rule: 'art9.branch' };
  if (!inst.branchEvent) return [incomplete(head, ['institution.branchEvent'])];
  const amount = amounts.find((a) => a.type === type && a.event === inst.branchEvent);
  if (!amount) {
    const upgrade = amounts.find((a) => a.event === 'upgraded-tier2');
    return [ineligible(head, { key: 'art9.upgradeBankOnly', params: { amount: upgrade?.value ?? '' } })];
  }
  return [
    draft(
      head,
      'awarded',
      amount.num,
      {
        key: inst.branchEvent === 'new-tier1' ? 'art9.newTier1' : 'art9.upgradedTier2',
        params: { amount: amount.value },
      },
      { calc: { formula: amount.value } },
    ),
  ];
}

/** 第十条: local financial organisations: 0.5% of paid-in capital ≥ 5亿 (cap 1000), 0.5% of each increase ≥ 1亿 (cap 500). */
export function localFinancialOrganisation(ctx: RuleContext): Draft[] {
  const art10 = ctx.policy.art10;
  const inst = institutionOf(ctx, art10.types);
  if (!inst) return [];
  const { min, rate, cap } = art10.establishment;
  return [
    establishment(
      ctx,
      inst,
      10,
      (c) => (reaches(c, min) ? rateWithCap(c, rate, cap) : undefined),
      min.value,
      percent(rate.value),
    ),
    ...capitalIncreases(10, inst.capitalIncreases, 'institution.capitalIncreases', art10.increase),
  ];
}

const MEASURE_PATHS = {
  revenue: ['institution.revenue', 'institution.previousRevenue'],
  tradingVolume: ['institution.tradingVolume', 'institution.previousTradingVolume'],
  premiumIncome: ['institution.premiumIncome', 'institution.previousPremiumIncome'],
} as const;

/** 第十三条: licensed legal persons whose scale measure reaches the sector's threshold and grew, a share of revenue. */
export function businessScale(ctx: RuleContext): Draft[] {
  const art13 = ctx.policy.art13;
  const inst = institutionOf(ctx, art13.types);
  if (!inst) return [];
  const head = { article: 13, rule: 'art13.scale' };
  const sector = art13.sectors.find((s) => s.types.includes(inst.type!));
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
    threshold: sector.threshold.value,
  };
  if (!reaches(current, sector.threshold)) return [ineligible(head, { key: 'art13.belowThreshold', params })];
  // 正增长: the increase over last year against the growth figure's share of last year (0: any increase at all).
  if (!meets(current.minus(previous), previous.times(art13.growth.num), art13.growth.inclusive))
    return [ineligible(head, { key: 'art13.noGrowth', params })];
  const r = rateWithCap(inst.revenue, sector.rate, sector.cap);
  return [
    awarded(head, r, {
      key: 'art13.awarded',
      params: {
        ...params,
        revenue: figure(inst.revenue),
        rate: percent(sector.rate.value),
        cap: sector.cap.value,
        amount: figure(r.amount),
      },
    }),
  ];
}

/** 第十四条: revenue growth ≥ 18% (revenue < 5000) or ≥ 15% (revenue ≥ 5000): 2% of the increase, cap 200. */
export function businessGrowth(ctx: RuleContext): Draft[] {
  const inst = ctx.scenario.institution;
  if (!inst) return [];
  const art14 = ctx.policy.art14;
  const head = { article: 14, rule: 'art14.growth' };
  // Art. 14 covers every kind of financial institution, so it is where a missing type is asked for.
  if (!inst.type) return [incomplete(head, ['institution.type'])];
  if (inst.superiorInZone === true) return [ineligible(head, { key: 'art14.superiorInZone' })];
  const missing = missingOf('institution.revenue', inst.revenue, 'institution.previousRevenue', inst.previousRevenue);
  if (inst.revenue == null || inst.previousRevenue == null) return [incomplete(head, missing)];
  const r = inst.revenue;
  const r0 = inst.previousRevenue;
  if (r0.isZero()) return [ineligible(head, { key: 'art14.noPreviousRevenue' })];
  const upper = reaches(r, art14.upperBandFrom);
  const needed = upper ? art14.upperBandGrowth : art14.lowerBandGrowth;
  const increase = r.minus(r0);
  // Compare increase against needed × R₀ rather than dividing: 1180 over 1000 is exactly 18%.
  const growth = ratioPercent(increase, r0);
  const params = {
    revenue: figure(r),
    previous: figure(r0),
    growth,
    needed: percent(needed.value),
    band: art14.upperBandFrom.value,
  };
  if (!meets(increase, r0.times(needed.num), needed.inclusive)) {
    return [ineligible(head, { key: upper ? 'art14.growthTooLowLarge' : 'art14.growthTooLowSmall', params })];
  }
  const result = rateWithCap(increase, art14.rate, art14.cap, `(${figure(r)} − ${figure(r0)}) = `);
  return [
    awarded(head, result, {
      key: 'art14.awarded',
      params: {
        ...params,
        increase: figure(increase),
        rate: percent(art14.rate.value),
        cap: art14.cap.value,
        amount: figure(result.amount),
      },
    }),
  ];
}
