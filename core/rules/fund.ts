/** Rules for private-fund, QFLP and VC managers: arts. 11, 12, 15. */
import { Decimal, ZERO, figure, percent, roundItem } from '../money.ts';
import { addYears } from '../dates.ts';
import type { NormalizedInvestment } from '../scenario-schema.ts';
import type { PolicyBook } from '../policy/book.ts';
import { versionOn } from '../policy/lookup.ts';
import type { Draft, RuleContext } from './draft.ts';
import { awarded, draft, incomplete, ineligible, missingOf, rateWithCap } from './compute.ts';
import { bandOf, reaches, reachesDate } from './compare.ts';
import { capitalIncreases } from './institution.ts';

const ONE = new Decimal(1);

/** 涉及经开区政府引导基金、财政资金或国有资本参与出资的，应剔除上述出资部分: never below zero. */
function netOfState(gross: Decimal, state: Decimal | null | undefined): Decimal {
  return Decimal.max(gross.minus(state ?? ZERO), ZERO);
}

/**
 * 第十一条 (经评定): a manager with paid-in ≥ 1000 managing funds ≥ 1亿 gets 2% / 3% / 4% of its paid-in capital net
 * of state money (caps 100 / 300 / 500); each net capital increase ≥ 1000 gets 0.5%, cap 100.
 * [interpretation] the two thresholds on the gross figures, band and amount on the net one.
 */
export function privateFundManager({ scenario, policy }: RuleContext): Draft[] {
  const f = scenario.fund;
  if (!f) return [];
  const art11 = policy.art11;
  const head = { article: 11, rule: 'art11.manager', conditional: true, interpretations: ['art11.grossThresholds'] };
  const items: Draft[] = [];
  const missing = missingOf(
    'fund.managerPaidInCapital',
    f.managerPaidInCapital,
    'fund.managedFundsPaidIn',
    f.managedFundsPaidIn,
  );
  if (f.managerPaidInCapital == null || f.managedFundsPaidIn == null) {
    items.push(incomplete(head, missing));
  } else if (!reaches(f.managerPaidInCapital, art11.managerMin)) {
    items.push(
      ineligible(head, {
        key: 'art11.capitalTooLow',
        params: { capital: figure(f.managerPaidInCapital), floor: art11.managerMin.value },
      }),
    );
  } else if (!reaches(f.managedFundsPaidIn, art11.fundsMin)) {
    items.push(
      ineligible(head, {
        key: 'art11.fundsTooSmall',
        params: { funds: figure(f.managedFundsPaidIn), floor: art11.fundsMin.value },
      }),
    );
  } else {
    const net = netOfState(f.managerPaidInCapital, f.managerStateCapital);
    const band = bandOf(art11.bands, net);
    const params = {
      capital: figure(f.managerPaidInCapital),
      state: figure(f.managerStateCapital ?? ZERO),
      net: figure(net),
    };
    if (!band) {
      items.push(
        ineligible(head, { key: 'art11.netTooLow', params: { ...params, floor: art11.bands[0]!.from.value } }),
      );
    } else {
      const r = rateWithCap(net, band.rate, band.cap);
      // "less 0 万元 of state money" says nothing: without state money the sentence leaves it out.
      const key = f.managerStateCapital?.greaterThan(0) ? 'art11.awarded' : 'art11.awardedNoState';
      items.push(
        awarded(head, r, {
          key,
          params: { ...params, rate: percent(band.rate.value), cap: band.cap.value, amount: figure(r.amount) },
        }),
      );
    }
  }
  items.push(...capitalIncreases(11, f.managerCapitalIncreases, 'fund.managerCapitalIncreases', art11.increase));
  return items;
}

/** 第十二条: 100 for a new Beijing QFLP pilot manager; 50 / 80 / 100 per QFLP fund by paid-in 万美元 net of state money. */
export function qflp({ scenario, policy }: RuleContext): Draft[] {
  const f = scenario.fund;
  if (!f) return [];
  const art12 = policy.art12;
  const pilotHead = { article: 12, rule: 'art12.newPilot' };
  const items: Draft[] = [];
  const pilot = { amount: art12.newPilot.value };
  if (f.qflpNewPilot == null) items.push(incomplete(pilotHead, ['fund.qflpNewPilot'], 'art12.pilotUnknown', pilot));
  else if (!f.qflpNewPilot) items.push(ineligible(pilotHead, { key: 'art12.notNewPilot', params: pilot }));
  else
    items.push(
      draft(
        pilotHead,
        'awarded',
        art12.newPilot.num,
        { key: 'art12.pilotAwarded', params: { amount: art12.newPilot.value } },
        { calc: { formula: art12.newPilot.value } },
      ),
    );

  (f.qflpFunds ?? []).forEach((fund, i) => {
    const head = { article: 12, rule: 'art12.fund', subject: `fund.qflpFunds[${i}]` };
    // The currency decides the band (3000 万美元 vs 3000 万元 ≈ 423 万美元): never guessed.
    const missing = missingOf(
      `fund.qflpFunds[${i}].paidIn`,
      fund.paidIn,
      `fund.qflpFunds[${i}].currency`,
      fund.currency,
    );
    if (fund.paidIn == null || fund.currency == null) {
      items.push(incomplete(head, missing));
      return;
    }
    const net = netOfState(fund.paidIn, fund.stateCapital);
    const inCny = fund.currency === 'CNY';
    // Compare in the currency given (net ≥ edge × rate) so the 万美元 edges stay exact; divide only for display.
    const rate = inCny ? f.usdCnyRate! : ONE;
    const band = bandOf(art12.bands, net, inCny ? rate : undefined);
    const usd = inCny ? net.dividedBy(rate) : net;
    // 万美元 for a sentence: 2 decimals, cut down so a fund just below a band's edge never reads as reaching it.
    const usdShown = usd.toDecimalPlaces(2, Decimal.ROUND_DOWN);
    const params = {
      paidIn: figure(fund.paidIn),
      net: figure(net),
      usd: figure(usdShown),
      rate: figure(rate),
      currency: inCny ? 'CNY' : 'USD',
    };
    const formula = inCny ? `${figure(net)} ÷ ${figure(rate)} = ${figure(usd)}` : figure(usd);
    if (!band) {
      items.push(
        ineligible(
          head,
          { key: 'art12.fundTooSmall', params: { ...params, floor: art12.bands[0]!.from.value } },
          { formula },
        ),
      );
      return;
    }
    // A band closes where the next one opens.
    const below = art12.bands[art12.bands.indexOf(band) + 1];
    items.push(
      draft(
        head,
        'awarded',
        band.amount.num,
        {
          key: inCny ? 'art12.fundAwardedCny' : 'art12.fundAwarded',
          params: { ...params, amount: band.amount.value, from: band.from.value, below: below?.from.value ?? '' },
        },
        { calc: { formula: `${formula} → ${band.amount.value}` } },
      ),
    );
  });
  return items;
}

/**
 * 第十五条 (经评定): 2% of each first investment in a start-up, net of state money, cap 50 a project; claimable once two
 * full years have passed since the payment (划款) made in 2025–2028; each institution at most 200 per calendar year,
 * a project counting in the year it becomes claimable.
 */
export function earlyStageInvestment({ scenario, asOf, book }: RuleContext): Draft[] {
  const f = scenario.fund;
  if (!f) return [];
  if (!f.investments)
    return [incomplete({ article: 15, rule: 'art15.investment', conditional: true }, ['fund.investments'])];
  // Each project's yearly cap, by index: the version its payment date selects.
  const caps: Decimal[] = [];
  const drafts = f.investments.map((inv, i) => investmentDraft(inv, i, asOf, book, caps));
  applyYearCap(drafts, caps);
  return drafts;
}

/** `fund.investments[i]`, each spelled once: every art. 15 project carries its path as the item's subject. */
const investmentPaths: string[] = [];

function investmentPath(i: number): string {
  if (i >= 64) return `fund.investments[${i}]`; // a long list is kept out of a cache that lives as long as the page
  return (investmentPaths[i] ??= `fund.investments[${i}]`);
}

function investmentDraft(
  inv: NormalizedInvestment,
  i: number,
  asOf: string,
  book: PolicyBook,
  yearCaps: Decimal[],
): Draft {
  const path = investmentPath(i);
  const head = {
    article: 15,
    rule: 'art15.investment',
    subject: path,
    conditional: true,
    ...(inv.company ? { company: inv.company } : {}),
  };
  if (inv.amount == null || inv.fundedOn == null || inv.firstInvestment == null || inv.startup == null) {
    const missing = missingOf(
      `${path}.amount`,
      inv.amount,
      `${path}.fundedOn`,
      inv.fundedOn,
      `${path}.firstInvestment`,
      inv.firstInvestment,
      `${path}.startup`,
      inv.startup,
    );
    return incomplete(head, missing);
  }
  if (!inv.firstInvestment) return ineligible(head, { key: 'art15.notFirst' });
  if (!inv.startup) return ineligible(head, { key: 'art15.notStartup' });
  // 投资划款日在政策有效期内: the payment date picks the version whose figures apply, whatever the scenario's year.
  if (inv.fundedOn < book.start)
    return ineligible(head, { key: 'art15.fundedBefore', params: { date: inv.fundedOn, from: book.start } });
  if (inv.fundedOn > book.end)
    return ineligible(head, { key: 'art15.fundedAfter', params: { date: inv.fundedOn, to: book.end } });
  const art15 = versionOn(book, inv.fundedOn)!.art15;
  const net = netOfState(inv.amount, inv.stateCapital);
  if (net.isZero()) return ineligible(head, { key: 'art15.allState' });
  const r = rateWithCap(
    net,
    art15.rate,
    art15.projectCap,
    inv.stateCapital?.greaterThan(0) ? `${figure(inv.amount)} − ${figure(inv.stateCapital)} = ` : '',
  );
  const claimableFrom = addYears(inv.fundedOn, art15.wait.count);
  // 满2年: on the anniversary itself the wait is over (inclusive), not a day later.
  const pending = !reachesDate(asOf, claimableFrom, art15.wait.inclusive);
  const params = {
    amount: figure(r.amount),
    net: figure(net),
    date: inv.fundedOn,
    claimableFrom,
    cap: art15.projectCap.value,
    rate: percent(art15.rate.value),
    wait: art15.wait.count,
  };
  yearCaps[i] = art15.yearCap.num;
  return draft(
    head,
    pending ? 'pending' : 'awarded',
    r.amount,
    { key: pending ? 'art15.pending' : 'art15.awarded', params },
    { capped: r.capped, cap: r.calc.cap, calc: r.calc, claimableFrom },
  );
}

/** 每家机构每年累计奖励金额最高不超过200万元: fill each claim year in date order; later projects get what is left. */
function applyYearCap(drafts: Draft[], yearCaps: readonly Decimal[]): void {
  const used = new Map<string, Decimal>();
  const order = drafts
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.claimableFrom && (d.status === 'awarded' || d.status === 'pending'))
    .sort((a, b) =>
      a.d.claimableFrom! < b.d.claimableFrom! ? -1 : a.d.claimableFrom! > b.d.claimableFrom! ? 1 : a.i - b.i,
    );
  for (const { d, i } of order) {
    const year = d.claimableFrom!.slice(0, 4);
    const sofar = used.get(year) ?? ZERO;
    // Each project under the version its payment date selects (the same cap for every project of one version).
    const yearCap = yearCaps[i]!;
    const left = yearCap.minus(sofar);
    // Projects are rounded one by one (附则1), so the year's sum is counted in rounded amounts.
    const own = roundItem(d.amount);
    if (own.greaterThan(left)) {
      const base = { ...d.reason.params };
      if (left.lessThanOrEqualTo(0)) {
        // Eligible, but the year's 200 is used up: capped to nothing, not "ineligible". Shown as excluded (amount: what
        // it would have been), like an item beaten inside its 就高不重复 group; the total leaves it out.
        Object.assign(d, {
          status: 'excluded',
          capped: true,
          reason: { key: 'art15.yearCapUsed', params: { ...base, year, yearCap: figure(yearCap) } },
        });
        continue;
      }
      d.amount = left;
      d.capped = true;
      d.reason = {
        key: d.status === 'pending' ? 'art15.pendingYearCap' : 'art15.awardedYearCap',
        params: { ...base, year, yearCap: figure(yearCap), left: figure(left) },
      };
      d.calc = { ...d.calc!, formula: `${d.calc!.formula} → ${figure(left)}` };
    }
    used.set(year, sofar.plus(roundItem(d.amount)));
  }
}
