/**
 * Selection run (scripts, not shipped): for every offer of the corpus that states a rate or a premium, what the
 * popup's "selected text" gives when a reader selects the offer's block, the fallback for an offer without a badge.
 * `tsx test/extension/corpus/selection-run.ts [split|every] [--missed <file>]`: with `--missed`, a file of
 * "<page id>\t<anchor>" lines (the offers a quick run missed), the totals count those offers alone.
 *
 * Two ways a reader selects: the offer's terms (the smallest block around its anchor stating a rate, or a premium
 * figure, and a limit) and its line (the smallest block around the anchor stating a rate or a premium figure); never
 * a block holding another offer's anchor. An offer is right when the reading has its kind and its rate (its premium
 * for a cover).
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ONE_RENDERER_ARG } from '../../support/chromium.mjs';
import { lprOn } from '../../../core/policy/lpr.ts';
import { openAtSource } from './at-source.ts';
import { loadCorpus, loadEverySplit, sameRate, states, wantedRate, type Split } from './score.ts';
import type { SelectedReading } from './selection-entry.ts';

const which = process.argv[2] ?? 'dev';
const missedAt = process.argv.indexOf('--missed');
const missed =
  missedAt > 0
    ? new Set(readFileSync(process.argv[missedAt + 1]!, 'utf8').split('\n').filter(Boolean).map((l) => l.replace(/\s+/g, '')))
    : undefined;
const bundle = await build({ entryPoints: [new URL('./selection-entry.ts', import.meta.url).pathname], bundle: true, write: false, format: 'iife', target: 'chrome120' });
const lpr = lprOn(new Date().toISOString().slice(0, 10))!;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ONE_RENDERER_ARG] });
const page = await browser.newPage();
const pages = (which === 'every' ? loadEverySplit() : loadCorpus(which as Split)).filter((p) => p.offers.some(states));
const tally = new Map<string, number>();
const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
const asked = (id: string, anchor: string) => !missed || missed.has(`${id}\t${anchor}`.replace(/\s+/g, ''));
for (const p of pages) {
  if (!p.offers.some((o) => states(o) && asked(p.id, o.anchor))) continue;
  await openAtSource(page, p);
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  for (const o of p.offers) {
    if (!states(o) || !asked(p.id, o.anchor)) continue;
    const others = p.offers.filter((x) => x !== o).map((x) => x.anchor);
    for (const terms of [true, false]) {
      const r = (await page.evaluate(([a, os, l, c]) => window.ezoneSelect(a, os, l, c), [o.anchor, others, { oneYear: lpr.oneYear, fiveYear: lpr.fiveYear }, terms] as const)) as SelectedReading | null;
      const how = terms ? 'terms' : 'line';
      let outcome: string;
      if (!r) outcome = 'no block';
      else if (r.status !== 'offer') outcome = r.reason ? `not an offer: ${r.reason}` : r.status;
      else if (r.kind !== o.kind) outcome = 'wrong kind';
      else if (o.kind === 'insurance') outcome = r.amount !== undefined && Math.abs(Number(r.amount) * 10000 - Number(o.premium)) < 0.5 ? 'right' : 'wrong premium';
      else outcome = sameRate(r.rate, wantedRate(o, lpr)!) ? 'right' : 'wrong rate';
      count(`${how}: ${outcome}`);
      count(`${how}: offers`);
      if (process.argv.includes('--verbose') && outcome !== 'right')
        console.log(`${p.split}/${p.id} [${how}] ${outcome} «${o.anchor}» ${r ? `→ ${r.rate ?? r.amount ?? ''} on «${r.text.replace(/\s+/g, ' ').slice(0, 100)}»` : ''}`);
    }
  }
}
await browser.close();
for (const [k, v] of [...tally].sort()) console.log(`${k}: ${v}`);
