/** Result → one line of the batch: per-article amounts, top items, errors; and the export CSV's columns. */
import Decimal from 'decimal.js';
import {
  AMOUNT_ARTICLES,
  POLICY_BOOK,
  articleTitle,
  policyFor,
  type FieldError,
  type ResultItem,
  type SubsidyResult,
} from '../core/index.ts';
import { batchT, type BatchLang } from './i18n.ts';
import type { BatchFieldError } from './rows.ts';

/** The articles that carry an amount, one export column each: the policy data's own list (core/policy/). */
export { AMOUNT_ARTICLES };

export interface TopItem {
  article: number;
  title: string;
  amount: string;
}

export interface BatchRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  client: string;
  status: 'ok' | 'error';
  /** 万元 strings from the core; "" when the row has errors. */
  total: string;
  conditionalTotal: string;
  pendingTotal: string;
  /** Awarded amount per article ("0.00" when nothing); sums to `total`. */
  articles: Record<number, string>;
  /** Up to three awarded items, highest first. */
  top: TopItem[];
  errors: BatchFieldError[];
  /** The scenario the row gave, to reopen its full result. */
  scenario: Record<string, unknown>;
}

export function summarize(
  row: number,
  client: string,
  scenario: Record<string, unknown>,
  outcome: { ok: true; result: SubsidyResult } | { ok: false; errors: BatchFieldError[] },
): BatchRow {
  if (!outcome.ok) {
    return {
      row,
      client,
      status: 'error',
      total: '',
      conditionalTotal: '',
      pendingTotal: '',
      articles: {},
      top: [],
      errors: outcome.errors,
      scenario,
    };
  }
  const r = outcome.result;
  const awarded = r.items.filter((i) => i.status === 'awarded');
  // Most articles have one awarded item: its amount ("20.00", as the core writes it) is the article's sum.
  const sums = new Map<number, string | Decimal>();
  for (const item of awarded) {
    const sofar = sums.get(item.article);
    sums.set(
      item.article,
      sofar === undefined && MONEY.test(item.amount) ? item.amount : new Decimal(sofar ?? 0).plus(item.amount),
    );
  }
  const articles: Record<number, string> = {};
  for (const a of AMOUNT_ARTICLES) {
    const sum = sums.get(a);
    articles[a] = sum === undefined ? '0.00' : typeof sum === 'string' ? sum : sum.toFixed(2);
  }
  const top = awarded
    .filter((i) => (MONEY.test(i.amount) ? i.amount !== '0.00' : new Decimal(i.amount).gt(0)))
    .sort((a, b) => compareMoney(b.amount, a.amount))
    .slice(0, 3)
    .map((i) => ({ article: i.article, title: titleOf(i, r), amount: i.amount }));
  return {
    row,
    client,
    status: 'ok',
    total: r.total,
    conditionalTotal: r.conditionalTotal ?? '',
    pendingTotal: r.pendingTotal ?? '',
    articles,
    top,
    errors: [],
    scenario,
  };
}

/** An amount as the core writes it: digits, a point, two decimals ("1250.00"). */
const MONEY = /^(0|[1-9]\d*)\.\d\d$/;

/** Compares two amounts; the core's own without a Decimal each. */
function compareMoney(a: string, b: string): number {
  if (!MONEY.test(a) || !MONEY.test(b)) return new Decimal(a).comparedTo(b);
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const titles = new Map<string, string>();

/**
 * The item's title as the full estimate gives it: the batch computes amounts only (no sentences), whose items leave the
 * title empty. The Chinese title is the policy version's own, the English one the core's translation; once per
 * language, version and article.
 */
function titleOf(item: ResultItem, r: SubsidyResult): string {
  if (item.title) return item.title;
  const key = `${r.lang}|${r.policy}|${item.article}`;
  let title = titles.get(key);
  if (title === undefined) {
    const version = POLICY_BOOK.versions.find((v) => v.id === r.policy);
    title = articleTitle(version ?? policyFor(r.year), item.article, r.lang);
    titles.set(key, title);
  }
  return title;
}

/** Column keys of the export, in order. */
export const EXPORT_KEYS = [
  'row',
  'client',
  'status',
  'total',
  'conditionalTotal',
  'pendingTotal',
  ...AMOUNT_ARTICLES.map((a) => `art${a}`),
  'top',
  'errors',
] as const;

export function exportHeaders(lang: BatchLang): string[] {
  const t = batchT(lang);
  return EXPORT_KEYS.map((k) => {
    const m = /^art(\d+)$/.exec(k);
    return m ? t('export.article', { n: m[1], title: t(`article.${m[1]}`) }) : t(`export.${k}`);
  });
}

/** Words used on every row, looked up once per language: i18next costs microseconds a call, seconds a file. */
const rowWords = new Map<BatchLang, { ok: string; error: string; separator: string }>();
function wordsFor(lang: BatchLang): { ok: string; error: string; separator: string } {
  let w = rowWords.get(lang);
  if (!w) {
    const t = batchT(lang);
    rowWords.set(lang, (w = { ok: t('status.ok'), error: t('status.error'), separator: t('listSeparator') }));
  }
  return w;
}

/** "Art. n title {amount}" per language and item, worded once: i18next per cell was most of a 100,000-row export. */
const topWords = new Map<BatchLang, Array<Map<string, string>>>();
const AMOUNT_SLOT = '\u0000';

export function formatTop(top: TopItem[], lang: BatchLang): string {
  if (!top.length) return '';
  let byArticle = topWords.get(lang);
  if (!byArticle) topWords.set(lang, (byArticle = []));
  let line = '';
  for (let k = 0; k < top.length; k++) {
    const i = top[k]!;
    // By article, then title: no key string made per cell (the title is the same string on every row).
    const byTitle = (byArticle[i.article] ??= new Map());
    let words = byTitle.get(i.title);
    if (words === undefined)
      byTitle.set(i.title, (words = batchT(lang)('topItem', { n: i.article, title: i.title, amount: AMOUNT_SLOT })));
    line += (k ? wordsFor(lang).separator : '') + words.replace(AMOUNT_SLOT, i.amount);
  }
  return line;
}

export function formatErrors(errors: BatchFieldError[], lang: BatchLang): string {
  if (!errors.length) return '';
  const t = batchT(lang);
  return errors
    .map((e) => (e.column ? t('exportError', { column: e.column, message: e.message }) : e.message))
    .join(wordsFor(lang).separator);
}

/** The article of each export column (art2 → 2), or 0: read once, not sliced from the key on every cell. */
const EXPORT_ARTICLE = EXPORT_KEYS.map((k) => (/^art\d+$/.test(k) ? Number(k.slice(3)) : 0));

export function exportCells(r: BatchRow, lang: BatchLang): string[] {
  const words = wordsFor(lang);
  return EXPORT_KEYS.map((k, i) => {
    switch (k) {
      case 'row':
        return String(r.row);
      case 'client':
        return r.client;
      case 'status':
        return words[r.status];
      case 'total':
        return r.total;
      case 'conditionalTotal':
        return r.conditionalTotal;
      case 'pendingTotal':
        return r.pendingTotal;
      case 'top':
        return formatTop(r.top, lang);
      case 'errors':
        return formatErrors(r.errors, lang);
      default:
        return r.status === 'ok' ? (r.articles[EXPORT_ARTICLE[i]!] ?? '') : '';
    }
  });
}

/** Maps an export's header row back to keys (either language), for reading a results file again. */
export function exportKeyOf(header: string): (typeof EXPORT_KEYS)[number] | null {
  const h = header.replace(/^\uFEFF/, '').trim();
  for (const lang of ['zh-CN', 'en'] as const) {
    const i = exportHeaders(lang).indexOf(h);
    if (i >= 0) return EXPORT_KEYS[i]!;
  }
  return null;
}

export type { FieldError };
