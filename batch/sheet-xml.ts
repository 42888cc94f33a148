/**
 * A sheet's data rows as the xlsx library writes them (`<row r="2"><c r="A2" t="str"><v>…</v></c>…</row>`), made
 * without the library: the CLI's worker threads write the Results sheet's rows while they compute, and ./xlsx.ts
 * splices them into the workbook the library writes around them (its own writer took 10 s for 100,000 rows on one
 * thread). Byte for byte the library's output: test/batch/sheet-xml.test.ts compares the two.
 */
import type { CellValue } from './xlsx.ts';

/** The style index of a number shown with "0.00" (the only number format the results workbook uses). */
export const MONEY_STYLE = 1;

const COLUMNS: string[] = [];
function column(c: number): string {
  let s = COLUMNS[c];
  if (s === undefined) {
    s = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    COLUMNS[c] = s;
  }
  return s;
}

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const SPECIAL = /[&<>'"]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\uFFFE-\uFFFF]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>'"\u0000-\u0008\u000b-\u001f\uFFFE-\uFFFF]/;
const PRESERVE = /(^\s|\s$|\n)/;

function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(SPECIAL, (c) => ENTITY[c]!)
    .replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`);
}

function value(text: string): string {
  return PRESERVE.test(text) ? `<v xml:space="preserve">${text}</v>` : `<v>${text}</v>`;
}

function numberText(n: number): string {
  // As the library: NaN and infinities are not amounts; they never come from the core.
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  return String(n);
}

/**
 * One row (`rowNumber` 1-based) of cells; `money` marks the columns whose numbers show "0.00". A null or empty cell
 * is left out, as the library does.
 */
export function rowXml(cells: readonly CellValue[], rowNumber: number, money: ReadonlySet<number>): string {
  let out = '';
  // The library marks every element whose content holds a line break xml:space="preserve": the value, its cell, its row.
  let lineBreak = false;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (v === null || v === undefined || v === '') continue;
    const ref = column(c) + rowNumber;
    if (typeof v === 'string') {
      const text = escapeXml(v);
      const br = text.includes('\n');
      lineBreak ||= br;
      out += `<c r="${ref}" t="str"${br ? ' xml:space="preserve"' : ''}>${value(text)}</c>`;
    } else if (typeof v === 'number')
      out += money.has(c)
        ? `<c r="${ref}" s="${MONEY_STYLE}">${value(numberText(v))}</c>`
        : `<c r="${ref}">${value(numberText(v))}</c>`;
    else out += `<c r="${ref}" s="${MONEY_STYLE}">${value(numberText(v.n))}</c>`;
  }
  return out ? `<row r="${rowNumber}"${lineBreak ? ' xml:space="preserve"' : ''}>${out}</row>` : '';
}
