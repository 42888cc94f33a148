/**
 * A sheet's records (from ./xlsx.ts) → the records the batch processor reads, as the CSV path gives them: the header
 * first. Workbooks differ from CSV files in two ways people rely on: a title row above the header ("2025年客户清单"),
 * and merged cells. A title row is skipped (and said so); a header cell merged down from above takes its value; a
 * header cell merged across columns is refused, since the columns under it would have no header and their figures
 * would be dropped without a word.
 */
import type { BatchLang } from './i18n.ts';
import { xlsxT } from './xlsx-words.ts';
import { WorkbookError } from './workbook-error.ts';
import { readHeader } from './rows.ts';
import type { SheetRecords } from './xlsx.ts';

export interface SheetInput {
  /** The header record, then the data records. */
  records: string[][];
  /** The sheet's row number of each record. */
  rowNumbers: number[];
  warnings: string[];
}

/** How far down a header is looked for: a title and a note or two, not a second table. */
const HEADER_SEARCH = 10;

function knownColumns(cells: string[]): number {
  return readHeader(cells).targets.filter((t) => t && !(t.type === 'column' && t.column.path === 'client')).length;
}

function columnName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const a1 = (r: number, c: number) => `${columnName(c)}${r + 1}`;

export function sheetInput(sheet: SheetRecords, lang: BatchLang): SheetInput {
  const t = xlsxT(lang);
  const warnings: string[] = [];
  if (sheet.sheetNames.length > 1) {
    warnings.push(
      t('xlsx.otherSheets', {
        sheet: sheet.sheetName,
        count: sheet.sheetNames.length,
        sheets: sheet.sheetNames.join(', '),
      }),
    );
  }
  const { records, rowNumbers } = sheet;
  // The first row naming a field is the header; without one, the first row is, so the processor says what is wrong.
  let h = records.slice(0, HEADER_SEARCH).findIndex((r) => knownColumns(r) > 0);
  if (h < 0) h = 0;
  const headerRow = rowNumbers[h] ?? 1;
  const header = [...(records[h] ?? [])];

  const across: string[] = [];
  for (const m of sheet.merges) {
    const r = headerRow - 1;
    if (r < m.s.r || r > m.e.r) continue;
    if (m.s.c !== m.e.c) {
      across.push(`${a1(m.s.r, m.s.c)}:${a1(m.e.r, m.e.c)}`);
      continue;
    }
    // Merged down from a row above: the value sits in the range's first cell.
    if (m.s.r < r && (header[m.s.c] ?? '').trim() === '') {
      const top = rowNumbers.indexOf(m.s.r + 1);
      if (top >= 0) {
        while (header.length <= m.s.c) header.push('');
        header[m.s.c] = records[top]![m.s.c] ?? '';
      }
    }
  }
  if (across.length) throw new WorkbookError(t('xlsx.mergedHeader', { row: headerRow, ranges: across.join(', ') }));

  if (h > 0) {
    const text = records
      .slice(0, h)
      .map((r) => r.filter((c) => c.trim() !== '').join(' '))
      .join(' / ');
    const from = rowNumbers[0]!;
    const to = rowNumbers[h - 1]!;
    warnings.push(t(from === to ? 'xlsx.titleRow' : 'xlsx.titleRows', { from, to, header: headerRow, text }));
  }
  if (sheet.uncomputed.length) {
    const cells = sheet.uncomputed.slice(0, 10).join(', ') + (sheet.uncomputed.length > 10 ? ' …' : '');
    warnings.push(t('xlsx.uncomputed', { cells }));
  }
  return { records: [header, ...records.slice(h + 1)], rowNumbers: rowNumbers.slice(h), warnings };
}
