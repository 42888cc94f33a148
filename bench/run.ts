/**
 * `npm run bench`: every area's measurements in one table. Budgets come from the issues and live here,
 * not in timed unit tests.
 */
import { printTable, type BenchRow } from './table.ts';

const areas = ['core', 'widget', 'extension', 'batch'] as const;
const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const area of areas) {
  if (only.length && !only.includes(area)) continue;
  let mod: { bench: () => Promise<BenchRow[]> };
  try {
    mod = await import(`./${area}.ts`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String(e).includes(`bench/${area}.ts`))
      continue;
    throw e;
  }
  try {
    rows.push(...(await mod.bench()));
  } catch (e) {
    rows.push({ area, metric: 'error', value: String((e as Error).message ?? e).slice(0, 120), budget: '', ok: false });
  }
}
printTable(rows);
