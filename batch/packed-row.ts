/**
 * A computed row as the panel keeps it while a file runs: what the table sorts and counts on (row, client, status,
 * total), and everything else (amounts per article, top items, errors, the scenario) as one JSON string. A 10,000-row
 * file then costs the page a few objects per row instead of dozens: the rows arrive from the workers without a
 * long deserialisation, and the page's garbage collector has little to move (its pauses were the longest tasks).
 * Rows are expanded when shown, opened or exported.
 */
import type { BatchRow } from './summary.ts';

export interface PackedRow {
  row: number;
  client: string;
  status: BatchRow['status'];
  total: string;
  packed: string;
}

type Rest = Omit<BatchRow, 'row' | 'client' | 'status' | 'total'>;

export function packRow(r: BatchRow): PackedRow {
  const { row, client, status, total, ...rest } = r;
  return { row, client, status, total, packed: JSON.stringify(rest) };
}

export function unpackRow(p: PackedRow): BatchRow {
  const rest = JSON.parse(p.packed) as Rest;
  return { row: p.row, client: p.client, status: p.status, total: p.total, ...rest };
}
