/**
 * The what-if panel in the built widget (issue 13): both demo pages load only the calculator's file until "What if"
 * is pressed, then fetch ezone-subsidy-what-if.js beside it, which computes with the calculator's own core. Screenshots
 * of the panel in both languages in test-results/widget/; the time of a 200-point sweep is logged.
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
// @ts-expect-error: plain JS module without types
import { createDemoServer, listen } from '../../demo/serve.mjs';
import { encodeShared } from '../../widget/calculator/share.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'test-results/widget');
const firm = {
  year: 2025,
  enterprise: {
    smallOrMicro: true,
    certifications: ['beijing-specialized-sme'],
    loanInterestPaid: 40,
    firstLoanMunicipalSupport: 12,
  },
};

let browser: Browser;
let demo: Server;
let base: string;

before(async () => {
  await stat(path.join(root, 'dist/widget/ezone-subsidy-what-if.js')); // `npm run build:widget` first (the npm script does)
  await mkdir(shots, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  demo = createDemoServer() as Server;
  base = (await listen(demo, 0)) as string;
});

after(async () => {
  await browser?.close();
  await new Promise((r) => demo?.close(r));
});

// Strings, not functions: tsx would wrap a function's inner arrows with its __name helper, unknown in the page.
const PANEL_READY = `(() => {
  const el = document.querySelector('ezone-subsidy-calculator');
  const panel = el && el.shadowRoot.querySelector('ezone-what-if-panel');
  return !!(panel && panel.result && panel.shadowRoot && panel.shadowRoot.querySelector('svg path.curve'));
})()`;

describe('what-if panel in the built widget', () => {
  for (const [pageName, lang, words] of [
    ['gov', 'zh-CN', '第4条在 80 万元时达到上限 40'],
    ['bank', 'en', 'art. 4: cap 40 reached at 80 万元'],
  ] as const) {
    it(`${pageName}.html: fetched on the first opening, drawn from the core, labelled in ${lang}`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(`${base}/demo/${pageName}.html#ezone=${encodeShared({ scenario: firm, lang })}`);
      await page.waitForFunction(`document.querySelector('ezone-subsidy-calculator')?.result?.total === '20.00'`);
      assert.ok(
        !fetched.some((p) => p.endsWith('ezone-subsidy-what-if.js')),
        'the panel file was fetched before it was asked for',
      );
      await page.locator('ezone-subsidy-calculator button.what-if').click();
      await page.waitForFunction(PANEL_READY);
      assert.ok(fetched.includes('/widget/ezone-subsidy-what-if.js'), fetched.join(' '));
      const shown = (await page.evaluate(`(() => {
        const panel = document.querySelector('ezone-subsidy-calculator').shadowRoot.querySelector('ezone-what-if-panel');
        return { points: panel.result.points.length, at80: panel.result.points.find((p) => p.value === '80').total,
          words: [...panel.shadowRoot.querySelectorAll('ol.breakpoints li')].map((li) => li.textContent.trim()) };
      })()`)) as { points: number; at80: string; words: string[] };
      assert.ok(shown.points >= 100, `${shown.points} points`);
      assert.equal(shown.at80, '40.00');
      assert.deepEqual(shown.words, [words]);
      await page
        .locator('ezone-subsidy-calculator ezone-what-if-panel')
        .screenshot({ path: path.join(shots, `what-if-${lang}.png`) });
      // A 200-point sweep as the panel runs it (the core's whatIf in the page), for the figures of issue 13.
      const ms = await page.evaluate(`(async () => {
        const panel = document.querySelector('ezone-subsidy-calculator').shadowRoot.querySelector('ezone-what-if-panel');
        const t0 = performance.now();
        for (let i = 0; i < 5; i++) { panel.field = i % 2 ? 'enterprise.loanInterestPaid' : 'enterprise.firstLoanMunicipalSupport'; await panel.updateComplete; }
        return (performance.now() - t0) / 5;
      })()`);
      console.log(`${pageName}: panel sweep + render of one field (~200 points): ${(ms as number).toFixed(1)} ms`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
