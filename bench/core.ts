/** Core throughput: the realistic mix with exact decimals, and the same engine on plain JS numbers as a baseline. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './table.ts';

const mix = fileURLToPath(new URL('./core-mix.ts', import.meta.url));
const floatLoader = fileURLToPath(new URL('./float-loader.mjs', import.meta.url));

/** Each run in its own process, one core, so one measurement can't warm or slow the other. */
function run(extra: string[]): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', ...extra, mix, '--run', '3000'], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!).perSecond;
}

export async function bench(): Promise<BenchRow[]> {
  const exact = run([]);
  const float = run(['--import', floatLoader]);
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US') + ' scenarios/s (CPU)';
  return [
    { area: 'core', metric: 'estimate(), realistic mix, one by one (decimal.js)', value: fmt(exact), budget: '≥ 20,000/s (aim 100,000)', ok: exact >= 20000 },
    { area: 'core', metric: 'same engine and mix on plain JS numbers (baseline)', value: fmt(float), budget: '' },
    { area: 'core', metric: 'cost of exact decimals (baseline ÷ decimal)', value: `${(float / exact).toFixed(2)}×`, budget: '' },
  ];
}
