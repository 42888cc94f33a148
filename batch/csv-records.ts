/**
 * A client list's records as papaparse reads them (delimiter ',', the line break it guesses), without its per-field
 * work: a line without quotes is split as it stands, a quoted field read as RFC 4180 writes it. Papa was most of the
 * CLI's main thread on a 100,000-row file. Anything else (a quote inside an unquoted field, text after a closing
 * quote, a quote never closed) is where this reader stops: the caller hands the rest to Papa, which reads it as it
 * always did, from the start of that record (test/batch/csv-records.test.ts compares both on random files).
 */

export interface RecordsRead {
  records: string[][];
  /** Where the records read end: the next record starts here (the text after it is kept for the next chunk). */
  end: number;
  /** True when the reader stopped at something only Papa reads: from `end` on, Papa must take over. */
  handOver: boolean;
}

/**
 * Reads the complete records of `text` from `start`. `final`: the text ends the file (its last record needs no line
 * break); otherwise a record is complete only with its line break, and the rest waits for the next chunk.
 */
export function readRecords(text: string, start: number, newline: string, final: boolean): RecordsRead {
  const records: string[][] = [];
  const { end, handOver } = walk(text, start, newline, final, records);
  return { records, end, handOver };
}

/**
 * Where the complete records of `text` from `start` end (at most `limit` of them), and how many there are, without
 * making their cells: the CLI sends the text itself to a worker thread, which reads it with readRecords (the same
 * records, `final` there).
 */
export function scanRecords(
  text: string,
  start: number,
  newline: string,
  final: boolean,
  limit = Infinity,
): { count: number; end: number; handOver: boolean } {
  return walk(text, start, newline, final, null, limit);
}

function walk(
  text: string,
  start: number,
  newline: string,
  final: boolean,
  records: string[][] | null,
  limit = Infinity,
): { count: number; end: number; handOver: boolean } {
  const len = text.length;
  let count = 0;
  let pos = start;
  let quote = text.indexOf('"', pos);
  while (pos < len && count < limit) {
    const nl = text.indexOf(newline, pos);
    if (nl < 0 && !final) break;
    const lineEnd = nl < 0 ? len : nl;
    if (quote >= 0 && quote < pos) quote = text.indexOf('"', pos);
    if (quote < 0 || quote >= lineEnd) {
      if (records) records.push(text.slice(pos, lineEnd).split(','));
      count++;
      pos = nl < 0 ? len : nl + newline.length;
      continue;
    }
    const quoted = quotedRecord(text, pos, newline, final);
    if (quoted === MORE) break;
    if (quoted === PAPA) return { count, end: pos, handOver: true };
    if (records) records.push(quoted.cells);
    count++;
    pos = quoted.next;
    quote = text.indexOf('"', pos);
  }
  return { count, end: pos, handOver: false };
}

const MORE = 0;
const PAPA = 1;

/** One record with a quote in it, field by field; MORE when the chunk ends inside it, PAPA at anything unusual. */
function quotedRecord(
  text: string,
  pos: number,
  newline: string,
  final: boolean,
): { cells: string[]; next: number } | typeof MORE | typeof PAPA {
  const len = text.length;
  const cells: string[] = [];
  let p = pos;
  let quote = -1; // the next quote at or after p, found once per stretch (a search per field could run to the chunk's end)
  for (;;) {
    if (text.charCodeAt(p) === 34 /* " */) {
      let value = '';
      let from = p + 1;
      let close: number;
      for (;;) {
        close = text.indexOf('"', from);
        if (close < 0) return final ? PAPA : MORE;
        if (close + 1 === len && !final) return MORE; // a "" may be split between chunks
        if (text.charCodeAt(close + 1) !== 34) break;
        value += text.slice(from, close + 1);
        from = close + 2;
      }
      cells.push(value + text.slice(from, close));
      const after = close + 1;
      if (after === len) return { cells, next: len }; // final: the file ends with the field
      if (text.charCodeAt(after) === 44 /* , */) {
        p = after + 1;
        continue;
      }
      if (text.startsWith(newline, after)) return { cells, next: after + newline.length };
      if (!final && after + newline.length > len && newline.startsWith(text.slice(after))) return MORE;
      return PAPA;
    }
    const comma = text.indexOf(',', p);
    let nl = text.indexOf(newline, p);
    if (nl < 0) {
      if (!final) return MORE;
      nl = len;
    }
    const fieldEnd = comma >= 0 && comma < nl ? comma : nl;
    if (quote < p) {
      const q = text.indexOf('"', p);
      quote = q < 0 ? Infinity : q;
    }
    if (quote < fieldEnd) return PAPA;
    cells.push(text.slice(p, fieldEnd));
    if (fieldEnd === comma) p = comma + 1;
    else return { cells, next: nl === len ? len : nl + newline.length };
  }
}
