/** Small arithmetic shared by the rules: rates, caps, tiers. All in exact decimals. */
import { Decimal, ZERO, compare, figure, percent } from '../money.ts';
import type { Figure } from '../policy/book.ts';
import type { Calculation, Draft, Message } from './draft.ts';

export interface Capped {
  amount: Decimal;
  capped: boolean;
  calc: Calculation;
}

/** base × rate, bounded by cap: "40 × 50% = 20". Rate and cap are figures of the policy data. */
export function rateWithCap(base: Decimal, rate: Figure, cap: Figure, prefix = ''): Capped {
  const raw = base.times(rate.num);
  return withCap(raw, cap.num, `${prefix}${figure(base)} × ${percent(rate.value)} = ${figure(raw)}`);
}

export function withCap(raw: Decimal, cap: Decimal, formula: string): Capped {
  const capped = compare(raw, cap) > 0;
  return { amount: capped ? cap : raw, capped, calc: { formula, cap, capped } };
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

export function incomplete(
  head: Head,
  missing: string[],
  key = 'common.incomplete',
  params?: Message['params'],
): Draft {
  return draft(head, 'incomplete', ZERO, params ? { key, params } : { key }, { missing });
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
