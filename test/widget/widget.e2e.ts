/**
 * End-to-end checks of the built single file (dist/widget/ezone-subsidy-calculator.js) in Debian's Chromium:
 * a plain HTML page with no bundler, keyboard-only use, and both demo pages at 360 px and 1280 px (screenshots in
 * test-results/widget/, nothing overflowing horizontally). `npm run test:e2e:widget` builds first.
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error: plain JS module without types
import { createDemoServer, listen } from '../../demo/serve.mjs';
import { encodeShared } from '../../widget/calculator/share.ts';
import { waitUntil } from '../support/wait.ts';
import { loadExamples } from '../batch/examples.ts';
import { csvFromPathRows } from '../../batch/templates.ts';
import { scenarioToPathRow } from '../../batch/scenario-row.ts';
import { OVERFLOW_CHECK, resultTotalScript, tabToInterestPaid } from './demo-page-checks.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const built = path.join(root, 'dist/widget/ezone-subsidy-calculator.js');
const shots = path.join(root, 'test-results/widget');
const examplesDir = path.join(root, 'test/data/examples');

interface Example {
  scenario: Record<string, unknown>;
  expected: { total: string };
}
async function example(prefix: string): Promise<Example> {
  const file = (await readdir(examplesDir)).find((f) => f.startsWith(prefix))!;
  return JSON.parse(await readFile(path.join(examplesDir, file), 'utf8')) as Example;
}

let browser: Browser;
let demo: Server;
let demoBase: string;

before(async () => {
  await stat(built); // run `npm run build:widget` first (the npm script does)
  await mkdir(shots, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  demo = createDemoServer() as Server;
  demoBase = (await listen(demo, 0)) as string;
});

after(async () => {
  await browser?.close();
  await new Promise((r) => demo?.close(r));
});

async function newPage(width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

/**
 * Serves dist/widget/ as a site would (under /w/), the page from `html()` at /, and optionally the CORS header;
 * `serve(file)` false: that file is missing (404).
 */
async function widgetFolderServer(html: () => string, cors = false, serve: (file: string) => boolean = () => true) {
  const dir = path.dirname(built);
  const server = createServer((req, res) => {
    const headers: Record<string, string> = cors ? { 'access-control-allow-origin': '*' } : {};
    const file = req.url?.startsWith('/w/') ? req.url.slice(3).split('?')[0]! : undefined;
    if (file === undefined) {
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(html());
      return;
    }
    readFile(path.join(dir, path.basename(file))).then(
      (body) =>
        serve(file)
          ? res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(body)
          : res.writeHead(404).end(),
      () => res.writeHead(404).end(),
    );
  });
  const base = (await listen(server, 0)) as string;
  return { base, close: () => new Promise((r) => server.close(r)) };
}

const totalOf = (page: Page, selector?: string) =>
  page.evaluate(resultTotalScript(selector)) as Promise<string | undefined>;

describe('the built single file', () => {
  it('works in a plain HTML page without a bundler, even when loaded twice', async () => {
    const js = await readFile(built, 'utf8');
    assert.ok(!/^\s*import\s.*from\s*['"](?![./])/m.test(js), 'the file still imports a bare module');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plain</title>
      <script type="module" src="/w/ezone-subsidy-calculator.js"></script>
      <script type="module" src="/w/ezone-subsidy-calculator.js?again"></script></head>
      <body><ezone-subsidy-calculator id="a" lang="en"></ezone-subsidy-calculator>
      <ezone-subsidy-calculator id="b" applicant="institution"></ezone-subsidy-calculator></body></html>`;
    const { base, close } = await widgetFolderServer(() => html);
    const page = await newPage();
    try {
      await page.goto(`${base}/`);
      await page.waitForFunction(() => (document.querySelector('#a') as unknown as { result?: unknown })?.result);
      assert.deepEqual((page as Page & { errors: string[] }).errors, []);
      // Each language's words came from the folder (a file of their own, fetched because an element speaks it).
      assert.equal(await page.locator('#a h2').textContent(), 'E-Town industrial-finance subsidy calculator');
      // type like a person: the core's answer for example 01 appears
      await page.locator('#a input[name="applicant"][value="enterprise"]').check();
      await page.locator('#a [data-key="enterprise.smallOrMicro"] input[value="yes"]').check();
      await page.locator('#a [data-key="enterprise.loanInterestPaid"] input').pressSequentially('40万');
      assert.equal(await totalOf(page, '#a'), '20.00');
      await page.waitForFunction(() =>
        document
          .querySelector('#a')!
          .shadowRoot!.querySelector('ezone-result-cards')!
          .shadowRoot!.textContent!.includes('20.00'),
      );
      assert.equal(await page.locator('#b').getAttribute('lang'), 'zh-CN');
      assert.ok(await page.locator('#b [data-key="institution.type"] select').isVisible());
    } finally {
      await page.close();
      await close();
    }
  });

  /** Loads `file` on a page in `lang`; returns the widget's files fetched before and after its first result. */
  async function filesAroundFirstResult(file: string, lang: 'zh-CN' | 'en', then?: (page: Page) => Promise<void>) {
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title>
      <script>document.addEventListener('subsidy-change', () => (window.__first ??= performance.now()));</script>
      <script type="module" src="/w/${file}"></script></head>
      <body><ezone-subsidy-calculator lang="${lang}"></ezone-subsidy-calculator></body></html>`;
    const { base, close } = await widgetFolderServer(() => html);
    const page = await newPage();
    // Files of the widget whose fetch started before (or after) the first result.
    const files = (before: boolean) =>
      page.evaluate((b) => {
        const first = (window as unknown as { __first: number }).__first;
        return performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/w/') && e.startTime < first === b)
          .map((e) => new URL(e.name).pathname);
      }, before);
    try {
      await page.goto(`${base}/`);
      await page.waitForFunction(() => (window as unknown as { __first?: number }).__first);
      await page.waitForFunction(() => customElements.get('ezone-batch-panel'));
      const before = await files(true);
      await then?.(page);
      return { before, after: await files(false) };
    } finally {
      await page.close();
      await close();
    }
  }

  const switchToOtherLanguage = (to: 'zh-CN' | 'en') => async (page: Page) => {
    await page.locator(`ezone-subsidy-calculator .lang-switch button[lang="${to}"]`).click();
    await page.waitForFunction(
      (l) =>
        (document.querySelector('ezone-subsidy-calculator') as unknown as { result?: { lang: string } })?.result
          ?.lang === l,
      to,
    );
  };

  it('a Chinese page fetches only the widget file before its first result (its words are in it); English and the batch tab come later', async () => {
    const { before, after } = await filesAroundFirstResult('ezone-subsidy-calculator.js', 'zh-CN', async (page) => {
      await switchToOtherLanguage('en')(page);
      assert.equal(
        await page.locator('ezone-subsidy-calculator h2').textContent(),
        'E-Town industrial-finance subsidy calculator',
      );
    });
    assert.deepEqual(before, ['/w/ezone-subsidy-calculator.js']);
    assert.deepEqual(after, [
      '/w/ezone-subsidy-batch-panel.js',
      '/w/ezone-subsidy-batch.worker.js',
      '/w/ezone-subsidy-lang-en.js',
    ]);
  });

  it("an English page's file (ezone-subsidy-calculator.en.js) is the one file before its first result; Chinese and the batch tab are its own files, later", async () => {
    const { before, after } = await filesAroundFirstResult('ezone-subsidy-calculator.en.js', 'en', async (page) => {
      await switchToOtherLanguage('zh-CN')(page);
      assert.equal(await page.locator('ezone-subsidy-calculator h2').textContent(), '亦庄产业金融政策补贴测算');
    });
    assert.deepEqual(before, ['/w/ezone-subsidy-calculator.en.js']);
    assert.deepEqual(after, [
      '/w/ezone-subsidy-en-batch-panel.js',
      '/w/ezone-subsidy-en-batch.worker.js',
      '/w/ezone-subsidy-en-lang-zh-CN.js',
    ]);
  });

  it("an English page that names the Chinese page's file still works: it fetches the English words before its first result", async () => {
    const { before } = await filesAroundFirstResult('ezone-subsidy-calculator.js', 'en');
    assert.deepEqual(before, ['/w/ezone-subsidy-calculator.js', '/w/ezone-subsidy-lang-en.js']);
  });

  it('the batch tab of the built folder computes in workers, in English: each worker fetches the English words too', async () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>batch</title>
      <script type="module" src="/w/ezone-subsidy-calculator.js"></script></head>
      <body><ezone-subsidy-calculator lang="en"></ezone-subsidy-calculator></body></html>`;
    const { base, close } = await widgetFolderServer(() => html);
    const page = await newPage();
    try {
      await page.goto(`${base}/`);
      await page.locator('ezone-subsidy-calculator #tab-batch').click();
      await page.waitForFunction(() => customElements.get('ezone-batch-panel'));
      const examples = loadExamples();
      const csv = csvFromPathRows(
        'en',
        examples.map((e) => scenarioToPathRow(e.scenario, e.name, 'en')),
      );
      const done = page.evaluate(
        () =>
          new Promise<{ engine: string; errorRows: number }>((resolve) =>
            document.addEventListener('ezone-batch-done', (e) => resolve((e as CustomEvent).detail), { once: true }),
          ),
      );
      await page.setInputFiles('ezone-subsidy-calculator ezone-batch-panel input[type=file]', {
        name: 'c.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
      const detail = await done;
      assert.equal(detail.engine, 'worker');
      assert.equal(detail.errorRows, 0);
      const totals = await page
        .locator('ezone-subsidy-calculator ezone-batch-panel tbody tr[data-row] td.total')
        .evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.total));
      assert.deepEqual(
        totals,
        examples.map((e) => e.expected.total),
      );
      // The explanations computed in the workers are English (the core's words reached them), not keys or Chinese.
      const text = await page.locator('ezone-subsidy-calculator ezone-batch-panel tbody').textContent();
      assert.doesNotMatch(text ?? '', /[\u4e00-\u9fff]{4}/);
      assert.match(text ?? '', /Art\. 4 Small and micro enterprise financing/);
    } finally {
      await page.close();
      await close();
    }
  });

  it("says in the widget when the batch tab's file could not be fetched", async () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title>
      <script type="module" src="/w/ezone-subsidy-calculator.js"></script></head>
      <body><ezone-subsidy-calculator lang="en"></ezone-subsidy-calculator></body></html>`;
    const { base, close } = await widgetFolderServer(
      () => html,
      false,
      (file) => file !== 'ezone-subsidy-batch-panel.js',
    );
    const page = await newPage();
    try {
      await page.goto(`${base}/`);
      await page.waitForFunction(
        () => (document.querySelector('ezone-subsidy-calculator') as unknown as { result?: unknown })?.result,
      );
      await page.locator('ezone-subsidy-calculator #tab-batch').click();
      const alert = page.locator('ezone-subsidy-calculator .load-failure[role="alert"]');
      await alert.waitFor();
      assert.match((await alert.textContent()) ?? '', /ezone-subsidy-batch-panel\.js/);
    } finally {
      await page.close();
      await close();
    }
  });

  it('embedded from another origin: fails with a CORS message in the console without the header, works with it', async () => {
    for (const cors of [false, true]) {
      const widget = await widgetFolderServer(() => '', cors);
      const host = await widgetFolderServer(
        () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title>
        <script type="module" src="${widget.base}/w/ezone-subsidy-calculator.js"></script></head>
        <body><ezone-subsidy-calculator lang="en"></ezone-subsidy-calculator></body></html>`,
      );
      const page = await newPage();
      const consoleErrors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      try {
        if (cors) {
          await page.goto(`${host.base}/`);
          await page.waitForFunction(
            () =>
              (document.querySelector('ezone-subsidy-calculator') as unknown as { result?: { lang: string } })?.result
                ?.lang === 'en',
          );
        } else {
          const failed = page.waitForEvent('requestfailed');
          await page.goto(`${host.base}/`);
          await failed;
          await waitUntil(
            () =>
              consoleErrors.some(
                (m) =>
                  /CORS/.test(m) &&
                  m.includes('ezone-subsidy-calculator.js') &&
                  m.includes('Access-Control-Allow-Origin'),
              ),
            () => `no CORS error in the console: ${consoleErrors.join(' | ')}`,
          );
          assert.equal(await page.evaluate(() => customElements.get('ezone-subsidy-calculator')), undefined);
        }
      } finally {
        await page.close();
        await widget.close();
        await host.close();
      }
    }
  });

  it('says in the widget which file could not be fetched (the English words missing from the folder)', async () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title>
      <script type="module" src="/w/ezone-subsidy-calculator.js"></script></head>
      <body><ezone-subsidy-calculator lang="en"></ezone-subsidy-calculator></body></html>`;
    const { base, close } = await widgetFolderServer(
      () => html,
      false,
      (file) => file !== 'ezone-subsidy-lang-en.js',
    );
    const page = await newPage();
    try {
      await page.goto(`${base}/`);
      const alert = page.locator('ezone-subsidy-calculator .load-failure[role="alert"]');
      await alert.waitFor();
      assert.match((await alert.textContent()) ?? '', /ezone-subsidy-lang-en\.js/);
      assert.match((await alert.textContent()) ?? '', /Access-Control-Allow-Origin/);
    } finally {
      await page.close();
      await close();
    }
  });

  it('can be used with the keyboard only', async () => {
    const page = await newPage();
    try {
      await page.goto(`${demoBase}/demo/bank.html`);
      await page.waitForFunction(
        () => (document.querySelector('ezone-subsidy-calculator') as unknown as { result?: unknown })?.result,
      );
      await tabToInterestPaid(page, 'Space');
      await page.keyboard.type('350,000元');
      assert.equal(await totalOf(page), '17.50');
    } finally {
      await page.close();
    }
  });
});

describe('the demo pages', () => {
  for (const [pageName, prefix, lang] of [
    ['gov', '02', 'zh-CN'],
    ['bank', '08', 'en'],
  ] as const) {
    for (const width of [360, 1280]) {
      it(`${pageName}.html at ${width} px: shows the shared scenario's result, nothing overflows`, async () => {
        const ex = await example(prefix);
        const page = await newPage(width);
        try {
          const fragment = encodeShared({ scenario: ex.scenario, lang });
          await page.goto(`${demoBase}/demo/${pageName}.html#ezone=${fragment}`);
          await page.waitForFunction(
            () => (document.querySelector('ezone-subsidy-calculator') as unknown as { result?: unknown })?.result,
          );
          assert.equal(await totalOf(page), ex.expected.total);
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({ path: path.join(shots, `${pageName}-${width}.png`), fullPage: true });
          assert.deepEqual((page as Page & { errors: string[] }).errors, []);
          const overflow = (await page.evaluate(OVERFLOW_CHECK)) as string[];
          assert.deepEqual(overflow, []);
          // The demo page with its theme, results shown and clauses open: axe finds nothing (contrast included).
          await page.evaluate(`(() => {
            const cards = document.querySelector('ezone-subsidy-calculator').shadowRoot.querySelector('ezone-result-cards');
            for (const d of cards.shadowRoot.querySelectorAll('details')) d.open = true;
          })()`);
          await page.addScriptTag({ path: path.join(root, 'node_modules/axe-core/axe.min.js') });
          const violations = (await page.evaluate(
            `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => v.id + ': ' + v.help + ' ' + v.nodes.map((n) => n.target.join(' > ')).join(', ')))`,
          )) as string[];
          assert.deepEqual(violations, []);
        } finally {
          await page.close();
        }
      });
    }
  }

  it('gov.html at 360 px with a field error and a stale result: nothing overflows', async () => {
    const ex = await example('02');
    const page = await newPage(360);
    try {
      await page.goto(`${demoBase}/demo/gov.html#ezone=${encodeShared({ scenario: ex.scenario, lang: 'zh-CN' })}`);
      await page.waitForFunction(
        () => (document.querySelector('ezone-subsidy-calculator') as unknown as { result?: unknown })?.result,
      );
      await page
        .locator('[data-key="enterprise.loanInterestPaid"] input')
        .fill('一百二十万元整（人民币）abcdefghijklmnopqrstuvwxyz');
      await page.locator('[part="stale"]').waitFor();
      await page
        .locator('[data-key="enterprise.loanInterestPaid"]')
        .screenshot({ path: path.join(shots, 'gov-360-error.png') });
      assert.deepEqual((await page.evaluate(OVERFLOW_CHECK)) as string[], []);
    } finally {
      await page.close();
    }
  });

  it('the form and the result columns do not overlap at 1280 px', async () => {
    const page = await newPage(1280);
    try {
      await page.goto(`${demoBase}/demo/gov.html`);
      await page.waitForFunction(
        () => (document.querySelector('ezone-subsidy-calculator') as unknown as { result?: unknown })?.result,
      );
      const [form, results] = await page.evaluate(() => {
        const sr = document.querySelector('ezone-subsidy-calculator')!.shadowRoot!;
        return ['[part="form"]', '[part="results"]'].map((s) => {
          const r = sr.querySelector(s)!.getBoundingClientRect();
          return { left: r.left, right: r.right };
        });
      });
      assert.ok(
        form!.right <= results!.left,
        `form ${JSON.stringify(form)} overlaps results ${JSON.stringify(results)}`,
      );
    } finally {
      await page.close();
    }
  });
});
