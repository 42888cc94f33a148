/** Calendar dates as ISO strings (YYYY-MM-DD), compared as strings: no time zones involved. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian, as Date.UTC counts (no Date made: art. 15 asks this for every project of every scenario). */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS[month - 1]!;
  if (year >= 0 && year <= 99) year += 1900; // Date.UTC's reading of two-digit years, kept
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/**
 * The same day `years` later. A 29 February with no counterpart ends on the last day of February,
 * as PRC Civil Code art. 202 reads periods counted in years ("没有对应日的，月末日为期间的最后一日").
 */
export function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  const mo = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  // Only 29 February can lack its day; the month and day are kept as written.
  const rest = d > 28 && d > daysInMonth(year, mo) ? `${iso.slice(4, 8)}${daysInMonth(year, mo)}` : iso.slice(4);
  return `${String(year).padStart(4, '0')}${rest}`;
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
