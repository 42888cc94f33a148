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

/** One CSV line (with CRLF, as Excel writes) for the given cells. Formula-like cells are neutralised for Excel. */
export function csvLine(cells: string[]): string {
  return Papa.unparse([cells], { newline: '\r\n', escapeFormulae: true }) + '\r\n';
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
