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
import { XLSX_CHUNK } from '../../../batch/xlsx-load.ts';
import { readSheetRecords, writeWorkbook } from '../../../batch/xlsx.ts';
import { sheetFromPathRows } from '../../../batch/templates.ts';
import { EXPORT_KEYS } from '../../../batch/summary.ts';

let outDir = '';
let server: Server;
let base = '';
let browser: Browser;

before(async () => {
  outDir = await buildPanel();
  const js = await readFile(path.join(outDir, 'batch-panel.js'));
  const chunk = await readFile(path.join(outDir, XLSX_CHUNK));
  server = createServer((req, res) => {
    if (req.url === '/batch-panel.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else if (req.url === `/${XLSX_CHUNK}`) res.writeHead(200, { 'content-type': 'text/javascript' }).end(chunk);
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
  it('is one file and the xlsx chunk: the worker runs the same file, no worker file was emitted, no xlsx code in the file', async () => {
    assert.deepEqual((await readdir(outDir)).sort(), ['batch-panel.js', XLSX_CHUNK]);
    const js = await readFile(path.join(outDir, 'batch-panel.js'), 'utf8');
    assert.ok(
      !/SheetJS|sheet_to_json|EncryptedPackage\b.*parse/.test(js),
      'the xlsx library is not in the widget file',
    );
    assert.match(await readFile(path.join(outDir, XLSX_CHUNK), 'utf8'), /sheet_to_json/);
    assert.match(js, /new Worker\(/);
    assert.ok(!/batch\.worker[-.\w]*\.js/.test(js), 'no separate worker file is referenced');
    assert.equal(
      js.split('文件里没有表头行').length - 1,
      1,
      'the code is there once, not a second time inlined for the worker',
    );
  });

  it('computes the worked examples in workers running the same file, with the expected totals; the file is never sent', async () => {
    const examples = loadExamples();
    const page = await browser.newPage({ acceptDownloads: true });
    const requests: Array<{ url: string; method: string; body: string | null }> = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
    await page.goto(base + '/');
    await page.waitForFunction(() => customElements.get('ezone-batch-panel'));
    const loadedRequests = requests.length;
    const csv = csvFromPathRows(
      'zh-CN',
      examples.map((e) => scenarioToPathRow(e.scenario, e.name, 'zh-CN')),
    );
    const done = page.evaluate(
      () =>
        new Promise<{ rows: number; errorRows: number; engine: string }>((resolve) =>
          document
            .querySelector('ezone-batch-panel')!
            .addEventListener('ezone-batch-done', (e) => resolve((e as CustomEvent).detail), { once: true }),
        ),
    );
    await page.setInputFiles('ezone-batch-panel input[type=file]', {
      name: 'clients.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const detail = await done;
    assert.deepEqual(detail, { rows: examples.length, errorRows: 0, engine: 'worker' });
    const totals = await page
      .locator('ezone-batch-panel tbody tr[data-row] td.total')
      .evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.total));
    assert.deepEqual(
      totals,
      examples.map((e) => e.expected.total),
    );
    // The workers load the widget's own script again (usually from the cache); nothing else, and nothing is sent.
    const after = requests.slice(loadedRequests).filter((r) => !r.url.startsWith('blob:'));
    assert.deepEqual(
      after.filter((r) => r.url !== base + '/batch-panel.js' || r.method !== 'GET' || r.body !== null),
      [],
    );

    // The export downloads as CSV with a BOM; read back, it gives the same totals.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('ezone-batch-panel button.export').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'clients.测算结果.csv');
    const exported = await readFile((await download.path())!, 'utf8');
    assert.ok(exported.startsWith('\uFEFF'));
    const [head, ...rows] = parseCsvText(exported);
    const totalAt = head!.map(exportKeyOf).indexOf('total');
    assert.deepEqual(
      rows.map((r) => r[totalAt]),
      examples.map((e) => e.expected.total),
    );
    await page.close();
  });

  it('an Excel workbook of the worked examples: the xlsx file is fetched only then, the totals match, the Excel export reads back the same', async () => {
    const examples = loadExamples();
    const page = await browser.newPage({ acceptDownloads: true });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(base + '/');
    await page.waitForFunction(() => customElements.get('ezone-batch-panel'));
    // A CSV first: the xlsx code is not fetched for it.
    const csv = csvFromPathRows(
      'zh-CN',
      examples.map((e) => scenarioToPathRow(e.scenario, e.name, 'zh-CN')),
    );
    const waitDone = () =>
      page.evaluate(
        () =>
          new Promise<{ rows: number; errorRows: number; engine: string }>((resolve) =>
            document
              .querySelector('ezone-batch-panel')!
              .addEventListener('ezone-batch-done', (e) => resolve((e as CustomEvent).detail), { once: true }),
          ),
      );
    let done = waitDone();
    await page.setInputFiles('ezone-batch-panel input[type=file]', {
      name: 'clients.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await done;
    assert.ok(!requests.some((u) => u.endsWith(XLSX_CHUNK)), 'no xlsx code for a CSV');

    const xlsx = writeWorkbook([
      sheetFromPathRows(
        'zh-CN',
        examples.map((e) => scenarioToPathRow(e.scenario, e.name, 'zh-CN')),
      ),
    ]);
    done = waitDone();
    await page.setInputFiles('ezone-batch-panel input[type=file]', {
      name: 'clients.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(xlsx),
    });
    assert.deepEqual(await done, { rows: examples.length, errorRows: 0, engine: 'worker' });
    assert.ok(
      requests.some((u) => u === `${base}/${XLSX_CHUNK}`),
      'the workers fetched the xlsx code beside the widget file',
    );
    const totals = await page
      .locator('ezone-batch-panel tbody tr[data-row] td.total')
      .evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.total));
    assert.deepEqual(
      totals,
      examples.map((e) => e.expected.total),
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('ezone-batch-panel button.export-xlsx').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'clients.测算结果.xlsx');
    const back = readSheetRecords(new Uint8Array(await readFile((await download.path())!)));
    assert.deepEqual(back.sheetNames, ['测算结果', '错误', '汇总']);
    const total = EXPORT_KEYS.indexOf('total');
    assert.deepEqual(
      back.records.slice(1).map((r) => Number(r[total]).toFixed(2)),
      examples.map((e) => e.expected.total),
    );
    await page.close();
  });

  it('the template links download the shipped template files', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(base + '/');
    await page.waitForFunction(() => customElements.get('ezone-batch-panel'));
    for (const [lang, file] of [
      ['zh-CN', 'clients.zh-CN.csv'],
      ['en', 'clients.en.csv'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`ezone-batch-panel a.template[data-lang="${lang}"]`).click(),
      ]);
      assert.equal(download.suggestedFilename(), file);
      const got = await readFile((await download.path())!, 'utf8');
      assert.equal(got, await readFile(path.join(root, 'batch/templates', file), 'utf8'));
    }
    for (const [lang, file] of [
      ['zh-CN', 'clients.zh-CN.xlsx'],
      ['en', 'clients.en.xlsx'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`ezone-batch-panel a.template-xlsx[data-lang="${lang}"]`).click(),
      ]);
      assert.equal(download.suggestedFilename(), file);
      const got = readSheetRecords(new Uint8Array(await readFile((await download.path())!)));
      assert.deepEqual(
        got.records,
        readSheetRecords(new Uint8Array(await readFile(path.join(root, 'batch/templates', file)))).records,
      );
    }
    await page.close();
  });
});
