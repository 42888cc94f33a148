/** One row of the `npm run bench` table. Each area (core, widget, extension, batch) returns its own rows. */
import { pad, width } from '../core/report.ts';

export interface BenchRow {
  area: string;
  metric: string;
  value: string;
  /** The budget from the issue, e.g. "≥ 20,000/s" or "≤ 60 KB"; empty when there is none. */
  budget: string;
  /** Whether the value meets the budget; undefined when there is no budget. */
  ok?: boolean;
}

export function printTable(rows: BenchRow[]): void {
  const header = ['area', 'metric', 'value', 'budget', 'ok'];
  const cells = rows.map((r) => [r.area, r.metric, r.value, r.budget, r.ok === undefined ? '' : r.ok ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i] ?? ''))));
  const line = (c: string[]) => '| ' + c.map((x, i) => pad(x, widths[i] ?? 0, false)).join(' | ') + ' |';
  console.log(line(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const c of cells) console.log(line(c));
}
