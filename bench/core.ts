/**
 * Core throughput: the realistic mix of bench/core-mix.ts, bundled as the product ships it, with exact decimals and,
 * as the baseline, the same engine with core/money.ts swapped for a plain-number twin (bench/float-money.ts).
 * Each variant runs in its own process; runs alternate and the median is reported, as the machine's speed wanders.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { BenchRow } from './table.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = mkdtempSync(path.join(tmpdir(), 'ezone-bench-core-'));

const floatMoney: Plugin = {
  name: 'float-money',
  setup(b) {
    b.onResolve({ filter: /\/money\.ts$/ }, (args) =>
      args.importer.includes(`${path.sep}core${path.sep}`) ? { path: path.join(here, 'float-money.ts') } : undefined,
    );
  },
};

async function bundle(name: string, plugins: Plugin[]): Promise<string> {
  const outfile = path.join(out, `${name}.mjs`);
  await build({
    entryPoints: [path.join(here, 'core-mix.ts')],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    outfile,
    plugins,
    logLevel: 'warning',
  });
  return outfile;
}

function run(file: string, amountsOnly = false): number {
  const args = [file, '--run', '2000', ...(amountsOnly ? ['--amounts-only'] : [])];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' }).trim()).perSecond;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function bench(): Promise<BenchRow[]> {
  // CPU time keeps other work off the figures, not all of it (a busy machine shares caches): the load says how busy.
  const loadBefore = loadavg()[0]!;
  const exactFile = await bundle('exact', []);
  const floatFile = await bundle('float', [floatMoney]);
  const exact: number[] = [];
  const float: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 5; i++) {
    exact.push(run(exactFile));
    float.push(run(floatFile));
    bare.push(run(exactFile, true));
  }
  const a = median(bare);
  const e = median(exact);
  const f = median(float);
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US') + ' scenarios/s';
  return [
    {
      area: 'core',
      metric: 'estimate(), realistic mix, one by one, per CPU-second of one thread (decimal.js; median of 5)',
      value: fmt(e),
      // Issue 11: no slower than before its changes (35,860/s then, on a quieter machine): compare paired runs.
      budget: '≥ 35,860/s',
      ok: e >= 35860,
    },
    {
      area: 'core',
      metric: 'estimate({ amountsOnly: true }): same mix, no sentences, per CPU-second of one thread (median of 5)',
      value: fmt(a),
      budget: '≥ 100,000/s',
      ok: a >= 100000,
    },
    { area: 'core', metric: 'same engine and mix on plain JS numbers (baseline)', value: fmt(f), budget: '' },
    {
      area: 'core',
      metric: 'cost of exact decimals (baseline ÷ decimal)',
      value: `${(f / e).toFixed(2)}×`,
      budget: '',
    },
    {
      area: 'core',
      metric: 'range of the decimal runs',
      value: `${fmt(Math.min(...exact))} – ${fmt(Math.max(...exact))}`,
      budget: '',
    },
    {
      area: 'core',
      metric: 'range of the amounts-only runs',
      value: `${fmt(Math.min(...bare))} – ${fmt(Math.max(...bare))}`,
      budget: '',
    },
    {
      area: 'core',
      metric: `machine load (1-min average, ${cpus().length} cores), start → end`,
      value: `${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
      budget: 'noise',
    },
  ];
}
