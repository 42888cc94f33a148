/**
 * Widget figures for `npm run bench -- widget` (issue 3), each row saying what it measures:
 * - sizes, gzipped (-9): the single file exactly as `npm run build:widget` makes it (vite.config.ts); the dependency
 *   floor (lit + decimal.js + i18next bundled alone); the core bundled alone; the part of the file that is the batch
 *   tab (the file minus the same build with the batch code stubbed out).
 * - time to first result, in Debian's Chromium, headless, median of RUNS fresh page loads of a page with one
 *   `<ezone-subsidy-calculator>`: from the script's `responseEnd` (the file has arrived) through parse, evaluation,
 *   the element's definition, the core's first estimate and the render of form and result cards, until the first
 *   `subsidy-change` and the result cards' update; also until the next frame has been produced (style, layout,
 *   paint), and from the start of the script's fetch (adds the loopback transfer of the file).
 * - one keystroke: an input event on an amount field, the core's estimate and the re-render (mean of 300).
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium.mjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import type { BenchRow } from './table.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Builds one entry as the widget is built (ES module, minified, everything bundled) and returns the code. */
async function bundle(entry: string): Promise<string> {
  const out = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => 'x.js' },
      rollupOptions: { output: { codeSplitting: false, minify: true } as Record<string, unknown> },
    },
  });
  const result = Array.isArray(out) ? out[0]! : out;
  const first = (result as { output: Array<{ type: string; code?: string }> }).output.find((o) => o.type === 'chunk');
  return first!.code!;
}

const gz = (code: string) => gzipSync(code, { level: 9 }).length;

async function floorSize(): Promise<number> {
  const dir = path.join(root, '.cache/bench');
  await mkdir(dir, { recursive: true });
  const entry = path.join(dir, 'widget-floor.js');
  // What any Lit + decimal.js + i18next widget carries whatever it does.
  await writeFile(entry, "export { LitElement, html, css, render } from 'lit';\nexport { default as Decimal } from 'decimal.js';\nexport { default as i18next } from 'i18next';\n");
  return gz(await bundle(entry));
}

/** Fresh page loads timed; the median is reported, with the quartiles to show how noisy the machine was. */
const RUNS = 15;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)]!;
const median = (xs: number[]) => quantile(xs, 0.5);
const spread = (xs: number[]) => `${median(xs).toFixed(1)} ms (quartiles ${quantile(xs, 0.25).toFixed(1)}–${quantile(xs, 0.75).toFixed(1)})`;

interface Times { firstResult: number[]; painted: number[]; fromFetch: number[]; keystroke: number }

async function browserTimes(js: string): Promise<Times> {
  const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title>
<script>
  // subsidy-change fires once the calculator has rendered; the result cards render right after: wait for them too.
  // Then the next frame: requestAnimationFrame runs before its style and layout, a message posted there after them.
  window.__firstResult = new Promise((resolve) => document.addEventListener('subsidy-change', async (e) => {
    await e.target.shadowRoot.querySelector('ezone-result-cards').updateComplete;
    const shown = performance.now();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve([shown, performance.now()]);
      ch.port2.postMessage(0);
    });
  }, { once: true }));
</script>
<script type="module" src="/w.js"></script></head>
<body><ezone-subsidy-calculator applicant="enterprise"></ezone-subsidy-calculator></body></html>`;
  const server = createServer((req, res) => {
    const isJs = req.url?.startsWith('/w.js');
    res.writeHead(200, { 'content-type': isJs ? 'text/javascript' : 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(isJs ? js : page);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const loads: number[] = [];
    const painted: number[] = [];
    const fetches: number[] = [];
    const keys: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const p = await browser.newPage();
      await p.goto(`http://127.0.0.1:${port}/`);
      // "Script load": the script has arrived (responseEnd); then parse, evaluate, define, estimate and render until
      // the first `subsidy-change`. Also from the start of its fetch (includes the loopback transfer of the file).
      const ms = (await p.evaluate(`(async () => {
        const [end, frame] = await window.__firstResult;
        const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('/w.js'));
        return [end - entry.responseEnd, frame - entry.responseEnd, end - entry.startTime];
      })()`)) as [number, number, number];
      loads.push(ms[0]);
      painted.push(ms[1]);
      fetches.push(ms[2]);
      if (run === 0) {
        // One keystroke: the input event, the core's estimate, and Lit's render of form and result cards.
        const perKey = await p.evaluate(`(async () => {
          const el = document.querySelector('ezone-subsidy-calculator');
          const sr = el.shadowRoot;
          sr.querySelector('[data-key="enterprise.smallOrMicro"] input').click();
          await el.updateComplete;
          const input = sr.querySelector('[data-key="enterprise.loanInterestPaid"] input');
          const cards = sr.querySelector('ezone-result-cards');
          const text = '1234567.89万元';
          const n = 300;
          const t0 = performance.now();
          for (let i = 0; i < n; i++) {
            input.value = text.slice(0, (i % text.length) + 1);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await el.updateComplete;
            await cards.updateComplete;
          }
          return (performance.now() - t0) / n;
        })()`);
        keys.push(perKey as number);
      }
      await p.close();
    }
    return { firstResult: loads, painted, fromFetch: fetches, keystroke: median(keys) };
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}

/**
 * The widget exactly as `npm run build:widget` makes it (vite.config.ts), kept in memory. `withoutBatch`: the same
 * build with the batch tab's code (widget/batch.ts's loader and the workers' entry) replaced by empty stand-ins.
 */
async function builtWidget(withoutBatch = false): Promise<string> {
  const stubs: Record<string, string> = {
    'widget/batch.ts': 'export const loadBatchPanel = () => Promise.resolve(); export const loadBatchPanelWhenIdle = () => {};',
    'widget/batch-panel/batch.worker.ts': 'export {};',
  };
  const stub = {
    name: 'bench-without-batch',
    enforce: 'pre' as const,
    load: (id: string) => Object.entries(stubs).find(([file]) => id === path.join(root, file))?.[1] ?? null,
  };
  const out = await build({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'silent',
    plugins: withoutBatch ? [stub] : [],
    build: { write: false },
  });
  const result = Array.isArray(out) ? out[0]! : out;
  const chunk = (result as { output: Array<{ type: string; fileName: string; code?: string }> }).output.find(
    (o) => o.type === 'chunk' && o.fileName === 'ezone-subsidy-calculator.js',
  );
  return chunk!.code!;
}

export async function bench(): Promise<BenchRow[]> {
  const js = await builtWidget();
  const size = gz(js);
  const floor = await floorSize();
  const core = gz(await bundle(path.join(root, 'core/index.ts')));
  const batch = size - gz(await builtWidget(true));
  const times = await browserTimes(js);
  const ok50 = median(times.firstResult) <= 50;
  const rows: BenchRow[] = [
    { area: 'widget', metric: 'dist/widget/ezone-subsidy-calculator.js (the one file), gzipped', value: `${KB(size)} (${KB(js.length)} raw)`, budget: '≤ 60 KB', ok: size <= 60 * 1024 },
    { area: 'widget', metric: '  of which dependency floor: lit + decimal.js + i18next bundled alone', value: KB(floor), budget: '' },
    { area: 'widget', metric: '  of which batch tab: papaparse, batch layout, panel, worker entry', value: KB(batch), budget: '' },
    { area: 'widget', metric: 'core/index.ts bundled alone (its deps + zh-CN/en core locales)', value: KB(core), budget: '' },
    { area: 'widget', metric: `script arrived → first result rendered, Chromium, median of ${RUNS}`, value: spread(times.firstResult), budget: '≤ 50 ms (aim)', ok: ok50 },
    { area: 'widget', metric: 'script arrived → first result painted (next frame)', value: spread(times.painted), budget: '' },
    { area: 'widget', metric: 'script fetch start → first result rendered (+ loopback transfer)', value: spread(times.fromFetch), budget: '' },
    { area: 'widget', metric: 'one keystroke: input → estimate → re-render (mean of 300)', value: `${times.keystroke.toFixed(2)} ms`, budget: '' },
  ];
  return rows;
}
