/** Rules for non-financial enterprises: art. 2 (tech insurance) and art. 4 (small/micro financing). */
import { Decimal, ZERO, figure, percent } from '../money.ts';
import type { Certification } from '../types.ts';
import type { PolicyVersion } from '../policy/book.ts';
import type { Draft, RuleContext } from './draft.ts';
import { awarded, draft, incomplete, ineligible, missingOf, rateWithCap, withCap } from './compute.ts';
import { reaches, reachesCount } from './compare.ts';

/** 第二条: 50% (北京市专精特新 / 国家高新) or 60% (国家级小巨人) of the premium, if it exceeds 10; cap 50 a year. */
export function techInsurance({ scenario, policy }: RuleContext): Draft[] {
  const e = scenario.enterprise;
  if (!e) return [];
  const art2 = policy.art2;
  const certs = e.certifications ?? [];
  // The rates are listed highest first, so the first that applies is the higher rate the text gives.
  const band = art2.rates.find((r) => certs.includes(r.certification));
  const head = { article: 2, rule: 'art2.premium' };
  if (!band) return [ineligible(head, { key: 'art2.noCertification' })];
  // [interpretation] art2.thresholdFor60: the text puts the threshold beside the 50% rate only; every higher rate gets it too.
  const aboveBasic = band.num.greaterThan(policy.art2BasicRate);
  const h = aboveBasic ? { ...head, interpretations: ['art2.thresholdFor60'] } : head;
  const premium = e.techInsurance?.premium;
  const term = e.techInsurance?.termMonths;
  const missing = missingOf('enterprise.techInsurance.premium', premium, 'enterprise.techInsurance.termMonths', term);
  if (premium == null || term == null) return [incomplete(h, missing)];
  const rate = percent(band.value);
  const certName = `cert.${band.certification}`;
  if (!reaches(premium, art2.premiumThreshold)) {
    return [
      ineligible(h, {
        key: 'art2.premiumTooLow',
        params: { premium: figure(premium), threshold: art2.premiumThreshold.value },
      }),
    ];
  }
  if (!reachesCount(term, art2.minTerm)) {
    return [ineligible(h, { key: 'art2.termTooShort', params: { term, minTerm: art2.minTerm.count } })];
  }
  const r = rateWithCap(premium, band, art2.cap);
  return [
    awarded(h, r, {
      key: 'art2.awarded',
      params: { cert: certName, rate, premium: figure(premium), cap: art2.cap.value, amount: figure(r.amount) },
    }),
  ];
}

type InterestCap = PolicyVersion['art4']['interest']['caps'][number];

/** The highest art. 4(a) cap among the enterprise's certifications; a certification without a cap of its own keeps the basic one. */
function interestCap(caps: readonly InterestCap[], certs: readonly Certification[]): InterestCap {
  let best: InterestCap | undefined;
  for (const c of caps) {
    if ((c.certification === null || certs.includes(c.certification)) && (!best || c.num.greaterThan(best.num)))
      best = c;
  }
  return best!;
}

/**
 * 第四条: (a) 50% of loan interest for small/micro enterprises, cap 25/40/50; (b) 1:1 match of Beijing's 首贷贴息, cap 20;
 * (c) 1:1 match of Beijing's 创业担保贷款 support, cap 20, municipal + district ≤ interest paid. 本条措施就高不重复享受.
 */
export function smallMicroFinancing({ scenario, policy }: RuleContext): Draft[] {
  const e = scenario.enterprise;
  if (!e) return [];
  return [interestSubsidy(e, policy.art4), firstLoanMatch(e, policy.art4), startupGuaranteeMatch(e, policy.art4)];
}

type Enterprise = NonNullable<RuleContext['scenario']['enterprise']>;
type Art4 = PolicyVersion['art4'];

function interestSubsidy(e: Enterprise, art4: Art4): Draft {
  const head = { article: 4, rule: 'art4.interest' };
  if (e.smallOrMicro === false)
    return ineligible(head, { key: 'art4.notSmallMicro', params: { rate: percent(art4.interest.rate.value) } });
  const missing = missingOf(
    'enterprise.smallOrMicro',
    e.smallOrMicro,
    'enterprise.loanInterestPaid',
    e.loanInterestPaid,
  );
  if (e.smallOrMicro == null || e.loanInterestPaid == null) return incomplete(head, missing);
  if (e.loanInterestPaid.isZero()) return ineligible(head, { key: 'art4.noInterest' });
  const cap = interestCap(art4.interest.caps, e.certifications ?? []);
  const r = rateWithCap(e.loanInterestPaid, art4.interest.rate, cap);
  const capReason = cap.certification ? `cert.${cap.certification}` : 'art4.capBasic';
  return awarded(head, r, {
    key: 'art4.interestAwarded',
    params: {
      interest: figure(e.loanInterestPaid),
      rate: percent(art4.interest.rate.value),
      cap: cap.value,
      capReason,
      amount: figure(r.amount),
    },
  });
}

/** "× 1:1" as the text writes the ratio of district to city support. */
function ratioText(ratio: Art4['firstLoan']['ratio']): string {
  return `${ratio.value}:1`;
}

function firstLoanMatch(e: Enterprise, art4: Art4): Draft {
  const head = { article: 4, rule: 'art4.firstLoan' };
  const m = e.firstLoanMunicipalSupport;
  if (m == null)
    return incomplete(head, ['enterprise.firstLoanMunicipalSupport'], 'art4.firstLoanUnknown', {
      ratio: ratioText(art4.firstLoan.ratio),
    });
  if (m.isZero()) return ineligible(head, { key: 'art4.noFirstLoan' });
  const { ratio, cap } = art4.firstLoan;
  const matched = m.times(ratio.num);
  const r = withCap(matched, cap.num, `${figure(m)} × ${ratioText(ratio)} = ${figure(matched)}`);
  return awarded(head, r, {
    key: 'art4.firstLoanAwarded',
    params: { municipal: figure(m), ratio: ratioText(ratio), cap: cap.value, amount: figure(r.amount) },
  });
}

function startupGuaranteeMatch(e: Enterprise, art4: Art4): Draft {
  const head = { article: 4, rule: 'art4.startupGuarantee' };
  const loan = e.startupGuaranteeLoan;
  const missing = missingOf(
    'enterprise.startupGuaranteeLoan.municipalSupport',
    loan?.municipalSupport,
    'enterprise.startupGuaranteeLoan.interestPaid',
    loan?.interestPaid,
  );
  if (loan?.municipalSupport == null || loan.interestPaid == null)
    return incomplete(head, missing, 'art4.startupUnknown', { ratio: ratioText(art4.startupGuarantee.ratio) });
  const m = loan.municipalSupport;
  const interest = loan.interestPaid;
  if (m.isZero()) return ineligible(head, { key: 'art4.noStartupSupport' });
  // 市区两级补贴利息合计不超过企业当年贷款实际支出利息: the district tops up to the interest, never beyond.
  const room = Decimal.max(interest.minus(m), ZERO);
  const cap = art4.startupGuarantee.cap.num;
  const matched = m.times(art4.startupGuarantee.ratio.num);
  const amount = Decimal.min(matched, cap, room);
  const formula = `min(${figure(matched)}, ${figure(cap)}, ${figure(interest)} − ${figure(m)}) = ${figure(amount)}`;
  const calc = { formula, cap, capped: amount.equals(cap) && matched.greaterThan(cap) };
  if (amount.isZero()) {
    return ineligible(
      head,
      { key: 'art4.startupNoRoom', params: { municipal: figure(m), interest: figure(interest) } },
      calc,
    );
  }
  const limitedByInterest = room.lessThan(matched) && room.lessThan(cap);
  return draft(
    head,
    'awarded',
    amount,
    {
      key: limitedByInterest ? 'art4.startupLimitedByInterest' : 'art4.startupAwarded',
      params: {
        municipal: figure(m),
        interest: figure(interest),
        ratio: ratioText(art4.startupGuarantee.ratio),
        cap: art4.startupGuarantee.cap.value,
        amount: figure(amount),
      },
    },
    { capped: calc.capped, cap, calc },
  );
}
