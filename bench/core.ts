/**
 * Core throughput: the realistic mix of bench/core-mix.ts, bundled as the product ships it, with exact decimals and,
 * as the baseline, the same engine with core/money.ts swapped for a plain-number twin (bench/float-money.ts).
 * Each variant runs in its own process; runs alternate and the median is reported, as the machine's speed wanders.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
      metric: 'estimate(), realistic mix, one by one, one core (decimal.js; median of 5)',
      value: fmt(e),
      budget: '≥ 20,000/s (aim 100,000)',
      ok: e >= 20000,
    },
    {
      area: 'core',
      metric: 'estimate({ amountsOnly: true }): same mix, no sentences (decimal.js; median of 5)',
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
  ];
}
