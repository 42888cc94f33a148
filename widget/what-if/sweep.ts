/**
 * What the panel sweeps: the amount fields a scenario has filled in, and for one of them a sensible range of values,
 * from 0 to past the last breakpoint (where the last cap binds) and past the value typed, in round steps, with each
 * breakpoint and the cent before it added so that a step shows as a step and not as a slope.
 */
import { parseAmount, whatIf, whatIfRange, type Breakpoint, type Scenario } from '../../core/index.ts';

/** Amount leaves of a scenario as field paths, in the order the form shows them ("fund.investments[0].amount"). */
export function filledAmountPaths(scenario: Scenario): string[] {
  const out: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    else if ((typeof value === 'number' || typeof value === 'string') && path !== 'year' && parseAmount(value).ok)
      out.push(path);
  };
  walk(scenario, '');
  // The core decides what is an amount (months, rates and years are numbers too).
  return out.filter((path) => whatIf(scenario, path, [0]).ok);
}

/** 1, 2 or 5 × 10ⁿ: the round step that gives at most `points` steps up to `max`. */
export function niceStep(max: number, points: number): string {
  const raw = Math.max(max / points, 0.01);
  const power = Math.floor(Math.log10(raw));
  const unit = 10 ** power;
  const digit = [1, 2, 5, 10].find((d) => d * unit >= raw) ?? 10;
  // Written out in decimal so the core steps from an exact figure (no float ever reaches an amount).
  return power >= 0 ? String(digit * unit) : (digit / 10 ** -power).toFixed(-power);
}

/**
 * The values to compute for a field now at `current` with these breakpoints: round steps from 0 to the end of the
 * range, each breakpoint and the cent just before it, and the current value. The end is 25% past the furthest of
 * them (at least 10 万元), rounded up to a step. `max` is a display figure only; the values themselves are exact.
 */
export function sweepValues(
  current: string | undefined,
  breakpoints: readonly Breakpoint[],
  points = 200,
): { values: string[]; end: string } {
  const marks = [...breakpoints.map((b) => Number(b.value)), current === undefined ? 0 : Number(current)];
  const far = Math.max(10, ...marks) * 1.25;
  const step = niceStep(far, points);
  const end = String(Math.ceil(far / Number(step)) * Number(step));
  const range = whatIfRange('0', end, step);
  const values = new Set(range.ok ? range.values : ['0', end]);
  for (const b of breakpoints) {
    values.add(b.value);
    const before = parseAmount(b.value);
    if (before.ok && before.value.greaterThanOrEqualTo('0.01')) values.add(before.value.minus('0.01').toFixed());
    const after = parseAmount(b.value);
    if (after.ok) values.add(after.value.plus('0.01').toFixed());
  }
  if (current !== undefined) values.add(current);
  const sorted = [...values].map((v) => ({ v, d: parseAmount(v) })).filter((x) => x.d.ok);
  sorted.sort((a, b) => (a.d.ok && b.d.ok ? a.d.value.comparedTo(b.d.value) : 0));
  return { values: sorted.map((x) => x.v), end };
}
