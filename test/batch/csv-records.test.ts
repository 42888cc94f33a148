import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import fc from 'fast-check';
import { csvBatches } from '../../batch/node-reader.ts';
import { readRecords, scanRecords } from '../../batch/csv-records.ts';

/** What the CLI read before: Papa streaming the same chunks. */
async function papaStream(chunks: string[]): Promise<string[][]> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
    header: false,
    delimiter: ',',
  }) as unknown as NodeJS.ReadWriteStream;
  Readable.from(chunks).pipe(parser);
  const out: string[][] = [];
  for await (const record of parser as unknown as AsyncIterable<string[]>) out.push(record);
  return out;
}

/** The reader's records, with raw batches (the workers' text) read back as a worker reads them. */
async function fast(chunks: string[], raw: boolean): Promise<string[][]> {
  async function* source() {
    yield* chunks;
  }
  const out: string[][] = [];
  for await (const batch of csvBatches(source(), () => raw)) {
    if ('records' in batch) out.push(...batch.records);
    else {
      const read = readRecords(batch.text, 0, batch.newline, true);
      assert.equal(read.handOver, false);
      assert.equal(read.records.length, batch.count);
      out.push(...read.records);
    }
  }
  return out;
}

/** Cells as people write them, and as they mistype them: quotes, doubled quotes, quotes mid-cell, spaces, line breaks. */
const piece = fc.constantFrom(
  'a',
  '客户',
  '350',
  ',',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '"a,b"',
  '"x\r\ny"',
  '',
  '是',
);
const csvText = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));

function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((x) => Math.floor(x * text.length)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let last = 0;
  for (const p of points) {
    if (p > last && p < text.length) {
      chunks.push(text.slice(last, p));
      last = p;
    }
  }
  if (last < text.length) chunks.push(text.slice(last));
  return chunks;
}

test('the CSV reader gives the records Papa gave, cut anywhere into chunks, as cells or as text', async () => {
  await fc.assert(
    fc.asyncProperty(
      csvText,
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }),
      async (text, at) => {
        const chunks = cut(text, at);
        const expected = await papaStream(chunks);
        assert.deepEqual(await fast(chunks, false), expected);
        assert.deepEqual(await fast(chunks, true), expected);
      },
    ),
    { numRuns: 1500 },
  );
});

test('a client list with quoted amounts is read without Papa; a stray quote hands the rest of the file to Papa', () => {
  const text = 'a,b\r\n"350,000元",x\r\n"say ""hi""",\r\n';
  assert.deepEqual(readRecords(text, 0, '\r\n', true), {
    records: [
      ['a', 'b'],
      ['350,000元', 'x'],
      ['say "hi"', ''],
    ],
    end: text.length,
    handOver: false,
  });
  const stray = 'a,b\r\nab"c,d\r\ne,f\r\n';
  assert.deepEqual(readRecords(stray, 0, '\r\n', true), { records: [['a', 'b']], end: 5, handOver: true });
  assert.deepEqual(scanRecords(stray, 0, '\r\n', true), { count: 1, end: 5, handOver: true });
  // A record whose line break has not arrived yet waits for the next chunk.
  assert.deepEqual(scanRecords('a,b\r\n"x\r\n', 0, '\r\n', false), { count: 1, end: 5, handOver: false });
});
