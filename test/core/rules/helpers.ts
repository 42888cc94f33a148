/**
 * Shared helpers for the rule tables. A case reads like a sentence: its name says who, what and what they get;
 * `awarded` is the exact sum of awarded items per article (万元, 2 decimals, as strings), like the examples'
 * `expected.awarded`. Comparing the whole map means an article that should pay nothing and pays something fails too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Decimal from 'decimal.js';
import { estimate } from '../../../core/index.ts';
import type { ItemStatus, Lang, ResultItem, SubsidyResult } from '../../../core/index.ts';

/** Fixed "today" so that nothing depends on the clock. */
export const TODAY = '2026-06-30';

export const COMPLIANT = {
  inZone: true,
  majorPenaltyInLast3Years: false,
  criminalRecord: false,
  seriousDishonestyList: false,
} as const;

type Obj = Record<string, unknown>;

/** A scenario for a non-financial enterprise in 2025 that passes the 附则2 gate. */
export function enterprise(e: Obj, extra: Obj = {}): Obj {
  return { year: 2025, eligibility: COMPLIANT, enterprise: e, ...extra };
}
/** A scenario for a financial institution in 2025 that passes the gate. */
export function institution(i: Obj, extra: Obj = {}): Obj {
  return { year: 2025, eligibility: COMPLIANT, institution: i, ...extra };
}
/** A scenario for a fund manager / VC / QFLP in 2025 that passes the gate. */
export function fund(f: Obj, extra: Obj = {}): Obj {
  return { year: 2025, eligibility: COMPLIANT, fund: f, ...extra };
}

export function run(scenario: unknown, lang: Lang = 'en'): SubsidyResult {
  const out = estimate(scenario, { lang, today: TODAY });
  if (!out.ok) assert.fail(`expected a result, got field errors: ${JSON.stringify(out.errors)}`);
  return out.result;
}

/** Sum of item amounts per article for one status, e.g. { "4": "20.00" }. */
export function sumBy(result: SubsidyResult, status: ItemStatus): Record<string, string> {
  const acc = new Map<number, Decimal>();
  for (const it of result.items) {
    if (it.status !== status) continue;
    acc.set(it.article, (acc.get(it.article) ?? new Decimal(0)).plus(it.amount));
  }
  return Object.fromEntries([...acc].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v.toFixed(2)]));
}

export function sumItems(items: ResultItem[]): string {
  return items.reduce((s, it) => s.plus(it.amount), new Decimal(0)).toFixed(2);
}

export function itemsOf(result: SubsidyResult, article: number, status?: ItemStatus): ResultItem[] {
  return result.items.filter((it) => it.article === article && (status === undefined || it.status === status));
}

/** Statuses that an article's items have, sorted and de-duplicated. */
export function statusesOf(result: SubsidyResult, article: number): ItemStatus[] {
  return [...new Set(itemsOf(result, article).map((it) => it.status))].sort();
}

/** The one item of an article with an amount equal to `amount` (identifies items without relying on rule ids). */
export function itemWithAmount(result: SubsidyResult, article: number, amount: string): ResultItem {
  const found = itemsOf(result, article).filter((it) => it.amount === amount);
  assert.equal(
    found.length,
    1,
    `expected one art. ${article} item of ${amount}, got ${JSON.stringify(itemsOf(result, article))}`,
  );
  return found[0]!;
}

function sumMap(m: Record<string, string>): string {
  return Object.values(m)
    .reduce((s, v) => s.plus(v), new Decimal(0))
    .toFixed(2);
}

export interface Case {
  /** A sentence: who, what, and what they get. */
  name: string;
  scenario: unknown;
  /** Exact awarded sum per article; every other article must award nothing. */
  awarded: Record<string, string>;
  /** Exact pending sum per article (art. 15); default: nothing pending. */
  pending?: Record<string, string>;
  /** Default: the sum of `awarded`. */
  total?: string;
  /** A case on either side of a threshold, tier edge, cap or date. */
  edge?: boolean;
  check?: (r: SubsidyResult) => void;
}

/** Structural facts every result must satisfy, whatever the case. */
export function checkInvariants(r: SubsidyResult): void {
  for (const it of r.items) {
    assert.match(it.amount, /^\d+\.\d{2}$/, `amount of ${it.rule} is not a 2-decimal string: ${it.amount}`);
    assert.ok(it.clause && it.clause.length > 0, `${it.rule} has no clause`);
    assert.ok(it.explanation && it.explanation.length > 0, `${it.rule} has no explanation`);
    if (it.status === 'ineligible' || it.status === 'incomplete' || it.status === 'info') {
      assert.equal(it.amount, '0.00', `${it.rule} is ${it.status} but carries ${it.amount}`);
    }
  }
  assert.equal(
    r.total,
    sumItems(r.items.filter((it) => it.status === 'awarded')),
    'total is not the sum of awarded items',
  );
}

export function table(title: string, cases: Case[]): void {
  for (const c of cases) {
    test(`${title}: ${c.name}`, () => {
      const r = run(c.scenario);
      checkInvariants(r);
      assert.deepEqual(sumBy(r, 'awarded'), c.awarded, 'awarded per article');
      assert.deepEqual(sumBy(r, 'pending'), c.pending ?? {}, 'pending per article');
      assert.equal(r.total, c.total ?? sumMap(c.awarded), 'total');
      c.check?.(r);
    });
  }
}

/** Asserts that an article has a single status among its items (e.g. only "ineligible"). */
export function onlyStatus(r: SubsidyResult, article: number, status: ItemStatus): void {
  const s = statusesOf(r, article);
  assert.deepEqual(s, [status], `art. ${article} statuses: ${JSON.stringify(itemsOf(r, article))}`);
}

export function hasInterpretation(it: ResultItem): void {
  assert.ok(
    it.interpretations && it.interpretations.length > 0 && it.interpretations.every((s) => s.length > 0),
    `${it.rule} should carry the [interpretation] note`,
  );
}
