/** A result as plain text for a terminal: one line per item, its explanation under it, then totals and notes. */
import { translator } from './i18n.ts';
import type { ResultItem, SubsidyResult } from './types.ts';
import { POLICY_BOOK, policyFor } from './policy/versions.ts';
import { policyNameIn } from './policy-text.ts';
import type { PolicyBook } from './policy/book.ts';

/** `book`: the versions the result was computed with, when not the shipped ones (a draft revision). */
export function formatReport(result: SubsidyResult, book: PolicyBook = POLICY_BOOK): string {
  const t = translator(result.lang);
  const version = book.versions.find((v) => v.id === result.policy) ?? policyFor(result.year, book);
  // The heading names the version the result was computed under, from its data.
  const heading = t('report.heading', { year: result.year, policy: policyNameIn(t, result.lang, version) });
  const lines: string[] = [heading, ''];
  const head = [t('report.article'), t('report.support'), t('report.status'), t('report.amount')];
  // Articles with several supports (art. 4) name which one each row is.
  // A support's name may quote a figure of the version the result was computed under (art. 4(a)'s rate).
  const terms = version.terms;
  const name = (i: ResultItem) => t(`ruleName.${i.rule}`, { ...terms, defaultValue: '' });
  const rows = result.items.map((i) => [
    String(i.article),
    i.title + (name(i) ? ` · ${name(i)}` : '') + (i.company ? ` · ${i.company}` : ''),
    t(`status.${i.status}`) + flags(i, t),
    i.status === 'info' ? '' : i.amount,
  ]);
  const widths = head.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c]!))));
  const fmt = (r: string[]) =>
    r.map((cell, c) => (c === 0 || c === 3 ? pad(cell, widths[c]!, true) : pad(cell, widths[c]!, false))).join('  ');
  lines.push(fmt(head), widths.map((w) => '-'.repeat(w)).join('  '));
  result.items.forEach((item, n) => {
    lines.push(fmt(rows[n]!));
    if (item.calculation) lines.push(`      = ${item.calculation}`);
    lines.push(`      ${item.explanation}`);
  });
  lines.push('', `${t('report.total')}: ${result.total}`);
  if (result.conditionalTotal !== '0.00') lines.push(`${t('report.conditional')}: ${result.conditionalTotal}`);
  if (result.pendingTotal !== '0.00') lines.push(`${t('report.pending')}: ${result.pendingTotal}`);
  lines.push('', `${t('report.notes')}:`, ...result.notes.map((n) => ` - ${n}`));
  return lines.join('\n');
}

function flags(i: ResultItem, t: ReturnType<typeof translator>): string {
  const f: string[] = [];
  if (i.conditional && (i.status === 'awarded' || i.status === 'pending')) f.push(t('report.conditionalMark'));
  if (i.capped) f.push(t('report.cappedMark'));
  if (i.status === 'pending' && i.claimableFrom) f.push(t('report.claimableFrom', { date: i.claimableFrom }));
  return f.length ? t('report.flags', { flags: f }) : '';
}

/** Terminal columns: CJK characters take two. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

export function pad(s: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}
