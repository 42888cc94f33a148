/** Exact money in 万元 (decimal.js). No JS float ever touches an amount. */
import { Decimal as DecimalLib } from 'decimal.js'; // named: the same under bundlers and Node's own ESM resolution
import { figuresWanted } from './figures-switch.ts';

export { withoutFigures } from './figures-switch.ts';

/** Our own Decimal: 40 significant digits (far beyond any 万元 figure), half-up as in 附则1. */
export const Decimal = DecimalLib.clone({ precision: 40, rounding: DecimalLib.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

const constants = new Map<string, Decimal>();

/** A policy figure ("0.005", "500") as a Decimal, parsed once: the rules use the same few figures for every scenario. */
export function fig(v: string): Decimal {
  let d = constants.get(v);
  if (!d) {
    d = new Decimal(v);
    constants.set(v, d);
  }
  return d;
}

/** 附则1: each item's amount is kept to two decimals, rounded half-up, after caps. */
export function roundItem(d: Decimal): Decimal {
  // Most amounts have two decimals or fewer already: the same value, without a new Decimal (they are immutable).
  return d.decimalPlaces() <= 2 ? d : d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** "20.00" */
export function money(d: Decimal): string {
  if (d.isZero()) return '0.00';
  const dp = d.decimalPlaces();
  if (!(dp <= 2)) return d.toFixed(2, Decimal.ROUND_HALF_UP);
  // Nothing to round: the digits as they are, padded to two decimals (toFixed(2) would copy and round first).
  const s = d.toFixed();
  return dp === 2 ? s : dp === 1 ? s + '0' : s + '.00';
}

/**
 * a.comparedTo(b) (-1, 0, 1) without the copy of `b` decimal.js makes on every comparison: the rules compare with the
 * policy's thresholds and caps all the time. decimal.js's own algorithm on its own fields; NaN and infinities go to it.
 */
export function compare(a: Decimal, b: Decimal): number {
  const ad = a.d;
  const bd = b.d;
  if (!ad || !bd) return a.comparedTo(b);
  const as = a.s;
  if (!ad[0] || !bd[0]) return ad[0] ? as : bd[0] ? -b.s : 0;
  if (as !== b.s) return as;
  if (a.e !== b.e) return a.e > b.e !== as < 0 ? 1 : -1;
  const n = ad.length < bd.length ? ad.length : bd.length;
  for (let i = 0; i < n; i++) if (ad[i] !== bd[i]) return ad[i]! > bd[i]! !== as < 0 ? 1 : -1;
  return ad.length === bd.length ? 0 : ad.length > bd.length !== as < 0 ? 1 : -1;
}

/** A figure for an explanation: exact, without trailing zeros, at most 6 decimals ("999.9999", "20", "0.5"). */
export function figure(d: Decimal): string {
  if (!figuresWanted()) return '';
  return (d.decimalPlaces() > 6 ? d.toDecimalPlaces(6, Decimal.ROUND_HALF_UP) : d).toFixed();
}

/** A rate for an explanation: 0.005 → "0.5%". */
const percents = new Map<string, string>();

export function percent(rate: Decimal | string): string {
  if (typeof rate !== 'string') return rate.times(100).toFixed() + '%';
  let p = percents.get(rate);
  if (p === undefined) {
    p = fig(rate).times(100).toFixed() + '%';
    percents.set(rate, p);
  }
  return p;
}

/** Shown to the user only (e.g. a growth rate in a sentence): 10 significant digits are plenty and divide fast. */
const Display = Decimal.clone({ precision: 10, rounding: Decimal.ROUND_DOWN });

/** a ÷ b as a percentage for a sentence, cut (not rounded) to 2 decimals: 33.33%. */
export function ratioPercent(a: Decimal, b: Decimal): string {
  if (!figuresWanted()) return '';
  return new Display(a.times(100).toString()).dividedBy(b.toString()).toDecimalPlaces(2).toFixed() + '%';
}

/**
 * A figure as a reader sees it in a sentence: thousands separators ("5,000,000", "1,971.83"), the digits unchanged.
 * Done on the string, so nothing is rounded or converted on the way.
 */
export function readable(figureText: string): string {
  const m = /^(\d{4,})(\.\d+)?$/.exec(figureText);
  if (!m) return figureText;
  return m[1]!.replace(/\B(?=(\d{3})+$)/g, ',') + (m[2] ?? '');
}
