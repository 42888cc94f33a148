/**
 * The built widget in a second browser: Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi, on the
 * demo pages as `npm start` serves them. Visitors of a district's or a bank's site use Firefox too: the worked
 * examples give their expected totals there, the form works from the keyboard, and nothing overflows at 360 px.
 * `npm run test:e2e:widget` builds first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error: plain JS module without types
import { createDemoServer, listen } from '../../demo/serve.mjs';
import { encodeShared } from '../../widget/calculator/share.ts';
import { FIREFOX_PATH } from '../extension/firefox-harness.ts';
import { OVERFLOW_CHECK, resultTotalScript, tabToInterestPaid } from './demo-page-checks.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const examplesDir = path.join(root, 'test/data/examples');

interface Example {
  file: string;
  scenario: Record<string, unknown>;
  expected: { total: string };
}

let browser: Browser;
let demo: Server;
let demoBase: string;
let examples: Example[];

before(async () => {
  await stat(path.join(root, 'dist/widget/ezone-subsidy-calculator.js')); // `npm run build:widget` first
  examples = await Promise.all(
    (await readdir(examplesDir))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map(async (file) => ({
        ...(JSON.parse(await readFile(path.join(examplesDir, file), 'utf8')) as Example),
        file,
      })),
  );
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
  demo = createDemoServer() as Server;
  demoBase = (await listen(demo, 0)) as string;
});

after(async () => {
  await browser?.close();
  await new Promise((r) => demo?.close(r));
});

/** A new tab, with the page's uncaught errors and console errors collected. */
async function newPage(width = 1280): Promise<Page & { errors: string[] }> {
  const page = (await browser.newPage()) as Page & { errors: string[] };
  await page.setViewport({ width, height: 900 });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  return page;
}

const resultTotal = (page: Page) => page.evaluate(resultTotalScript()) as Promise<string | undefined>;

async function openShared(page: Page, demoPage: string, ex: Example, lang: string): Promise<void> {
  await page.goto(`${demoBase}/demo/${demoPage}#ezone=${encodeShared({ scenario: ex.scenario, lang })}`);
  await page.waitForFunction(
    () => (document.querySelector('ezone-subsidy-calculator') as unknown as { result?: unknown })?.result,
  );
}

describe('the widget in Firefox ESR', () => {
  it("gives each worked example's expected total, on the Chinese and the English demo page", async () => {
    // (A page of its own for each: a new fragment on the same page is no new visit.)
    for (const [demoPage, lang] of [
      ['gov.html', 'zh-CN'],
      ['bank.html', 'en'],
    ] as const)
      for (const ex of examples) {
        const page = await newPage();
        try {
          await openShared(page, demoPage, ex, lang);
          assert.equal(await resultTotal(page), ex.expected.total, `${ex.file} on ${demoPage}`);
          assert.deepEqual(page.errors, []);
        } finally {
          await page.close();
        }
      }
  });

  it('can be used with the keyboard only: a figure typed in a field changes the total', async () => {
    const page = await newPage();
    try {
      await page.goto(`${demoBase}/demo/bank.html`);
      await page.waitForFunction(
        () => (document.querySelector('ezone-subsidy-calculator') as unknown as { result?: unknown })?.result,
      );
      await tabToInterestPaid(page, ' ');
      await page.keyboard.type('350,000元');
      // (Article 4: half the interest paid, for a small or micro enterprise.)
      await page.waitForFunction(`${resultTotalScript()} === '17.50'`);
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });

  it('gov.html at 360 px: the shared scenario fits the width, with its result shown', async () => {
    const page = await newPage(360);
    try {
      const ex = examples.find((e) => e.file.startsWith('02'))!;
      await openShared(page, 'gov.html', ex, 'zh-CN');
      assert.equal(await resultTotal(page), ex.expected.total);
      const overflow = (await page.evaluate(OVERFLOW_CHECK)) as string[];
      assert.deepEqual(overflow, []);
    } finally {
      await page.close();
    }
  });
});
