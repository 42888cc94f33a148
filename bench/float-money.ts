/**
 * Bench only: core/money.ts with plain JS numbers instead of decimal.js, swapped in by bench/float-loader.mjs so the
 * very same engine runs on floats. The ratio of the two runs is the cost of exact decimals. Never used by the product.
 */
import { figuresWanted } from '../core/figures-switch.ts';

class FloatDecimal {
  static ROUND_HALF_UP = 4;
  static ROUND_DOWN = 1;
  readonly v: number;
  constructor(x: string | number | FloatDecimal) {
    this.v = x instanceof FloatDecimal ? x.v : Number(x);
  }
  static clone() {
    return FloatDecimal;
  }
  static max(...xs: FloatDecimal[]) {
    return new FloatDecimal(Math.max(...xs.map((x) => x.v)));
  }
  static min(...xs: FloatDecimal[]) {
    return new FloatDecimal(Math.min(...xs.map((x) => x.v)));
  }
  plus(o: Num) {
    return new FloatDecimal(this.v + val(o));
  }
  minus(o: Num) {
    return new FloatDecimal(this.v - val(o));
  }
  times(o: Num) {
    return new FloatDecimal(this.v * val(o));
  }
  dividedBy(o: Num) {
    return new FloatDecimal(this.v / val(o));
  }
  greaterThan(o: Num) {
    return this.v > val(o);
  }
  greaterThanOrEqualTo(o: Num) {
    return this.v >= val(o);
  }
  lessThan(o: Num) {
    return this.v < val(o);
  }
  lessThanOrEqualTo(o: Num) {
    return this.v <= val(o);
  }
  /** -1, 0 or 1, as decimal.js answers: the policy's one boundary comparator (core/rules/compare.ts) uses it. */
  comparedTo(o: Num) {
    return Math.sign(this.v - val(o));
  }
  equals(o: Num) {
    return this.v === val(o);
  }
  isZero() {
    return this.v === 0;
  }
  abs() {
    return new FloatDecimal(Math.abs(this.v));
  }
  toDecimalPlaces(dp: number) {
    const f = 10 ** dp;
    return new FloatDecimal(Math.round(this.v * f) / f);
  }
  toFixed(dp?: number) {
    return dp === undefined ? String(this.v) : this.v.toFixed(dp);
  }
  toString() {
    return String(this.v);
  }
}
type Num = string | number | FloatDecimal;
const val = (o: Num) => (o instanceof FloatDecimal ? o.v : Number(o));

export const Decimal = FloatDecimal;
export type Decimal = FloatDecimal;
export const ZERO = new FloatDecimal(0);
export const roundItem = (d: FloatDecimal) => d.toDecimalPlaces(2);
export const money = (d: FloatDecimal) => d.toFixed(2);
export const compare = (a: FloatDecimal, b: FloatDecimal) => Math.sign(a.v - b.v);
/** As core/money.ts: the amounts-only mode runs the rules with figure() and ratioPercent() giving ''. */
export { withoutFigures } from '../core/figures-switch.ts';
export const figure = (d: FloatDecimal) => (figuresWanted() ? String(Math.round(d.v * 1e6) / 1e6) : '');
export const percent = (r: FloatDecimal) => `${Math.round(r.v * 1e6) / 1e4}%`;
export const fig = (v: string) => new FloatDecimal(v);
export const ratioPercent = (a: FloatDecimal, b: FloatDecimal) =>
  figuresWanted() ? `${Math.floor((a.v / b.v) * 10000) / 100}%` : '';
// The same string formatting as core/money.ts: it touches no number.
export { readable } from '../core/money.ts';
