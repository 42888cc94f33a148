/**
 * One amount parser for every front end: what people type into a form, a CSV cell or a JSON file.
 * The policy counts in 万元 (附则1), so a bare number is 万元; a unit or a currency sign says otherwise.
 */
import { Decimal } from './money.ts';

export type AmountParse =
  { ok: true; value: Decimal } | { ok: false; reason: 'negative' | 'not-an-amount' | 'too-large' };

/**
 * What an amount may be: at most 1,000,000,000,000 万元 (1亿亿元, far above any figure of these measures: the largest
 * threshold is 500亿 = 5,000,000 万元), written in at most 64 characters. Beyond that the input is refused before any
 * arithmetic, so a pasted megabyte of digits costs nothing.
 */
export const AMOUNT_LIMITS = { maxWan: '1000000000000', maxLength: 64 } as const;

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0C\uFF0E\uFFE5\uFF0B\uFF0D\u3000]/g;
const FULL_WIDTH_MAP: Record<string, string> = {
  '\uFF0C': ',',
  '\uFF0E': '.',
  '\uFFE5': '¥',
  '\uFF0B': '+',
  '\uFF0D': '-',
  '\u3000': ' ',
};

const ONE = new Decimal(1);
const MAX_WAN = new Decimal(AMOUNT_LIMITS.maxWan);
const MAX_WAN_NUMBER = Number(AMOUNT_LIMITS.maxWan);
/** Digits (and the point) a Decimal keeps exactly (precision 40, core/money.ts). */
const PRECISE_DIGITS = 40;

/** How many 万元 one of each unit is. */
const UNIT_IN_WAN: Record<string, Decimal> = {
  '': ONE,
  万: ONE,
  万元: ONE,
  元: new Decimal('0.0001'),
  亿: new Decimal(10000),
  亿元: new Decimal(10000),
};

// sign? currency? digits (plain or grouped by thousands) decimals? unit? Spaces may separate the parts (also 万 and 元,
// "30 万 元"), never the digits of the number ("3 0" is refused).
const AMOUNT = /^(-)?\s*(¥|RMB|CNY)?\s*(-)?\s*(\d+|\d{1,3}(?:,\d{3})+)(\.\d+)?\s*(万\s*元|万|亿\s*元|亿|元)?$/i;

/** Bare digits, within what a Decimal keeps exactly: no unit, sign, separator or space to read. */
const PLAIN = /^\d{1,20}(?:\.\d{1,19})?$/;

/**
 * Parses an amount into 万元. Numbers are 万元. Strings: "30", "30万", "30万元", "5亿", "1.2亿元", "350,000元",
 * "３０万" (full-width digits), "￥1,200,000" (a currency sign without a unit means 元). Anything else is refused.
 */
export function parseAmount(input: unknown): AmountParse {
  if (typeof input === 'number') {
    // JSON's 1e400 arrives as Infinity: too large, not "not a number".
    if (Number.isNaN(input)) return { ok: false, reason: 'not-an-amount' };
    if (input < 0) return { ok: false, reason: 'negative' };
    if (!Number.isFinite(input) || input > MAX_WAN_NUMBER) return { ok: false, reason: 'too-large' };
    // String(n) keeps what was written (0.1 → "0.1"), not the binary float behind it.
    return { ok: true, value: new Decimal(Number.isInteger(input) ? input : String(input)) };
  }
  if (typeof input !== 'string') return { ok: false, reason: 'not-an-amount' };
  // Most cells and fields are bare 万元 digits ("40", "7.1"): what the grammar below makes of them, without its work.
  if (PLAIN.test(input)) {
    const value = new Decimal(input);
    return value.greaterThan(MAX_WAN) ? { ok: false, reason: 'too-large' } : { ok: true, value };
  }
  if (input.trim().length > AMOUNT_LIMITS.maxLength) return { ok: false, reason: 'too-large' };
  const text = input
    .replace(FULL_WIDTH, (c) => FULL_WIDTH_MAP[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .trim();
  const m = AMOUNT.exec(text);
  if (!m) return { ok: false, reason: 'not-an-amount' };
  const [, sign1, currency, sign2, int = '', frac = '', unit = ''] = m;
  let value = new Decimal((int.length > 3 && int.includes(',') ? int.replace(/,/g, '') : int) + frac);
  const effectiveUnit = unit === '' ? (currency ? '元' : '') : unit.length > 2 ? unit.replace(/\s+/g, '') : unit;
  // 万元 (the usual unit) needs no multiplication, unless the digits are beyond Decimal's precision: times() rounds them.
  const scale = UNIT_IN_WAN[effectiveUnit] ?? ONE;
  if (scale !== ONE || int.length + frac.length > PRECISE_DIGITS) value = value.times(scale);
  if ((sign1 || sign2) && !value.isZero()) return { ok: false, reason: 'negative' };
  if (value.greaterThan(MAX_WAN)) return { ok: false, reason: 'too-large' };
  // No sign is in `value` (the regex takes it apart), so it is never negative, and times() has rounded it: no abs().
  return { ok: true, value };
}
