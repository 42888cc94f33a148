/** Streaming CSV records from a file in Node (the CLI): flat memory whatever the file's size. */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { readRecords, scanRecords } from './csv-records.ts';

export interface StreamProgress {
  bytesRead: number;
}

/** Decodes byte chunks: UTF-8, or GB18030 when the first bytes are not valid UTF-8 (Excel's default on zh Windows). */
async function* decoded(path: string, progress: StreamProgress): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let first = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    const bytes = chunk as Buffer;
    progress.bytesRead += bytes.length;
    if (!decoder) {
      try {
        // A chunk may end inside a character: streaming mode keeps the tail instead of calling it invalid.
        new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
        decoder = new TextDecoder('utf-8', { fatal: true });
      } catch {
        decoder = new TextDecoder('gb18030');
      }
    }
    let text = decoder.decode(bytes, { stream: true });
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    if (text) yield text;
  }
  const tail = decoder?.decode() ?? '';
  if (tail) yield tail;
}

/** Records in one raw batch: the CLI's slice for a worker. */
const RAW_RECORDS = 400;

/** Records as cells, or (`raw`) as the text that holds `count` whole records, and the file's line break. */
export type CsvBatch = { records: string[][] } | { text: string; count: number; newline: string };

/**
 * Every record, blank lines included (as [""]), so the n-th record is spreadsheet row n; in batches (a chunk's records
 * at a time: an await per record was a cost of its own). Read by ./csv-records.ts as Papa reads them; from the first
 * record it can't read, by Papa itself. While `raw()` says so, a chunk's records come as their text, cut at a record's
 * end: the CLI's worker threads make the cells, not the thread that reads the file.
 */
export function streamCsvBatches(
  path: string,
  progress: StreamProgress = { bytesRead: 0 },
  raw: () => boolean = () => false,
): AsyncGenerator<CsvBatch> {
  return csvBatches(decoded(path, progress), raw);
}

/** The same from chunks of decoded text (a test feeds its own). */
export async function* csvBatches(
  chunks: AsyncIterable<string>,
  raw: () => boolean = () => false,
): AsyncGenerator<CsvBatch> {
  let newline: string | undefined;
  let buffer = '';
  let final = false;
  const iterator = chunks[Symbol.asyncIterator]();
  while (!final) {
    const next = await iterator.next();
    if (next.done) {
      final = true;
      if (!buffer) return;
    } else {
      // Papa guesses the line break once, from the first chunk: the same guess, by Papa.
      newline ??= Papa.parse(next.value, { delimiter: ',', preview: 1 }).meta.linebreak;
      buffer = buffer ? buffer + next.value : next.value;
    }
    let end: number;
    let handOver: boolean;
    if (raw()) {
      // A worker's slice at a time: what a worker holds while it computes stays small (a chunk is thousands of rows).
      let from = 0;
      for (;;) {
        const scan = scanRecords(buffer, from, newline!, final, RAW_RECORDS);
        if (scan.count) yield { text: buffer.slice(from, scan.end), count: scan.count, newline: newline! };
        from = scan.end;
        if (scan.handOver || scan.count < RAW_RECORDS) {
          handOver = scan.handOver;
          break;
        }
      }
      end = from;
    } else {
      const read = readRecords(buffer, 0, newline!, final);
      ({ end, handOver } = read);
      if (read.records.length) yield { records: read.records };
    }
    if (handOver) {
      yield* papaRecords(buffer.slice(end), chunks, newline!);
      return;
    }
    buffer = buffer.slice(end);
  }
}

/** The rest of the file by Papa (streaming), from the start of a record, with the line break guessed at the start. */
async function* papaRecords(rest: string, chunks: AsyncIterable<string>, newline: string): AsyncGenerator<CsvBatch> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
    header: false,
    delimiter: ',',
    newline: newline as Papa.ParseConfig['newline'],
  }) as unknown as NodeJS.ReadWriteStream;
  async function* text() {
    if (rest) yield rest;
    yield* chunks;
  }
  const source = Readable.from(text());
  source.on('error', (e) => parser.emit('error', e));
  source.pipe(parser);
  for await (const record of parser as unknown as AsyncIterable<string[]>) yield { records: [record] };
}
