/**
 * The batch panel as a site gets it: built into one file, in Debian's Chromium. The workers run that same file, the
 * rows are computed in them, the export and the templates download, and the file never leaves the browser.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { buildPanel, CHROMIUM_ARGS, PAGE, root } from './build.ts';
import { parseCsvText } from '../../../batch/csv.ts';
import { exportKeyOf } from '../../../batch/summary.ts';
import { csvFromPathRows } from '../../../batch/templates.ts';
import { scenarioToPathRow } from '../../../batch/scenario-row.ts';
import { loadExamples } from '../../batch/examples.ts';

let outDir = '';
let server: Server;
let base = '';
let browser: Browser;

before(async () => {
  outDir = await buildPanel();
  const js = await readFile(path.join(outDir, 'batch-panel.js'));
  server = createServer((req, res) => {
    if (req.url === '/batch-panel.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('built batch panel', () => {
  it('is one file: the worker runs the same file, no worker file was emitted', async () => {
    assert.deepEqual(await readdir(outDir), ['batch-panel.js']);
    const js = await readFile(path.join(outDir, 'batch-panel.js'), 'utf8');
    assert.match(js, /new Worker\(/);
    assert.ok(!/batch\.worker[-.\w]*\.js/.test(js), 'no separate worker file is referenced');
    assert.equal(js.split('文件里没有表头行').length - 1, 1, 'the code is there once, not a second time inlined for the worker');
  });

  it('computes the worked examples in workers running the same file, with the expected totals; the file is never sent', async () => {
    const examples = loadExamples();
    const page = await browser.newPage({ acceptDownloads: true });
    const requests: Array<{ url: string; method: string; body: string | null }> = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
    await page.goto(base + '/');
    await page.waitForFunction(() => customElements.get('ezone-batch-panel'));
    const loadedRequests = requests.length;
    const csv = csvFromPathRows('zh-CN', examples.map((e) => scenarioToPathRow(e.scenario, e.name, 'zh-CN')));
    const done = page.evaluate(() => new Promise<{ rows: number; errorRows: number; engine: string }>((resolve) =>
      document.querySelector('ezone-batch-panel')!.addEventListener('ezone-batch-done', (e) => resolve((e as CustomEvent).detail), { once: true })));
    await page.setInputFiles('ezone-batch-panel input[type=file]', { name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const detail = await done;
    assert.deepEqual(detail, { rows: examples.length, errorRows: 0, engine: 'worker' });
    const totals = await page.locator('ezone-batch-panel tbody tr[data-row] td.total').evaluateAll((tds) =>
      tds.map((td) => (td as HTMLElement).dataset.total));
    assert.deepEqual(totals, examples.map((e) => e.expected.total));
    // The workers load the widget's own script again (usually from the cache); nothing else, and nothing is sent.
    const after = requests.slice(loadedRequests).filter((r) => !r.url.startsWith('blob:'));
    assert.deepEqual(after.filter((r) => r.url !== base + '/batch-panel.js' || r.method !== 'GET' || r.body !== null), []);

    // The export downloads as CSV with a BOM; read back, it gives the same totals.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('ezone-batch-panel button.export').click()]);
    assert.equal(download.suggestedFilename(), 'clients.测算结果.csv');
    const exported = await readFile((await download.path())!, 'utf8');
    assert.ok(exported.startsWith('\uFEFF'));
    const [head, ...rows] = parseCsvText(exported);
    const totalAt = head!.map(exportKeyOf).indexOf('total');
    assert.deepEqual(rows.map((r) => r[totalAt]), examples.map((e) => e.expected.total));
    await page.close();
  });

  it('the template links download the shipped template files', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(base + '/');
    await page.waitForFunction(() => customElements.get('ezone-batch-panel'));
    for (const [lang, file] of [['zh-CN', 'clients.zh-CN.csv'], ['en', 'clients.en.csv']] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`ezone-batch-panel a.template[data-lang="${lang}"]`).click()]);
      assert.equal(download.suggestedFilename(), file);
      const got = await readFile((await download.path())!, 'utf8');
      assert.equal(got, await readFile(path.join(root, 'batch/templates', file), 'utf8'));
    }
    await page.close();
  });
});
