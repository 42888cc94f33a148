/**
 * The xlsx file's entry (built by widget/batch-panel/xlsx-chunk.ts, imported through ./xlsx-load.ts): everything
 * that only an Excel workbook needs, so that the widget's own file carries none of it. A workbook in (its records,
 * header found, problems worded) and workbooks out (results, templates).
 */
import { isXlsxError } from './xlsx-check.ts';
import { readSheetRecords, writeWorkbook, useZlib } from './xlsx.ts';
import { sheetInput, type SheetInput } from './xlsx-input.ts';
import { xlsxT } from './xlsx-words.ts';
import { WorkbookError } from './workbook-error.ts';
import { ResultsBook, resultsWorkbook } from './results-workbook.ts';
import { templateSheet } from './templates.ts';
import type { BatchLang } from './i18n.ts';
import type { BatchRow } from './summary.ts';

export { readSheetRecords, writeWorkbook, useZlib, ResultsBook };

/** A workbook's sheet (the first, or `sheet`) as the batch processor reads it; throws WorkbookError. */
export function workbookInput(bytes: Uint8Array, sheet: string | undefined, lang: BatchLang): SheetInput {
  try {
    return sheetInput(readSheetRecords(bytes, sheet), lang);
  } catch (e) {
    if (isXlsxError(e)) throw new WorkbookError(xlsxT(lang)(`xlsx.${e.code}`, e.params));
    throw e;
  }
}

/** The results workbook (sheets Results, Errors, Summary) of computed rows. */
export function resultsWorkbookBytes(rows: readonly BatchRow[], lang: BatchLang): Uint8Array {
  return writeWorkbook(resultsWorkbook(rows, lang));
}

/** The template as a workbook. */
export function templateWorkbookBytes(lang: BatchLang): Uint8Array {
  return writeWorkbook([templateSheet(lang)]);
}
