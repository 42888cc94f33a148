/**
 * Batch (issue 5): a 10,000-row CSV in the built panel's worker, from drop to table, in Chromium (aim ≤ 2 s); a
 * 100,000-row CSV through the CLI (aim ≤ 10 s) with its peak RSS, next to a 10,000-row run to show memory stays flat.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BenchRow } from './table.ts';
import { csvFromPathRows } from '../batch/templates.ts';
import { scenarioToPathRow } from '../batch/scenario-row.ts';
import { loadExamples } from '../test/batch/examples.ts';
import { buildPanel, CHROMIUM_ARGS, PAGE } from '../test/widget/batch-panel/build.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** n client rows cycling through the worked examples, each with its own name. */
function clientList(n: number): string {
  const examples = loadExamples();
  const rows = [];
  for (let i = 0; i < n; i++) {
    const ex = examples[i % examples.length]!;
    rows.push(scenarioToPathRow(ex.scenario, `客户${i + 1}`, 'zh-CN'));
  }
  return csvFromPathRows('zh-CN', rows);
}

async function panelInChromium(csv: string): Promise<{ ms: number; longestTask: number; engine: string; workers: number }> {
  const outDir = await buildPanel();
  const js = readFileSync(path.join(outDir, 'batch-panel.js'));
  const server = createServer((req, res) => {
    if (req.url === '/batch-panel.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => customElements.get('ezone-batch-panel'));
    // A string, not a function: tsx would wrap inner functions with a helper the page doesn't have.
    return await page.evaluate(`(async (csv) => {
      const panel = document.querySelector('ezone-batch-panel');
      let longestTask = 0;
      const obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) longestTask = Math.max(longestTask, e.duration); });
      obs.observe({ type: 'longtask' });
      const dt = new DataTransfer();
      dt.items.add(new File([csv], 'clients.csv', { type: 'text/csv' }));
      const done = new Promise((resolve) => panel.addEventListener('ezone-batch-done', (e) => resolve(e.detail), { once: true }));
      const t0 = performance.now();
      panel.shadowRoot.querySelector('[part="drop"]').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      const detail = await done;
      await panel.updateComplete;
      if (!panel.shadowRoot.querySelector('tbody tr[data-row]')) throw new Error('no table');
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const ms = performance.now() - t0;
      obs.disconnect();
      return { ms, longestTask, engine: detail.engine, rows: detail.rows, workers: Math.min(4, navigator.hardwareConcurrency || 2) };
    })(${JSON.stringify(csv)})`);
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

function cli(file: string, out: string): { ms: number; maxRssKiB: number; code: number; cpuMs: number } {
  const p = spawnSync(process.execPath, ['--import', 'tsx', 'bench/batch-child.ts', file, '--out', out], {
    cwd: root, encoding: 'utf8', maxBuffer: 1 << 20,
  });
  const last = p.stdout.trim().split('\n').pop() ?? '';
  if (p.status !== 0 || !last.startsWith('{')) throw new Error(`CLI run failed: ${p.stderr.slice(0, 200)}`);
  return JSON.parse(last);
}

export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const panel = await panelInChromium(clientList(10_000));
  rows.push({ area: 'batch', metric: `panel: 10,000-row CSV, drop → table (${panel.engine})`, value: `${Math.round(panel.ms)} ms`, budget: '≤ 2,000 ms', ok: panel.ms <= 2000 });
  rows.push({ area: 'batch', metric: 'panel: workers', value: String(panel.workers), budget: '' });
  rows.push({ area: 'batch', metric: 'panel: longest main-thread task meanwhile', value: `${Math.round(panel.longestTask)} ms`, budget: '' });

  const dir = mkdtempSync(path.join(tmpdir(), 'ezone-batch-bench-'));
  try {
    const small = path.join(dir, '10k.csv');
    const large = path.join(dir, '100k.csv');
    writeFileSync(small, clientList(10_000));
    writeFileSync(large, clientList(100_000));
    const a = cli(small, path.join(dir, '10k.out.csv'));
    const b = cli(large, path.join(dir, '100k.out.csv'));
    rows.push({ area: 'batch', metric: 'CLI: 100,000-row CSV', value: `${(b.ms / 1000).toFixed(1)} s (${Math.round(100_000 / (b.ms / 1000))} rows/s)`, budget: '≤ 10 s', ok: b.ms <= 10_000 });
    rows.push({ area: 'batch', metric: 'CLI: 100,000 rows, CPU time (all threads)', value: `${(b.cpuMs / 1000).toFixed(1)} s (${(b.cpuMs / 100_000).toFixed(2)} ms/row)`, budget: '' });
    rows.push({ area: 'batch', metric: 'CLI: peak RSS, 10,000 → 100,000 rows', value: `${Math.round(a.maxRssKiB / 1024)} → ${Math.round(b.maxRssKiB / 1024)} MB`, budget: 'flat (≤ 1.5×)', ok: b.maxRssKiB <= a.maxRssKiB * 1.5 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
