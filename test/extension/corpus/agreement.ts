/**
 * How far the corpus's writers agree with each other: `tsx test/extension/corpus/agreement.ts [--verbose]`.
 *
 * Many stored pages were rebuilt by several writers (a reword split's page names the page it rebuilds in `rewordOf`),
 * each writing the expectations from their own page. Every pair of rebuilds of one stored page is two readings of the
 * same facts. Reading writer A's expectations as if they were badges, and scoring them on writer B's, gives what a
 * reader who agrees with A perfectly would score against B: the ceiling the corpus can measure a detector to, on
 * the same figures the scan is scored by (an offer's kind and its rate or premium, then its highest amount).
 *
 * Anchors differ between writers, so offers are matched by their figures, not by place.
 */
import { lprOn } from '../../../core/policy/lpr.ts';
import { loadEverySplit, states, wantedRate, type CorpusPage, type ExpectedOffer } from './score.ts';

const verbose = process.argv.includes('--verbose');
// Both writers' LPR-based rates are read against one LPR: only their spreads can differ.
const lpr = lprOn('2026-01-01')!;

const pages = loadEverySplit();
const byKey = new Map(pages.map((p) => [`${p.split}/${p.id}`, p]));

/** A chain longer than the splits that exist is a loop in the files. */
const SPLIT_HOPS = 64;

/** The stored page a page's family goes back to: the first of its chain of rebuilds. */
function rootOf(page: CorpusPage): CorpusPage {
  let at = page;
  for (let hops = 0; at.rewordOf && hops < SPLIT_HOPS; hops++) {
    const older = byKey.get(at.rewordOf);
    if (!older) break;
    at = older;
  }
  return at;
}

/** An offer's figure as a badge would state it: the kind, then the rate (a loan) or the premium (a cover). */
function figure(o: ExpectedOffer): string | undefined {
  if (o.kind === 'loan') {
    const rate = wantedRate(o, lpr);
    return rate === undefined ? undefined : `loan ${rate.split('-').map(Number).join('-')}`;
  }
  return o.premium === null || o.premium === undefined ? undefined : `insurance ${Number(o.premium)}`;
}
const loansWithAmount = (xs: ExpectedOffer[]) => xs.filter((o) => o.kind === 'loan' && o.maxAmount !== null);
/** Each loan stating a limit, as its figure with that limit and its currency. */
const withAmount = (xs: ExpectedOffer[]) => loansWithAmount(xs).map((o) => `${figure(o)} ${o.maxAmount} ${o.currency}`);

function counted<T>(xs: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}
/** How many of `want` are in `got`, counting repeats (a multiset's intersection). */
function common<T>(got: Map<T, number>, want: Map<T, number>): number {
  let n = 0;
  for (const [k, c] of want) n += Math.min(c, got.get(k) ?? 0);
  return n;
}

const families = new Map<CorpusPage, CorpusPage[]>();
for (const p of pages) {
  const root = rootOf(p);
  families.set(root, [...(families.get(root) ?? []), p]);
}

let pairs = 0;
let ratedPairs = 0;
let sameLabel = 0;
let sameCount = 0;
let wanted = 0;
let stated = 0;
let amountsWanted = 0;
let amountsAgree = 0;
const perFamily: number[] = [];
for (const [root, members] of families) {
  // (A negative family counts for whether the writers agree that the page offers nothing.)
  const rated = members.length > 1 && members.some((m) => m.offers.some(states));
  let famWanted = 0;
  let famStated = 0;
  for (const a of members)
    for (const b of members) {
      if (a === b) continue;
      pairs++;
      if ((a.offers.length === 0) === (b.offers.length === 0)) sameLabel++;
      if (!rated) continue;
      ratedPairs++;
      const mine = a.offers.filter(states);
      const theirs = b.offers.filter(states);
      if (mine.length === theirs.length) sameCount++;
      const got = counted(a.offers.map(figure).filter((f) => f !== undefined));
      const n = common(got, counted(theirs.map(figure)));
      wanted += theirs.length;
      stated += n;
      famWanted += theirs.length;
      famStated += n;
      // Of the loans whose rate both state, the highest amount and its currency.
      amountsWanted += loansWithAmount(theirs).filter((o) => got.has(figure(o)!)).length;
      amountsAgree += common(counted(withAmount(mine)), counted(withAmount(theirs)));
    }
  if (famWanted) perFamily.push(famStated / famWanted);
  if (verbose && famStated < famWanted)
    console.log(`${root.split}/${root.id}: ${members.length} writers, ${famStated}/${famWanted} figures stated by the other writer`);
}

const pct = (n: number, d: number) => `${n}/${d} = ${d ? ((n / d) * 100).toFixed(1) : '–'}%`;
const rebuilt = [...families.values()].filter((m) => m.length > 1);
console.log(`families of rebuilds: ${rebuilt.length} (${rebuilt.reduce((n, m) => n + m.length, 0)} pages), ordered pairs of writers: ${pairs}`);
console.log(`pairs agreeing whether the page offers anything: ${pct(sameLabel, pairs)}`);
console.log(`pairs (rated families) agreeing on how many offers state a rate or premium: ${pct(sameCount, ratedPairs)}`);
console.log(`offers one writer expects whose kind and rate (or premium) the other writer states ("recall"; over ordered pairs, the same figure as "precision"): ${pct(stated, wanted)}`);
console.log(`of the loans whose rate both state, the same highest amount and currency: ${pct(amountsAgree, amountsWanted)}`);
console.log(`mean over rated families of the first: ${((perFamily.reduce((x, y) => x + y, 0) / perFamily.length) * 100).toFixed(1)}% (${perFamily.length} families)`);

