/**
 * Issue 8's insertion budget, measured on the built extension in Debian's Chromium: 3,000 offer cards inserted into
 * a page at once. A 4 ms timer in the page records how late it fires (main-thread lag) while the extension scans
 * and annotates; the same page without the extension gives the baseline. Also: the time until every card has its
 * badge host and the badges in view their text.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium.mjs';
import { launchWithExtension, optionsPageShown, serveFixtures } from '../test/extension/harness.ts';

export interface InsertRun {
  /** p95 of the 4 ms timer's lateness over the run, ms. */
  p95LagMs: number;
  /** From the insertion to every card having its badge host (with the extension), ms. */
  allBadgesMs: number;
  badges: number;
}

const CARDS = 3000;

/** Runs in the page: inserts the cards, samples the timer until the badges are all there (or 5 s), then 300 ms more. */
async function run(page: import('playwright-core').Page, expectBadges: boolean): Promise<InsertRun> {
  // Passed as source text: the bench runs through tsx, whose helpers (__name) do not exist in the page.
  return page.evaluate(`(${PAGE_RUN})(${CARDS}, ${expectBadges})`) as Promise<InsertRun>;
}

const PAGE_RUN = `async function (cards, expectBadges) {
  const lags = [];
  let stop = false;
  let last = performance.now();
  const tick = function () {
    const now = performance.now();
    lags.push(Math.max(0, now - last - 4));
    last = now;
    if (!stop) setTimeout(tick, 4);
  };
  setTimeout(tick, 4);
  await new Promise(function (r) { setTimeout(r, 200); });
  const grid = document.createElement('div');
  grid.className = 'products';
  const el = function (tag, text) {
    const e = document.createElement(tag);
    if (text) e.textContent = text;
    return e;
  };
  const built = document.createDocumentFragment();
  for (let i = 0; i < cards; i++) {
    const card = el('div');
    card.className = 'card';
    const apply = el('a', '立即申请');
    apply.href = '#';
    card.append(el('h3', '科技贷 ' + i), el('p', '年化利率低至' + (3 + (i % 10) / 10).toFixed(2) + '%'), el('p', '额度最高' + (100 + i) + '万元'), apply);
    built.appendChild(card);
  }
  const t0 = performance.now();
  lags.length = 0;
  grid.appendChild(built);
  document.body.appendChild(grid);
  let allAt = -1;
  // A live list of the badges' hosts: a selector run over the whole page every frame would add its own work.
  const hosts = document.getElementsByTagName('ezone-subsidy-badge');
  while (performance.now() < t0 + 5000) {
    await new Promise(function (r) { requestAnimationFrame(r); });
    const n = hosts.length;
    if (!expectBadges && performance.now() - t0 > 1500) break;
    if (expectBadges && n >= cards) { allAt = performance.now() - t0; break; }
  }
  await new Promise(function (r) { setTimeout(r, 300); });
  stop = true;
  const sorted = lags.slice().sort(function (a, b) { return a - b; });
  return { p95LagMs: sorted[Math.floor(sorted.length * 0.95)] || 0, allBadgesMs: allAt, badges: document.querySelectorAll('[data-ezone-annotation]').length };
}`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median over `runs` fresh pages, with and without the extension. */
export async function insertBench(
  runs = 5,
): Promise<{ withExt: InsertRun; without: InsertRun; lags: number[]; allBadges: number[] }> {
  const server = await serveFixtures();
  const ext = await launchWithExtension('zh-CN');
  // The install opens the options page in a tab of its own (first run). Opened during a run, it hides the measured
  // page: Chromium then gives that page a frame a second, and the badges "arrive" a second or two late. A user
  // browsing offers has long seen that tab: the runs start once it is there.
  if (!(await optionsPageShown(ext))) throw new Error('the first-run options page did not open');
  const plain = await chromium.launch({ headless: true, executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const w: InsertRun[] = [];
    const wo: InsertRun[] = [];
    for (let i = 0; i < runs; i++) {
      const p1 = await ext.context.newPage();
      await p1.goto(`${server.origin}/no-finance.html`);
      w.push(await run(p1, true));
      await p1.close();
      const p2 = await plain.newPage();
      await p2.goto(`${server.origin}/no-finance.html`);
      wo.push(await run(p2, false));
      await p2.close();
    }
    const pick = (xs: InsertRun[]): InsertRun => ({
      p95LagMs: median(xs.map((x) => x.p95LagMs)),
      allBadgesMs: median(xs.map((x) => x.allBadgesMs)),
      badges: Math.min(...xs.map((x) => x.badges)),
    });
    return {
      withExt: pick(w),
      without: pick(wo),
      lags: w.map((x, i) => x.p95LagMs - wo[i]!.p95LagMs),
      allBadges: w.map((x) => x.allBadgesMs),
    };
  } finally {
    await plain.close();
    await ext.close();
    await server.close();
  }
}
