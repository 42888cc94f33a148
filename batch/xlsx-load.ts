/**
 * Loads ./excel.ts (the xlsx library and all our Excel code and words) on demand. In the widget it is a file of its own beside the
 * widget's (./excel.ts, built by widget/batch-panel/xlsx-chunk.ts), fetched only when an .xlsx file is dropped or an Excel export
 * is asked for: the calculator's first bytes stay as they were. The URL is made at run time, relative to the running
 * module, so the bundler leaves it alone (vite.config.ts inlines every import it can see into the one file) and the
 * panel's workers, which run the widget's file, find it beside that file too. From sources (Node, tests) it is the
 * TypeScript module itself.
 */
export type XlsxModule = typeof import('./excel.ts');

/** The chunk's file name, beside the widget's file. */
export const XLSX_CHUNK = 'ezone-subsidy-xlsx.js';

export function xlsxModuleUrl(here: string = import.meta.url): string {
  return new URL(/\.ts(\?.*)?$/.test(here) ? './excel.ts' : `./${XLSX_CHUNK}`, here).href;
}

let loading: Promise<XlsxModule> | undefined;

export function loadXlsx(): Promise<XlsxModule> {
  loading ??= (import(/* @vite-ignore */ xlsxModuleUrl()) as Promise<XlsxModule>).catch((e: unknown) => {
    // A failed fetch (offline, a blocked path) is not remembered: the next drop or export tries again.
    loading = undefined;
    throw e;
  });
  return loading;
}
