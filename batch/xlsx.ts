/**
 * Everything that needs the xlsx library (@e965/xlsx, SheetJS CE), and nothing else: in the widget this module is a
 * separate file loaded only when an .xlsx file is dropped or an Excel export is asked for (./xlsx-load.ts). It holds
 * no words of its own (no i18next here, or the chunk would carry it twice): problems are XlsxError codes that the
 * caller words in the user's language, and the workbook to write comes as plain cells.
 */
import { read, utils, writeXLSX, CFB, type CellObject, type WorkSheet } from '@e965/xlsx';
import { XlsxError, checkZip } from './xlsx-check.ts';
import { MONEY_STYLE } from './sheet-xml.ts';

export { XlsxError };

export interface SheetRecords {
  sheetName: string;
  sheetNames: string[];
  /** Non-blank rows as text cells, in sheet order. */
  records: string[][];
  /** The sheet's row number (1-based) of each record, for messages that name the row as Excel shows it. */
  rowNumbers: number[];
  /** Merged ranges, 0-based rows and columns as in the sheet. */
  merges: Array<{ s: { r: number; c: number }; e: { r: number; c: number } }>;
  /** Cells (A1 style) holding a formula whose value Excel never computed: they read as empty. */
  uncomputed: string[];
}

/** Excel and LibreOffice keep 15 significant digits: more is the binary fraction showing (0.1 + 0.2). */
function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

/** Excel's error values by code, as Excel shows them (cells are read without their formatted text, for speed). */
const ERRORS: Record<number, string> = {
  0: '#NULL!',
  7: '#DIV/0!',
  15: '#VALUE!',
  23: '#REF!',
  29: '#NAME?',
  36: '#NUM!',
  42: '#N/A',
  43: '#GETTING_DATA',
};

function cellText(cell: CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  switch (cell.t) {
    case 'n':
      return numberText(cell.v as number);
    case 'b':
      return cell.v ? 'true' : 'false';
    case 'd':
      // A number shown as a date in Excel is a date to the user (read as a UTC day): the core reads YYYY-MM-DD.
      return (cell.v as Date).toISOString().slice(0, 10);
    case 'e':
      // An Excel error (#DIV/0!…) as Excel shows it; the core then names the field.
      return ERRORS[cell.v as number] ?? '#ERROR';
    default:
      return String(cell.v);
  }
}

/**
 * Reads one sheet (the first, or the one named) as text records. Only that sheet is parsed. Throws XlsxError for
 * files that are not workbooks, are locked, damaged or too large, and for an unknown sheet name.
 */
export function readSheetRecords(bytes: Uint8Array, sheet?: string): SheetRecords {
  checkZip(bytes);
  let names: string[];
  try {
    names = read(bytes, { type: 'array', bookSheets: true }).SheetNames;
  } catch (e) {
    throw damaged(e);
  }
  if (!names.length) throw new XlsxError('noSheets', {});
  const sheetName =
    sheet === undefined
      ? names[0]!
      : (names.find((n) => n === sheet) ?? names.find((n) => n.trim().toLowerCase() === sheet.trim().toLowerCase()));
  if (sheetName === undefined) throw new XlsxError('noSuchSheet', { sheet: sheet ?? '', sheets: names.join(', ') });
  let ws: WorkSheet;
  try {
    // No formatted text per cell (cellText: false) and dates as UTC days: a third less time and memory at 100,000 rows.
    // No HTML copy of each text cell either (cellHTML: false): nothing reads it, and escaping it was ~5% of a read.
    const wb = read(bytes, {
      type: 'array',
      dense: true,
      cellText: false,
      cellHTML: false,
      cellFormula: true,
      cellDates: true,
      UTC: true,
      sheets: [sheetName],
    } as Parameters<typeof read>[1]);
    ws = wb.Sheets[sheetName]!;
  } catch (e) {
    throw damaged(e);
  }
  if (!ws) throw new XlsxError('damaged', { detail: 'sheet missing' });
  const data = (ws['!data'] ?? []) as Array<Array<CellObject | undefined> | undefined>;
  const records: string[][] = [];
  const rowNumbers: number[] = [];
  const uncomputed: string[] = [];
  // Iterating the rows that hold cells, not the sheet's stated range: a sheet formatted down to row 1,048,576 is
  // as quick as its data (empty trailing rows are simply absent here).
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    const cells: string[] = [];
    let blank = true;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const text = cellText(cell);
      if (cell?.f !== undefined && (cell.v === undefined || cell.v === null))
        uncomputed.push(utils.encode_cell({ r, c }));
      cells.push(text);
      if (blank && text.trim() !== '') blank = false;
    }
    if (blank) continue;
    records.push(cells);
    rowNumbers.push(r + 1);
  }
  const merges = (ws['!merges'] ?? []).map((m) => ({ s: { ...m.s }, e: { ...m.e } }));
  return { sheetName, sheetNames: names, records, rowNumbers, merges, uncomputed };
}

function damaged(e: unknown): XlsxError {
  if (e instanceof XlsxError) return e;
  const detail = String((e as Error)?.message ?? e);
  if (/password/i.test(detail)) return new XlsxError('encrypted', {});
  return new XlsxError('damaged', { detail });
}

/**
 * Node's zlib for the zip's (de)compression instead of the library's JavaScript one: several times faster on a
 * 100,000-row sheet. The CLI passes it in; browsers have no synchronous zlib, and their files are smaller.
 */
export function useZlib(zlib: typeof import('node:zlib')): void {
  // The library reads `bytesRead` (deprecated, warns on stderr); `bytesWritten` is the same count under its new name.
  class InflateRaw extends zlib.InflateRaw {
    override get bytesRead(): number {
      return this.bytesWritten;
    }
  }
  CFB.utils.use_zlib({ ...zlib, InflateRaw });
}

/** One sheet to write: text cells stay text (never formulas), numbers with the column's number format. */
/** A number with its own Excel number format, where a column mixes amounts and counts. */
export interface FormattedNumber {
  n: number;
  z: string;
}

export type CellValue = string | number | FormattedNumber | null;

export interface SheetModel {
  name: string;
  rows: CellValue[][];
  /** Excel number format per column index, e.g. "0.00" for amounts. */
  formats?: Record<number, string>;
  /** Column widths in characters. */
  widths?: number[];
  /** Keeps row 1 in view while scrolling, and offers a filter on it. */
  freezeHeader?: boolean;
  autofilter?: boolean;
  /**
   * Rows already written as XML (./sheet-xml.ts, UTF-8), put at the end of the sheet's data: `rows` then holds the
   * header and one empty row for each, so that the sheet's range, filter and names cover them.
   */
  rowsXml?: Uint8Array[];
}

function toSheet(model: SheetModel): WorkSheet {
  const data: CellObject[][] = model.rows.map((row) =>
    row.map((v, c): CellObject => {
      if (v === null || v === '') return { t: 'z' } as CellObject;
      if (typeof v === 'object') return { t: 'n', v: v.n, z: v.z };
      if (typeof v === 'number') {
        const z = model.formats?.[c];
        return z ? { t: 'n', v, z } : { t: 'n', v };
      }
      // A string is written as a string: "=…" in a client's name stays text and is never run as a formula.
      return { t: 's', v };
    }),
  );
  const cols = Math.max(1, ...model.rows.map((r) => r.length));
  const ws: WorkSheet = {
    '!data': data,
    '!ref': utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, model.rows.length - 1), c: cols - 1 } }),
  } as WorkSheet;
  if (model.widths) ws['!cols'] = model.widths.map((wch) => ({ wch }));
  if (model.autofilter && model.rows.length) {
    ws['!autofilter'] = {
      ref: utils.encode_range({ s: { r: 0, c: 0 }, e: { r: model.rows.length - 1, c: cols - 1 } }),
    };
  }
  return ws;
}

/** SheetJS CE writes no panes: the frozen header row is added to the sheet's XML after the fact. */
const FROZEN_ROW =
  '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>';

const VIEW = new TextEncoder().encode('<sheetView workbookViewId="0"/>');
const FROZEN = new TextEncoder().encode(FROZEN_ROW);

/** Where `needle` starts in the first bytes of `hay` (the sheet view comes before the data), or -1. */
function indexIn(hay: Uint8Array, needle: Uint8Array, within = 4096): number {
  const end = Math.min(hay.length - needle.length, within);
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const SHEET_DATA_END = new TextEncoder().encode('</sheetData>');

/** Where `needle` last starts in `hay`, or -1. */
function lastIndexIn(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = hay.length - needle.length; i >= 0; i--) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function splice(content: Uint8Array, at: number, cut: number, parts: Uint8Array[]): Uint8Array {
  const size = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(content.length - cut + size);
  out.set(content.subarray(0, at));
  let o = at;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  out.set(content.subarray(at + cut), o);
  return out;
}

/**
 * Takes the library's zip written without compression, puts the pane into each sheet's view and rows written
 * elsewhere into their sheet (bytes spliced: the sheet's megabytes are never decoded to text), and compresses the
 * whole once.
 */
function finish(bytes: Uint8Array, sheets: SheetModel[]): Uint8Array {
  const zip = CFB.read(bytes, { type: 'array' });
  sheets.forEach((sheet, i) => {
    if (!sheet.freezeHeader && !sheet.rowsXml) return;
    const entry = CFB.find(zip, `/xl/worksheets/sheet${i + 1}.xml`);
    let content = entry?.content as Uint8Array | undefined;
    if (!entry || !content) throw new Error(`sheet ${i + 1} not written`);
    if (sheet.freezeHeader) {
      const at = indexIn(content, VIEW);
      if (at < 0) throw new Error('no sheet view to freeze');
      content = splice(content, at, VIEW.length, [FROZEN]);
    }
    if (sheet.rowsXml) {
      const at = lastIndexIn(content, SHEET_DATA_END);
      if (at < 0) throw new Error('no sheet data');
      content = splice(content, at, 0, sheet.rowsXml);
    }
    entry.content = content as unknown as typeof entry.content;
    entry.size = content.length;
  });
  if (sheets.some((s) => s.rowsXml)) checkMoneyStyle(zip);
  return new Uint8Array(CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayLike<number>);
}

/** Rows written as XML name the "0.00" style by its index (./sheet-xml.ts): the library must have given it that one. */
function checkMoneyStyle(zip: ReturnType<typeof CFB.read>): void {
  const styles = new TextDecoder().decode(CFB.find(zip, '/xl/styles.xml')?.content as Uint8Array);
  const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? '';
  const xf = xfs.match(/<xf [^>]*>/g)?.[MONEY_STYLE] ?? '';
  if (!/numFmtId="2"/.test(xf)) throw new Error('the 0.00 style is not where the rows written as XML expect it');
}

/** The workbook's bytes (.xlsx). */
export function writeWorkbook(sheets: SheetModel[]): Uint8Array {
  const wb = utils.book_new();
  for (const s of sheets) utils.book_append_sheet(wb, toSheet(s), s.name);
  // 'buffer': a Buffer in Node, a Uint8Array in browsers; 'array' would go through a binary string (seconds at 100,000 rows).
  const bytes = new Uint8Array(writeXLSX(wb, { type: 'buffer', compression: false }) as Uint8Array);
  return finish(bytes, sheets);
}
