/**
 * The engine: validates a scenario, runs every article's rule, then applies what the 附则 and the 就高不重复 groups
 * say, rounds each item (附则1) and explains every figure in the chosen language.
 */
import * as v from 'valibot';
import type { Translate as TFunction } from './i18n.ts';
import { POLICY_BOOK } from './policy/versions.ts';
import type { PolicyBook, PolicyVersion } from './policy/book.ts';
import { versionForYear } from './policy/lookup.ts';
import { CERTIFICATIONS } from './policy/vocabulary.ts';
import { Decimal, ZERO, compare, money, roundItem, figure, readable, percent, withoutFigures } from './money.ts';
import { todayUtc } from './dates.ts';
import { readValidScenario, scenarioSchema, unknownFields, type NormalizedScenario } from './scenario-schema.ts';
import { toFieldErrors } from './errors.ts';
import { translator, LANGS } from './i18n.ts';
import { articleClauseIn, articleTitleIn } from './policy-text.ts';
import type { Draft, Message, Rule, RuleContext } from './rules/draft.ts';
import { techInsurance, smallMicroFinancing } from './rules/enterprise.ts';
import {
  supplyChainFinance,
  licensedInstitution,
  branchSetUp,
  localFinancialOrganisation,
  businessScale,
  businessGrowth,
} from './rules/institution.ts';
import { privateFundManager, qflp, earlyStageInvestment } from './rules/fund.ts';
import { INFO_RULES, infoArticleNumbers, infoArticles } from './rules/info.ts';
import { draft } from './rules/compute.ts';
import type { EstimateOptions, EstimateOutcome, Lang, ResultItem, SubsidyResult } from './types.ts';

/** Every article that computes an amount, in article order. */
const RULES: Rule[] = [
  techInsurance, // 2
  supplyChainFinance, // 3
  smallMicroFinancing, // 4
  licensedInstitution, // 8
  branchSetUp, // 9
  localFinancialOrganisation, // 10
  privateFundManager, // 11
  qflp, // 12
  businessScale, // 13
  businessGrowth, // 14
  earlyStageInvestment, // 15
];

/** Params whose values are themselves locale keys (a certification's name, an institution type…). */
const KEY_PARAMS = ['cert', 'capReason', 'measure', 'type'] as const;

export function estimate(input: unknown, options: EstimateOptions = {}): EstimateOutcome {
  const lang: Lang = options.lang && LANGS.includes(options.lang) ? options.lang : 'zh-CN';
  const t = translator(lang);
  // A valid scenario is read without valibot (the same output, core/scenario-schema.ts); the schema reads the others.
  let scenario = readValidScenario(input);
  if (!scenario) {
    const parsed = v.safeParse(scenarioSchema, input);
    if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.issues, input, t) };
    scenario = parsed.output;
  }
  const book = options.policies ?? POLICY_BOOK;
  return {
    ok: true,
    result: evaluate(scenario, input, lang, t, options.today, options.amountsOnly === true, book),
  };
}

/** A file may hold an array of scenarios: the outcomes come back in the same order. */
export function estimateMany(inputs: readonly unknown[], options: EstimateOptions = {}): EstimateOutcome[] {
  return inputs.map((s) => estimate(s, options));
}

function evaluate(
  scenario: NormalizedScenario,
  raw: unknown,
  lang: Lang,
  t: TFunction,
  today: string | undefined,
  amountsOnly: boolean,
  book: PolicyBook,
): SubsidyResult {
  const asOf = scenario.asOf ?? today ?? todayUtc();
  // 附则3: the year of the activity selects the version of the measures whose figures apply.
  const policy = versionForYear(book, scenario.year);
  const ctx: RuleContext = { scenario, asOf, policy, book };
  // Amounts only: the rules skip the figures their sentences quote.
  const drafts = amountsOnly ? withoutFigures(() => runRules(ctx)) : runRules(ctx);
  if (policy.highestWithin.size) for (const d of drafts) d.group = policy.highestWithin.get(d.article);
  // 附则1 keeps two decimals: an item that rounds to 0.00 ("RMB 30" of interest, 1e-7) pays nothing, so it is no award.
  for (const d of drafts) {
    if ((d.status === 'awarded' || d.status === 'pending') && roundsToZero(d.amount)) {
      makeIneligible(d, { key: 'common.roundsToZero', params: { exact: figure(d.amount) } });
    }
  }
  awardHighestInArticle(drafts);
  awardHighestArticle(drafts, policy);
  // Amounts only: the info articles' items are made at the end, straight from their numbers (no draft, no sentence).
  const info = amountsOnly ? [] : infoArticles(ctx);
  const all = amountsOnly ? drafts : [...drafts, ...info];
  const notes: string[] = [];

  const gate = policy.eligibility;
  const failed: string[] = [];
  const assumed: string[] = [];
  const facts = scenario.eligibility;
  for (const g of gate) {
    const given = facts?.[g.fact];
    if (given == null) assumed.push(factPath(g.fact));
    else if (given === g.fails) failed.push(g.fact);
  }
  const outOfPeriod = scenario.year < book.firstYear || scenario.year > book.lastYear;
  if (failed.length) {
    const reason: Message = {
      key: 'gate.failed',
      // 附则2's figures (the zone's area, the look-back's years) are the version's: its terms fill the sentences.
      params: { reasons: failed.map((f) => t(`gate.${f}`, policy.gateTerms)).join(t('common.clauseSeparator')) },
    };
    for (const d of all) makeIneligible(d, reason);
  } else if (outOfPeriod) {
    const reason: Message = {
      key: scenario.year < book.firstYear ? 'period.before' : 'period.after',
      params: {
        year: scenario.year,
        repealed: book.replaces,
        firstYear: book.firstYear,
        lastYear: book.lastYear,
        end: book.end,
      },
    };
    // Art. 15 dates its own period by the payment (投资划款日在政策有效期内的，兑现期直至满2年止), so a claim made
    // after 2028 for a 2025–2028 payment still stands; its rule checks the payment dates itself.
    for (const d of all) if (d.article !== 15) makeIneligible(d, reason);
    // …and says so on each such award: a 2029 art. 15 amount beside a note that 2029 is after the measures needs its reason.
    if (scenario.year > book.lastYear) {
      for (const d of all)
        if (d.article === 15 && (d.status === 'awarded' || d.status === 'pending'))
          d.interpretations = [...(d.interpretations ?? []), 'art15.ownPeriod'];
    }
    if (!amountsOnly) notes.push(t(reason.key, reason.params));
  }

  const built = amountsOnly ? [] : infoItemsOf(policy, lang);
  const items = amountsOnly
    ? bareItems(drafts, infoArticleNumbers(ctx), failed.length > 0 || outOfPeriod)
    : all.map((d) => (d.status === 'info' ? infoItem(d.article, t, lang, policy, built) : toItem(d, t, lang, policy)));
  // 附则1: the total is the sum of the rounded items.
  let total = ZERO,
    conditionalTotal = ZERO,
    pendingTotal = ZERO;
  for (const d of drafts) {
    if (d.status === 'awarded') {
      total = total.plus(d.amount);
      if (d.conditional) conditionalTotal = conditionalTotal.plus(d.amount);
    } else if (d.status === 'pending') pendingTotal = pendingTotal.plus(d.amount);
  }

  // Amounts only: no note is worded (notes stay empty, as documented).
  if (!amountsOnly) {
    if (assumed.length) notes.push(assumedNote(assumed, t, lang, policy));
    if (failed.length) notes.push(t('notes.gateFailed'));
    if (!scenario.enterprise && !scenario.institution && !scenario.fund) notes.push(t('notes.noApplicant'));
    if (scenario.enterprise && scenario.enterprise.certifications == null)
      notes.push(certificationsNote(t, lang, policy));
    const seen = new Set<string>();
    for (const d of all)
      for (const k of d.interpretations ?? [])
        if (!seen.has(k)) {
          seen.add(k);
          notes.push(t(`interpretation.${k}`, policy.terms));
        }
    if (items.some((i) => i.conditional && (i.status === 'awarded' || i.status === 'pending')))
      notes.push(t('notes.conditional'));
    if (scenario.fund?.investments?.length) notes.push(t('notes.asOf', { asOf }));
    for (const path of unknownFields(raw)) notes.push(t('notes.unknownField', { path }));
    notes.push(t('notes.otherPolicies'));
  }
  return {
    policy: policy.id,
    total: money(total),
    items,
    notes,
    year: scenario.year,
    asOf,
    lang,
    conditionalTotal: money(conditionalTotal),
    pendingTotal: money(pendingTotal),
    assumed,
  };
}

/** Every rule's drafts, in article order. */
function runRules(ctx: RuleContext): Draft[] {
  const drafts: Draft[] = [];
  for (const rule of RULES) for (const d of rule(ctx)) drafts.push(d);
  return drafts;
}

const HALF_CENT = new Decimal('0.005');
const MINUS_HALF_CENT = new Decimal('-0.005');

/** roundItem(x).isZero() without making the rounded Decimal: half-up to 2 decimals gives 0 exactly inside ±0.005. */
function roundsToZero(x: Decimal): boolean {
  return compare(x, HALF_CENT) < 0 && compare(x, MINUS_HALF_CENT) > 0;
}

/** `eligibility.<fact>`, the path result.assumed names, made once per fact. */
const factPaths = new Map<string, string>();

function factPath(fact: string): string {
  let path = factPaths.get(fact);
  if (path === undefined) factPaths.set(fact, (path = `eligibility.${fact}`));
  return path;
}

/** Per version (its figures fill the sentence), then per language. */
const certNotes = new WeakMap<PolicyVersion, Map<Lang, string>>();

/**
 * Certifications not given: what each would change (arts. 2 and 4), from the version's own figures. Once per version
 * and language.
 */
function certificationsNote(t: TFunction, lang: Lang, policy: PolicyVersion): string {
  let byLang = certNotes.get(policy);
  if (!byLang) certNotes.set(policy, (byLang = new Map()));
  let note = byLang.get(lang);
  if (note === undefined) {
    const caps = policy.art4.interest.caps;
    const basicCap = caps.find((c) => c.certification === null)!.value;
    const effects = CERTIFICATIONS.map((cert) => {
      const rate = policy.art2.rates.find((r) => r.certification === cert)?.value ?? '0';
      const cap = caps.find((c) => c.certification === cert)?.value ?? basicCap;
      return t(`certEffect.${cert}`, { rate: percent(rate), cap, basicCap });
    });
    // Each effect is a clause with commas of its own: the language's clause separator (a semicolon), not a list.
    note = t('notes.noCertifications', { effects: effects.join(t('common.clauseSeparator')) });
    byLang.set(lang, note);
  }
  return note;
}

/** Per version (its figures fill the sentence: a draft revision may reuse an id with other figures). */
const assumedNotes = new WeakMap<PolicyVersion, Map<string, string>>();

/** 附则2 facts not given: the same few combinations recur, so each sentence is built once per language and version. */
function assumedNote(assumed: string[], t: TFunction, lang: Lang, policy: PolicyVersion): string {
  const key = `${lang}|${assumed.join()}`;
  let byKey = assumedNotes.get(policy);
  if (!byKey) assumedNotes.set(policy, (byKey = new Map()));
  let note = byKey.get(key);
  if (note === undefined) {
    note = t('notes.assumed', { facts: assumed.map((f) => t(`fact.${f}`, policy.gateTerms)) });
    byKey.set(key, note);
  }
  return note;
}

function makeIneligible(d: Draft, reason: Message): void {
  d.status = 'ineligible';
  d.amount = ZERO;
  d.capped = false;
  d.reason = reason;
  d.excludedBy = undefined;
  d.missing = undefined;
}

/** 第四条 本条措施就高不重复享受: inside one article's group only the highest awarded item stays. */
function awardHighestInArticle(drafts: Draft[]): void {
  let groups: Map<string, Draft[]> | undefined;
  for (const d of drafts) {
    if (!d.group || d.status !== 'awarded') continue;
    groups ??= new Map();
    const members = groups.get(d.group);
    if (members) members.push(d);
    else groups.set(d.group, [d]);
  }
  if (!groups) return;
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    // Compared as paid (附则1): each amount rounded once.
    const rounded = members.map((d) => roundItem(d.amount));
    let w = 0;
    for (let i = 1; i < members.length; i++) if (rounded[i]!.greaterThan(rounded[w]!)) w = i;
    const winner = members[w]!;
    for (let i = 0; i < members.length; i++)
      if (i !== w) exclude(members[i]!, winner.rule, rounded[i]!.equals(rounded[w]!));
  }
}

/** Arts. 3/13/14 and 11/12 就高不重复: the article with the highest total keeps its items, the others are excluded. */
function awardHighestArticle(drafts: Draft[], policy: PolicyVersion): void {
  for (const group of policy.groups.acrossArticles) {
    // Most scenarios have awards under one article of a group at most: nothing to compare.
    let first = 0;
    let several = false;
    for (const d of drafts)
      if (d.status === 'awarded' && group.articles.includes(d.article)) {
        if (first === 0) first = d.article;
        else if (d.article !== first) {
          several = true;
          break;
        }
      }
    if (!several) continue;
    const totals = group.articles
      .map((article) => {
        const items = drafts.filter((d) => d.article === article && d.status === 'awarded');
        return { article, items, total: items.reduce((s, d) => s.plus(roundItem(d.amount)), ZERO) };
      })
      .filter((a) => a.items.length > 0);
    if (totals.length < 2) continue;
    const winner = totals.reduce((best, a) => (a.total.greaterThan(best.total) ? a : best));
    const winnerRule = winner.items.reduce((best, d) => (d.amount.greaterThan(best.amount) ? d : best)).rule;
    for (const a of totals) {
      if (a === winner) continue;
      for (const d of a.items) {
        exclude(d, winnerRule, a.total.equals(winner.total));
        // The comparison is between article totals (150 vs 100 + 50), so the sentence names both.
        d.totals = { own: a.total, winner: winner.total };
      }
    }
  }
}

function exclude(d: Draft, by: string, tie: boolean): void {
  d.status = 'excluded';
  d.excludedBy = by;
  d.tie = tie;
}

/** An info article's item is the same for every scenario of a version and language: built once, handed out as a copy. */
const infoItems = new WeakMap<PolicyVersion, Partial<Record<Lang, ResultItem[]>>>();

function infoItemsOf(policy: PolicyVersion, lang: Lang): ResultItem[] {
  let byLang = infoItems.get(policy);
  if (!byLang) infoItems.set(policy, (byLang = {}));
  return (byLang[lang] ??= []);
}

function infoItem(article: number, t: TFunction, lang: Lang, policy: PolicyVersion, built: ResultItem[]): ResultItem {
  let item = built[article];
  if (!item) {
    const d = draft({ article, rule: `art${article}.info` }, 'info', ZERO, { key: `info.${article}` });
    item = built[article] = toItem(d, t, lang, policy);
  }
  return { ...item };
}

/** Amounts only: the drafts' items, then the info articles' (ineligible when the gate or the period says so). */
function bareItems(drafts: Draft[], info: readonly number[], infoIneligible: boolean): ResultItem[] {
  const items: ResultItem[] = [];
  for (const d of drafts) items.push(bareItem(d));
  const status = infoIneligible ? 'ineligible' : 'info';
  for (const n of info) items.push(bareInfoItem(n, status));
  return items;
}

/** What toItem gives an info article's draft, without its sentences. */
function bareInfoItem(article: number, status: 'info' | 'ineligible'): ResultItem {
  return {
    article,
    rule: INFO_RULES[article] ?? `art${article}.info`,
    status,
    amount: '0.00',
    conditional: false,
    capped: false,
    explanation: '',
    clause: '',
    title: '',
    calculation: undefined,
    cap: undefined,
    excludedBy: undefined,
    interpretations: undefined,
    missing: undefined,
    claimableFrom: undefined,
    subject: undefined,
    company: undefined,
  };
}

/** Caps are the policy's few figures: each written once. */
const capText = new WeakMap<Decimal, string>();

function moneyOfCap(cap: Decimal): string {
  let text = capText.get(cap);
  if (text === undefined) capText.set(cap, (text = money(cap)));
  return text;
}

/** An item without its sentences (amountsOnly): the same figures and statuses as toItem, rounded once (附则1). */
function bareItem(d: Draft): ResultItem {
  const counted = d.status === 'awarded' || d.status === 'excluded' || d.status === 'pending';
  const amount = counted ? roundItem(d.amount) : ZERO;
  d.amount = amount;
  const excluded = d.status === 'excluded';
  return {
    article: d.article,
    rule: d.rule,
    status: d.status,
    amount: counted ? money(amount) : '0.00',
    conditional: d.conditional ?? false,
    capped: d.capped ?? false,
    explanation: '',
    clause: '',
    title: '',
    calculation: undefined,
    cap: d.cap ? moneyOfCap(d.cap) : undefined,
    excludedBy: excluded ? d.excludedBy : undefined,
    interpretations: undefined,
    missing: d.missing?.length && d.status === 'incomplete' ? d.missing : undefined,
    claimableFrom: d.claimableFrom,
    subject: d.subject,
    company: d.company,
  };
}

function toItem(d: Draft, t: TFunction, lang: Lang, policy: PolicyVersion): ResultItem {
  const counted = d.status === 'awarded' || d.status === 'excluded' || d.status === 'pending';
  const exact = d.amount;
  const amount = counted ? roundItem(exact) : ZERO;
  d.amount = amount; // rounded once (附则1); the totals add these
  // The sentence states the amount as paid (rounded); when 附则1's rounding changed it, a second sentence shows how.
  if (counted && d.reason.params && 'amount' in d.reason.params)
    d.reason = { ...d.reason, params: { ...d.reason.params, amount: money(amount) } };
  let explanation = say(t, d);
  if (counted && !exact.equals(amount))
    explanation = then(
      t,
      explanation,
      t('common.rounded', { exact: readable(figure(exact)), amount: readable(money(amount)) }),
    );
  if (d.status === 'excluded' && d.excludedBy) {
    const winnerArticle = Number(/^art(\d+)/.exec(d.excludedBy)?.[1]);
    // Inside one article (art. 4) "art. 4 gives more" says nothing: name the winning support instead.
    const within = winnerArticle === d.article;
    const key = `common.excluded${within ? 'Within' : 'By'}${d.tie ? 'Tie' : ''}`;
    explanation = then(
      t,
      explanation,
      t(key, {
        article: winnerArticle,
        title: articleTitleIn(t, lang, policy, winnerArticle),
        amount: readable(money(amount)),
        winner: within ? t(`ruleName.${d.excludedBy}`, policy.terms) : '',
        ownTotal: d.totals ? readable(money(d.totals.own)) : '',
        winnerTotal: d.totals ? readable(money(d.totals.winner)) : '',
      }),
    );
  }
  if (d.status === 'info') explanation = then(t, explanation, t('common.whereToAsk'));
  const showCalc = d.calc && d.status !== 'ineligible' && d.status !== 'incomplete';
  const excluded = d.status === 'excluded';
  // One shape for every item (absent fields are undefined, which JSON leaves out): fast to build and to read.
  const item: ResultItem = {
    article: d.article,
    rule: d.rule,
    status: d.status,
    amount: money(amount),
    conditional: d.conditional ?? false,
    capped: d.capped ?? false,
    explanation,
    clause: articleClauseIn(t, lang, policy, d.article),
    title: articleTitleIn(t, lang, policy, d.article),
    calculation: showCalc
      ? d.calc!.formula +
        (d.calc!.cap ? t(d.calc!.capped ? 'calc.capApplied' : 'calc.cap', { cap: figure(d.calc!.cap) }) : '')
      : undefined,
    cap: d.cap ? money(d.cap) : undefined,
    excludedBy: excluded ? d.excludedBy : undefined,
    interpretations: d.interpretations?.length
      ? d.interpretations.map((k) => t(`interpretation.${k}`, policy.terms))
      : undefined,
    missing: d.missing?.length && d.status === 'incomplete' ? d.missing : undefined,
    claimableFrom: d.claimableFrom,
    subject: d.subject,
    company: d.company,
  };
  return item;
}

/** One sentence after another, as the language writes it (a space in English, nothing in Chinese): `common.then`. */
function then(t: TFunction, first: string, next: string): string {
  return t('common.then', { first, next });
}

/** A field path in words: "fund.investments[1].amount" → "amount invested (no. 2)". */
const labels = new Map<TFunction, Map<string, string>>();

function fieldLabel(path: string, t: TFunction): string {
  let cache = labels.get(t);
  if (!cache) labels.set(t, (cache = new Map()));
  let label = cache.get(path);
  if (label === undefined) {
    label = labelOf(path, t);
    cache.set(path, label);
  }
  return label;
}

function labelOf(path: string, t: TFunction): string {
  const indexes = [...path.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]) + 1);
  const key = path.replace(/\[\d+\]/g, '');
  const label = t(`field.${key}`, { defaultValue: '' }) || t(`field.${key}._`, { defaultValue: path });
  return indexes.length ? t('common.entry', { label, n: indexes.join('.') }) : label;
}

/** The gate and the period give every item one shared reason: its sentence is worded once, not once per item. */
let lastReason: Message | undefined;
let lastT: TFunction | undefined;
let lastText = '';

function say(t: TFunction, d: Draft): string {
  const m = d.reason;
  if (m === lastReason && t === lastT && d.status !== 'incomplete') return lastText;
  lastText = sayOnce(t, d);
  lastReason = m;
  lastT = t;
  return lastText;
}

function sayOnce(t: TFunction, d: Draft): string {
  const m = d.reason;
  if (d.status === 'incomplete' && d.missing) {
    // A list the language's way ("“a”, “b”, and “c”", "“a”、“b”和“c”"): the template formats it (`{{fields, list}}`).
    const fields = d.missing.map((p) => t('common.fieldName', { label: fieldLabel(p, t) }));
    return t(m.key, m.params ? { ...m.params, fields } : { fields });
  }
  let params = m.params;
  if (!params) return t(m.key);
  // Figures get thousands separators ("5,000,000 万元"); years and dates are not figures.
  for (const k in params) {
    const val = params[k];
    if (typeof val === 'string' && k !== 'year' && k !== 'date' && k !== 'claimableFrom') {
      const shown = readable(val);
      if (shown !== val) {
        if (params === m.params) params = { ...params };
        params[k] = shown;
      }
    }
  }
  for (const k of KEY_PARAMS) {
    const val = params[k];
    if (typeof val === 'string') {
      if (params === m.params) params = { ...params };
      params[k] = t(val);
    }
  }
  return t(m.key, params);
}
