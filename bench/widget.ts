/**
 * Widget figures for `npm run bench` (issue 3): gzipped size of the built single file and of its dependency floor
 * (lit + decimal.js + i18next bundled alone by the same Vite/rolldown), time from script load to first result in
 * Chromium, and the cost of one keystroke (recompute + render).
 */
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
async function bundle(entry: string, stub?: RegExp): Promise<string> {
  // `stub`: imports to replace by an empty module, to see what a part of the file costs.
  const stubPlugin = {
    name: 'bench-stub',
    enforce: 'pre' as const,
    resolveId: (id: string) => (stub && stub.test(id) ? '\0bench-stub' : null),
    load: (id: string) => (id === '\0bench-stub' ? 'export {}' : null),
  };
  const out = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: stub ? [stubPlugin] : [],
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

/** Median of the runs. */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function browserTimes(js: string): Promise<{ firstResult: number; fromFetch: number; keystroke: number }> {
  const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title>
<script>
  // subsidy-change fires once the calculator has rendered; the result cards render right after: wait for them too.
  window.__firstResult = new Promise((resolve) => document.addEventListener('subsidy-change', async (e) => {
    await e.target.shadowRoot.querySelector('ezone-result-cards').updateComplete;
    resolve(performance.now());
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
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
  });
  try {
    const loads: number[] = [];
    const fetches: number[] = [];
    const keys: number[] = [];
    for (let run = 0; run < 7; run++) {
      const p = await browser.newPage();
      await p.goto(`http://127.0.0.1:${port}/`);
      // "Script load": the script has arrived (responseEnd); then parse, evaluate, define, estimate and render until
      // the first `subsidy-change`. Also from the start of its fetch (includes the loopback transfer of the file).
      const ms = (await p.evaluate(`(async () => {
        const end = await window.__firstResult;
        const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('/w.js'));
        return [end - entry.responseEnd, end - entry.startTime];
      })()`)) as [number, number];
      loads.push(ms[0]);
      fetches.push(ms[1]);
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
    return { firstResult: median(loads), fromFetch: median(fetches), keystroke: median(keys) };
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}

/** The widget exactly as `npm run build:widget` makes it (vite.config.ts), kept in memory. */
async function builtWidget(): Promise<string> {
  const out = await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'silent', build: { write: false } });
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
  const noBatch = gz(await bundle(path.join(root, 'widget/index.ts'), /batch-panel\/batch-panel\.ts$/));
  const times = await browserTimes(js);
  const rows: BenchRow[] = [
    { area: 'widget', metric: 'ezone-subsidy-calculator.js, gzipped (-9)', value: `${KB(size)} (${KB(js.length)} raw)`, budget: '≤ 60 KB', ok: size <= 60 * 1024 },
    { area: 'widget', metric: 'dependency floor: lit + decimal.js + i18next alone, gzipped', value: KB(floor), budget: '' },
    { area: 'widget', metric: 'core alone (core/index.ts with its locales), gzipped', value: KB(core), budget: '' },
    { area: 'widget', metric: 'same file without the batch tab, gzipped', value: KB(noBatch), budget: '' },
    { area: 'widget', metric: 'script loaded → first result shown, Chromium (median of 7)', value: `${times.firstResult.toFixed(1)} ms`, budget: '≤ 50 ms (aim)', ok: times.firstResult <= 50 },
    { area: 'widget', metric: 'script fetch start → first result (incl. loopback transfer)', value: `${times.fromFetch.toFixed(1)} ms`, budget: '' },
    { area: 'widget', metric: 'one keystroke: estimate + render (mean of 300)', value: `${times.keystroke.toFixed(2)} ms`, budget: '' },
  ];
  return rows;
}
