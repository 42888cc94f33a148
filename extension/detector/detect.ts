/**
 * Recognises one financing offer in the text of one page block (a product card, a table row, a section).
 * DOM-free so that it can be tested on plain text and reused by the scanner. Conservative by design: any doubt
 * (a personal product, a news report, several products in one block, a figure without a unit) gives `null`.
 */
import Decimal from 'decimal.js';
import { INS_RE, LOAN_RE } from './keywords.ts';

export type OfferKind = 'loan' | 'insurance';

export type RateRead =
  /** A quoted rate in percent per year; `high` when the page gives a range. */
  | { basis: 'fixed'; low: string; high?: string; text: string }
  /** A spread over the LPR, in basis points (negative below it). */
  | { basis: 'lpr'; tenor: '1y' | '5y'; spreadBp: number; text: string };

export interface LoanOffer {
  kind: 'loan';
  /** The product words that matched, as written on the page. */
  product: string;
  /** 创业担保贷款 has its own support in art. 4 (c). */
  loanType: 'general' | 'startup-guarantee';
  rate: RateRead;
  /** Highest amount on offer, 万元, as a decimal string. */
  maxAmount?: string;
  /** Longest term in months. */
  termMonths?: number;
}

export interface InsuranceOffer {
  kind: 'insurance';
  product: string;
  /** Premium per year in 万元, as a decimal string. */
  premium: string;
}

export type Offer = LoanOffer | InsuranceOffer;

export interface DetectContext {
  /** The page as a whole reads as a news report (e.g. og:type=article with a byline). */
  newsPage?: boolean;
}

/** Longest block text worth reading: a product card, not a whole page. */
export const MAX_BLOCK_CHARS = 1500;

export { KEYWORD_RE, PREFILTER_RE } from './keywords.ts';

/** Products that the policy does not support; their presence in a block means "not an enterprise offer". */
const NEGATIVE_RE = new RegExp(
  [
    // 个体工商户 is not an enterprise; a 小微企业主 loan is lent to the owner as a person (个人经营性贷款).
    '个人', '个体工商户', '个体户', '企业主', '消费贷', '消费分期', '房贷', '按揭', '住房贷款', '购房', '公积金', '车贷', '汽车贷款', '信用卡', '存款', '存单',
    '活期', '定期', '理财', '净值', '储蓄', '助学贷', '装修贷', '车险', '意外险', '健康险', '寿险', '医疗险',
    'personal', 'consumer', 'mortgage', 'home loan', 'car loan', 'auto loan', 'credit card', 'deposit', 'savings',
    'wealth management', 'student loan', 'payday', 'life insurance', 'health insurance', 'car insurance',
  ].join('|'),
  'i',
);

/** Words of a report about loans rather than an offer of one. */
const NEWS_RE = /记者|报道|新华社|中新网|责任编辑|据[^。]{0,12}(?:了解|介绍|统计|数据)|多家银行|业内人士|专家(?:表示|提醒|认为|指出|建议)|分析师|\breporter\b|\breported\b|\baccording to\b|\bsaid on\b|\bReuters\b|\bBloomberg\b|\b(?:banks|lenders) (?:cut|lower|raise|hike)\b|\banalysts?\b/i;

const NUM = '(\\d+(?:,\\d{3})*(?:\\.\\d+)?)';
const CURRENCY = '(¥|RMB|CNY)?';
// A Latin unit ends its word: "5 kinds" is not 5 k.
const UNIT = '(万元|万|亿元|亿|元|(?:million|mn|billion|bn|thousand|k)(?![a-z]))?';

const RATE_WORD = /(年化利率|年利率|贷款利率|执行利率|利率|年化|低至|最低|interest rates?|rates?|APR|as low as|from|starting at)[^%\d]{0,12}$/i;
const PERCENT_RE = /(\d+(?:\.\d+)?)\s*%(?:\s*(?:-|~|至|到|to)\s*(\d+(?:\.\d+)?)\s*%)?/g;
const RANGE_NO_FIRST_PCT_RE = /(\d+(?:\.\d+)?)\s*(?:-|~|至|到|to)\s*(\d+(?:\.\d+)?)\s*%/g;
const PER_YEAR_AFTER = /^\s*(起|\(?年化\)?|p\.?a\.?|per annum|a year|APR)/i;
const LPR_RE = /((?:1|一)\s*年期|(?:5|五)\s*年期(?:以上)?|1-year|one-year|5-year|five-year|over-5-year)?\s*LPR\s*(?:(\+|加|上浮|plus|-|减|下浮|minus)\s*(\d+(?:\.\d+)?)\s*(个基点|基点|basis points?|bps|bp|%))?/i;

const AMOUNT_RE = new RegExp(
  `(?:最高可贷|最高额度|额度最高|最高可达|最高|可贷|授信额度|贷款额度|额度|up to|maximum|max\\.?|loan amounts?(?: of)?|limits?(?: of)?)\\s*(?:可达|可贷|为|达|:|up to)?\\s*${CURRENCY}\\s*(?:${NUM}\\s*(?:万元|万|元)?\\s*(?:-|~|至|到|to)\\s*${CURRENCY}\\s*)?${NUM}\\s*${UNIT}`,
  'gi',
);
const TERM_RE = /(?:期限|贷款期限|最长|terms?(?: of)?|tenors?(?: of)?|up to)\s*(?:最长|可达|为|:|up to)?\s*(?:(\d+)\s*(?:-|~|至|到|to)\s*)?(\d+)\s*(年|个月|月|years?|months?)/i;
const PREMIUM_RE = new RegExp(
  `(?:年保费|保费|保险费|annual premiums?|premiums?)\\s*(?:约|为|仅|低至|:|of|about|from|is)?\\s*(?:约|仅)?\\s*${CURRENCY}\\s*${NUM}\\s*${UNIT}`,
  'i',
);

const WAN_PER_UNIT: Record<string, string> = {
  '万元': '1', '万': '1', '亿元': '10000', '亿': '10000', '元': '0.0001',
  million: '100', mn: '100', billion: '100000', bn: '100000', thousand: '0.1', k: '0.1',
};

/** Full-width digits, ％, ＋, （）… become ASCII; whitespace runs become one space. */
export function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** An amount with its unit in 万元, or undefined when the unit is missing (a bare number is not trusted). */
function toWan(num: string, unit: string | undefined, currency: string | undefined): string | undefined {
  const u = unit?.toLowerCase() ?? (currency ? '元' : undefined);
  if (!u) return undefined;
  const factor = WAN_PER_UNIT[u] ?? WAN_PER_UNIT[unit ?? ''];
  if (!factor) return undefined;
  const v = new Decimal(num.replace(/,/g, '')).times(factor);
  if (!v.isFinite() || v.lte(0)) return undefined;
  return v.toString();
}

function readRate(text: string): RateRead | undefined {
  const lpr = LPR_RE.exec(text);
  let lprRate: RateRead | undefined;
  if (lpr) {
    const [whole, tenorWord = '', sign, size, unit] = lpr;
    const tenor: '1y' | '5y' = /5|五|five/i.test(tenorWord) ? '5y' : '1y';
    if (sign && size && unit) {
      const negative = /-|减|下浮|minus/i.test(sign);
      const bp = unit === '%' ? new Decimal(size).times(100).toNumber() : Number(size);
      if (!Number.isFinite(bp) || bp > 1000) return undefined;
      lprRate = { basis: 'lpr', tenor, spreadBp: negative ? -bp : bp, text: whole.trim() };
    } else {
      // "LPR" without a spread may only say how the rate is priced: a quoted percentage, if any, is the rate.
      lprRate = { basis: 'lpr', tenor, spreadBp: 0, text: whole.trim() };
    }
    // "年化利率3.0%（较LPR下浮10个基点）": the quoted figure is the rate on offer (the page's LPR may be older than
    // ours); the LPR's own "0.1%" spread is not a quoted rate.
    const fixed = readFixedRate(text.slice(0, lpr.index) + ' ' + text.slice(lpr.index + whole.length));
    if (fixed === AMBIGUOUS) return lprRate.spreadBp !== 0 ? lprRate : undefined;
    return fixed ?? lprRate;
  }
  const fixed = readFixedRate(text);
  return fixed === AMBIGUOUS ? undefined : fixed;
}

/** Several different percentages: a rate table or a comparison, not one offer's rate. */
const AMBIGUOUS = 'ambiguous';

/** The rate quoted as a percentage per year, if any. */
function readFixedRate(text: string): RateRead | typeof AMBIGUOUS | undefined {
  // A block quoting more than two different percentages (a rate table, a comparison) is not one offer's rate.
  const allPercents = new Set<string>();
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*%/g)) {
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    if (!/费率|补贴|成数|首付|subsid|fee|down payment/i.test(before)) allPercents.add(new Decimal(m[1]!).toString());
  }
  if (allPercents.size > 2) return AMBIGUOUS;
  if (allPercents.size === 0) return undefined;
  const found: { low: string; high?: string; text: string }[] = [];
  for (const m of text.matchAll(PERCENT_RE)) {
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (!RATE_WORD.test(before) && !PER_YEAR_AFTER.test(after)) continue;
    // "担保费率1%", "保费补贴50%", "贷款成数70%": percentages that are not the interest rate.
    if (/费率|补贴|成数|首付|subsid|fee|down payment/i.test(before)) continue;
    found.push({ low: m[1]!, high: m[2], text: m[0] });
  }
  if (found.length === 0) {
    for (const m of text.matchAll(RANGE_NO_FIRST_PCT_RE)) {
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      if (RATE_WORD.test(before)) found.push({ low: m[1]!, high: m[2], text: m[0] });
    }
  }
  if (found.length === 0) return undefined;
  const values = new Set<string>();
  for (const f of found) {
    values.add(new Decimal(f.low).toString());
    if (f.high) values.add(new Decimal(f.high).toString());
  }
  const sorted = [...values].map((v) => new Decimal(v)).sort((a, b) => a.comparedTo(b));
  // Two figures are a range; more than that is a rate table, not one offer.
  if (sorted.length > 2) return AMBIGUOUS;
  const low = sorted[0]!;
  const high = sorted[sorted.length - 1]!;
  if (low.lt('0.5') || high.gt(24)) return AMBIGUOUS;
  const rate: RateRead = { basis: 'fixed', low: low.toString(), text: found.map((f) => f.text).join(' / ') };
  if (!high.eq(low)) rate.high = high.toString();
  return rate;
}

function readMaxAmount(text: string): string | undefined {
  // "期限最高3年" or "term up to 3 years" matches the amount words too but has no money unit: the amount is a later match.
  for (const m of text.matchAll(AMOUNT_RE)) {
    const [, cur1, , cur2, num, unit] = m;
    const wan = toWan(num!, unit, cur2 ?? cur1);
    if (wan) return wan;
  }
  return undefined;
}

function readTermMonths(text: string): number | undefined {
  const m = TERM_RE.exec(text);
  if (!m) return undefined;
  const n = Number(m[2]);
  const months = /年|year/i.test(m[3]!) ? n * 12 : n;
  return months > 0 && months <= 600 ? months : undefined;
}

function readPremium(text: string): string | undefined {
  const m = PREMIUM_RE.exec(text);
  if (!m) return undefined;
  const [, currency, num, unit] = m;
  return toWan(num!, unit, currency);
}

function distinct(matches: IterableIterator<RegExpMatchArray>): string[] {
  return [...new Set([...matches].map((m) => m[0].toLowerCase()))];
}

/** Reads one offer from a block's text, or null when the block is not clearly one enterprise offer. */
export function detectOffer(rawText: string, context: DetectContext = {}): Offer | null {
  if (rawText.length > MAX_BLOCK_CHARS * 2) return null;
  const text = normalize(rawText);
  if (text.length > MAX_BLOCK_CHARS) return null;
  if (context.newsPage || NEWS_RE.test(text)) return null;
  if (NEGATIVE_RE.test(text)) return null;
  const loans = distinct(text.matchAll(LOAN_RE));
  const insurances = distinct(text.matchAll(INS_RE));
  // A block about both kinds, or naming several products, is a list or an overview: unsure.
  if (loans.length > 0 && insurances.length > 0) return null;
  if (loans.length > 0) {
    if (loans.length > 2) return null;
    const rate = readRate(text);
    if (!rate) return null;
    const offer: LoanOffer = {
      kind: 'loan',
      product: loans[0]!,
      loanType: loans.some((l) => /创业担保|start-?up/i.test(l)) ? 'startup-guarantee' : 'general',
      rate,
    };
    const maxAmount = readMaxAmount(text);
    if (maxAmount) offer.maxAmount = maxAmount;
    const termMonths = readTermMonths(text);
    if (termMonths) offer.termMonths = termMonths;
    return offer;
  }
  if (insurances.length > 0) {
    if (insurances.length > 2) return null;
    const premium = readPremium(text);
    if (!premium) return null;
    return { kind: 'insurance', product: insurances[0]!, premium };
  }
  return null;
}

/** The rate in percent per year that an offer's rate stands for, given the LPR in force. */
export function resolveRate(rate: RateRead, lpr: { oneYear: string; fiveYear: string }): { low: string; high?: string } {
  if (rate.basis === 'fixed') return rate.high ? { low: rate.low, high: rate.high } : { low: rate.low };
  const base = new Decimal(rate.tenor === '5y' ? lpr.fiveYear : lpr.oneYear);
  return { low: base.plus(new Decimal(rate.spreadBp).div(100)).toString() };
}
