/** Streaming CSV records from a file in Node (the CLI): flat memory whatever the file's size. */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';

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

/** Yields every record, blank lines included (as [""]), so the n-th record is spreadsheet row n. */
export async function* streamCsvRecords(
  path: string,
  progress: StreamProgress = { bytesRead: 0 },
): AsyncGenerator<string[]> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
    header: false,
    delimiter: ',',
  }) as unknown as NodeJS.ReadWriteStream;
  const source = Readable.from(decoded(path, progress));
  source.on('error', (e) => parser.emit('error', e));
  source.pipe(parser);
  for await (const record of parser as unknown as AsyncIterable<string[]>) yield record;
}
