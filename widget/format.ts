/** Display helpers. Amounts stay strings from the core: no float ever touches a figure. */
import type { Lang } from '../core/index.ts';

/** "2600.00" → "2,600.00". Works on the decimal string itself. */
export function groupDigits(amount: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(amount.trim());
  if (!m) return amount;
  const [, sign = '', int = '', frac = ''] = m;
  return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + frac;
}

/** ISO date "2027-04-01" in the reader's language, without going through Date (no time-zone shifts). */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (lang === 'zh-CN') return `${y}年${Number(mo)}月${Number(d)}日`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(d)} ${months[Number(mo) - 1] ?? mo} ${y}`;
}

/** Today's date as ISO, in UTC like the core's default. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
