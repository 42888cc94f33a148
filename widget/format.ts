/** Display helpers. Amounts stay strings from the core: no float ever touches a figure. */
import type { Translate } from '../core/words.ts';

/** "2600.00" → "2,600.00". Works on the decimal string itself. */
export function groupDigits(amount: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(amount.trim());
  if (!m) return amount;
  const [, sign = '', int = '', frac = ''] = m;
  return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + frac;
}

/**
 * ISO date "2027-04-01" in the reader's language ("1 Apr 2027", "2027年4月1日"), without going through Date (no
 * time-zone shifts): the order and the month's word are in locales/<lang>/widget.json (`date`).
 */
export function formatDate(iso: string, t: Translate): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, year, mo, d] = m;
  return t('date.day', { year, month: t(`date.month.${Number(mo)}`), day: Number(d) });
}

/** Today's date as ISO, in UTC like the core's default. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
