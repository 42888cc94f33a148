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

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const built = path.join(root, 'dist/widget/ezone-subsidy-calculator.js');
const shots = path.join(root, 'test-results/widget');
const examplesDir = path.join(root, 'test/data/examples');

interface Example { scenario: Record<string, unknown>; expected: { total: string } }
async function example(prefix: string): Promise<Example> {
  const file = (await readdir(examplesDir)).find((f) => f.startsWith(prefix))!;
  return JSON.parse(await readFile(path.join(examplesDir, file), 'utf8')) as Example;
}

// A string, not a function: tsx would wrap a function's inner arrows with its __name helper, unknown in the page.
const OVERFLOW_CHECK = `(() => {
  const out = [];
  const vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > vw) out.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + vw);
  const walk = (rootNode) => {
    for (const el of rootNode.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const r = el.getBoundingClientRect();
      if (!r.width || el.closest('.visually-hidden')) continue;
      const name = el.tagName.toLowerCase() + '.' + el.className + (el.getAttribute('part') ? '[' + el.getAttribute('part') + ']' : '');
      if (r.right > vw + 1 || r.left < -1) out.push(name + ' spans ' + r.left + '..' + r.right + ' of ' + vw);
      const cs = getComputedStyle(el);
      if (cs.overflowX === 'visible' && cs.display !== 'inline' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
        out.push(name + ' content ' + el.scrollWidth + ' wider than its box ' + el.clientWidth);
    }
  };
  walk(document);
  return out;
})()`;

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

const totalOf = (page: Page, selector = 'ezone-subsidy-calculator') =>
  page.evaluate((sel) => (document.querySelector(sel) as unknown as { result?: { total: string } })?.result?.total, selector);

describe('the built single file', () => {
  it('works in a plain HTML page without a bundler, even when loaded twice', async () => {
    const js = await readFile(built, 'utf8');
    assert.ok(!/^\s*import\s.*from\s*['"](?![./])/m.test(js), 'the file still imports a bare module');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plain</title>
      <script type="module" src="/w.js"></script><script type="module" src="/w.js?again"></script></head>
      <body><ezone-subsidy-calculator id="a" lang="en"></ezone-subsidy-calculator>
      <ezone-subsidy-calculator id="b" applicant="institution"></ezone-subsidy-calculator></body></html>`;
    const server = createServer((req, res) => {
      if (req.url?.startsWith('/w.js')) {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(js);
      } else {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(html);
      }
    });
    const base = (await listen(server, 0)) as string;
    const page = await newPage();
    try {
      await page.goto(`${base}/`);
      await page.waitForFunction(() => (document.querySelector('#a') as unknown as { result?: unknown })?.result);
      assert.deepEqual((page as Page & { errors: string[] }).errors, []);
      // type like a person: the core's answer for example 01 appears
      await page.locator('#a input[name="applicant"][value="enterprise"]').check();
      await page.locator('#a [data-key="enterprise.smallOrMicro"] input[value="yes"]').check();
      await page.locator('#a [data-key="enterprise.loanInterestPaid"] input').pressSequentially('40万');
      assert.equal(await totalOf(page, '#a'), '20.00');
      await page.waitForFunction(() =>
        document.querySelector('#a')!.shadowRoot!.querySelector('ezone-result-cards')!.shadowRoot!.textContent!.includes('20.00'));
      assert.equal(await page.locator('#b').getAttribute('lang'), 'zh-CN');
      assert.ok(await page.locator('#b [data-key="institution.type"] select').isVisible());
    } finally {
      await page.close();
      await new Promise((r) => server.close(r));
    }
  });

  it('can be used with the keyboard only', async () => {
    const page = await newPage();
    try {
      await page.goto(`${demoBase}/demo/bank.html`);
      await page.waitForFunction(() => (document.querySelector('ezone-subsidy-calculator') as unknown as { result?: unknown })?.result);
      const focusedKey = () =>
        page.evaluate(() => {
          let a: Element | null = document.activeElement;
          while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
          return a?.closest('[data-key]')?.getAttribute('data-key') ?? a?.tagName ?? '';
        });
      let reached = false;
      for (let i = 0; i < 60 && !reached; i++) {
        await page.keyboard.press('Tab');
        if ((await focusedKey()) === 'enterprise.smallOrMicro') {
          await page.keyboard.press('Space');
          reached = true;
        }
      }
      assert.ok(reached, 'the small/micro checkbox is not reachable with Tab');
      for (let i = 0; i < 20 && (await focusedKey()) !== 'enterprise.loanInterestPaid'; i++) await page.keyboard.press('Tab');
      assert.equal(await focusedKey(), 'enterprise.loanInterestPaid');
      await page.keyboard.type('350,000元');
      assert.equal(await totalOf(page), '17.50');
    } finally {
      await page.close();
    }
  });
});

describe('the demo pages', () => {
  for (const [pageName, prefix, lang] of [['gov', '02', 'zh-CN'], ['bank', '08', 'en']] as const) {
    for (const width of [360, 1280]) {
      it(`${pageName}.html at ${width} px: shows the shared scenario's result, nothing overflows`, async () => {
        const ex = await example(prefix);
        const page = await newPage(width);
        try {
          const fragment = encodeShared({ scenario: ex.scenario, lang });
          await page.goto(`${demoBase}/demo/${pageName}.html#ezone=${fragment}`);
          await page.waitForFunction(() => (document.querySelector('ezone-subsidy-calculator') as unknown as { result?: unknown })?.result);
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
      await page.waitForFunction(() => (document.querySelector('ezone-subsidy-calculator') as unknown as { result?: unknown })?.result);
      await page.locator('[data-key="enterprise.loanInterestPaid"] input').fill('一百二十万元整（人民币）abcdefghijklmnopqrstuvwxyz');
      await page.locator('[part="stale"]').waitFor();
      await page.locator('[data-key="enterprise.loanInterestPaid"]').screenshot({ path: path.join(shots, 'gov-360-error.png') });
      assert.deepEqual((await page.evaluate(OVERFLOW_CHECK)) as string[], []);
    } finally {
      await page.close();
    }
  });

  it('the form and the result columns do not overlap at 1280 px', async () => {
    const page = await newPage(1280);
    try {
      await page.goto(`${demoBase}/demo/gov.html`);
      await page.waitForFunction(() => (document.querySelector('ezone-subsidy-calculator') as unknown as { result?: unknown })?.result);
      const [form, results] = await page.evaluate(() => {
        const sr = document.querySelector('ezone-subsidy-calculator')!.shadowRoot!;
        return ['[part="form"]', '[part="results"]'].map((s) => {
          const r = sr.querySelector(s)!.getBoundingClientRect();
          return { left: r.left, right: r.right };
        });
      });
      assert.ok(form!.right <= results!.left, `form ${JSON.stringify(form)} overlaps results ${JSON.stringify(results)}`);
    } finally {
      await page.close();
    }
  });
});
