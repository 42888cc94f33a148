/**
 * Quick run of the detector over the corpus in Chromium (no extension build): prints precision, recall, rate and
 * amount accuracy per split and every problem on the dev split. `tsx test/extension/corpus/quick-run.ts [dev|test|holdout|holdout2|holdout3|holdout4|holdout5|holdout6|holdout7|holdout8|holdout9|holdout10|holdout11|reword|reword2|reword3|reword4|reword5|reword6|reword7|reword8|reword9|holdout12|holdout13|holdout14|holdout15|holdout16|holdout17|reword10|reword11|reword12|reword13|reword14|reword15|reword16|reword17|reword18|reword19|all|every] [--verbose]`
 * (`all` is dev and test; the other splits are measured only when named, or all at once with `every`)
 */
import { existsSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ONE_RENDERER_ARG } from '../../support/chromium.mjs';
import { lprOn } from '../../../core/policy/lpr.ts';
import { openAtSource } from './at-source.ts';
import { loadCorpus, loadEverySplit, SPLITS, scorePage, totals, type PageScore, type Split } from './score.ts';

const which = process.argv[2] ?? 'dev';
/** `--debug <id> <anchor>`: how each block around the anchor is judged. */
const debugAt = process.argv.indexOf('--debug');
const verbose = process.argv.includes('--verbose');
const bundle = await build({ entryPoints: [new URL('./scan-entry.ts', import.meta.url).pathname], bundle: true, write: false, format: 'iife', target: 'chrome120' });
const code = bundle.outputFiles[0]!.text;
if (debugAt > 0) {
  const [id, anchor] = [process.argv[debugAt + 1]!, process.argv[debugAt + 2]!];
  const dbg = await build({ entryPoints: [new URL('./debug-entry.ts', import.meta.url).pathname], bundle: true, write: false, format: 'iife', target: 'chrome120' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  // `--debug <file.tsv>`: one "<page id>\t<anchor>" a line, each debugged in turn in one browser.
  const asks = existsSync(id) ? readFileSync(id, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t')) : [[id, anchor]];
  const pages = loadEverySplit();
  for (const [pageId, at] of asks) {
    const page = await browser.newPage();
    const p = pages.find((x) => x.id === pageId);
    if (!p) { console.log(`=== ${pageId}: no such page`); continue; }
    await openAtSource(page, p);
    await page.addScriptTag({ content: dbg.outputFiles[0]!.text });
    if (asks.length > 1) console.log(`=== ${pageId} | ${at}`);
    console.log((await page.evaluate((a) => window.ezoneDebug(a), at!)).join('\n'));
    await page.close();
  }
  await browser.close();
  process.exit(0);
}
const lpr = lprOn(new Date().toISOString().slice(0, 10))!;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ONE_RENDERER_ARG] });
const page = await browser.newPage();
// With --show, what the page logs too (a console.log put in the scanner while debugging).
if (process.argv.includes('--show')) {
  page.on('console', (m) => console.log('   console', m.text()));
  page.on('pageerror', (e) => console.log('   pageerror', e.stack ?? e.message));
}
const only = process.argv.indexOf('--only');
// With --budget <ms>, the scanner's time per slice: 0 badges each offer before reading on, a large one reads a page in
// one slice. Both must give the same badges (how the walk is sliced depends on the machine's load).
const budgetAt = process.argv.indexOf('--budget');
const budgetMs = budgetAt < 0 ? undefined : Number(process.argv[budgetAt + 1]);
const pages = (which === 'every' ? loadEverySplit() : loadCorpus(which === 'all' ? undefined : (which as Split))).filter((p) => only < 0 || p.id.includes(process.argv[only + 1]!));
const scores: PageScore[] = [];
for (const p of pages) {
  await openAtSource(page, p);
  await page.addScriptTag({ content: code });
  const badges = await page.evaluate(([l, b]) => window.ezoneScan(l, b), [{ oneYear: lpr.oneYear, fiveYear: lpr.fiveYear }, budgetMs] as const);
  const s = scorePage(p, badges, lpr);
  if (process.argv.includes('--show')) for (const b of badges) console.log('   badge', JSON.stringify({ ...b, cardText: b.cardText.replace(/\s+/g, ' ').slice(0, 160) }));
  scores.push(s);
  if (s.problems.length && (verbose || p.split === 'dev')) console.log(`${p.split}/${p.id}\n  ${s.problems.join('\n  ')}`);
}
await browser.close();
for (const split of SPLITS) {
  const sc = scores.filter((s) => s.split === split);
  if (!sc.length) continue;
  const t = totals(sc, pages);
  console.log(`${split}: pages ${t.pages}, badges ${t.badges}, precision ${(t.precision * 100).toFixed(1)}%, recall ${t.found}/${t.rated} = ${(t.recall * 100).toFixed(1)}%, rate ${t.rateRight}/${t.rateChecked}, amount ${t.amountRight}/${t.amountChecked}, negative pages with badges ${t.negativePagesWithBadges}/${t.negativePages}${t.offAnchor ? `; beside the anchor (right figures) ${t.offAnchor}, of them stating a rate ${t.offAnchorFound}` : ''}`);
}
