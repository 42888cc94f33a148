/**
 * Where the subsidy changes its shape as one amount field varies: the thresholds, band edges and points where a cap
 * starts to bind, read from the version of the policy data the scenario's year selects and the scenario's other facts (the
 * certifications that set art. 4's cap, last year's revenue that sets art. 14's growth threshold…). A chart marks
 * them; the figures themselves always come from `estimate`. Each reading mirrors docs/policy-rules.md.
 */
import { POLICY_BOOK } from '../policy/versions.ts';
import type { Figure, PolicyBook, PolicyVersion, Threshold } from '../policy/book.ts';
import { versionForYear, versionOn } from '../policy/lookup.ts';
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
  /** The version of the measures the scenario's year selects, and every version (art. 15 dates by payment). */
  p: PolicyVersion;
  book: PolicyBook;
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
const firstPaidNet = (p: PolicyVersion) => fig('0.005').dividedBy(p.art15.rate.num);

/** rate × x capped at `cap` binds once x reaches cap ÷ rate (plus what is subtracted before the rate applies). */
const capAt = (cap: Figure, rate: Figure, offset = fig('0')) => cap.num.dividedBy(rate.num).plus(offset);

/** Where a threshold puts the value itself: inside (`from`) or just past it (`above`), as its `inclusive` says. */
const upSide = (t: Threshold): BreakpointSide => (t.inclusive ? 'from' : 'above');
/** The same for a field that is subtracted (state money): the edge holds `upTo` it, or only `below` it. */
const downSide = (t: Threshold): BreakpointSide => (t.inclusive ? 'upTo' : 'below');

/** Whether `x` falls in band i of a rising list (it opens at its `from`, the next one's `from` closes it). */
function inBand(bands: ReadonlyArray<{ from: Threshold }>, i: number, x: Decimal): boolean {
  const next = bands[i + 1];
  return x.greaterThanOrEqualTo(bands[i]!.from.num) && (next === undefined || x.lessThan(next.from.num));
}

const institutionType = (f: Facts) => f.text('institution.type') as InstitutionType | undefined;
const certifications = (f: Facts) => {
  const c = f.text('enterprise.certifications');
  return Array.isArray(c) ? (c as string[]) : [];
};

/** Art. 8's tiers and its 6000 cap, in the capital C: each tier from its lower edge, the cap where base + rate × C = 6000. */
function art8Capital({ art8 }: PolicyVersion): Array<Breakpoint | undefined> {
  return art8.tiers.flatMap((tier, i) => {
    const atCap = art8.cap.num.minus(tier.base.num).dividedBy(tier.rate.num);
    return [
      point(tier.from.num, 8, 'art8.establishment', i === 0 ? 'threshold' : 'tier', upSide(tier.from)),
      inBand(art8.tiers, i, atCap) ? point(atCap, 8, 'art8.establishment', 'cap', 'from', art8.cap.value) : undefined,
    ];
  });
}

/** Art. 11's bands on the net capital N = C − state: edges and caps, as values of C (`up`) or of the state part (down). */
function art11Bands({ art11 }: PolicyVersion, offset: Decimal, up: boolean): Array<Breakpoint | undefined> {
  const at = (n: Decimal) => (up ? n.plus(offset) : offset.minus(n));
  return art11.bands.flatMap((band, i) => {
    const atCap = band.cap.num.dividedBy(band.rate.num);
    const side = up ? upSide(band.from) : downSide(band.from);
    return [
      point(at(band.from.num), 11, 'art11.manager', i === 0 ? 'threshold' : 'tier', side),
      inBand(art11.bands, i, atCap)
        ? point(at(atCap), 11, 'art11.manager', 'cap', up ? 'from' : 'upTo', band.cap.value)
        : undefined,
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
  return f.p.art12.bands.map((band, i) => {
    const edge = band.from.num.times(usdRate);
    return point(
      up ? edge.plus(other) : other.minus(edge),
      12,
      'art12.fund',
      i === 0 ? 'threshold' : 'tier',
      up ? upSide(band.from) : downSide(band.from),
    );
  });
}

/** Art. 14's growth threshold in this year's revenue R, given last year's R₀: 18% below 5000, 15% from 5000. */
function art14Revenue({ art14 }: PolicyVersion, r0: Decimal): Array<Breakpoint | undefined> {
  if (r0.isZero()) return [];
  const edge = art14.upperBandFrom.num;
  const lower = r0.times(fig('1').plus(art14.lowerBandGrowth.num));
  const upper = r0.times(fig('1').plus(art14.upperBandGrowth.num));
  // Growth enough in the lower band if R₀ × 1.18 is still below 5000; else the first qualifying R is in the upper band.
  const first = lower.lessThan(edge) ? lower : Decimal.max(upper, edge);
  // The 5000 edge needs no mark of its own: past R₀ × 1.18 a revenue also clears the lower 15% above the edge.
  return [
    point(first, 14, 'art14.growth', 'threshold', 'from'),
    point(r0.plus(capAt(art14.cap, art14.rate)), 14, 'art14.growth', 'cap', 'from', art14.cap.value),
  ];
}

/** Art. 14 in last year's revenue R₀, given this year's R: qualifies while R₀ ≤ R ÷ (1 + growth needed). */
function art14Previous({ art14 }: PolicyVersion, r: Decimal): Array<Breakpoint | undefined> {
  const needed = r.lessThan(art14.upperBandFrom.num) ? art14.lowerBandGrowth : art14.upperBandGrowth;
  return [
    point(r.dividedBy(fig('1').plus(needed.num)), 14, 'art14.growth', 'threshold', downSide(needed)),
    point(r.minus(capAt(art14.cap, art14.rate)), 14, 'art14.growth', 'cap', 'upTo', art14.cap.value),
  ];
}

/** Art. 13's sector whose scale measure is `measure`, for the scenario's institution type. */
function art13Sector(f: Facts) {
  const type = institutionType(f);
  return type ? f.p.art13.sectors.find((s) => s.types.includes(type)) : undefined;
}

/** Art. 13: the measure must reach the threshold and exceed last year's; as a value of the current measure. */
function art13Measure(f: Facts, measure: string, previousPath: string): Array<Breakpoint | undefined> {
  const sector = art13Sector(f);
  if (!sector || sector.measure !== measure) return [];
  const previous = f.amount(previousPath);
  // Growth is strict (正增长): with last year at or above the threshold, it is the point that counts.
  if (previous && previous.greaterThanOrEqualTo(sector.threshold.num))
    return [point(previous, 13, 'art13.scale', 'threshold', upSide(f.p.art13.growth))];
  return [point(sector.threshold.num, 13, 'art13.scale', 'threshold', upSide(sector.threshold))];
}

function art13Previous(f: Facts, measure: string, currentPath: string): Array<Breakpoint | undefined> {
  const sector = art13Sector(f);
  const current = f.amount(currentPath);
  // Below the sector's threshold art. 13 pays nothing whatever last year was.
  if (!sector || sector.measure !== measure || !current || current.lessThan(sector.threshold.num)) return [];
  return [point(current, 13, 'art13.scale', 'threshold', downSide(f.p.art13.growth))];
}

/** Art. 4 (c): district = min(ratio × city, 20, interest − city); with the 1:1 ratio the two meet at half the interest. */
function art4StartupCity(f: Facts): Array<Breakpoint | undefined> {
  const rule = 'art4.startupGuarantee';
  const { cap, ratio } = f.p.art4.startupGuarantee;
  const capCity = cap.num.dividedBy(ratio.num);
  const interest = f.amount('enterprise.startupGuaranteeLoan.interestPaid');
  if (!interest) return [point(capCity, 4, rule, 'cap', 'from', cap.value)];
  const meet = interest.dividedBy(ratio.num.plus(1));
  const capFirst = meet.greaterThanOrEqualTo(capCity);
  return [
    capFirst ? point(capCity, 4, rule, 'cap', 'from', cap.value) : undefined,
    point(capFirst ? interest.minus(cap.num) : meet, 4, rule, 'limit', 'from'),
    point(interest, 4, rule, 'threshold', 'below'),
  ];
}

function art4StartupInterest(f: Facts): Array<Breakpoint | undefined> {
  const rule = 'art4.startupGuarantee';
  const city = f.amount('enterprise.startupGuaranteeLoan.municipalSupport');
  if (!city || city.isZero()) return [];
  const { cap, ratio } = f.p.art4.startupGuarantee;
  const most = Decimal.min(city.times(ratio.num), cap.num);
  return [point(city, 4, rule, 'threshold', 'above'), point(city.plus(most), 4, rule, 'cap', 'from', most.toFixed())];
}

/** Per field (list indexes written as []), the policy's breakpoints in that field. */
const FINDERS: Record<string, Finder> = {
  'enterprise.loanInterestPaid': (f) => {
    const certs = certifications(f);
    const { caps, rate } = f.p.art4.interest;
    const cap = caps
      .filter((c) => c.certification === null || certs.includes(c.certification))
      .reduce((a, b) => (b.num.greaterThan(a.num) ? b : a));
    return [point(capAt(cap, rate), 4, 'art4.interest', 'cap', 'from', cap.value)];
  },
  'enterprise.techInsurance.premium': (f) => {
    const { art2 } = f.p;
    const band = art2.rates.find((r) => certifications(f).includes(r.certification));
    if (!band) return [];
    return [
      point(art2.premiumThreshold.num, 2, 'art2.premium', 'threshold', upSide(art2.premiumThreshold)),
      point(capAt(art2.cap, band), 2, 'art2.premium', 'cap', 'from', art2.cap.value),
    ];
  },
  'enterprise.firstLoanMunicipalSupport': ({ p }) => [
    point(
      capAt(p.art4.firstLoan.cap, p.art4.firstLoan.ratio),
      4,
      'art4.firstLoan',
      'cap',
      'from',
      p.art4.firstLoan.cap.value,
    ),
  ],
  'enterprise.startupGuaranteeLoan.municipalSupport': art4StartupCity,
  'enterprise.startupGuaranteeLoan.interestPaid': art4StartupInterest,
  'institution.contractAmount': (f) =>
    art3Applies(f)
      ? [point(f.p.art3.contractThreshold.num, 3, 'art3.financing', 'threshold', upSide(f.p.art3.contractThreshold))]
      : [],
  'institution.financingProvided': (f) =>
    art3Applies(f)
      ? [point(capAt(f.p.art3.cap, f.p.art3.rate), 3, 'art3.financing', 'cap', 'from', f.p.art3.cap.value)]
      : [],
  'institution.paidInCapital': (f) => {
    const type = institutionType(f);
    if (type && f.p.art8.types.includes(type)) return art8Capital(f.p);
    if (type && f.p.art10.types.includes(type)) {
      const { min, rate, cap } = f.p.art10.establishment;
      return [
        point(min.num, 10, 'art10.establishment', 'threshold', upSide(min)),
        point(capAt(cap, rate), 10, 'art10.establishment', 'cap', 'from', cap.value),
      ];
    }
    return [];
  },
  'institution.capitalIncreases[]': (f) => {
    const type = institutionType(f);
    const { art8, art10 } = f.p;
    const article = type && art8.types.includes(type) ? 8 : type && art10.types.includes(type) ? 10 : undefined;
    if (!article) return [];
    const spec = article === 8 ? art8.increase : art10.increase;
    const rule = `art${article}.capitalIncrease`;
    return [
      point(spec.min.num, article, rule, 'threshold', upSide(spec.min)),
      point(capAt(spec.cap, spec.rate), article, rule, 'cap', 'from', spec.cap.value),
    ];
  },
  'institution.revenue': (f) => {
    const out: Array<Breakpoint | undefined> = [];
    const r0 = f.amount('institution.previousRevenue');
    if (r0 && f.text('institution.superiorInZone') !== true && institutionType(f)) out.push(...art14Revenue(f.p, r0));
    const sector = art13Sector(f);
    if (sector) {
      if (sector.measure === 'revenue') out.push(...art13Measure(f, 'revenue', 'institution.previousRevenue'));
      // The reward is a share of revenue in every sector: its cap binds at cap ÷ rate.
      out.push(point(capAt(sector.cap, sector.rate), 13, 'art13.scale', 'cap', 'from', sector.cap.value));
    }
    return out;
  },
  'institution.previousRevenue': (f) => {
    const r = f.amount('institution.revenue');
    if (!r) return [];
    return [
      ...(f.text('institution.superiorInZone') !== true && institutionType(f) ? art14Previous(f.p, r) : []),
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
    return art11Bands(f.p, f.amount('fund.managerStateCapital') ?? fig('0'), true);
  },
  'fund.managerStateCapital': (f) => {
    const capital = f.amount('fund.managerPaidInCapital');
    return capital ? art11Bands(f.p, capital, false) : [];
  },
  'fund.managedFundsPaidIn': ({ p }) => [
    point(p.art11.fundsMin.num, 11, 'art11.manager', 'threshold', upSide(p.art11.fundsMin)),
  ],
  'fund.managerCapitalIncreases[]': ({ p }) => {
    const { min, rate, cap } = p.art11.increase;
    return [
      point(min.num, 11, 'art11.capitalIncrease', 'threshold', upSide(min)),
      point(capAt(cap, rate), 11, 'art11.capitalIncrease', 'cap', 'from', cap.value),
    ];
  },
  'fund.qflpFunds[].paidIn': (f) => art12Bands(f, true),
  'fund.qflpFunds[].stateCapital': (f) => art12Bands(f, false),
  'fund.investments[].amount': (f) => {
    const state = f.sibling('stateCapital') ?? fig('0');
    const p = investmentPolicy(f);
    // An award must reach 0.01 after 附则1's rounding: the net amount starts paying at 0.005 ÷ 2% = 0.25, not above 0.
    // (Without state money that edge is at 0.25 万元 itself, too close to zero to mark on a chart.)
    return [
      state.isZero() ? undefined : point(state.plus(firstPaidNet(p)), 15, 'art15.investment', 'threshold', 'from'),
      point(
        capAt(p.art15.projectCap, p.art15.rate, state),
        15,
        'art15.investment',
        'cap',
        'from',
        p.art15.projectCap.value,
      ),
    ];
  },
  'fund.investments[].stateCapital': (f) => {
    const amount = f.sibling('amount');
    if (!amount) return [];
    const { art15 } = investmentPolicy(f);
    return [
      point(
        amount.minus(capAt(art15.projectCap, art15.rate)),
        15,
        'art15.investment',
        'cap',
        'upTo',
        art15.projectCap.value,
      ),
      point(amount.minus(firstPaidNet(investmentPolicy(f))), 15, 'art15.investment', 'threshold', 'upTo'),
    ];
  },
};

function art3Applies(f: Facts): boolean {
  const type = institutionType(f);
  return !!type && f.p.art3.types.includes(type);
}

/** Art. 15's figures are those of the version in force on the investment's payment date (投资划款日). */
function investmentPolicy(f: Facts): PolicyVersion {
  const date = f.text(`fund.investments[${f.entry[2]}].fundedOn`);
  return (typeof date === 'string' && versionOn(f.book, date.normalize('NFKC').trim())) || f.p;
}

/**
 * The breakpoints of an amount field for a (valid) scenario, sorted by value; [] for a field no threshold, band or cap
 * depends on. Only the readings that apply to the scenario's kind of applicant are given (a bank's capital has art.
 * 8's tiers, a factoring company's art. 10's threshold).
 */
export function breakpointsOf(scenario: unknown, field: string, book: PolicyBook = POLICY_BOOK): Breakpoint[] {
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
  const year = Number(
    String(getAt(scenario, ['year']))
      .normalize('NFKC')
      .trim(),
  );
  const facts: Facts = {
    p: versionForYear(book, Number.isInteger(year) ? year : book.firstYear),
    book,
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
