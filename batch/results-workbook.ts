/**
 * The results as a workbook's sheets (plain cells; ./xlsx.ts writes them): *Results* (the export's columns, amounts
 * as numbers with 2 decimals), *Errors* (one line per field error: row, client, column, field path, message) and
 * *Summary* (totals and clients per article, the top clients). Built where the words are (i18next), so the xlsx chunk
 * carries none.
 */
import type { BatchLang } from './i18n.ts';
import { xlsxT as batchT } from './xlsx-words.ts';
import { AMOUNT_ARTICLES, EXPORT_KEYS, exportCells, exportHeaders, type BatchRow } from './summary.ts';
import type { CellValue, SheetModel } from './xlsx.ts';

/** Columns of the Results sheet that hold amounts (万元), by export key. */
const AMOUNT_KEYS = new Set<string>([
  'total',
  'conditionalTotal',
  'pendingTotal',
  ...AMOUNT_ARTICLES.map((a) => `art${a}`),
]);
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

/** 2-decimal amount string → whole cents: sums stay exact without a Decimal per cell. */
const cents = (v: string): number => Math.round(Number(v || 0) * 100);
const fromCents = (c: number): string => (c / 100).toFixed(2);

/** Results rows kept to size the columns (the widths look at the first 200 rows, header included). */
const SAMPLE = 200;

/** The Results sheet's columns that hold amounts (shown "0.00"), by index. */
export const RESULTS_MONEY: ReadonlySet<number> = new Set(
  EXPORT_KEYS.flatMap((k, i) => (AMOUNT_KEYS.has(k) ? [i] : [])),
);

/** A row's cells on the Results sheet. */
export function resultsCells(r: BatchRow, lang: BatchLang): CellValue[] {
  const cells = exportCells(r, lang);
  return EXPORT_KEYS.map((k, i): CellValue => {
    const v = cells[i]!;
    if (k === 'row') return r.row;
    // Amounts are exact 2-decimal strings from the core; as doubles they show the same in "0.00".
    if (AMOUNT_KEYS.has(k)) return v === '' ? null : Number(v);
    return v;
  });
}

type Top = { row: number; client: string; total: number };

/**
 * What a run of consecutive rows adds to the workbook, made where the rows are computed (the CLI's worker threads):
 * the Results sheet's XML for those rows, their Errors lines, and the Summary's sums. ResultsBook.addPart takes
 * them in file order; the page then keeps no row of its own.
 */
export interface BookPart {
  rows: number;
  ok: number;
  withSupport: number;
  /** Cents and clients per article, in AMOUNT_ARTICLES order. */
  sums: number[];
  clients: number[];
  top: Top[];
  errors: CellValue[][];
  /** The first rows' cells (for the column widths), up to 200. */
  sample: CellValue[][];
  /** The rows of the Results sheet, UTF-8 XML (./sheet-xml.ts). */
  xml: Uint8Array;
}

/**
 * The workbook built row by row as rows arrive (the CLI adds them while its threads still compute), so that only
 * the writing is left at the end. Rows come one by one (add) or as parts made elsewhere (addPart); a book takes one
 * kind or the other.
 */
export class ResultsBook {
  private readonly results: CellValue[][] = [];
  private readonly errors: CellValue[][] = [];
  private readonly sums = new Map<number, number>();
  private readonly clients = new Map<number, number>();
  private top: Top[] = [];
  private rowCount = 0;
  private okCount = 0;
  private withSupport = 0;
  /** The Results rows' XML, when the rows came as parts. */
  private readonly xml: Uint8Array[] = [];
  private parts = false;

  constructor(readonly lang: BatchLang) {}

  add(r: BatchRow): void {
    this.rowCount++;
    this.results.push(resultsCells(r, this.lang));
    for (const e of r.errors) this.errors.push([r.row, r.client, e.column, e.path, e.message]);
    if (r.status !== 'ok') return;
    this.okCount++;
    for (const a of AMOUNT_ARTICLES) {
      const c = cents(r.articles[a] ?? '0');
      this.sums.set(a, (this.sums.get(a) ?? 0) + c);
      if (c > 0) this.clients.set(a, (this.clients.get(a) ?? 0) + 1);
    }
    const total = cents(r.total);
    if (total > 0) this.withSupport++;
    this.pushTop({ row: r.row, client: r.client, total });
  }

  /** The top list stays short: insert in order (ties keep file order), drop the last. */
  private pushTop(x: Top): void {
    if (this.top.length < TOP_CLIENTS || x.total > this.top[this.top.length - 1]!.total) {
      let i = this.top.findIndex((y) => x.total > y.total);
      if (i < 0) i = this.top.length;
      this.top.splice(i, 0, x);
      if (this.top.length > TOP_CLIENTS) this.top.pop();
    }
  }

  /**
   * What these rows (consecutive, in file order, the first being the book's row `first` counting from 0) add: see
   * BookPart. The same sums as add() row by row.
   */
  static part(
    rows: readonly BatchRow[],
    lang: BatchLang,
    first: number,
    rowXml: (cells: CellValue[], sheetRow: number) => string,
  ): BookPart {
    const book = new ResultsBook(lang);
    let xml = '';
    rows.forEach((r, i) => {
      book.add(r);
      xml += rowXml(book.results[i]!, first + i + 2);
    });
    return {
      rows: book.rowCount,
      ok: book.okCount,
      withSupport: book.withSupport,
      sums: AMOUNT_ARTICLES.map((a) => book.sums.get(a) ?? 0),
      clients: AMOUNT_ARTICLES.map((a) => book.clients.get(a) ?? 0),
      top: book.top,
      errors: book.errors,
      sample: first < SAMPLE ? book.results.slice(0, SAMPLE - first) : [],
      xml: new TextEncoder().encode(xml),
    };
  }

  addPart(p: BookPart): void {
    this.parts = true;
    this.rowCount += p.rows;
    this.okCount += p.ok;
    this.withSupport += p.withSupport;
    AMOUNT_ARTICLES.forEach((a, i) => {
      this.sums.set(a, (this.sums.get(a) ?? 0) + p.sums[i]!);
      this.clients.set(a, (this.clients.get(a) ?? 0) + p.clients[i]!);
    });
    for (const x of p.top) this.pushTop(x);
    for (const e of p.errors) this.errors.push(e);
    for (const c of p.sample) if (this.results.length < SAMPLE) this.results.push(c);
    this.xml.push(p.xml);
  }

  /** The Results rows' XML when the rows came as parts (the sheet then holds only its header), else null. */
  resultsXml(): Uint8Array[] | null {
    return this.parts ? this.xml : null;
  }

  /** The three sheets, in the user's language. */
  sheets(): SheetModel[] {
    const t = batchT(this.lang);
    return [
      this.resultsSheet(t('workbook.results')),
      this.errorsSheet(t('workbook.errors')),
      this.summarySheet(t('workbook.summary')),
    ];
  }

  private resultsSheet(name: string): SheetModel {
    const formats: Record<number, string> = {};
    EXPORT_KEYS.forEach((k, i) => {
      if (AMOUNT_KEYS.has(k)) formats[i] = MONEY;
    });
    const all = [exportHeaders(this.lang), ...this.results];
    const w = widths(all);
    // Rows that came as XML: empty rows here, so that the library writes the sheet's range, filter and names for
    // them; writeWorkbook puts the XML in their place.
    const rows = this.parts ? [all[0]!, ...Array.from({ length: this.rowCount }, () => [])] : all;
    return {
      name,
      rows,
      formats,
      widths: w,
      freezeHeader: true,
      autofilter: true,
      ...(this.parts ? { rowsXml: this.xml } : {}),
    };
  }

  private errorsSheet(name: string): SheetModel {
    const t = batchT(this.lang);
    const header = ['errorRow', 'errorClient', 'errorColumn', 'errorPath', 'errorMessage'].map((k) =>
      t(`workbook.${k}`),
    );
    const all = [header, ...this.errors];
    return { name, rows: all, widths: widths(all, 100), freezeHeader: true, autofilter: true };
  }

  private summarySheet(name: string): SheetModel {
    const t = batchT(this.lang);
    const out: CellValue[][] = [];
    out.push([t('workbook.byArticle')]);
    out.push([t('workbook.article'), t('workbook.amount'), t('workbook.clients')]);
    let grand = 0;
    for (const a of AMOUNT_ARTICLES) {
      const sum = this.sums.get(a) ?? 0;
      grand += sum;
      // The article's name without the unit in brackets: the amount column says 万元 once.
      out.push([
        t('export.article', { n: a, title: t(`article.${a}`) }).replace(/\s*[(（][^()（）]*[)）]$/, ''),
        money(fromCents(sum)),
        this.clients.get(a) ?? 0,
      ]);
    }
    out.push([t('workbook.allArticles'), money(fromCents(grand)), this.withSupport]);
    out.push([]);
    out.push([t('workbook.counts')]);
    out.push([t('workbook.rows'), this.rowCount]);
    out.push([t('workbook.ok'), this.okCount]);
    out.push([t('workbook.withErrors'), this.rowCount - this.okCount]);
    out.push([]);
    out.push([t('workbook.topClients')]);
    out.push([t('workbook.rank'), t('export.row'), t('export.client'), t('export.total')]);
    this.top.forEach((r, i) => out.push([i + 1, r.row, r.client, money(fromCents(r.total))]));
    // Column B holds amounts in the article table but counts and row numbers below it: the format goes per cell.
    return { name, rows: out, widths: [40, 16, 24, 16] };
  }
}

/** The three sheets for a whole list of rows, in the user's language. */
export function resultsWorkbook(rows: readonly BatchRow[], lang: BatchLang): SheetModel[] {
  const book = new ResultsBook(lang);
  for (const r of rows) book.add(r);
  return book.sheets();
}
