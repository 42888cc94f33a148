/**
 * Issue 12 with the built file on the demo pages, in Debian's Chromium: a 360 × 640 phone with the keyboard, forced
 * colours (high contrast), the printed PDF's page count, and screenshots at 360 and 1280 px in both languages
 * (test-results/widget/first-use-*.png). `npm run test:e2e:widget` builds first.
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error: plain JS module without types
import { createDemoServer, listen } from '../../demo/serve.mjs';
import { encodeShared } from '../../widget/calculator/share.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'test-results/widget');
const examplesDir = path.join(root, 'test/data/examples');

async function scenario(prefix: string): Promise<Record<string, unknown>> {
  const file = (await readdir(examplesDir)).find((f) => f.startsWith(prefix))!;
  return (JSON.parse(await readFile(path.join(examplesDir, file), 'utf8')) as { scenario: Record<string, unknown> })
    .scenario;
}

let browser: Browser;
let demo: Server;
let base: string;

before(async () => {
  await stat(path.join(root, 'dist/widget/ezone-subsidy-calculator.js'));
  await mkdir(shots, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  demo = createDemoServer() as Server;
  base = (await listen(demo, 0)) as string;
});

after(async () => {
  await browser?.close();
  await new Promise((r) => demo?.close(r));
});

async function open(
  pageName: string,
  width: number,
  height: number,
  shared?: { scenario: unknown; lang: string },
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${base}/demo/${pageName}.html${shared ? `#ezone=${encodeShared(shared)}` : ''}`);
  await page.waitForFunction(
    () => (document.querySelector('ezone-subsidy-calculator') as unknown as { result?: unknown })?.result,
  );
  await page.evaluate(() => document.fonts.ready);
  return page;
}

// Strings, not functions: tsx would wrap a function's inner arrows with its __name helper, unknown in the page.
/** The focused control's centre: is it the control (nothing on top of it), and is it above the sticky total? */
const FOCUSED_IS_CLEAR = `(() => {
  const host = document.querySelector('ezone-subsidy-calculator');
  const sr = host.shadowRoot;
  const ctl = sr.activeElement;
  // The bar's own button is the bar: not a field it could cover.
  if (!ctl || !ctl.closest('form') || ctl.closest('[part="mini-total"]')) return { inForm: false };
  const r = ctl.getBoundingClientRect();
  const hit = sr.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  const label = ctl.closest('label');
  const bar = sr.querySelector('[part="mini-total"]');
  const barTop = bar && bar.offsetParent ? bar.getBoundingClientRect().top : Infinity;
  return {
    inForm: true,
    key: (ctl.closest('[data-key]') || ctl).getAttribute('data-key') || ctl.tagName,
    clear: (hit === ctl || (label && label.contains(hit))) && r.bottom <= barTop + 0.5,
    hit: hit ? hit.tagName + '.' + hit.className : 'nothing',
  };
})()`;

describe('issue 12 on the demo pages', () => {
  it('at 360 × 640, tabbing through the whole form, no focused field is covered by the sticky total', async () => {
    const page = await open('bank', 360, 640, { scenario: await scenario('02'), lang: 'en' });
    try {
      const covered: string[] = [];
      let visited = 0;
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const f = (await page.evaluate(FOCUSED_IS_CLEAR)) as {
          inForm: boolean;
          key?: string;
          clear?: boolean;
          hit?: string;
        };
        if (!f.inForm) continue;
        visited++;
        if (!f.clear) covered.push(`${f.key} under ${f.hit}`);
      }
      assert.ok(visited > 10, `only ${visited} form controls reached`);
      assert.deepEqual(covered, []);
      // Typing a bad premium: its error appears under the field, clear of the bar as well.
      await page.locator('[data-key="enterprise.techInsurance.premium"] input').focus();
      await page.keyboard.type('abc');
      const err = page.locator('[data-key="enterprise.techInsurance.premium"] [part="error"]');
      await err.waitFor();
      const [e, bar] = await Promise.all([err.boundingBox(), page.locator('[part="mini-total"]').boundingBox()]);
      assert.ok(
        e && bar && e.y + e.height <= bar.y + 0.5,
        `error ${JSON.stringify(e)} under the bar ${JSON.stringify(bar)}`,
      );
    } finally {
      await page.close();
    }
  });

  it('in forced colours, keyboard focus is an outline and the chosen applicant kind stands out', async () => {
    const page = await open('gov', 1280, 900);
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.locator('[data-key="enterprise.loanInterestPaid"] input').focus();
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(`(() => {
        let a = document.activeElement;
        while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
        const cs = getComputedStyle(a);
        return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
      })()`);
      assert.ok(
        (outline as { style: string }).style !== 'none' && (outline as { width: number }).width >= 2,
        JSON.stringify(outline),
      );
      const [on, off] = (await page.evaluate(`(() => {
        const sr = document.querySelector('ezone-subsidy-calculator').shadowRoot;
        return ['.segmented label.on', '.segmented label.off'].map((s) => getComputedStyle(sr.querySelector(s)).backgroundColor);
      })()`)) as [string, string];
      assert.notEqual(on, off, 'selected and unselected applicant kinds look the same');
      await page.screenshot({ path: path.join(shots, 'first-use-forced-colors.png') });
    } finally {
      await page.close();
    }
  });

  for (const [pageName, lang] of [
    ['gov', 'zh-CN'],
    ['bank', 'en'],
  ] as const) {
    it(`${pageName}.html: example 02 prints on at most 2 A4 pages; with the clause appendix, more`, async () => {
      const page = await open(pageName, 1280, 900, { scenario: await scenario('02'), lang });
      try {
        const pages = async () => {
          const pdf = await page.pdf({
            format: 'A4',
            margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' },
          });
          await writeFile(path.join(shots, `first-use-print-${pageName}.pdf`), pdf);
          // Each page is one "/Type /Page" dictionary in Chromium's PDF ("/Type /Pages" is the tree above them).
          return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
        };
        const plain = await pages();
        assert.ok(plain >= 1 && plain <= 2, `example 02 prints on ${plain} pages`);
        await page.locator('.actions .appendix input').check();
        const withAppendix = await pages();
        assert.ok(withAppendix > plain, `appendix chosen: ${withAppendix} pages, without: ${plain}`);
        console.log(`# ${pageName}: ${plain} A4 page(s), ${withAppendix} with the appendix`);
      } finally {
        await page.close();
      }
    });
  }

  for (const [pageName, lang] of [
    ['gov', 'zh-CN'],
    ['bank', 'en'],
  ] as const) {
    for (const width of [360, 1280]) {
      it(`screenshots of ${pageName}.html at ${width} px: first view and example 03`, async () => {
        const first = await open(pageName, width, 900);
        try {
          await first.screenshot({ path: path.join(shots, `first-use-${lang}-${width}-start.png`), fullPage: true });
        } finally {
          await first.close();
        }
        const page = await open(pageName, width, 900, { scenario: await scenario('03'), lang });
        try {
          await page.screenshot({ path: path.join(shots, `first-use-${lang}-${width}-03.png`), fullPage: true });
        } finally {
          await page.close();
        }
      });
    }
  }
});
