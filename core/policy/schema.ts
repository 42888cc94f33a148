/**
 * The shape of a version of the measures as data, checked when it is loaded. The TypeScript type is inferred from
 * the same schema, so a data file is checked twice by one definition: by tsc when it is written (`satisfies
 * PolicyData`) and by valibot when it is loaded (a JSON revision, a figure that is not a decimal, a band out of order).
 * A malformed version is a PolicyDataError that names the version and every figure at fault
 * ("art2.premiumThreshold.inclusive: true or false"), at build and test time, never a wrong figure later.
 */
import * as v from 'valibot';
import { AUDIENCES, BRANCH_EVENTS, CERTIFICATIONS, INSTITUTION_TYPES, typesOf } from './vocabulary.ts';
import { isIsoDate } from '../dates.ts';

/** Figures are decimal strings so that they reach decimal.js exactly (never a binary float). */
const decimal = v.pipe(
  v.string('a decimal number written as a string, e.g. "0.005"'),
  v.regex(/^\d+(\.\d+)?$/, 'a decimal number written as a string, e.g. "0.005"'),
);
const ratio = v.pipe(
  decimal,
  v.check((s) => Number(s) > 0 && Number(s) <= 1, 'a ratio above 0 and at most 1 (50% is "0.5")'),
);
const words = v.pipe(v.string('the words of the text'), v.minLength(1, 'the words of the text'));
const isoDate = v.pipe(
  v.string('a date YYYY-MM-DD'),
  v.check((s: string) => isIsoDate(s), 'a date YYYY-MM-DD'),
);
const inclusive = v.boolean(
  'true or false: whether the number itself is inside (以上/达到/满/（含）) or not (超过/不满)',
);

/** An amount of money, with the words of the clause that state it. */
const money = v.strictObject({ value: decimal, unit: v.literal('万元', '"万元"'), clause: words });
const rate = v.strictObject({ value: ratio, unit: v.literal('ratio', '"ratio"'), clause: words });
/** A boundary: `inclusive` says on which side the number itself falls (PRC Civil Code art. 1259). */
const threshold = <U extends string>(unit: U) =>
  v.strictObject({ value: decimal, unit: v.literal(unit, `"${unit}"`), inclusive, clause: words });
const rateThreshold = v.strictObject({
  value: v.pipe(
    decimal,
    v.check((s) => Number(s) <= 1, 'a ratio of at most 1 (18% is "0.18")'),
  ),
  unit: v.literal('ratio', '"ratio"'),
  inclusive,
  clause: words,
});

const certification = v.picklist(CERTIFICATIONS, `one of ${CERTIFICATIONS.join(', ')}`);
const institutionType = v.picklist(INSTITUTION_TYPES, 'a type of core/policy/vocabulary.ts');
const group = v.picklist(['licensed', 'local', 'branch', 'manager'] as const, 'licensed, local, branch or manager');
const articleNumber = v.pipe(v.number('an article number'), v.integer('an article number'), v.minValue(1));
const increase = v.strictObject({ min: threshold('万元'), rate, cap: money });

const article = v.strictObject({
  title: words,
  clause: words,
  audiences: v.optional(v.array(v.picklist(AUDIENCES, `one of ${AUDIENCES.join(', ')}`))),
});

export const policySchema = v.strictObject({
  /** What results name in `policy`. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens')),
  title: words,
  /** The short name sentences use (a report's heading, the extension's options page): it names the version too. */
  shortTitle: words,
  /** 附则5: the dates the version is in force, both included; 附则3: it covers the calendar years they span. */
  inForce: v.strictObject({ from: isoDate, to: isoDate, clause: words }),
  /** 附则5: the document it replaced (years before the first version fall under it). */
  replaces: v.strictObject({ document: words, clause: words }),
  /** 附则2: each fact of the gate and the value that fails it. */
  eligibility: v.array(
    v.strictObject({
      fact: v.picklist(['inZone', 'majorPenaltyInLast3Years', 'criminalRecord', 'seriousDishonestyList'] as const),
      fails: v.boolean(),
      clause: words,
    }),
  ),
  /**
   * 附则2's figures: the zone's area (亦庄新城225平方公里) and how far back its records count (近3年). Sentences that
   * name the gate quote them (terms `zoneAreaKm2`, `lookBackYears`).
   */
  gate: v.strictObject({
    zoneArea: v.strictObject({ value: decimal, unit: v.literal('km²', '"km²"'), clause: words }),
    lookBack: v.strictObject({
      value: v.pipe(decimal, v.regex(/^[1-9]\d*$/, 'a whole number of years')),
      unit: v.literal('years', '"years"'),
      clause: words,
    }),
  }),
  /** 就高不重复: inside one article (only its highest item) and across articles (only the highest article total). */
  groups: v.strictObject({
    withinArticle: v.array(v.strictObject({ article: articleNumber, clause: words })),
    acrossArticles: v.array(
      v.strictObject({
        id: v.string(),
        articles: v.array(articleNumber),
        /** The article whose text states the rule (its clause is quoted). */
        clauseArticle: articleNumber,
        clause: words,
      }),
    ),
  }),
  /** Every article's title and original text; articles with `audiences` set no amount (matched as `info`). */
  articles: v.record(v.pipe(v.string(), v.regex(/^\d+$/, 'an article number')), article),
  art2: v.strictObject({
    premiumThreshold: threshold('万元'),
    rates: v.array(v.strictObject({ certification, value: ratio, unit: v.literal('ratio'), clause: words })),
    cap: money,
    minTerm: threshold('months'),
  }),
  art3: v.strictObject({ types: v.array(institutionType), contractThreshold: threshold('万元'), rate, cap: money }),
  art4: v.strictObject({
    interest: v.strictObject({
      rate,
      caps: v.array(
        v.strictObject({
          certification: v.nullable(certification),
          value: decimal,
          unit: v.literal('万元'),
          clause: words,
        }),
      ),
    }),
    firstLoan: v.strictObject({ ratio: rate, cap: money }),
    startupGuarantee: v.strictObject({ ratio: rate, cap: money }),
  }),
  art8: v.strictObject({
    appliesTo: group,
    tiers: v.array(v.strictObject({ from: threshold('万元'), base: money, rate })),
    cap: money,
    increase,
  }),
  art9: v.strictObject({
    amounts: v.array(
      v.strictObject({
        type: institutionType,
        event: v.picklist(BRANCH_EVENTS),
        value: decimal,
        unit: v.literal('万元'),
        clause: words,
      }),
    ),
  }),
  art10: v.strictObject({
    appliesTo: group,
    establishment: v.strictObject({ min: threshold('万元'), rate, cap: money }),
    increase,
  }),
  art11: v.strictObject({
    managerMin: threshold('万元'),
    fundsMin: threshold('万元'),
    bands: v.array(v.strictObject({ from: threshold('万元'), rate, cap: money })),
    increase,
  }),
  art12: v.strictObject({
    newPilot: money,
    bands: v.array(v.strictObject({ from: threshold('万美元'), amount: money })),
  }),
  art13: v.strictObject({
    appliesTo: group,
    sectors: v.array(
      v.strictObject({
        sector: v.picklist(['banking', 'securities', 'insurance'] as const),
        types: v.array(institutionType),
        measure: v.picklist(['revenue', 'tradingVolume', 'premiumIncome'] as const),
        threshold: threshold('万元'),
        rate,
        cap: money,
      }),
    ),
    /** 正增长: growth over last year's measure, as a ratio of it. */
    growth: rateThreshold,
  }),
  art14: v.strictObject({
    upperBandFrom: threshold('万元'),
    lowerBandGrowth: rateThreshold,
    upperBandGrowth: rateThreshold,
    rate,
    cap: money,
  }),
  art15: v.strictObject({
    wait: threshold('years'),
    rate,
    projectCap: money,
    yearCap: money,
  }),
});

export type PolicyData = v.InferInput<typeof policySchema>;

/** A later revision: from a date on, some figures (and the clauses that state them) change; the rest carries over. */
export const revisionSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens')),
  title: v.optional(words),
  /** The short name headings use; without it a revision that gives a title is named by its title. */
  shortTitle: v.optional(words),
  /** The first day the revised figures apply; the version before ends the day before. */
  from: isoDate,
  /** Only when the revision also moves the end of the measures (附则5). */
  to: v.optional(isoDate),
  /**
   * What changes, in the shape of PolicyData: objects merge key by key; a figure (an object with `value`) or a list
   * is replaced whole, so that its clause and unit always change with it.
   */
  changes: v.record(v.string(), v.unknown()),
});

export type RevisionData = v.InferInput<typeof revisionSchema>;

export interface PolicyProblem {
  /** Where in the data: "art2.premiumThreshold.inclusive", "art8.tiers[1].from". */
  path: string;
  message: string;
}

export class PolicyDataError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly PolicyProblem[],
  ) {
    super(
      `Policy data ${source} is malformed:\n${problems.map((p) => `  ${p.path || '(top)'}: ${p.message}`).join('\n')}`,
    );
    this.name = 'PolicyDataError';
  }
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((p, i) => (typeof p.key === 'number' ? `[${p.key}]` : `${i ? '.' : ''}${String(p.key)}`))
    .join('');
}

function describe(issue: v.BaseIssue<unknown>): string {
  // An unknown key (a typo such as "inclusve") is reported at the key itself.
  return issue.expected === 'never'
    ? 'not a field of the policy data (a typo?)'
    : `${issue.message}, got ${issue.received}`;
}

/** Checks the shape, then what a shape cannot say (bands in order, sub-lists of the right group…). */
export function checkPolicy(data: unknown, source: string): PolicyData {
  const parsed = v.safeParse(policySchema, data);
  if (!parsed.success) {
    const problems = parsed.issues.map((issue) => ({ path: pathOf(issue), message: describe(issue) }));
    throw new PolicyDataError(source, problems);
  }
  const problems = consistencyProblems(parsed.output);
  if (problems.length) throw new PolicyDataError(source, problems);
  return parsed.output;
}

export function checkRevision(data: unknown, source: string): RevisionData {
  const parsed = v.safeParse(revisionSchema, data);
  if (!parsed.success)
    throw new PolicyDataError(
      source,
      parsed.issues.map((issue) => ({ path: pathOf(issue), message: describe(issue) })),
    );
  return parsed.output;
}

/** Bands and tiers must rise strictly, each opening where the one before closes. */
function ascending(list: ReadonlyArray<{ from: { value: string } }>, path: string, out: PolicyProblem[]): void {
  if (!list.length) out.push({ path, message: 'at least one band' });
  for (let i = 1; i < list.length; i++)
    if (!(Number(list[i]!.from.value) > Number(list[i - 1]!.from.value)))
      out.push({ path: `${path}[${i}].from.value`, message: 'each band starts above the one before' });
}

function consistencyProblems(p: PolicyData): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  if (p.inForce.from > p.inForce.to) out.push({ path: 'inForce.to', message: 'on or after inForce.from' });
  for (const n of [2, 3, 4, 8, 9, 10, 11, 12, 13, 14, 15])
    if (!p.articles[n]) out.push({ path: `articles.${n}`, message: 'the article that states these figures' });
  for (const [n, a] of Object.entries(p.articles))
    if (a.audiences && !a.audiences.length) out.push({ path: `articles.${n}.audiences`, message: 'at least one' });
  const known = (n: number) => p.articles[n] !== undefined;
  p.groups.withinArticle.forEach((g, i) => {
    if (!known(g.article)) out.push({ path: `groups.withinArticle[${i}].article`, message: 'an article of the data' });
  });
  p.groups.acrossArticles.forEach((g, i) => {
    g.articles.forEach((n, j) => {
      if (!known(n))
        out.push({ path: `groups.acrossArticles[${i}].articles[${j}]`, message: 'an article of the data' });
    });
  });
  ascending(p.art8.tiers, 'art8.tiers', out);
  ascending(p.art11.bands, 'art11.bands', out);
  ascending(p.art12.bands, 'art12.bands', out);
  const certs = new Set<string>();
  p.art2.rates.forEach((r, i) => {
    if (certs.has(r.certification)) out.push({ path: `art2.rates[${i}].certification`, message: 'listed once' });
    certs.add(r.certification);
  });
  if (!p.art4.interest.caps.some((c) => c.certification === null))
    out.push({ path: 'art4.interest.caps', message: 'a cap for every small or micro enterprise (certification null)' });
  const subset = (types: readonly string[], of: readonly string[], path: string) =>
    types.forEach((t, i) => {
      if (!of.includes(t)) out.push({ path: `${path}[${i}]`, message: `one of ${of.join(', ')}` });
    });
  subset(p.art3.types, typesOf('local'), 'art3.types');
  p.art13.sectors.forEach((s, i) => subset(s.types, typesOf(p.art13.appliesTo), `art13.sectors[${i}].types`));
  p.art9.amounts.forEach((a, i) => subset([a.type], typesOf('branch'), `art9.amounts[${i}].type`));
  return out;
}
