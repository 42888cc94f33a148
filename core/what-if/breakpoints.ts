/**
 * Where the subsidy changes its shape as one amount field varies: the thresholds, band edges and points where a cap
 * starts to bind, read from the policy data (core/policy/measures-2025.ts) and the scenario's other facts (the
 * certifications that set art. 4's cap, last year's revenue that sets art. 14's growth threshold…). A chart marks
 * them; the figures themselves always come from `estimate`. Each reading mirrors docs/policy-rules.md.
 */
import { ART2, ART3, ART4, ART8, ART10, ART11, ART12, ART13, ART14, ART15 } from '../policy/measures-2025.ts';
import { Decimal, fig } from '../money.ts';
import { parseAmount } from '../amount.ts';
import type { InstitutionType } from '../types.ts';
import { getAt, parsePath, type Segment } from './path.ts';

export type BreakpointKind = 'threshold' | 'tier' | 'cap' | 'limit';
/**
 * Which side of `value` the new behaviour is on: `from` (the value and above), `above` (above only), `upTo` (the value
 * and below), `below` (below only). Fields that are subtracted (state capital, last year's revenue) have the last two.
 */
export type BreakpointSide = 'from' | 'above' | 'upTo' | 'below';

export interface Breakpoint {
  /** 万元, exact; a point that is not a whole number of cents (50 ÷ 60%) is given to the cent on its side. */
  value: string;
  article: number;
  rule: string;
  kind: BreakpointKind;
  side: BreakpointSide;
  /** For `cap`: the cap in 万元. */
  cap?: string;
}

/** What a breakpoint rule reads from the scenario: an amount at a path (relative to the field's list entry or not). */
interface Facts {
  /** Index of the field's list entry, for paths inside the same entry ("stateCapital" of the same investment). */
  entry: Segment[];
  amount(path: string): Decimal | undefined;
  sibling(key: string): Decimal | undefined;
  text(path: string): unknown;
}

type Finder = (f: Facts) => Array<Breakpoint | undefined>;

function point(
  value: Decimal,
  article: number,
  rule: string,
  kind: BreakpointKind,
  side: BreakpointSide,
  cap?: string,
): Breakpoint | undefined {
  if (value.isNegative()) return undefined;
  // Not a whole number of cents: the first cent on the side where the new behaviour holds.
  const v =
    value.decimalPlaces() > 2
      ? value.toDecimalPlaces(2, side === 'from' || side === 'above' ? Decimal.ROUND_UP : Decimal.ROUND_DOWN)
      : value;
  return { value: v.toFixed(), article, rule, kind, side, ...(cap === undefined ? {} : { cap: fig(cap).toFixed() }) };
}

/** The smallest net investment whose art. 15 award rounds to 0.01 (half a cent, rounded up by 附则1). */
const firstPaidNet = () => fig('0.005').dividedBy(fig(ART15.rate));

/** rate × x capped at `cap` binds once x reaches cap ÷ rate (plus what is subtracted before the rate applies). */
const capAt = (cap: string, rate: string, offset = fig('0')) => fig(cap).dividedBy(fig(rate)).plus(offset);

const institutionType = (f: Facts) => f.text('institution.type') as InstitutionType | undefined;
const certifications = (f: Facts) => {
  const c = f.text('enterprise.certifications');
  return Array.isArray(c) ? (c as string[]) : [];
};

/** Art. 8's tiers and its 6000 cap, in the capital C: each tier from its lower edge, the cap where base + rate × C = 6000. */
function art8Capital(): Array<Breakpoint | undefined> {
  return ART8.tiers.flatMap((tier, i) => {
    const atCap = fig(ART8.cap).minus(tier.base).dividedBy(tier.rate);
    const inTier = atCap.greaterThanOrEqualTo(tier.from) && (tier.below === undefined || atCap.lessThan(tier.below));
    return [
      point(fig(tier.from), 8, 'art8.establishment', i === 0 ? 'threshold' : 'tier', 'from'),
      inTier ? point(atCap, 8, 'art8.establishment', 'cap', 'from', ART8.cap) : undefined,
    ];
  });
}

/** Art. 11's bands on the net capital N = C − state: edges and caps, as values of C (`up`) or of the state part (down). */
function art11Bands(offset: Decimal, up: boolean): Array<Breakpoint | undefined> {
  const at = (n: Decimal) => (up ? n.plus(offset) : offset.minus(n));
  const side: BreakpointSide = up ? 'from' : 'upTo';
  return ART11.bands.flatMap((band, i) => {
    const atCap = fig(band.cap).dividedBy(band.rate);
    const inBand = atCap.greaterThanOrEqualTo(band.from) && (band.below === undefined || atCap.lessThan(band.below));
    return [
      point(at(fig(band.from)), 11, 'art11.manager', i === 0 ? 'threshold' : 'tier', side),
      inBand ? point(at(atCap), 11, 'art11.manager', 'cap', side, band.cap) : undefined,
    ];
  });
}

/** Art. 12's bands in 万美元 of net paid-in capital, as values of the paid-in amount (up) or of the state part (down). */
function art12Bands(f: Facts, up: boolean): Array<Breakpoint | undefined> {
  const rate = f.text('fund.usdCnyRate');
  const cny = f.text(`fund.qflpFunds[${f.entry[2]}].currency`) === 'CNY';
  const usdRate = cny
    ? typeof rate === 'number' || typeof rate === 'string'
      ? new Decimal(String(rate))
      : undefined
    : fig('1');
  if (!usdRate) return [];
  const other = f.sibling(up ? 'stateCapital' : 'paidIn') ?? fig('0');
  if (!up && !f.sibling('paidIn')) return [];
  return ART12.bands.map((band, i) => {
    const edge = fig(band.from).times(usdRate);
    return point(
      up ? edge.plus(other) : other.minus(edge),
      12,
      'art12.fund',
      i === 0 ? 'threshold' : 'tier',
      up ? 'from' : 'upTo',
    );
  });
}

/** Art. 14's growth threshold in this year's revenue R, given last year's R₀: 18% below 5000, 15% from 5000. */
function art14Revenue(r0: Decimal): Array<Breakpoint | undefined> {
  if (r0.isZero()) return [];
  const edge = fig(ART14.upperBandFrom);
  const lower = r0.times(fig('1').plus(ART14.lowerBandGrowth));
  const upper = r0.times(fig('1').plus(ART14.upperBandGrowth));
  // Growth enough in the lower band if R₀ × 1.18 is still below 5000; else the first qualifying R is in the upper band.
  const first = lower.lessThan(edge) ? lower : Decimal.max(upper, edge);
  // The 5000 edge needs no mark of its own: past R₀ × 1.18 a revenue also clears the lower 15% above the edge.
  return [
    point(first, 14, 'art14.growth', 'threshold', 'from'),
    point(r0.plus(capAt(ART14.cap, ART14.rate)), 14, 'art14.growth', 'cap', 'from', ART14.cap),
  ];
}

/** Art. 14 in last year's revenue R₀, given this year's R: qualifies while R₀ ≤ R ÷ (1 + growth needed). */
function art14Previous(r: Decimal): Array<Breakpoint | undefined> {
  const needed = r.lessThan(ART14.upperBandFrom) ? ART14.lowerBandGrowth : ART14.upperBandGrowth;
  return [
    point(r.dividedBy(fig('1').plus(needed)), 14, 'art14.growth', 'threshold', 'upTo'),
    point(r.minus(capAt(ART14.cap, ART14.rate)), 14, 'art14.growth', 'cap', 'upTo', ART14.cap),
  ];
}

/** Art. 13's sector whose scale measure is `measure`, for the scenario's institution type. */
function art13Sector(f: Facts) {
  const type = institutionType(f);
  return type ? ART13.sectors.find((s) => s.types.includes(type)) : undefined;
}

/** Art. 13: the measure must reach the threshold and exceed last year's; as a value of the current measure. */
function art13Measure(f: Facts, measure: string, previousPath: string): Array<Breakpoint | undefined> {
  const sector = art13Sector(f);
  if (!sector || sector.measure !== measure) return [];
  const previous = f.amount(previousPath);
  // Growth is strict (正增长): with last year at or above the threshold, it is the point that counts.
  if (previous && previous.greaterThanOrEqualTo(sector.threshold))
    return [point(previous, 13, 'art13.scale', 'threshold', 'above')];
  return [point(fig(sector.threshold), 13, 'art13.scale', 'threshold', 'from')];
}

function art13Previous(f: Facts, measure: string, currentPath: string): Array<Breakpoint | undefined> {
  const sector = art13Sector(f);
  const current = f.amount(currentPath);
  // Below the sector's threshold art. 13 pays nothing whatever last year was.
  if (!sector || sector.measure !== measure || !current || current.lessThan(sector.threshold)) return [];
  return [point(current, 13, 'art13.scale', 'threshold', 'below')];
}

/** Art. 4 (c): district = min(city, 20, interest − city). */
function art4StartupCity(f: Facts): Array<Breakpoint | undefined> {
  const rule = 'art4.startupGuarantee';
  const cap = fig(ART4.startupGuarantee.cap);
  const interest = f.amount('enterprise.startupGuaranteeLoan.interestPaid');
  if (!interest) return [point(cap, 4, rule, 'cap', 'from', ART4.startupGuarantee.cap)];
  const half = interest.dividedBy(2);
  return [
    half.greaterThanOrEqualTo(cap) ? point(cap, 4, rule, 'cap', 'from', ART4.startupGuarantee.cap) : undefined,
    point(half.greaterThanOrEqualTo(cap) ? interest.minus(cap) : half, 4, rule, 'limit', 'from'),
    point(interest, 4, rule, 'threshold', 'below'),
  ];
}

function art4StartupInterest(f: Facts): Array<Breakpoint | undefined> {
  const rule = 'art4.startupGuarantee';
  const city = f.amount('enterprise.startupGuaranteeLoan.municipalSupport');
  if (!city || city.isZero()) return [];
  const most = Decimal.min(city, fig(ART4.startupGuarantee.cap));
  return [point(city, 4, rule, 'threshold', 'above'), point(city.plus(most), 4, rule, 'cap', 'from', most.toFixed())];
}

/** Per field (list indexes written as []), the policy's breakpoints in that field. */
const FINDERS: Record<string, Finder> = {
  'enterprise.loanInterestPaid': (f) => {
    const certs = certifications(f);
    const cap = ART4.interest.caps
      .filter((c) => c.certification === null || certs.includes(c.certification))
      .reduce((a, b) => (fig(b.cap).greaterThan(a.cap) ? b : a));
    return [point(capAt(cap.cap, ART4.interest.rate), 4, 'art4.interest', 'cap', 'from', cap.cap)];
  },
  'enterprise.techInsurance.premium': (f) => {
    const band = ART2.rates.find((r) => certifications(f).includes(r.certification));
    if (!band) return [];
    return [
      point(
        fig(ART2.premiumThreshold.value),
        2,
        'art2.premium',
        'threshold',
        ART2.premiumThreshold.inclusive ? 'from' : 'above',
      ),
      point(capAt(ART2.cap, band.rate), 2, 'art2.premium', 'cap', 'from', ART2.cap),
    ];
  },
  'enterprise.firstLoanMunicipalSupport': () => [
    point(capAt(ART4.firstLoan.cap, ART4.firstLoan.ratio), 4, 'art4.firstLoan', 'cap', 'from', ART4.firstLoan.cap),
  ],
  'enterprise.startupGuaranteeLoan.municipalSupport': art4StartupCity,
  'enterprise.startupGuaranteeLoan.interestPaid': art4StartupInterest,
  'institution.contractAmount': (f) =>
    art3Applies(f)
      ? [
          point(
            fig(ART3.contractThreshold.value),
            3,
            'art3.financing',
            'threshold',
            ART3.contractThreshold.inclusive ? 'from' : 'above',
          ),
        ]
      : [],
  'institution.financingProvided': (f) =>
    art3Applies(f) ? [point(capAt(ART3.cap, ART3.rate), 3, 'art3.financing', 'cap', 'from', ART3.cap)] : [],
  'institution.paidInCapital': (f) => {
    const type = institutionType(f);
    if (type && ART8.types.includes(type)) return art8Capital();
    if (type && ART10.types.includes(type)) {
      const { min, rate, cap } = ART10.establishment;
      return [
        point(fig(min), 10, 'art10.establishment', 'threshold', 'from'),
        point(capAt(cap, rate), 10, 'art10.establishment', 'cap', 'from', cap),
      ];
    }
    return [];
  },
  'institution.capitalIncreases[]': (f) => {
    const type = institutionType(f);
    const article = type && ART8.types.includes(type) ? 8 : type && ART10.types.includes(type) ? 10 : undefined;
    if (!article) return [];
    const spec = article === 8 ? ART8.increase : ART10.increase;
    const rule = `art${article}.capitalIncrease`;
    return [
      point(fig(spec.min), article, rule, 'threshold', 'from'),
      point(capAt(spec.cap, spec.rate), article, rule, 'cap', 'from', spec.cap),
    ];
  },
  'institution.revenue': (f) => {
    const out: Array<Breakpoint | undefined> = [];
    const r0 = f.amount('institution.previousRevenue');
    if (r0 && f.text('institution.superiorInZone') !== true && institutionType(f)) out.push(...art14Revenue(r0));
    const sector = art13Sector(f);
    if (sector) {
      if (sector.measure === 'revenue') out.push(...art13Measure(f, 'revenue', 'institution.previousRevenue'));
      // The reward is a share of revenue in every sector: its cap binds at cap ÷ rate.
      out.push(point(capAt(sector.cap, sector.rate), 13, 'art13.scale', 'cap', 'from', sector.cap));
    }
    return out;
  },
  'institution.previousRevenue': (f) => {
    const r = f.amount('institution.revenue');
    if (!r) return [];
    return [
      ...(f.text('institution.superiorInZone') !== true && institutionType(f) ? art14Previous(r) : []),
      ...art13Previous(f, 'revenue', 'institution.revenue'),
    ];
  },
  'institution.tradingVolume': (f) => art13Measure(f, 'tradingVolume', 'institution.previousTradingVolume'),
  'institution.previousTradingVolume': (f) => art13Previous(f, 'tradingVolume', 'institution.tradingVolume'),
  'institution.premiumIncome': (f) => art13Measure(f, 'premiumIncome', 'institution.previousPremiumIncome'),
  'institution.previousPremiumIncome': (f) => art13Previous(f, 'premiumIncome', 'institution.premiumIncome'),
  'fund.managerPaidInCapital': (f) => {
    // The bands are on the net capital ([interpretation] art11.grossThresholds): with state money in, the gross
    // entry threshold (1000) changes only the reason given, not the amount, so the net edges are the breakpoints.
    return art11Bands(f.amount('fund.managerStateCapital') ?? fig('0'), true);
  },
  'fund.managerStateCapital': (f) => {
    const capital = f.amount('fund.managerPaidInCapital');
    return capital ? art11Bands(capital, false) : [];
  },
  'fund.managedFundsPaidIn': () => [point(fig(ART11.fundsMin), 11, 'art11.manager', 'threshold', 'from')],
  'fund.managerCapitalIncreases[]': () => {
    const { min, rate, cap } = ART11.increase;
    return [
      point(fig(min), 11, 'art11.capitalIncrease', 'threshold', 'from'),
      point(capAt(cap, rate), 11, 'art11.capitalIncrease', 'cap', 'from', cap),
    ];
  },
  'fund.qflpFunds[].paidIn': (f) => art12Bands(f, true),
  'fund.qflpFunds[].stateCapital': (f) => art12Bands(f, false),
  'fund.investments[].amount': (f) => {
    const state = f.sibling('stateCapital') ?? fig('0');
    // An award must reach 0.01 after 附则1's rounding: the net amount starts paying at 0.005 ÷ 2% = 0.25, not above 0.
    // (Without state money that edge is at 0.25 万元 itself, too close to zero to mark on a chart.)
    return [
      state.isZero() ? undefined : point(state.plus(firstPaidNet()), 15, 'art15.investment', 'threshold', 'from'),
      point(capAt(ART15.projectCap, ART15.rate, state), 15, 'art15.investment', 'cap', 'from', ART15.projectCap),
    ];
  },
  'fund.investments[].stateCapital': (f) => {
    const amount = f.sibling('amount');
    if (!amount) return [];
    return [
      point(amount.minus(capAt(ART15.projectCap, ART15.rate)), 15, 'art15.investment', 'cap', 'upTo', ART15.projectCap),
      point(amount.minus(firstPaidNet()), 15, 'art15.investment', 'threshold', 'upTo'),
    ];
  },
};

function art3Applies(f: Facts): boolean {
  const type = institutionType(f);
  return !!type && ART3.types.includes(type);
}

/**
 * The breakpoints of an amount field for a (valid) scenario, sorted by value; [] for a field no threshold, band or cap
 * depends on. Only the readings that apply to the scenario's kind of applicant are given (a bank's capital has art.
 * 8's tiers, a factoring company's art. 10's threshold).
 */
export function breakpointsOf(scenario: unknown, field: string): Breakpoint[] {
  const segments = parsePath(field);
  if (!segments) return [];
  const pattern = field.replace(/\[\d+\]/g, '[]');
  const finder = FINDERS[pattern];
  if (!finder) return [];
  const entryEnd = segments.map((s) => typeof s === 'number').lastIndexOf(true);
  const entry = entryEnd >= 0 ? segments.slice(0, entryEnd + 1) : [];
  const amount = (segs: readonly Segment[]) => {
    const parsed = parseAmount(getAt(scenario, segs));
    return parsed.ok ? parsed.value : undefined;
  };
  const facts: Facts = {
    entry,
    amount: (path) => amount(parsePath(path) ?? []),
    sibling: (key) => amount([...entry, key]),
    text: (path) => getAt(scenario, parsePath(path) ?? []),
  };
  const seen = new Set<string>();
  return finder(facts)
    .filter((b): b is Breakpoint => b !== undefined)
    .filter((b) => {
      const key = `${b.value}|${b.rule}|${b.kind}|${b.side}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => new Decimal(a.value).comparedTo(b.value) || a.article - b.article);
}
