/** Small arithmetic shared by the rules: rates, caps, tiers. All in exact decimals. */
import { Decimal, ZERO, figure, percent, fig } from '../money.ts';
import type { Calculation, Draft, Message } from './draft.ts';

export interface Capped {
  amount: Decimal;
  capped: boolean;
  calc: Calculation;
}

/** base × rate, bounded by cap: "40 × 50% = 20". */
export function rateWithCap(base: Decimal, rate: string, cap: string, prefix = ''): Capped {
  const raw = base.times(fig(rate));
  return withCap(raw, cap, `${prefix}${figure(base)} × ${percent(rate)} = ${figure(raw)}`);
}

export function withCap(raw: Decimal, cap: string, formula: string): Capped {
  const c = fig(cap);
  const capped = raw.greaterThan(c);
  return { amount: capped ? c : raw, capped, calc: { formula, cap: c, capped } };
}

/** The first band whose range [from, below) holds the value; bands include their lower edge (（含）). */
export function bandOf<B extends { from: string; below?: string }>(bands: readonly B[], value: Decimal): B | undefined {
  return bands.find(
    (b) => value.greaterThanOrEqualTo(fig(b.from)) && (b.below === undefined || value.lessThan(fig(b.below))),
  );
}

const NONE: string[] = [];

/** Fields a rule needs that the scenario lacks, from (path, value) pairs: missingOf('a.b', x, 'a.c', y). */
export function missingOf(...pairs: unknown[]): string[] {
  let missing = NONE;
  for (let i = 0; i < pairs.length; i += 2) {
    if (pairs[i + 1] == null) (missing === NONE ? (missing = []) : missing).push(pairs[i] as string);
  }
  return missing;
}

type Head = Pick<Draft, 'article' | 'rule'> &
  Partial<Pick<Draft, 'subject' | 'company' | 'group' | 'conditional' | 'interpretations'>>;

/**
 * Every draft is built with the same fields in the same order: the engine handles thousands of them per second, and
 * objects of one shape keep its property reads fast.
 */
export function draft(
  head: Head,
  status: Draft['status'],
  amount: Draft['amount'],
  reason: Message,
  more: Partial<Draft> = {},
): Draft {
  return {
    article: head.article,
    rule: head.rule,
    status,
    amount,
    conditional: head.conditional,
    capped: more.capped,
    cap: more.cap,
    reason,
    calc: more.calc,
    interpretations: head.interpretations,
    missing: more.missing,
    claimableFrom: more.claimableFrom,
    subject: head.subject,
    company: head.company,
    excludedBy: undefined,
    group: head.group,
    tie: undefined,
    totals: undefined,
  };
}

export function incomplete(head: Head, missing: string[], key = 'common.incomplete'): Draft {
  return draft(head, 'incomplete', ZERO, { key }, { missing });
}

export function ineligible(head: Head, reason: Message, calc?: Calculation): Draft {
  return draft(head, 'ineligible', ZERO, reason, { calc });
}

export function awarded(head: Head, result: Capped, reason: Message): Draft {
  return draft(head, 'awarded', result.amount, reason, {
    capped: result.capped,
    cap: result.calc.cap,
    calc: result.calc,
  });
}

export { figure, percent };
