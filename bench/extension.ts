/**
 * Extension area of `npm run bench` (budgets from issues 4 and 8): the content script's first test on a page without
 * financial words (≤ 2 ms), scan + annotate a 20,000-node page with 50 offers (≤ 16 ms), 3,000 cards inserted at
 * once (added lag ≤ 16 ms, all badges ≤ 1.5 s, on the built extension), the detector's precision and recall on the
 * real-page corpus, sizes, and what a page could probe (nothing web-accessible). Measured in Debian's Chromium.
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH, ONE_RENDERER_ARG } from '../test/support/chromium.mjs';
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BenchRow } from './table.ts';

const ROOT = resolve(import.meta.dirname, '..');

async function benchBundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      write: false,
      minify: true,
      lib: {
        entry: resolve(ROOT, 'extension/inject/bench-entry.ts'),
        formats: ['iife'],
        name: 'EzoneBench',
        fileName: 'bench',
      },
    },
  });
  const first = (Array.isArray(out) ? out[0] : out) as { output: { type: string; code?: string }[] };
  const chunk = first.output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('bench bundle not built');
  return chunk.code;
}

function plainPage(): string {
  const parts: string[] = ['<header><nav>'];
  for (let i = 0; i < 20; i++) parts.push(`<a href="#">Section ${i}</a>`);
  parts.push('</nav></header><main>');
  for (let i = 0; i < 400; i++)
    parts.push(
      `<section><h2>Recipe ${i}</h2><p>Mix flour and water, rest the dough for ${i % 60} minutes, roll thin, fill and fold.</p><ul><li>flour</li><li>water</li></ul></section>`,
    );
  parts.push('</main>');
  return parts.join('');
}

/** 20,000 elements, 50 of them offer cards spread through the page. */
function offersPage(): string {
  const parts: string[] = [];
  let nodes = 0;
  let offers = 0;
  for (let i = 0; nodes < 20000; i++) {
    if (i % 100 === 5 && offers < 50) {
      parts.push(
        `<div class="card"><h3>科技贷 ${offers}</h3><p>年化利率低至${(3 + (offers % 10) / 10).toFixed(2)}%</p><p>额度最高${100 * (offers + 1)}万元</p></div>`,
      );
      offers++;
      nodes += 4;
    } else {
      parts.push(`<div class="row"><span>项目 ${i}</span><span>说明文字，没有金融产品。</span><em>${i}</em></div>`);
      nodes += 4;
    }
  }
  return parts.join('');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Measured {
  ms: number;
  maxSliceMs: number;
  badges: number;
  rendered: number;
}

/**
 * Scans before the timed ones. V8 keeps optimising the scanner's hot functions until about the tenth scan of a page
 * (`--trace-opt`: detectOffer at the 6th, findCard at the 8th, flushFound at the 11th; main-thread CPU per scan 145,
 * 34, 25, 28, 25, 27, 20, 20, 20, 19 ms): with one warm-up the median fell on that slope and moved twofold between
 * runs. The cold scan, what a page's first visit costs, is its own row (coldScan).
 */
const WARM_UPS = 10;

async function measure(
  code: string,
  body: string,
  runs: number,
  fn: 'scanOnce' | 'scanOnceEager' | 'firstStageOnce' = 'scanOnce',
  warmUps = 1,
): Promise<Measured> {
  const browser = await chromium.launch({
    headless: true,
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
    await page.addScriptTag({ content: code });
    const times: number[] = [];
    const slices: number[] = [];
    let last: Measured = { ms: 0, maxSliceMs: 0, badges: 0, rendered: 0 };
    // The first runs warm the JIT; the median of the rest is reported.
    for (let i = 0; i < warmUps + runs; i++) {
      const r = await page.evaluate(
        (f) => (globalThis as unknown as { EzoneBench: Record<string, () => Promise<Measured>> }).EzoneBench[f]!(),
        fn,
      );
      if (i >= warmUps) {
        times.push(r.ms);
        slices.push(r.maxSliceMs);
      }
      last = r;
    }
    return { ms: median(times), maxSliceMs: median(slices), badges: last.badges, rendered: last.rendered };
  } finally {
    await browser.close();
  }
}

/** The first scan of a page in a fresh browser, as a user's first visit pays it: median and range of `runs` browsers. */
async function coldScan(
  code: string,
  body: string,
  runs: number,
): Promise<{ median: number; min: number; max: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await measure(code, body, 1, 'scanOnce', 0)).ms);
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

/** Gzipped bytes of the built content script and service worker (one file each; nothing web-accessible). */
function builtGzip(): { content: number; background: number; webAccessible: number } | undefined {
  const dir = resolve(ROOT, 'dist/extension');
  const manifestPath = resolve(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return undefined;
  const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    content_scripts: { js: string[] }[];
    web_accessible_resources?: { resources: string[] }[];
  };
  const gz = (f: string) => gzipSync(readFileSync(resolve(dir, f)), { level: 9 }).length;
  return {
    content: m.content_scripts.flatMap((c) => c.js).reduce((n, f) => n + gz(f), 0),
    background: gz('background.js'),
    webAccessible: (m.web_accessible_resources ?? []).flatMap((w) => w.resources).length,
  };
}

/** Parse and evaluate the built content script as a page would load it: median and quartiles of 15 fresh pages. */
async function contentScriptEvalMs(): Promise<{ median: number; q1: number; q3: number }> {
  const code = readFileSync(resolve(ROOT, 'dist/extension/content.js'), 'utf8');
  const browser = await chromium.launch({ headless: true, executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const times: number[] = [];
    for (let i = 0; i < 16; i++) {
      await page.setContent('<p>hello</p>');
      const ms = await page.evaluate((c) => {
        const t = performance.now();
        const s = document.createElement('script');
        // A unique comment defeats the code cache: every page pays the compile, as a first visit would.
        s.textContent = `${c}\n//${Math.random()}`;
        document.head.append(s);
        return performance.now() - t;
      }, code);
      if (i > 0) times.push(ms);
    }
    times.sort((a, b) => a - b);
    return { median: times[7]!, q1: times[3]!, q3: times[11]! };
  } finally {
    await browser.close();
  }
}

/** The detector on the real-page corpus, per split (the scanner bundled alone; the e2e test runs the built extension). */
async function corpusFigures(): Promise<string[]> {
  const { loadEverySplit, scorePage, totals, SPLITS } = await import('../test/extension/corpus/score.ts');
  const { lprOn } = await import('../core/policy/lpr.ts');
  const { build: esbuild } = await import('esbuild');
  const { openAtSource } = await import('../test/extension/corpus/at-source.ts');
  const bundle = await esbuild({
    entryPoints: [resolve(ROOT, 'test/extension/corpus/scan-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  const lpr = lprOn(new Date().toISOString().slice(0, 10))!;
  const pages = loadEverySplit();
  const browser = await chromium.launch({
    headless: true,
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ONE_RENDERER_ARG],
  });
  try {
    const page = await browser.newPage();
    const scores: ReturnType<typeof scorePage>[] = [];
    for (const p of pages) {
      // At the page's own address, as quick-run and corpus.e2e.ts open it (the detector reads the host and path).
      await openAtSource(page, p);
      await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
      const badges = await page.evaluate(
        (l) => (window as unknown as { ezoneScan(l: unknown): Promise<never[]> }).ezoneScan(l),
        { oneYear: lpr.oneYear, fiveYear: lpr.fiveYear },
      );
      scores.push(scorePage(p, badges, lpr));
    }
    return SPLITS.map((split) => {
      const t = totals(
        scores.filter((x) => x.split === split),
        pages,
      );
      return `${split}|${(t.precision * 100).toFixed(1)}|${(t.recall * 100).toFixed(1)}|${t.found}/${t.rated}|${t.rateRight}/${t.rateChecked}|${t.amountRight}/${t.amountChecked}|${t.negativePagesWithBadges}/${t.negativePages}|${t.badges}`;
    });
  } finally {
    await browser.close();
  }
}

export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // Built afresh every time: the sizes and the parse time below are of dist/extension, and a build left there from an
  // earlier commit would be measured in place of this one (a stop's table once gave 40.4 KB for its final commit,
  // the size of a build of its first; built from the final commit it is 43.0 KB).
  await build({ configFile: resolve(ROOT, 'vite.extension.config.ts'), logLevel: 'silent' });
  const code = await benchBundle();
  const first = await measure(code, plainPage(), 15, 'firstStageOnce');
  rows.push({
    area: 'extension',
    metric: 'content script on a page without financial words (~2,000 nodes): first stage',
    value: `${first.ms.toFixed(2)} ms`,
    budget: '≤ 2 ms',
    ok: first.ms <= 2 && first.badges === 0,
  });
  const plain = await measure(code, plainPage(), 15);
  rows.push({
    area: 'extension',
    metric: 'same page, full scan if the second stage were loaded',
    value: `${plain.ms.toFixed(2)} ms (${plain.badges} badges)`,
    budget: '≤ 2 ms',
    ok: plain.ms <= 2 && plain.badges === 0,
  });
  const offers = await measure(code, offersPage(), 9, 'scanOnce', WARM_UPS);
  rows.push({
    area: 'extension',
    metric: `scan + annotate, 20,000 nodes with 50 offers (badges in view rendered; median of 9 after ${WARM_UPS} warm-ups)`,
    value: `${offers.ms.toFixed(2)} ms (${offers.badges} badges, ${offers.rendered} rendered)`,
    budget: '≤ 16 ms',
    ok: offers.ms <= 16 && offers.badges === 50 && offers.rendered > 0,
  });
  rows.push({
    area: 'extension',
    metric: 'same page, longest slice (work in one animation frame)',
    value: `${offers.maxSliceMs.toFixed(2)} ms`,
    budget: '≤ 16 ms',
    ok: offers.maxSliceMs <= 16,
  });
  const cold = await coldScan(code, offersPage(), 5);
  rows.push({
    area: 'extension',
    metric:
      'same page, first scan in a fresh browser (cold code; also computes the figures the worker computes in the extension; median, range of 5)',
    value: `${cold.median.toFixed(1)} ms (${cold.min.toFixed(1)}–${cold.max.toFixed(1)})`,
    budget: '',
  });
  const eager = await measure(code, offersPage(), 9, 'scanOnceEager', WARM_UPS);
  rows.push({
    area: 'extension',
    metric: 'same page, all 50 badges rendered at once (whole work)',
    value: `${eager.ms.toFixed(2)} ms (${eager.rendered} rendered)`,
    budget: '',
  });
  const gz = builtGzip();
  rows.push({
    area: 'extension',
    metric: 'content script gzipped (one file, every http(s) page)',
    value: gz ? `${(gz.content / 1024).toFixed(1)} KB` : 'not built',
    budget: '',
  });
  rows.push({
    area: 'extension',
    metric: 'service worker gzipped (core and texts: never in the page)',
    value: gz ? `${(gz.background / 1024).toFixed(1)} KB` : 'not built',
    budget: '',
  });
  rows.push({
    area: 'extension',
    metric: 'web-accessible resources a page could probe',
    value: gz ? String(gz.webAccessible) : 'not built',
    budget: '0',
    ok: gz?.webAccessible === 0,
  });
  const evalMs = await contentScriptEvalMs();
  rows.push({
    area: 'extension',
    metric: 'content script parse + evaluate on a fresh page, no code cache (median, quartiles of 15)',
    value: `${evalMs.median.toFixed(2)} ms (${evalMs.q1.toFixed(2)}–${evalMs.q3.toFixed(2)})`,
    budget: '',
  });
  const { insertBench } = await import('./extension-insert.ts');
  const ins = await insertBench(5);
  const added = ins.withExt.p95LagMs - ins.without.p95LagMs;
  rows.push({
    area: 'extension',
    metric: '3,000 offer cards inserted at once: added main-thread lag, p95 of a 4 ms timer (median of 5 pages)',
    value: `${added.toFixed(1)} ms (with ${ins.withExt.p95LagMs.toFixed(1)}, without ${ins.without.p95LagMs.toFixed(1)}; per run ${ins.lags.map((x) => x.toFixed(1)).join(', ')})`,
    budget: '≤ 16 ms',
    ok: added <= 16,
  });
  rows.push({
    area: 'extension',
    metric: 'same: every card has its badge (median of 5 pages)',
    value: `${ins.withExt.allBadgesMs.toFixed(0)} ms (${ins.withExt.badges} badges; per run ${ins.allBadges.map((x) => x.toFixed(0)).join(', ')})`,
    budget: '≤ 1.5 s',
    ok: ins.withExt.allBadgesMs >= 0 && ins.withExt.allBadgesMs <= 1500 && ins.withExt.badges === 3000,
  });
  for (const line of await corpusFigures()) {
    const [split, precision, recall, found, rate, amount, negatives, badges] = line.split('|');
    // The floors apply to pages not tuned on: test until its failures were consulted, holdout since.
    const held = split !== 'dev';
    const note = split === 'test' ? ' (held out, then consulted)' : split === 'dev' ? '' : ' (built after tuning)';
    rows.push({
      area: 'extension',
      metric: `corpus ${split} split${note}: precision of ${badges} badges`,
      value: `${precision}%`,
      budget: held ? '≥ 97%' : '',
      ...(held ? { ok: Number(precision) >= 97 } : {}),
    });
    rows.push({
      area: 'extension',
      metric: `corpus ${split} split: recall of offers stating a rate or premium`,
      value: `${recall}% (${found})`,
      budget: held ? '≥ 90%' : '',
      ...(held ? { ok: Number(recall) >= 90 } : {}),
    });
    rows.push({
      area: 'extension',
      metric: `corpus ${split} split: rate read right / amount right / negative pages with a badge`,
      value: `${rate} / ${amount} / ${negatives}`,
      budget: held ? 'rate ≥ 95%' : '',
    });
  }
  return rows;
}
