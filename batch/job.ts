/**
 * A whole file in the browser: decode, parse, compute, report in slices. The same function runs in the panel's Web
 * Worker and, where no worker can be made, on the main thread yielding between slices.
 */
import { decodeBytes, parseCsvText } from './csv.ts';
import type { BatchLang } from './i18n.ts';
import { BatchFileError, BatchProcessor } from './processor.ts';
import { isBlankRecord } from './rows.ts';
import { packRow, unpackRow, type PackedRow } from './packed-row.ts';
import { looksLikeWorkbook } from './xlsx-check.ts';
import { loadXlsx } from './xlsx-load.ts';
import { isWorkbookError } from './workbook-error.ts';
import { batchT } from './i18n.ts';

export interface JobRequest {
  type: 'run';
  id: number;
  /** The file's bytes (transferred, not copied). */
  bytes: ArrayBuffer;
  /** The file's name: a workbook is told from a CSV by it and by its first bytes. */
  name?: string;
  lang: BatchLang;
  today: string;
  /** The workbook's sheet to read (default: the first). */
  sheet?: string;
  /** Several workers share a file: this one computes the data rows whose index modulo `parts` is `part`. */
  part?: number;
  parts?: number;
  /**
   * A workbook is read once for all the workers (reading it is most of a small file's time): the worker of part 0
   * reads it and sends the records to the others through these ports; the others wait on `source` instead.
   */
  peers?: MessagePort[];
  source?: MessagePort;
}

/** What the worker that read a workbook sends the others: its records, or that it could not (it says why itself). */
type SharedRecords = { records: string[][]; rowNumbers?: number[]; warnings: string[] } | { failed: true };

/**
 * The results workbook built off the main thread: the page sends its rows in a few `export-rows` messages (each a
 * short task to copy), then `export`; the worker answers one `workbook` (its bytes transferred) or an `export-failed`.
 */
export type ExportRequest =
  { type: 'export-rows'; id: number; rows: PackedRow[] } | { type: 'export'; id: number; lang: BatchLang };

/**
 * Sent to a panel's workers before any file, when the panel is shown: the worker fetches its language's words (and,
 * with `xlsx`, the xlsx code) while the user is still choosing a file, so that none of it waits for the drop.
 */
export interface WarmRequest {
  type: 'warm';
  lang: BatchLang;
  xlsx?: boolean;
}

export type ExportEvent =
  { type: 'workbook'; id: number; bytes: Uint8Array } | { type: 'export-failed'; id: number; message: string };

export type JobEvent =
  | { type: 'start'; id: number; total: number; warnings: string[] }
  | { type: 'rows'; id: number; rows: PackedRow[]; done: number; total: number }
  | { type: 'done'; id: number; rows: number; errorRows: number }
  | { type: 'fatal'; id: number; code: string; message: string };

/** Rows per slice on the main thread (where no worker could start): each slice is a task of its own. */
export const SLICE = 100;
/**
 * A worker sends what it has computed this often, whatever its speed: each message is a task for the page (copying
 * the rows, a progress bar frame), and on a busy machine every page task risks being held up behind other threads.
 * 100-row messages made ~400 page tasks per 10,000-row file; these make a few dozen, the progress bar still moving.
 */
export const MESSAGE_MS = 200;
/**
 * ...and at most this many rows per message, so that copying one stays a short task: the page's copy of a 2,000-row
 * message took 14-17 ms of CPU and 41-51 ms of wall time on a 2-core machine at load 2-3 (the page's longest tasks);
 * 500 rows take a quarter of that.
 */
export const MESSAGE_ROWS = 500;

/**
 * Computes a file and reports its rows. Without `pause` (a worker) the rows go out every MESSAGE_MS; with it (the
 * main thread) every SLICE rows, pausing between slices so the page stays responsive.
 */
export async function runJob(req: JobRequest, emit: (e: JobEvent) => void, pause?: () => Promise<void>): Promise<void> {
  const { id } = req;
  const processor = new BatchProcessor({ lang: req.lang, today: req.today });
  try {
    let read;
    try {
      read = await readRecords(req);
    } catch (e) {
      for (const p of req.peers ?? []) p.postMessage({ failed: true } satisfies SharedRecords);
      throw e;
    }
    if (read === null) return; // the worker that read the workbook could not, and says why
    for (const p of req.peers ?? []) p.postMessage(read satisfies SharedRecords);
    const { records, rowNumbers, warnings } = read;
    const rowOf = (i: number) => rowNumbers?.[i] ?? i + 1;
    let first = 0;
    // Header first, so that warnings and the row count come before any row.
    for (; first < records.length && !processor.header; first++) processor.push(records[first]!, rowOf(first));
    processor.finish();
    const total = records.slice(first).filter((r) => !isBlankRecord(r)).length;
    emit({ type: 'start', id, total, warnings: [...warnings, ...processor.warnings()] });
    const part = req.part ?? 0;
    const parts = req.parts ?? 1;
    let slice: PackedRow[] = [];
    let index = -1;
    let sent = now();
    for (let i = first; i < records.length; i++) {
      const rec = records[i]!;
      if (isBlankRecord(rec)) continue;
      if (++index % parts !== part) continue;
      const row = processor.push(rec, rowOf(i));
      if (row) slice.push(packRow(row));
      if (slice.length % SLICE !== 0 || !slice.length) continue;
      if (pause) {
        emit({ type: 'rows', id, rows: slice, done: processor.rows, total });
        slice = [];
        await pause();
      } else if (slice.length >= MESSAGE_ROWS || now() - sent >= MESSAGE_MS) {
        emit({ type: 'rows', id, rows: slice, done: processor.rows, total });
        slice = [];
        sent = now();
      }
    }
    emit({ type: 'rows', id, rows: slice, done: processor.rows, total });
    emit({ type: 'done', id, rows: processor.rows, errorRows: processor.errorRows });
  } catch (e) {
    if (isWorkbookError(e)) return emit({ type: 'fatal', id, code: 'xlsx', message: (e as Error).message });
    const code = e instanceof BatchFileError ? e.code : 'unreadable';
    emit({ type: 'fatal', id, code, message: (e as Error).message });
  }
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** The file's records, header first: a CSV as it is, a workbook's first sheet from its header row on. */
async function readRecords(
  req: JobRequest,
): Promise<{ records: string[][]; rowNumbers?: number[]; warnings: string[] } | null> {
  if (req.source) {
    const port = req.source;
    const shared = await new Promise<SharedRecords>((resolve) => {
      port.onmessage = (e: MessageEvent<SharedRecords>) => resolve(e.data);
    });
    port.close();
    return 'failed' in shared ? null : shared;
  }
  const bytes = new Uint8Array(req.bytes);
  if (!looksLikeWorkbook(req.name ?? '', bytes)) return { records: parseCsvText(decodeBytes(bytes)), warnings: [] };
  let xlsx;
  try {
    xlsx = await loadXlsx();
  } catch (e) {
    throw new BatchFileError('xlsx', batchT(req.lang)('xlsxFailed', { detail: String((e as Error)?.message ?? e) }));
  }
  return xlsx.workbookInput(bytes, req.sheet, req.lang);
}

/** Rows received for an export, by export id (a worker builds one export at a time; a new id drops older rows). */
const exportRows = new Map<number, PackedRow[]>();

/** Handles an ExportRequest: keeps rows until `export`, then builds the results workbook from them. */
export async function handleExport(req: ExportRequest, emit: (e: ExportEvent) => void): Promise<void> {
  if (req.type === 'export-rows') {
    for (const id of exportRows.keys()) if (id !== req.id) exportRows.delete(id);
    const rows = exportRows.get(req.id) ?? [];
    for (const r of req.rows) rows.push(r);
    exportRows.set(req.id, rows);
    return;
  }
  const rows = exportRows.get(req.id) ?? [];
  exportRows.delete(req.id);
  try {
    const xlsx = await loadXlsx();
    emit({ type: 'workbook', id: req.id, bytes: xlsx.resultsWorkbookBytes(rows.map(unpackRow), req.lang) });
  } catch (e) {
    emit({ type: 'export-failed', id: req.id, message: String((e as Error)?.message ?? e) });
  }
}
