/** Calendar dates as ISO strings (YYYY-MM-DD), compared as strings: no time zones involved. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day `years` later. A 29 February with no counterpart ends on the last day of February,
 * as PRC Civil Code art. 202 reads periods counted in years ("没有对应日的，月末日为期间的最后一日").
 */
export function addYears(iso: string, years: number): string {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const day = Math.min(d, daysInMonth(year, mo));
  return `${String(year).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
