/**
 * The results as a workbook's sheets (plain cells; ./xlsx.ts writes them): *Results* (the export's columns, amounts
 * as numbers with 2 decimals), *Errors* (one line per field error: row, client, column, field path, message) and
 * *Summary* (totals and clients per article, the top clients). Built where the words are (i18next), so the xlsx chunk
 * carries none.
 */
import Decimal from 'decimal.js';
import { batchT, type BatchLang } from './i18n.ts';
import { AMOUNT_ARTICLES, EXPORT_KEYS, exportCells, exportHeaders, type BatchRow } from './summary.ts';
import type { CellValue, SheetModel } from './xlsx.ts';

/** Columns of the Results sheet that hold amounts (万元), by export key. */
const AMOUNT_KEYS = new Set<string>(['total', 'conditionalTotal', 'pendingTotal', ...AMOUNT_ARTICLES.map((a) => `art${a}`)]);
const MONEY = '0.00';
/** Clients listed in the summary's top list. */
export const TOP_CLIENTS = 10;

const money = (v: string): CellValue => ({ n: Number(v), z: MONEY });

function widths(rows: CellValue[][], max = 60): number[] {
  const w: number[] = [];
  // Wide characters take two columns; a sample of rows is enough to size the columns.
  for (const row of rows.slice(0, 200)) {
    row.forEach((v, i) => {
      const s = v === null ? '' : typeof v === 'object' ? v.n.toFixed(2) : typeof v === 'number' ? v.toFixed(2) : v;
      let n = 0;
      for (const ch of s) n += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
      w[i] = Math.min(max, Math.max(w[i] ?? 6, n + 2));
    });
  }
  return w;
}

function resultsSheet(rows: readonly BatchRow[], lang: BatchLang, name: string): SheetModel {
  const header = exportHeaders(lang);
  const formats: Record<number, string> = {};
  EXPORT_KEYS.forEach((k, i) => {
    if (AMOUNT_KEYS.has(k)) formats[i] = MONEY;
  });
  const body = rows.map((r) => {
    const cells = exportCells(r, lang);
    return EXPORT_KEYS.map((k, i): string | number | null => {
      const v = cells[i]!;
      if (k === 'row') return r.row;
      // Amounts are exact 2-decimal strings from the core; as doubles they show the same in "0.00".
      if (AMOUNT_KEYS.has(k)) return v === '' ? null : Number(v);
      return v;
    });
  });
  const all = [header, ...body];
  return { name, rows: all, formats, widths: widths(all), freezeHeader: true, autofilter: true };
}

function errorsSheet(rows: readonly BatchRow[], lang: BatchLang, name: string): SheetModel {
  const t = batchT(lang);
  const header = ['errorRow', 'errorClient', 'errorColumn', 'errorPath', 'errorMessage'].map((k) => t(`workbook.${k}`));
  const body: CellValue[][] = [];
  for (const r of rows) for (const e of r.errors) body.push([r.row, r.client, e.column, e.path, e.message]);
  const all = [header, ...body];
  return { name, rows: all, widths: widths(all, 100), freezeHeader: true, autofilter: true };
}

function summarySheet(rows: readonly BatchRow[], lang: BatchLang, name: string): SheetModel {
  const t = batchT(lang);
  const ok = rows.filter((r) => r.status === 'ok');
  const out: CellValue[][] = [];
  out.push([t('workbook.byArticle')]);
  out.push([t('workbook.article'), t('workbook.amount'), t('workbook.clients')]);
  let grand = new Decimal(0);
  for (const a of AMOUNT_ARTICLES) {
    let sum = new Decimal(0);
    let clients = 0;
    for (const r of ok) {
      const v = r.articles[a] ?? '0';
      sum = sum.plus(v);
      if (new Decimal(v).gt(0)) clients++;
    }
    grand = grand.plus(sum);
    out.push([t('export.article', { n: a, title: t(`article.${a}`) }).replace(/\s*[(（][^()（）]*[)）]$/, ''), money(sum.toFixed(2)), clients]);
  }
  out.push([t('workbook.allArticles'), money(grand.toFixed(2)), ok.filter((r) => new Decimal(r.total || 0).gt(0)).length]);
  out.push([]);
  out.push([t('workbook.counts')]);
  out.push([t('workbook.rows'), rows.length]);
  out.push([t('workbook.ok'), ok.length]);
  out.push([t('workbook.withErrors'), rows.length - ok.length]);
  out.push([]);
  out.push([t('workbook.topClients')]);
  out.push([t('workbook.rank'), t('export.row'), t('export.client'), t('export.total')]);
  const top = [...ok].sort((a, b) => new Decimal(b.total).comparedTo(a.total) || a.row - b.row).slice(0, TOP_CLIENTS);
  top.forEach((r, i) => out.push([i + 1, r.row, r.client, money(r.total)]));
  // Column B holds amounts in the article table but counts and row numbers below it: the format goes per cell.
  return { name, rows: out, widths: [40, 16, 24, 16] };
}

/** The three sheets, in the user's language. */
export function resultsWorkbook(rows: readonly BatchRow[], lang: BatchLang): SheetModel[] {
  const t = batchT(lang);
  return [resultsSheet(rows, lang, t('workbook.results')), errorsSheet(rows, lang, t('workbook.errors')), summarySheet(rows, lang, t('workbook.summary'))];
}

/** The results file's name for a client list's name. */
export function resultsFileName(input: string, lang: BatchLang, ext: 'csv' | 'xlsx'): string {
  const base = input.replace(/\.[^.]*$/, '') || 'clients';
  return `${base}.${lang === 'zh-CN' ? '测算结果' : 'results'}.${ext}`;
}
