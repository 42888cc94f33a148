/**
 * From a recognised offer and the saved profile to the core's estimate. The extension computes no subsidy itself:
 * it builds the scenario the offer implies for this enterprise (a year of interest on the loan, or the premium),
 * asks the core, and derives the effective rate from the amount the core awards.
 */
import Decimal from 'decimal.js';
import { estimate, parseAmount, policyFor, type Lang, type ResultItem, type Scenario } from '../../core/index.ts';
import { lprInUse, type LprInUse } from './lpr.ts';
import { resolveRate, type Offer } from '../detector/detect.ts';
import type { Profile, Settings } from './profile.ts';

export type Figures =
  | {
      status: 'awarded' | 'none';
      kind: Offer['kind'];
      /** 万元 per year the district gives for this offer (the core's awarded amount), "0.00" when none. */
      subsidy: string;
      /** Loans: the rate read (percent) and after the subsidy. */
      rate?: string;
      rateHigh?: string;
      effectiveRate?: string;
      /** Loans: the principal used, 万元, and whether it came from the offer's maximum. */
      principal?: string;
      principalFrom?: 'profile' | 'offer-max';
      /** Insurance: the premium read, 万元. */
      premium?: string;
      capped: boolean;
      /** The core's item that decides the figure (awarded, or the reason for none). */
      item?: ResultItem;
      notes: string[];
      lpr?: LprInUse;
      scenario: Scenario;
    }
  | { status: 'needs-amount'; kind: 'loan'; rate: string; rateHigh?: string; lpr?: LprInUse }
  | { status: 'error'; kind: Offer['kind']; messages: string[] };

function wanText(d: Decimal): string {
  return d.toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed();
}

/** The scenario an offer implies for this enterprise, with the loan figures that go with it. */
export function scenarioFor(
  offer: Offer,
  profile: Profile,
  settings: Settings,
  today: string,
):
  | {
      scenario: Scenario;
      rate?: { low: string; high?: string };
      principal?: Decimal;
      principalFrom?: 'profile' | 'offer-max';
      lpr?: LprInUse;
    }
  | { needsAmount: true; rate: { low: string; high?: string }; lpr?: LprInUse }
  | { noLpr: true } {
  const scenario: Scenario = {
    year: Number(today.slice(0, 4)),
    asOf: today,
    eligibility: { inZone: profile.inZone },
    enterprise: { smallOrMicro: profile.smallOrMicro, certifications: [...profile.certifications] },
  };
  const ent = scenario.enterprise!;
  if (offer.kind === 'insurance') {
    // An offer is read as a policy whose term reaches art. 2's minimum when paid out (满1年): the year's own figure.
    ent.techInsurance = { premium: offer.premium, termMonths: policyFor(scenario.year as number).art2.minTerm.count };
    return { scenario };
  }
  const lpr = offer.rate.basis === 'lpr' ? lprInUse(settings, today) : undefined;
  if (offer.rate.basis === 'lpr' && !lpr) return { noLpr: true };
  const rate = resolveRate(offer.rate, lpr ?? { oneYear: '0', fiveYear: '0' });
  const expected = profile.expectedLoanAmount.trim() ? parseAmount(profile.expectedLoanAmount) : undefined;
  let principal: Decimal | undefined;
  let principalFrom: 'profile' | 'offer-max' | undefined;
  if (expected?.ok && !expected.value.isZero()) {
    principal = new Decimal(expected.value.toString());
    principalFrom = 'profile';
    // Nobody borrows more than the product lends.
    if (offer.maxAmount && principal.gt(offer.maxAmount)) {
      principal = new Decimal(offer.maxAmount);
      principalFrom = 'offer-max';
    }
  } else if (offer.maxAmount) {
    principal = new Decimal(offer.maxAmount);
    principalFrom = 'offer-max';
  }
  if (!principal) return { needsAmount: true, rate, lpr };
  // A year's interest at the lowest quoted rate: the offer's best case.
  const interest = principal.times(rate.low).div(100);
  ent.loanInterestPaid = wanText(interest);
  if (profile.firstLoan) ent.firstLoanMunicipalSupport = profile.firstLoanMunicipalSupport;
  if (offer.loanType === 'startup-guarantee' && profile.startupGuaranteeLoan) {
    ent.startupGuaranteeLoan = { municipalSupport: profile.startupMunicipalSupport, interestPaid: wanText(interest) };
  }
  return { scenario, rate, principal, principalFrom, lpr };
}

/** The figures a badge shows for an offer and the saved profile, in `lang`. */
export function figuresFor(offer: Offer, profile: Profile, settings: Settings, lang: Lang, today: string): Figures {
  const built = scenarioFor(offer, profile, settings, today);
  if ('noLpr' in built) return { status: 'error', kind: offer.kind, messages: [] };
  if ('needsAmount' in built) {
    return {
      status: 'needs-amount',
      kind: 'loan',
      rate: built.rate.low,
      ...(built.rate.high ? { rateHigh: built.rate.high } : {}),
      ...(built.lpr ? { lpr: built.lpr } : {}),
    };
  }
  const out = estimate(built.scenario, { lang, today });
  if (!out.ok) return { status: 'error', kind: offer.kind, messages: out.errors.map((e) => e.message) };
  const article = offer.kind === 'loan' ? 4 : 2;
  const items = out.result.items.filter((i) => i.article === article);
  const awarded = items.find((i) => i.status === 'awarded');
  // With nothing awarded, the item that says why: ineligible first, then incomplete.
  const reason =
    awarded ?? items.find((i) => i.status === 'ineligible') ?? items.find((i) => i.status === 'incomplete') ?? items[0];
  const subsidy = new Decimal(awarded?.amount ?? '0');
  const figures: Figures = {
    status: awarded && subsidy.gt(0) ? 'awarded' : 'none',
    kind: offer.kind,
    subsidy: subsidy.toFixed(2),
    capped: Boolean(awarded?.capped),
    notes: out.result.notes,
    scenario: built.scenario,
  };
  if (reason) figures.item = reason;
  if (offer.kind === 'loan' && built.principal && built.rate) {
    const interest = built.principal.times(built.rate.low).div(100);
    const effective = interest.minus(subsidy).div(built.principal).times(100);
    figures.rate = built.rate.low;
    if (built.rate.high) figures.rateHigh = built.rate.high;
    figures.effectiveRate = Decimal.max(effective, 0).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
    figures.principal = built.principal.toFixed();
    if (built.principalFrom) figures.principalFrom = built.principalFrom;
    if (built.lpr) figures.lpr = built.lpr;
  }
  if (offer.kind === 'insurance') figures.premium = offer.premium;
  return figures;
}
