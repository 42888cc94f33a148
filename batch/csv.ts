/** CSV in and out with papaparse (browser-safe: no Node modules here). */
import Papa from 'papaparse';

/** Decodes file bytes: UTF-8 (with or without BOM), else GB18030, which Excel on Chinese Windows saves by default. */
export function decodeBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** All records of a CSV text, blank lines included, so that record i is spreadsheet row i + 1. */
export function parseCsvText(text: string): string[][] {
  const out = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
    delimiter: ',',
  });
  const data = out.data;
  // A trailing newline gives one last empty record that is no row of the sheet.
  if (data.length && data[data.length - 1]!.length === 1 && data[data.length - 1]![0] === '') data.pop();
  return data;
}

/** Papa.unparse's `escapeFormulae: true` test, as it writes it (without the `s` flag: "=a\nb" is not caught). */
const FORMULA = /^[=+\-@\t\r].*$/;
/** When Papa.unparse quotes a cell: a line break, a quote, a BOM, the delimiter, or a space at either end. */
const NEEDS_QUOTES = /[\r\n",\uFEFF]|^ | $/;

/**
 * One CSV line (with CRLF, as Excel writes) for the given cells. Formula-like cells are neutralised for Excel. Exactly
 * what Papa.unparse([cells], { newline: '\r\n', escapeFormulae: true }) writes (test/batch/csv.test.ts), without its
 * per-call set-up: it was a tenth of a batch row.
 */
export function csvLine(cells: string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    let cell = cells[i] ?? '';
    if (cell === '') {
      if (i) line += ',';
      continue;
    }
    let quote = false;
    if (FORMULA.test(cell)) {
      cell = "'" + cell;
      quote = true;
    }
    if (quote || NEEDS_QUOTES.test(cell)) cell = '"' + cell.replace(/"/g, '""') + '"';
    line += i ? ',' + cell : cell;
  }
  return line + '\r\n';
}

export const BOM = '\uFEFF';

/** A whole CSV document with a UTF-8 BOM, so that Excel opens Chinese text correctly. */
export function toCsv(rows: string[][]): string {
  return BOM + rows.map(csvLine).join('');
}

/** Undoes the export's formula guard ("'=x" → "=x") when reading a results file back. */
export function unguardCell(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
