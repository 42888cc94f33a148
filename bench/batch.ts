/**
 * Batch (issue 5): a 10,000-row CSV in the built panel's worker, from drop to table, in Chromium (aim ≤ 2 s); a
 * 100,000-row CSV through the CLI (≤ 3 s, issue 11; 10 s in issue 5) with its peak RSS, next to a 10,000-row run to
 * show memory stays flat.
 * Issue 14: the same 10,000 rows as an .xlsx dropped on the panel (≤ 2.5 s), the longest main-thread task during each
 * panel run (PerformanceObserver 'longtask', ≤ 50 ms), the xlsx chunk's size gzipped, and 100,000 rows .xlsx in →
 * .xlsx out through the CLI (≤ 15 s) with its peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BenchRow } from './table.ts';
import { gzipSync } from 'node:zlib';
import { csvFromPathRows, sheetFromPathRows } from '../batch/templates.ts';
import { writeWorkbook } from '../batch/xlsx.ts';
import { XLSX_CHUNK } from '../batch/xlsx-load.ts';
import { scenarioToPathRow } from '../batch/scenario-row.ts';
import { loadExamples } from '../test/batch/examples.ts';
import { buildPanel, CHROMIUM_ARGS, PAGE } from '../test/widget/batch-panel/build.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** n client rows cycling through the worked examples, each with its own name. */
function clientRows(n: number): Array<Record<string, string>> {
  const examples = loadExamples();
  const rows = [];
  for (let i = 0; i < n; i++) {
    const ex = examples[i % examples.length]!;
    rows.push(scenarioToPathRow(ex.scenario, `客户${i + 1}`, 'zh-CN'));
  }
  return rows;
}

const clientList = (n: number): string => csvFromPathRows('zh-CN', clientRows(n));
const clientWorkbook = (n: number): Uint8Array => writeWorkbook([sheetFromPathRows('zh-CN', clientRows(n))]);

interface PanelRun {
  ms: number;
  longestTask: number;
  tasks: number[];
  engine: string;
  workers: number;
  cpuMs?: number;
}

/** CPU time (user + system) of this process's descendants, i.e. the browser's processes, from /proc (Linux). */
function browserCpuMs(): number {
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return NaN;
  }
  for (const d of pids) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(d), Number(f[1]));
      cpu.set(Number(d), (Number(f[11]) + Number(f[12])) * 10); // clock ticks of 10 ms
    } catch {
      // gone meanwhile
    }
  }
  let total = 0;
  for (const [pid, ms] of cpu) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p === process.pid) {
        total += ms;
        break;
      }
    }
  }
  return total;
}

/** Each file dropped on a fresh page with the built panel; the xlsx chunk is served beside the widget's file. */
async function panelInChromium(
  files: Array<{ name: string; bytes: Uint8Array }>,
): Promise<{ runs: PanelRun[]; chunkGz: number }> {
  const outDir = await buildPanel();
  const js = readFileSync(path.join(outDir, 'batch-panel.js'));
  const chunk = readFileSync(path.join(outDir, XLSX_CHUNK));
  const server = createServer((req, res) => {
    if (req.url === '/batch-panel.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else if (req.url === `/${XLSX_CHUNK}`) res.writeHead(200, { 'content-type': 'text/javascript' }).end(chunk);
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const runs: PanelRun[] = [];
  try {
    for (const file of files) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.waitForFunction(() => customElements.get('ezone-batch-panel'));
      // The file is made in the page first, in tasks of its own, and the observer starts before the drop: the tasks
      // measured are the panel's, not the bench's own setup (a script carrying megabytes of text).
      await page.evaluate(
        `window.__file = new File([Uint8Array.from(atob(${JSON.stringify(Buffer.from(file.bytes).toString('base64'))}), (c) => c.charCodeAt(0))], ${JSON.stringify(file.name)})`,
      );
      await page.evaluate(`(() => {
        window.__tasks = [];
        window.__obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(e.duration); });
        window.__obs.observe({ type: 'longtask' });
      })()`);
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
      const cpuBefore = browserCpuMs();
      // A string, not a function: tsx would wrap inner functions with a helper the page doesn't have.
      const run: PanelRun = await page.evaluate(`(async () => {
        const panel = document.querySelector('ezone-batch-panel');
        const dt = new DataTransfer();
        dt.items.add(window.__file);
        const done = new Promise((resolve) => panel.addEventListener('ezone-batch-done', (e) => resolve(e.detail), { once: true }));
        const t0 = performance.now();
        panel.shadowRoot.querySelector('[part="drop"]').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        const detail = await done;
        await panel.updateComplete;
        if (!panel.shadowRoot.querySelector('tbody tr[data-row]')) throw new Error('no table');
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const ms = performance.now() - t0;
        // Long tasks are reported after they end: one more frame for the last one.
        await new Promise((r) => setTimeout(r, 50));
        window.__obs.disconnect();
        const tasks = window.__tasks.map(Math.round);
        return { ms, longestTask: Math.max(0, ...tasks), tasks, engine: detail.engine, rows: detail.rows, workers: Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1)) };
      })()`);
      run.cpuMs = browserCpuMs() - cpuBefore;
      runs.push(run);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  return { runs, chunkGz: gzipSync(chunk, { level: 9 }).length };
}

function cli(file: string, out: string): { ms: number; maxRssKiB: number; code: number; cpuMs: number } {
  const p = spawnSync(process.execPath, ['--import', 'tsx', 'bench/batch-child.ts', file, '--out', out], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const last = p.stdout.trim().split('\n').pop() ?? '';
  if (p.status !== 0 || !last.startsWith('{')) throw new Error(`CLI run failed: ${p.stderr.slice(0, 200)}`);
  return JSON.parse(last);
}

export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // Wall times here move with whatever else runs on the machine (shared 2-core boxes: 2–4× at a load of 10); CPU
  // times and the load next to them tell the work apart from the waiting.
  const loadBefore = loadavg()[0]!;
  const {
    runs: [panel, xlsxPanel],
    chunkGz,
  } = await panelInChromium([
    { name: 'clients.csv', bytes: new TextEncoder().encode(clientList(10_000)) },
    { name: 'clients.xlsx', bytes: clientWorkbook(10_000) },
  ]);
  const tasks = (r: PanelRun) => `${Math.round(r.longestTask)} ms (${r.tasks.length} tasks > 50 ms)`;
  const cpu = (r: PanelRun) =>
    Number.isFinite(r.cpuMs) ? ` (CPU ${Math.round(r.cpuMs!)} ms, all browser processes)` : '';
  rows.push({
    area: 'batch',
    metric: `panel: 10,000-row CSV, drop → table (${panel!.engine})`,
    value: `${Math.round(panel!.ms)} ms${cpu(panel!)}`,
    budget: '≤ 2,000 ms',
    ok: panel!.ms <= 2000,
  });
  // The panel's default (widget/batch-panel/worker.ts defaultWorkerCount): one per core but the page's, at most 4.
  rows.push({ area: 'batch', metric: 'panel: workers', value: String(panel!.workers), budget: '' });
  rows.push({
    area: 'batch',
    metric: 'panel: CSV, longest main-thread task meanwhile',
    value: tasks(panel!),
    budget: '≤ 50 ms',
    ok: panel!.longestTask <= 50,
  });
  rows.push({
    area: 'batch',
    metric: `panel: 10,000-row .xlsx, drop → table (${xlsxPanel!.engine})`,
    value: `${Math.round(xlsxPanel!.ms)} ms${cpu(xlsxPanel!)}`,
    budget: '≤ 2,500 ms',
    ok: xlsxPanel!.ms <= 2500,
  });
  rows.push({
    area: 'batch',
    metric: 'panel: .xlsx, longest main-thread task meanwhile',
    value: tasks(xlsxPanel!),
    budget: '≤ 50 ms',
    ok: xlsxPanel!.longestTask <= 50,
  });
  rows.push({
    area: 'batch',
    metric: `xlsx chunk (${XLSX_CHUNK}, loaded on demand), gzipped`,
    value: `${(chunkGz / 1024).toFixed(1)} KB`,
    budget: 'not in the widget file',
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'ezone-batch-bench-'));
  try {
    const small = path.join(dir, '10k.csv');
    const large = path.join(dir, '100k.csv');
    writeFileSync(small, clientList(10_000));
    writeFileSync(large, clientList(100_000));
    const a = cli(small, path.join(dir, '10k.out.csv'));
    const b = cli(large, path.join(dir, '100k.out.csv'));
    rows.push({
      area: 'batch',
      metric: 'CLI: 100,000-row CSV',
      value: `${(b.ms / 1000).toFixed(1)} s (${Math.round(100_000 / (b.ms / 1000))} rows/s)`,
      budget: '≤ 3 s',
      ok: b.ms <= 3_000,
    });
    rows.push({
      area: 'batch',
      metric: 'CLI: 100,000 rows, CPU time (all threads)',
      value: `${(b.cpuMs / 1000).toFixed(1)} s (${(b.cpuMs / 100_000).toFixed(2)} ms/row)`,
      budget: '',
    });
    rows.push({
      area: 'batch',
      metric: 'CLI: peak RSS, 10,000 → 100,000 rows',
      value: `${Math.round(a.maxRssKiB / 1024)} → ${Math.round(b.maxRssKiB / 1024)} MB`,
      budget: 'flat (≤ 1.5×)',
      ok: b.maxRssKiB <= a.maxRssKiB * 1.5,
    });
    const xlsxIn = path.join(dir, '100k.xlsx');
    writeFileSync(xlsxIn, clientWorkbook(100_000));
    const x = cli(xlsxIn, path.join(dir, '100k.out.xlsx'));
    rows.push({
      area: 'batch',
      metric: 'CLI: 100,000-row .xlsx in → .xlsx out',
      value: `${(x.ms / 1000).toFixed(1)} s (CPU ${(x.cpuMs / 1000).toFixed(1)} s)`,
      budget: '≤ 15 s',
      ok: x.ms <= 15_000,
    });
    rows.push({
      area: 'batch',
      metric: 'CLI: 100,000-row .xlsx, peak RSS',
      value: `${Math.round(x.maxRssKiB / 1024)} MB`,
      budget: 'reported',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  rows.push({
    area: 'batch',
    metric: `machine load (1-min average, ${cpus().length} cores), start → end`,
    value: `${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
    budget: 'noise',
  });
  return rows;
}
