/**
 * `subsidy batch clients.csv --out results.csv [--lang en]`: a whole client list at once.
 * Exit 0 when every row computed, 1 when some rows had errors (listed on stderr with row and column), 2 when the
 * file itself can't be read.
 */
import { createWriteStream, statSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { batchT, isBatchLang, type BatchLang } from '../batch/i18n.ts';
import { BOM, csvLine } from '../batch/csv.ts';
import { streamCsvRecords, type StreamProgress } from '../batch/node-reader.ts';
import { BatchFileError, BatchProcessor, describeError, todayIso } from '../batch/processor.ts';
import { exportCells, exportHeaders } from '../batch/summary.ts';
import { RowPool, type SliceRequest } from '../batch/node-pool.ts';

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

function parseArgs(argv: string[]): { file?: string; out?: string; lang: BatchLang; today?: string; bad?: string } {
  const args = argv[0] === 'batch' ? argv.slice(1) : argv;
  let file: string | undefined;
  let out: string | undefined;
  let lang: BatchLang = 'zh-CN';
  let today: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--out' || a === '-o') out = args[++i];
    else if (a.startsWith('--out=')) out = a.slice(6);
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
    }
    else if (a.startsWith('-') && a !== '-') return { lang, bad: a };
    else if (file === undefined) file = a;
    else return { lang, bad: a };
  }
  return { file, out, lang, today };
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

export async function runBatch(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const args = parseArgs(argv);
  const t = batchT(args.lang);
  if (args.bad || !args.file || args.out === undefined && argv.includes('--out')) {
    io.stderr.write(t('cli.usage') + '\n');
    return 2;
  }
  const file = args.file;
  let size = 0;
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
  let rowNumber = 0;
  let slice: SliceRequest = { seq: 0, records: [] };
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
    const percent = Math.min(100, Math.floor((consumed / Math.max(1, size)) * 100));
    const line = t('cli.progress', { rows, percent });
    io.stderr.write(tty ? `\r${line}` : `${line}\n`);
  };
  const emit = async (csv: string, errors: string[], n: number, bad: number) => {
    rows += n;
    errorRows += bad;
    if (csv) await write(out!, csv);
    if (errors.length) io.stderr.write((shown && tty ? '\n' : '') + errors.join('\n') + '\n');
    showProgress();
  };

  try {
    for await (const record of streamCsvRecords(file, progress)) {
      rowNumber++;
      const bytes = recordBytes(record);
      if (!pool) consumed += bytes;
      if (!processor.header) {
        processor.push(record, rowNumber);
        if (!processor.header) continue;
        try {
          out = await openOut(args.out, io);
        } catch {
          throw new BatchFileError('unwritable', t('file.unwritable', { file: args.out }));
        }
        await write(out, BOM + csvLine(exportHeaders(args.lang)));
        for (const w of processor.warnings()) io.stderr.write(w + '\n');
        if (size > (io.poolBytes ?? 2 * 1024 * 1024)) {
          pool = new RowPool({ header: record, lang: args.lang, today: processor.options.today }, (r) => {
            consumed += bytesOfSlice.get(r.seq) ?? 0;
            bytesOfSlice.delete(r.seq);
            return emit(r.csv, r.errors, r.rows, r.errorRows);
          });
        }
        continue;
      }
      if (pool) {
        slice.records.push({ cells: record, row: rowNumber });
        sliceBytes += bytes;
        if (slice.records.length >= SLICE) {
          bytesOfSlice.set(slice.seq, sliceBytes);
          sliceBytes = 0;
          await pool.submit(slice);
          slice = { seq: ++seq, records: [] };
        }
        continue;
      }
      const row = processor.push(record, rowNumber);
      if (!row) continue;
      await emit(csvLine(exportCells(row, args.lang)), row.errors.map((e) => describeError(row, e, args.lang)), 1, row.status === 'error' ? 1 : 0);
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
  io.stderr.write(t('cli.summary', { count: rows, rows, ok: rows - errorRows, errors: errorRows }) + '\n');
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
