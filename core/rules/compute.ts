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
  return bands.find((b) => value.greaterThanOrEqualTo(fig(b.from)) && (b.below === undefined || value.lessThan(fig(b.below))));
}

/** Fields a rule needs that the scenario lacks. */
export function missingOf(fields: Record<string, unknown>): string[] {
  return Object.entries(fields).filter(([, v]) => v === undefined || v === null).map(([k]) => k);
}

type Head = Pick<Draft, 'article' | 'rule'> & Partial<Pick<Draft, 'subject' | 'company' | 'group' | 'conditional' | 'interpretations'>>;

export function incomplete(head: Head, missing: string[], key = 'common.incomplete'): Draft {
  return { ...head, status: 'incomplete', amount: ZERO, missing, reason: { key, params: { fields: missing.join(', ') } } };
}

export function ineligible(head: Head, reason: Message, calc?: Calculation): Draft {
  return { ...head, status: 'ineligible', amount: ZERO, reason, ...(calc ? { calc } : {}) };
}

export function awarded(head: Head, result: Capped, reason: Message): Draft {
  return { ...head, status: 'awarded', amount: result.amount, capped: result.capped, cap: result.calc.cap, calc: result.calc, reason };
}

export { figure, percent };
