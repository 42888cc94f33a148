/**
 * The one place a boundary is decided. Every threshold of the policy data carries `inclusive` (PRC Civil Code art.
 * 1259: 以上/达到/满/（含） put the number itself inside, 超过/不满 outside); every rule asks here whether a value
 * reaches it, so flipping a flag in the data moves the boundary and nothing else (test/core/policy/inclusive.test.ts).
 */
import { compare, type Decimal } from '../money.ts';
import type { Threshold } from '../policy/book.ts';

/** Given how a value compares with an edge (-1, 0, 1), whether it is past the edge; at the edge only if inclusive. */
export function passes(order: number, inclusive: boolean): boolean {
  return order > 0 || (order === 0 && inclusive);
}

/** Whether `value` reaches `edge`, where the edge is a threshold's figure worked into the rule's terms (× R₀, × rate). */
export function meets(value: Decimal, edge: Decimal, inclusive: boolean): boolean {
  return passes(compare(value, edge), inclusive);
}

/** Whether `value` reaches a threshold as the data states it. */
export function reaches(value: Decimal, t: Threshold): boolean {
  return passes(compare(value, t.num), t.inclusive);
}

/** The same for a whole number (months, years): no Decimal needed. */
export function reachesCount(value: number, t: Threshold): boolean {
  return passes(Math.sign(value - t.count), t.inclusive);
}

/** For ISO dates (art. 15's wait): compared as strings, which orders YYYY-MM-DD correctly. */
export function reachesDate(date: string, edge: string, inclusive: boolean): boolean {
  return passes(date < edge ? -1 : date > edge ? 1 : 0, inclusive);
}

/**
 * The band a value falls in: bands rise (checked when loaded) and each opens at its `from` threshold, so the band is
 * the last one whose edge the value reaches, and a band's upper edge is its neighbour's `from` with the other side of
 * its `inclusive`. `scale` turns an edge into the value's terms (art. 12: 万美元 × the user's rate for a yuan fund).
 */
export function bandOf<B extends { from: Threshold }>(
  bands: readonly B[],
  value: Decimal,
  scale?: Decimal,
): B | undefined {
  let found: B | undefined;
  for (const b of bands) {
    const edge = scale ? scale.times(b.from.num) : b.from.num;
    if (meets(value, edge, b.from.inclusive)) found = b;
    else break;
  }
  return found;
}
