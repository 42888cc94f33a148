/** Rules for non-financial enterprises: art. 2 (tech insurance) and art. 4 (small/micro financing). */
import { ART2, ART4 } from '../policy/measures-2025.ts';
import { Decimal, ZERO, figure, percent, fig } from '../money.ts';
import type { Certification } from '../types.ts';
import type { Draft, RuleContext } from './draft.ts';
import { awarded, draft, incomplete, ineligible, missingOf, rateWithCap, withCap } from './compute.ts';

/** 第二条: 50% (北京市专精特新 / 国家高新) or 60% (国家级小巨人) of the premium, if it exceeds 10; cap 50 a year. */
export function techInsurance({ scenario }: RuleContext): Draft[] {
  const e = scenario.enterprise;
  if (!e) return [];
  const certs = e.certifications ?? [];
  const band = ART2.rates.find((r) => certs.includes(r.certification));
  const head = { article: 2, rule: 'art2.premium' };
  if (!band) return [ineligible(head, { key: 'art2.noCertification' })];
  const atSixty = band.certification === 'national-little-giant';
  const h = atSixty ? { ...head, interpretations: ['art2.thresholdFor60'] } : head;
  const premium = e.techInsurance?.premium;
  const term = e.techInsurance?.termMonths;
  const missing = missingOf('enterprise.techInsurance.premium', premium, 'enterprise.techInsurance.termMonths', term);
  if (premium == null || term == null) return [incomplete(h, missing)];
  const rate = percent(band.rate);
  const certName = `cert.${band.certification}`;
  if (!premium.greaterThan(ART2.premiumThreshold.value)) {
    return [
      ineligible(h, {
        key: 'art2.premiumTooLow',
        params: { premium: figure(premium), threshold: ART2.premiumThreshold.value },
      }),
    ];
  }
  if (term < ART2.minTermMonths) {
    return [ineligible(h, { key: 'art2.termTooShort', params: { term, minTerm: ART2.minTermMonths } })];
  }
  const r = rateWithCap(premium, band.rate, ART2.cap);
  return [
    awarded(h, r, {
      key: 'art2.awarded',
      params: { cert: certName, rate, premium: figure(premium), cap: ART2.cap, amount: figure(r.amount) },
    }),
  ];
}

/** The highest art. 4(a) cap among the enterprise's certifications; 国家高新 alone keeps 25. */
function interestCap(certs: readonly Certification[]): { cap: string; certification: Certification | null } {
  let best = ART4.interest.caps[0]!;
  for (const c of ART4.interest.caps) {
    if ((c.certification === null || certs.includes(c.certification)) && fig(c.cap).greaterThan(best.cap)) best = c;
  }
  return best;
}

/**
 * 第四条: (a) 50% of loan interest for small/micro enterprises, cap 25/40/50; (b) 1:1 match of Beijing's 首贷贴息, cap 20;
 * (c) 1:1 match of Beijing's 创业担保贷款 support, cap 20, municipal + district ≤ interest paid. 本条措施就高不重复享受.
 */
export function smallMicroFinancing({ scenario }: RuleContext): Draft[] {
  const e = scenario.enterprise;
  if (!e) return [];
  return [interestSubsidy(e), firstLoanMatch(e), startupGuaranteeMatch(e)];
}

type Enterprise = NonNullable<RuleContext['scenario']['enterprise']>;

function interestSubsidy(e: Enterprise): Draft {
  const head = { article: 4, rule: 'art4.interest', group: 'art4' };
  if (e.smallOrMicro === false) return ineligible(head, { key: 'art4.notSmallMicro' });
  const missing = missingOf(
    'enterprise.smallOrMicro',
    e.smallOrMicro,
    'enterprise.loanInterestPaid',
    e.loanInterestPaid,
  );
  if (e.smallOrMicro == null || e.loanInterestPaid == null) return incomplete(head, missing);
  if (e.loanInterestPaid.isZero()) return ineligible(head, { key: 'art4.noInterest' });
  const { cap, certification } = interestCap(e.certifications ?? []);
  const r = rateWithCap(e.loanInterestPaid, ART4.interest.rate, cap);
  const capReason = certification ? `cert.${certification}` : 'art4.capBasic';
  return awarded(head, r, {
    key: 'art4.interestAwarded',
    params: {
      interest: figure(e.loanInterestPaid),
      rate: percent(ART4.interest.rate),
      cap,
      capReason,
      amount: figure(r.amount),
    },
  });
}

function firstLoanMatch(e: Enterprise): Draft {
  const head = { article: 4, rule: 'art4.firstLoan', group: 'art4' };
  const m = e.firstLoanMunicipalSupport;
  if (m == null) return incomplete(head, ['enterprise.firstLoanMunicipalSupport'], 'art4.firstLoanUnknown');
  if (m.isZero()) return ineligible(head, { key: 'art4.noFirstLoan' });
  const r = withCap(m.times(ART4.firstLoan.ratio), ART4.firstLoan.cap, `${figure(m)} × 1:1 = ${figure(m)}`);
  return awarded(head, r, {
    key: 'art4.firstLoanAwarded',
    params: { municipal: figure(m), cap: ART4.firstLoan.cap, amount: figure(r.amount) },
  });
}

function startupGuaranteeMatch(e: Enterprise): Draft {
  const head = { article: 4, rule: 'art4.startupGuarantee', group: 'art4' };
  const loan = e.startupGuaranteeLoan;
  const missing = missingOf(
    'enterprise.startupGuaranteeLoan.municipalSupport',
    loan?.municipalSupport,
    'enterprise.startupGuaranteeLoan.interestPaid',
    loan?.interestPaid,
  );
  if (loan?.municipalSupport == null || loan.interestPaid == null)
    return incomplete(head, missing, 'art4.startupUnknown');
  const m = loan.municipalSupport;
  const interest = loan.interestPaid;
  if (m.isZero()) return ineligible(head, { key: 'art4.noStartupSupport' });
  // 市区两级补贴利息合计不超过企业当年贷款实际支出利息: the district tops up to the interest, never beyond.
  const room = Decimal.max(interest.minus(m), ZERO);
  const cap = fig(ART4.startupGuarantee.cap);
  const amount = Decimal.min(m, cap, room);
  const formula = `min(${figure(m)}, ${figure(cap)}, ${figure(interest)} − ${figure(m)}) = ${figure(amount)}`;
  const calc = { formula, cap, capped: amount.equals(cap) && m.greaterThan(cap) };
  if (amount.isZero()) {
    return ineligible(
      head,
      { key: 'art4.startupNoRoom', params: { municipal: figure(m), interest: figure(interest) } },
      calc,
    );
  }
  const limitedByInterest = room.lessThan(m) && room.lessThan(cap);
  return draft(
    head,
    'awarded',
    amount,
    {
      key: limitedByInterest ? 'art4.startupLimitedByInterest' : 'art4.startupAwarded',
      params: {
        municipal: figure(m),
        interest: figure(interest),
        cap: ART4.startupGuarantee.cap,
        amount: figure(amount),
      },
    },
    { capped: calc.capped, cap, calc },
  );
}
