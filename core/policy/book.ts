/**
 * The dated versions of the measures, compiled once when loaded: the first version's data and each later revision
 * (its changes laid over the version before, from its date on) are checked (./schema.ts), every figure gets its exact
 * Decimal and its article, and the lookups the rules need per call (a year's version, a date's version) are built
 * here, so `estimate` only reads. No rule knows which version it runs under: it reads the one it is given.
 */
import { Decimal, percent, readable } from '../money.ts';
import type { InstitutionType } from '../types.ts';
import { checkPolicy, checkRevision, PolicyDataError, type PolicyData, type RevisionData } from './schema.ts';
import { typesOf, type Audience } from './vocabulary.ts';

/** A figure as the data states it: a decimal string, its unit and the words of its clause. */
interface FigureData {
  value: string;
  unit: string;
  clause: string;
}

/** A figure as the rules read it: also its exact value (`num`, and `count` for months and years) and its article. */
export type Figure<F extends FigureData = FigureData> = F & {
  readonly num: Decimal;
  readonly count: number;
  readonly article: number;
};

/** A boundary figure: `inclusive` says whether the number itself is inside. Compared only by core/rules/compare.ts. */
export type Threshold = Figure<FigureData & { inclusive: boolean }>;

/** The data with every figure compiled, deeply read-only. */
export type Compiled<T> = T extends FigureData
  ? Figure<T>
  : T extends readonly (infer U)[]
    ? readonly Compiled<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Compiled<T[K]> }
      : T;

export interface ArticleText {
  number: number;
  title: string;
  clause: string;
  audiences?: readonly Audience[];
  /**
   * The id of the version whose text this title and this clause are (the first version, or the revision that last
   * changed them): a translation belongs to the text it translates, so an article a revision left alone keeps its
   * translation and one it rewrote has none until the revision brings its own (core/policy-text.ts).
   */
  titleFrom: string;
  clauseFrom: string;
}

/** One version in force: its figures, its dates, and what is worked out from them once. */
export type PolicyVersion = Omit<Compiled<PolicyData>, 'articles' | 'art8' | 'art10' | 'art13'> & {
  readonly articles: Readonly<Record<number, ArticleText>>;
  readonly art8: Compiled<PolicyData['art8']> & { readonly types: readonly InstitutionType[] };
  readonly art10: Compiled<PolicyData['art10']> & { readonly types: readonly InstitutionType[] };
  readonly art13: Compiled<PolicyData['art13']> & { readonly types: readonly InstitutionType[] };
  /** The first and last day this version is in force (a revision ends the version before it). */
  readonly from: string;
  readonly to: string;
  /** Articles that compute an amount, and those matched as `info` (they name audiences), in article order. */
  readonly amountArticles: readonly number[];
  readonly infoArticles: readonly number[];
  /** Which info articles speak to a mix of audiences: filled as mixes are met (few exist), one answer per version. */
  readonly infoByMix: Map<string, readonly number[]>;
  /**
   * The version's figures as sentences quote them ("10", "50%", "1:1", 2025): the parameters of the texts that state
   * a figure without computing with it (the readings, the period, the widget's and the extension's hints).
   */
  readonly terms: Readonly<Record<string, string | number>>;
  /** The terms with `count` set to 附则2's look-back (近3年): for the sentences whose plural form follows it. */
  readonly gateTerms: Readonly<Record<string, string | number>>;
  /** Art. 2's lowest rate: a higher one carries the [interpretation] art2.thresholdFor60. */
  readonly art2BasicRate: Decimal;
  /** Articles whose own items compete (本条措施就高不重复享受), each with the group name its items carry. */
  readonly highestWithin: ReadonlyMap<number, string>;
};

export interface PolicyBook {
  /** In date order, each starting the day after the one before ends. */
  readonly versions: readonly PolicyVersion[];
  /** The first and last day any version is in force, and the calendar years they span (附则3). */
  readonly start: string;
  readonly end: string;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly years: readonly number[];
  /** The document the first version replaced: years before it fall under that one. */
  readonly replaces: string;
  /** Version for each covered year, worked out once (see versionForYear). */
  readonly byYear: ReadonlyMap<number, PolicyVersion>;
}

const isFigure = (x: unknown): x is FigureData =>
  typeof x === 'object' && x !== null && 'value' in x && 'unit' in x && 'clause' in x;

/** A copy of the data with every figure given its Decimal and its article (the `artN` section it sits in). */
function compileFigures(x: unknown, article: number): unknown {
  // Lists stay unfrozen (readonly by type): V8's fast paths for find/map/filter do not cover frozen arrays.
  if (Array.isArray(x)) return x.map((e) => compileFigures(e, article));
  if (typeof x !== 'object' || x === null) return x;
  // A figure's fields are all plain values: one literal gives every figure of a kind the same compact shape.
  if (isFigure(x)) return Object.freeze({ ...x, num: new Decimal(x.value), count: Number(x.value), article });
  const out: Record<string, unknown> = { ...x };
  for (const [k, val] of Object.entries(x)) {
    const section = /^art(\d+)$/.exec(k);
    if (typeof val === 'object' && val !== null) out[k] = compileFigures(val, section ? Number(section[1]) : article);
  }
  return Object.freeze(out);
}

/** The period all versions cover together, for the sentences that name it. */
interface Span {
  start: string;
  end: string;
}

function termsOf(c: Compiled<PolicyData>, span: Span): Record<string, string | number> {
  const rates = c.art2.rates.map((r) => r.num);
  return {
    firstYear: Number(span.start.slice(0, 4)),
    lastYear: Number(span.end.slice(0, 4)),
    start: span.start,
    end: span.end,
    art2Threshold: readable(c.art2.premiumThreshold.value),
    art2BasicRate: percent(Decimal.min(...rates)),
    art2HigherRate: percent(Decimal.max(...rates)),
    art2MinTerm: c.art2.minTerm.count,
    art4Rate: percent(c.art4.interest.rate.value),
    art4Ratio: `${c.art4.firstLoan.ratio.value}:1`,
    art11ManagerMin: readable(c.art11.managerMin.value),
    art11FundsMin: readable(c.art11.fundsMin.value),
    art15Wait: c.art15.wait.count,
    zoneAreaKm2: readable(c.gate.zoneArea.value),
    lookBackYears: c.gate.lookBack.count,
  };
}

/** Per article, the version whose title and clause text it carries (see ArticleText). */
type TextSources = Record<string, { titleFrom: string; clauseFrom: string }>;

function textSources(data: PolicyData, before?: { data: PolicyData; sources: TextSources }): TextSources {
  const out: TextSources = {};
  for (const [n, a] of Object.entries(data.articles)) {
    const old = before?.data.articles[n];
    const was = before?.sources[n];
    out[n] = {
      titleFrom: old && was && old.title === a.title ? was.titleFrom : data.id,
      clauseFrom: old && was && old.clause === a.clause ? was.clauseFrom : data.id,
    };
  }
  return out;
}

function compileVersion(data: PolicyData, from: string, to: string, span: Span, sources: TextSources): PolicyVersion {
  const c = compileFigures(data, 0) as Compiled<PolicyData>;
  const articles: Record<number, ArticleText> = {};
  for (const [n, a] of Object.entries(data.articles))
    articles[Number(n)] = Object.freeze({ number: Number(n), ...a, ...sources[n] } as ArticleText);
  const numbers = Object.keys(articles)
    .map(Number)
    .sort((a, b) => a - b);
  const terms = termsOf(c, span);
  return Object.freeze({
    ...c,
    articles,
    art8: Object.freeze({ ...c.art8, types: typesOf(c.art8.appliesTo) }),
    art10: Object.freeze({ ...c.art10, types: typesOf(c.art10.appliesTo) }),
    art13: Object.freeze({ ...c.art13, types: typesOf(c.art13.appliesTo) }),
    from,
    to,
    amountArticles: numbers.filter((n) => !articles[n]!.audiences),
    infoArticles: numbers.filter((n) => articles[n]!.audiences),
    infoByMix: new Map(),
    terms: Object.freeze(terms),
    gateTerms: Object.freeze({ ...terms, count: c.gate.lookBack.count }),
    art2BasicRate: Decimal.min(...c.art2.rates.map((r) => r.num)),
    highestWithin: new Map(data.groups.withinArticle.map((g) => [g.article, `art${g.article}`])),
  });
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A revision's changes laid over the data before it: objects merge, figures and lists are replaced whole. */
function revise(base: unknown, changes: unknown): unknown {
  if (!isPlainObject(changes) || !isPlainObject(base) || 'value' in changes) return changes;
  const out: Record<string, unknown> = { ...base };
  for (const [k, val] of Object.entries(changes)) out[k] = revise(base[k], val);
  return out;
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Compiles the first version and its revisions (in any order; they are applied by date). Throws a PolicyDataError
 * naming the version and the figures at fault when any of them is malformed.
 */
export function policyBook(first: unknown, ...revisions: readonly unknown[]): PolicyBook {
  const base = checkPolicy(first, describeSource(first));
  const revs: RevisionData[] = revisions
    .map((r) => checkRevision(r, describeSource(r)))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const datas: Array<{ data: PolicyData; from: string; to: string; sources: TextSources }> = [
    { data: base, from: base.inForce.from, to: base.inForce.to, sources: textSources(base) },
  ];
  for (const r of revs) {
    const before = datas[datas.length - 1]!;
    const source = `revision "${r.id}"`;
    if (r.from <= before.from || r.from > before.to)
      throw new PolicyDataError(source, [
        {
          path: 'from',
          message: `a date after ${before.from} and on or before ${before.to}, when "${before.data.id}" is in force`,
        },
      ]);
    const to = r.to ?? before.to;
    const merged = revise(revise(before.data, r.changes), {
      id: r.id,
      ...(r.title ? { title: r.title } : {}),
      // A revision that names itself without a short name is named by its title: the version before's short name
      // would name the wrong version.
      ...(r.shortTitle || r.title ? { shortTitle: r.shortTitle ?? r.title } : {}),
      inForce: { from: r.from, to },
    });
    before.to = dayBefore(r.from);
    const data = checkPolicy(merged, source);
    datas.push({ data, from: r.from, to, sources: textSources(data, before) });
  }
  const start = datas[0]!.from;
  const end = datas[datas.length - 1]!.to;
  const versions = datas.map((d) => compileVersion(d.data, d.from, d.to, { start, end }, d.sources));
  const firstYear = Number(start.slice(0, 4));
  const lastYear = Number(end.slice(0, 4));
  const years: number[] = [];
  const byYear = new Map<number, PolicyVersion>();
  for (let y = firstYear; y <= lastYear; y++) {
    years.push(y);
    // [interpretation] policy.yearVersion: a year is computed under the version in force on its last day (or the
    // last one in force that year), as the 2025 revision covered all of 2025: a revision counts for its whole year.
    const lastDay = `${y}-12-31`;
    byYear.set(y, versions.filter((v) => v.from <= lastDay && v.to >= `${y}-01-01`).pop()!);
  }
  return Object.freeze({ versions, start, end, firstYear, lastYear, years, replaces: base.replaces.document, byYear });
}

function describeSource(data: unknown): string {
  const id = isPlainObject(data) && typeof data.id === 'string' ? data.id : undefined;
  return id ? `"${id}"` : '(without an id)';
}
