/** A worker thread of the CLI's pool (./node-pool.ts): one BatchProcessor, fed slices of records. */
import { parentPort, workerData } from 'node:worker_threads';
import { csvLine } from './csv.ts';
import { readRecords } from './csv-records.ts';
import { BatchProcessor, describeError } from './processor.ts';
import { exportCells } from './summary.ts';
import type { PoolInit, SliceRequest, SliceResult } from './node-pool.ts';
import { RESULTS_MONEY, ResultsBook } from './results-workbook.ts';
import { rowXml } from './sheet-xml.ts';
import type { BatchRow } from './summary.ts';

const init = workerData as PoolInit;
const processor = new BatchProcessor({ lang: init.lang, today: init.today });
processor.push(init.header, 1);

parentPort!.on('message', (req: SliceRequest) => {
  let csv = '';
  const errors: string[] = [];
  let rows = 0;
  let errorRows = 0;
  const kept: BatchRow[] | undefined = init.workbook ? [] : undefined;
  const records = req.text === undefined ? null : readRecords(req.text, 0, req.newline!, true).records;
  const count = records ? records.length : req.records.length;
  for (let i = 0; i < count; i++) {
    const row = records
      ? processor.push(records[i]!, req.row! + i)
      : processor.push(req.records[i]!.cells, req.records[i]!.row);
    if (!row) continue;
    rows++;
    if (row.status === 'error') errorRows++;
    if (kept) kept.push(row);
    else csv += csvLine(exportCells(row, init.lang));
    for (const e of row.errors) errors.push(describeError(row, e, init.lang));
  }
  // The workbook's part is made here, on this thread: the Results rows' XML (moved, not copied, to the main thread).
  const part = kept
    ? ResultsBook.part(kept, init.lang, req.first ?? 0, (cells, n) => rowXml(cells, n, RESULTS_MONEY))
    : undefined;
  const result: SliceResult = { seq: req.seq, csv, errors, rows, errorRows, part };
  parentPort!.postMessage(result, part ? [part.xml.buffer as ArrayBuffer] : []);
});
