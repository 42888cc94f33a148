/**
 * `subsidy batch clients.csv --out results.csv [--lang en]`: a whole client list at once.
 * Exit 0 when every row computed, 1 when some rows had errors (listed on stderr with row and column), 2 when the
 * file itself can't be read.
 */
import {
  closeSync,
  createWriteStream,
  openSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync,
  type WriteStream,
} from 'node:fs';
import { once } from 'node:events';
import * as zlib from 'node:zlib';
import { batchT, isBatchLang, type BatchLang } from '../batch/i18n.ts';
import { BOM, csvLine } from '../batch/csv.ts';
import { streamCsvBatches, type CsvBatch, type StreamProgress } from '../batch/node-reader.ts';
import { BatchFileError, BatchProcessor, describeError, todayIso } from '../batch/processor.ts';
import { exportCells, exportHeaders, type BatchRow } from '../batch/summary.ts';
import { RowPool, type SliceRequest } from '../batch/node-pool.ts';
import { isBlankRecord } from '../batch/rows.ts';
import type { BookPart } from '../batch/results-workbook.ts';
import { looksLikeWorkbook } from '../batch/xlsx-check.ts';
import { loadXlsx, type XlsxModule } from '../batch/xlsx-load.ts';
import { isWorkbookError } from '../batch/workbook-error.ts';

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Files larger than this (bytes) run on a pool of worker threads; default 2 MB (below, starting threads costs more than it saves). */
  poolBytes?: number;
  /** A progress line once a run has taken this long, then at this interval; default 1000 ms. */
  progressMs?: number;
}

/** Records per slice sent to a worker thread. */
const SLICE = 400;

function parseArgs(argv: string[]): {
  file?: string;
  out?: string;
  sheet?: string;
  lang: BatchLang;
  today?: string;
  bad?: string;
} {
  const args = argv[0] === 'batch' ? argv.slice(1) : argv;
  let file: string | undefined;
  let out: string | undefined;
  let lang: BatchLang = 'zh-CN';
  let today: string | undefined;
  let sheet: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--out' || a === '-o') out = args[++i];
    else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--sheet') {
      sheet = args[++i];
      if (sheet === undefined) return { lang, bad: a };
    } else if (a.startsWith('--sheet=')) sheet = a.slice(8);
    else if (a === '--lang') {
      const v = args[++i];
      if (!isBatchLang(v)) return { lang, bad: a };
      lang = v;
    } else if (a.startsWith('--lang=')) {
      const v = a.slice(7);
      if (!isBatchLang(v)) return { lang, bad: a };
      lang = v;
    } else if (a === '--today') {
      today = args[++i];
      // A real calendar day only: a typo would silently shift every art. 15 date.
      if (!today || !isIsoDay(today)) return { lang, bad: a };
    } else if (a.startsWith('-') && a !== '-') return { lang, bad: a };
    else if (file === undefined) file = a;
    else return { lang, bad: a };
  }
  return { file, out, sheet, lang, today };
}

function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false; // the output does not exist yet
  }
}

/** About the record's size in the file (quotes aside), for the progress line. */
function recordBytes(record: string[]): number {
  let n = record.length; // the commas and the line end
  for (const cell of record) n += Buffer.byteLength(cell);
  return n;
}

function isIsoDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

interface Source {
  /**
   * Records with their row number in the file, a batch at a time; or, for a CSV while the workers run, the text of
   * `count` whole records from row `row` on, which a worker reads itself.
   */
  records: AsyncIterable<{ rows: Array<{ cells: string[]; row: number }> } | RawRecords>;
  /** Progress: units in the whole file, and the units of one record (bytes for a CSV, 1 for a sheet's row). */
  units: number;
  unitsOf: (cells: string[]) => number;
  warnings: string[];
}

type RawRecords = { text: string; count: number; newline: string; row: number };

async function* numbered(
  batches: AsyncIterable<CsvBatch>,
): AsyncGenerator<{ rows: Array<{ cells: string[]; row: number }> } | RawRecords> {
  let row = 0;
  for await (const batch of batches) {
    if ('text' in batch) {
      yield { ...batch, row: row + 1 };
      row += batch.count;
    } else yield { rows: batch.records.map((cells) => ({ cells, row: ++row })) };
  }
}

/**
 * A CSV is streamed; a workbook is read whole (the xlsx format keeps a sheet's text in one shared table), its
 * header found below any title row. Throws BatchFileError when the workbook can't be read.
 */
async function openSource(
  file: string,
  size: number,
  sheet: string | undefined,
  lang: BatchLang,
  progress: StreamProgress,
  raw: () => boolean,
): Promise<Source> {
  const head = new Uint8Array(8);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 8, 0);
  } finally {
    closeSync(fd);
  }
  if (!looksLikeWorkbook(file, head)) {
    return {
      records: numbered(streamCsvBatches(file, progress, raw)),
      units: size,
      unitsOf: recordBytes,
      warnings: [],
    };
  }
  try {
    const xlsx = await loadXlsx();
    xlsx.useZlib(zlib);
    const input = xlsx.workbookInput(new Uint8Array(readFileSync(file)), sheet, lang);
    async function* rows() {
      for (let i = 0; i < input.records.length; i += 1000)
        yield { rows: input.records.slice(i, i + 1000).map((cells, k) => ({ cells, row: input.rowNumbers[i + k]! })) };
    }
    return { records: rows(), units: input.records.length, unitsOf: () => 1, warnings: input.warnings };
  } catch (e) {
    if (isWorkbookError(e)) throw new BatchFileError('xlsx', (e as Error).message);
    throw e;
  }
}

export async function runBatch(
  argv: string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const args = parseArgs(argv);
  const t = batchT(args.lang);
  if (args.bad || !args.file || (args.out === undefined && argv.includes('--out'))) {
    io.stderr.write(t('cli.usage') + '\n');
    return 2;
  }
  const file = args.file;
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch {
    io.stderr.write(t('file.unreadable', { file }) + '\n');
    return 2;
  }
  // Writing the results over the client list would truncate it while it is still being read: the user's rows are lost.
  if (args.out && args.out !== '-' && sameFile(file, args.out)) {
    io.stderr.write(t('file.sameAsInput', { file: args.out }) + '\n');
    return 2;
  }

  const processor = new BatchProcessor({ lang: args.lang, today: args.today ?? todayIso() });
  // An .xlsx results file is built as rows arrive and written at the end.
  const xlsxOut = Boolean(args.out && args.out !== '-' && /\.xlsx$/i.test(args.out));
  let excel: XlsxModule | null = null;
  if (xlsxOut) {
    excel = await loadXlsx();
    excel.useZlib(zlib);
  }
  const book = excel ? new excel.ResultsBook(args.lang) : null;
  const progress: StreamProgress = { bytesRead: 0 };
  const tty = Boolean(io.stderr.isTTY);
  const progressMs = io.progressMs ?? 1000;
  const started = Date.now();
  let lastShown = started;
  let shown = false;
  let out: WriteStream | NodeJS.WritableStream | null = null;
  let pool: RowPool | null = null;
  let rows = 0;
  let errorRows = 0;
  let rowNumber: number;
  let slice: SliceRequest = { seq: 0, records: [], first: 0 };
  let clientRows = 0;
  let seq = 0;
  // Progress counts the bytes of the records computed so far: the reader runs far ahead of the rows (bytesRead hits
  // 100% while most rows are still to do).
  let consumed = 0;
  let sliceBytes = 0;
  const bytesOfSlice = new Map<number, number>();

  const showProgress = () => {
    const now = Date.now();
    if (now - lastShown < progressMs) return;
    lastShown = now;
    shown = true;
    const percent = Math.min(100, Math.floor((consumed / Math.max(1, units)) * 100));
    const line = t('cli.progress', { count: rows, percent });
    io.stderr.write(tty ? `\r${line}` : `${line}\n`);
  };
  let units = size;
  const emit = async (csv: string, errors: string[], n: number, bad: number, done?: BatchRow[], part?: BookPart) => {
    rows += n;
    errorRows += bad;
    if (xlsxOut) {
      if (done) for (const r of done) book!.add(r);
      if (part) book!.addPart(part);
    } else if (csv) await write(out!, csv);
    if (errors.length) io.stderr.write((shown && tty ? '\n' : '') + errors.join('\n') + '\n');
    showProgress();
  };

  try {
    // Once the workers run, a CSV's records reach them as text: this thread only finds where records end. (A results
    // workbook needs each slice's count of client rows first, so it keeps the records.)
    const raw = () => pool !== null && !xlsxOut;
    const source = await openSource(file, size, args.sheet, args.lang, progress, raw);
    units = source.units;
    for await (const batch of source.records) {
      if ('text' in batch) {
        if (slice.records.length) {
          bytesOfSlice.set(slice.seq, sliceBytes);
          sliceBytes = 0;
          await pool!.submit(slice);
          slice = { seq: ++seq, records: [], first: clientRows };
        }
        bytesOfSlice.set(slice.seq, Buffer.byteLength(batch.text));
        await pool!.submit({ seq: slice.seq, records: [], text: batch.text, newline: batch.newline, row: batch.row });
        slice = { seq: ++seq, records: [], first: clientRows };
        continue;
      }
      for (const { cells: record, row: recordRow } of batch.rows) {
        rowNumber = recordRow;
        const bytes = source.unitsOf(record);
        if (!pool) consumed += bytes;
        if (!processor.header) {
          processor.push(record, rowNumber);
          if (!processor.header) continue;
          try {
            // An .xlsx is written whole at the end; checking now that it can be saves computing for nothing.
            if (xlsxOut) writeFileSync(args.out!, '');
            else out = await openOut(args.out, io);
          } catch {
            throw new BatchFileError('unwritable', t('file.unwritable', { file: args.out }));
          }
          if (out) await write(out, BOM + csvLine(exportHeaders(args.lang)));
          for (const w of [...source.warnings, ...processor.warnings()]) io.stderr.write(w + '\n');
          if (size > (io.poolBytes ?? 2 * 1024 * 1024)) {
            pool = new RowPool(
              { header: record, lang: args.lang, today: processor.options.today, workbook: xlsxOut },
              (r) => {
                consumed += bytesOfSlice.get(r.seq) ?? 0;
                bytesOfSlice.delete(r.seq);
                return emit(r.csv, r.errors, r.rows, r.errorRows, undefined, r.part);
              },
            );
          }
          continue;
        }
        if (pool) {
          slice.records.push({ cells: record, row: rowNumber });
          // The rows the workers will compute (blank records are skipped there too): where the next slice's rows go on the sheet.
          if (xlsxOut && !isBlankRecord(record)) clientRows++;
          sliceBytes += bytes;
          if (slice.records.length >= SLICE) {
            bytesOfSlice.set(slice.seq, sliceBytes);
            sliceBytes = 0;
            await pool.submit(slice);
            slice = { seq: ++seq, records: [], first: clientRows };
          }
          continue;
        }
        const row = processor.push(record, rowNumber);
        if (!row) continue;
        await emit(
          xlsxOut ? '' : csvLine(exportCells(row, args.lang)),
          row.errors.map((e) => describeError(row, e, args.lang)),
          1,
          row.status === 'error' ? 1 : 0,
          [row],
        );
      }
    }
    processor.finish();
    if (pool) {
      if (slice.records.length) {
        bytesOfSlice.set(slice.seq, sliceBytes);
        await pool.submit(slice);
      } else seq--;
      await pool.drain(seq + 1);
    }
  } catch (e) {
    await pool?.close();
    if (tty && shown) io.stderr.write('\n');
    if (e instanceof BatchFileError) io.stderr.write(e.message + '\n');
    else io.stderr.write(t('file.unreadable', { file }) + ` (${(e as Error).message})\n`);
    await closeOut(out, io);
    return 2;
  }
  if (tty && shown) io.stderr.write('\n');
  await closeOut(out, io);
  if (xlsxOut) {
    try {
      writeFileSync(args.out!, excel!.writeWorkbook(book!.sheets()));
    } catch {
      io.stderr.write(t('file.unwritable', { file: args.out }) + '\n');
      return 2;
    }
  }
  io.stderr.write(t('cli.summary', { count: rows, ok: rows - errorRows, errors: errorRows }) + '\n');
  return errorRows ? 1 : 0;
}

async function openOut(path: string | undefined, io: Io): Promise<WriteStream | NodeJS.WritableStream> {
  if (!path || path === '-') return io.stdout;
  const s = createWriteStream(path);
  await once(s, 'open');
  return s;
}

async function closeOut(out: WriteStream | NodeJS.WritableStream | null, io: Io): Promise<void> {
  if (out && out !== io.stdout && 'close' in out) {
    (out as WriteStream).end();
    await once(out as WriteStream, 'close');
  }
}
