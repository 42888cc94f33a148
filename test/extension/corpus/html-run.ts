/** Debug helper (not shipped): the quick run's scanner on one HTML file. `tsx html-run.ts page.html` */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../support/chromium.mjs';

const bundle = await build({ entryPoints: [new URL('./scan-entry.ts', import.meta.url).pathname], bundle: true, write: false, format: 'iife', target: 'chrome120' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
page.on('console', (m) => console.log('   console', m.text()));
await page.setContent(readFileSync(process.argv[2]!, 'utf8'));
await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
for (const b of await page.evaluate(() => window.ezoneScan({ oneYear: '3.0', fiveYear: '3.5' })))
  console.log('badge', JSON.stringify({ ...b, cardText: b.cardText.replace(/\s+/g, ' ').slice(0, 120) }));
await browser.close();
