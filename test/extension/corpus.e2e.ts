/**
 * The built extension on the real-page corpus (test/extension/corpus/): every page loaded in Chromium, every badge
 * matched to the page's expected offers (written before the extension ran on them). Prints precision, recall, rate
 * and amount accuracy per split and per page kind, and fails when the held-out split falls below its floor.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lprOn } from '../../core/policy/lpr.ts';
import { defaultStored } from '../../extension/shared/profile.ts';
import { launchWithExtension, PENDING, scanFinished, settledBy, setStored, type Browser } from './harness.ts';
import { ONE_RENDERER_ARG } from '../support/chromium.mjs';
import { openAtSource } from './corpus/at-source.ts';
import { kindOf, loadEverySplit, scorePage, SPLITS, totals, type PageScore } from './corpus/score.ts';

/**
 * Regression floors on the held-out split, at the level reached when the corpus was built (issue 8 asks for
 * precision ≥ 97% and recall ≥ 90%; the closing note of that issue says how far this is). Raise them, never lower.
 */
/** The test split: 100% of 29 badges and 28/28 offers since premium bands are read; the floors keep one page's margin. */
const FLOOR = { precision: 0.96, recall: 0.89, rate: 0.95, negativePagesWithBadges: 0 };
/**
 * The holdout split was built after the tuning on dev and test had consulted both (its README section says how).
 * Measured once before any change: precision 25.0%, recall 3/8. Its floor is the level reached since; it has only 8
 * offers stating a rate, so one offer moves recall by 12.5 points. The README's rule on reports and comparisons
 * (commit c97c0d4) made three of its pages negatives, among them a news round-up whose two offers were counted found:
 * 6 offers now, 3 found, 3 of 4 badges right; the floors keep one page's margin below that.
 */
const HOLDOUT_FLOOR = { precision: 0.6, recall: 0.33 };
/** holdout2, built later still: measured once before any change at precision 44.4%, recall 16/25 (21 offers since the relabel). */
const HOLDOUT2_FLOOR = { precision: 0.85, recall: 0.8 };
/**
 * holdout3: measured once before any change at precision 31.3%, recall 3/7, then tuned on by kind; holdout4 (measured
 * once at 60.0% / 1/12, then tuned on) has no floor, and neither have holdout5, holdout6 and holdout7 (each tuned on
 * after its first measurement: 33.3% / 4/7, 12.5% / 1/3, 30.0% / 5/6; the corpus README keeps them), nor holdout8
 * (built after holdout7 was tuned on; its first measurement is in the corpus README), nor holdout9 (built after
 * holdout8 was tuned on; likewise), nor holdout10 (built after holdout9 was tuned on; likewise), nor holdout11 (built
 * after holdout10 was tuned on; likewise), nor reword to reword9 (pages of earlier splits rebuilt by other writers;
 * likewise), nor holdout12 (built after reword9 was tuned on; likewise), nor holdout13 (built after holdout12 was tuned
 * on; likewise), nor holdout14 to holdout17 (each built after the split before it was tuned on; likewise), nor reword10
 * (holdout12 to holdout17 rebuilt by other writers; likewise), nor reword11 (the rated pages rebuilt least, rebuilt again
 * by other writers; likewise), nor reword12 and reword13 (two halves of a later such rebuild, one tuned on, one kept
 * unseen; likewise), nor reword14 (a tenth rebuild, measured before and after the changes tuned on reword13), nor
 * reword15 and reword16 (an eleventh and a twelfth, each measured before the changes of its session; likewise), nor
 * reword17 and reword18 (a thirteenth and a fourteenth, measured before and after a session's changes), nor
 * reword19 (a fifteenth, measured before and after the session that tuned on reword17 and reword18).
 */
const HOLDOUT3_FLOOR = { precision: 0.55, recall: 0.5 };

const TODAY = new Date().toISOString().slice(0, 10);

/** Far beyond what one stored page takes (well under a second): only a wait the browser never answers reaches it. */
const PAGE_DEADLINE_MS = 90_000;

/** The work's result, or an error once PAGE_DEADLINE_MS have passed without one. */
async function inTime<T>(work: Promise<T>): Promise<T> {
  const answer = await settledBy(work, Date.now() + PAGE_DEADLINE_MS);
  if (answer === PENDING) throw new Error(`no answer in ${PAGE_DEADLINE_MS / 1000} s`);
  return answer;
}

let b: Browser;
const scores: PageScore[] = [];
const pages = loadEverySplit();

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

describe('extension on the real-page corpus', () => {
  before(async () => {
    // One renderer for every page (ONE_RENDERER_ARG says why).
    b = await launchWithExtension('zh-CN', [ONE_RENDERER_ARG]);
    const stored = defaultStored();
    await setStored(b, { ...stored, settings: { ...stored.settings, profileSaved: true } });
  });
  after(async () => {
    await b?.close();
  });

  test(`every page of the corpus (${pages.length}) is scanned and scored`, async () => {
    const lpr = lprOn(TODAY)!;
    let page = await b.context.newPage();
    /** Opens one corpus page at its address, waits for the scan and reads the badges' hosts. */
    const badgesOn = async (p: (typeof pages)[number]) => {
      // At the address it was built from: the detector reads the host and path the user's browser would show.
      await openAtSource(page, p);
      await scanFinished(b, page);
      // The hosts are in the page's DOM with what was read (data-ezone-*); their text is private and not needed.
      return page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-ezone-annotation]')].map((h) => {
          const parent = h.parentElement;
          // (A host in a product column's cell has that cell for its card: data-ezone-cell.)
          const card =
            parent instanceof HTMLTableCellElement && parent.parentElement && !h.hasAttribute('data-ezone-cell')
              ? parent.parentElement
              : parent;
          return {
            kind: h.dataset.ezoneAnnotation,
            rate: h.dataset.ezoneRate,
            amount: h.dataset.ezoneAmount,
            currency: h.dataset.ezoneCurrency,
            cardText: card?.textContent ?? '',
          };
        }),
      );
    };
    const openedTwice: string[] = [];
    for (const p of pages) {
      let badges: Awaited<ReturnType<typeof badgesOn>>;
      try {
        badges = await inTime(badgesOn(p));
      } catch (first) {
        // The browser once left a wait unanswered for good (the hang of stop 19's CI): a page that does not finish is
        // opened once more, in a new tab, and named below. A scan that never finishes fails the second time as well.
        openedTwice.push(`${p.split}/${p.id} (${(first as Error).message})`);
        void page.close().catch(() => undefined);
        page = await b.context.newPage();
        badges = await inTime(badgesOn(p)).catch((e: Error) => {
          throw new Error(`corpus page ${p.split}/${p.id}: the scan did not finish, twice (${e.message})`);
        });
      }
      scores.push(scorePage(p, badges, lpr));
    }
    if (openedTwice.length) console.log(`pages opened a second time: ${openedTwice.join('; ')}`);
    await page.close();
    assert.equal(scores.length, pages.length);
  });

  test('the held-out split stays above its floors; figures per split and page kind', () => {
    const lines: string[] = [];
    for (const split of SPLITS) {
      const t = totals(
        scores.filter((s) => s.split === split),
        pages,
      );
      lines.push(
        `${split}: ${t.pages} pages, ${t.badges} badges, precision ${pct(t.precision)}, recall ${t.found}/${t.rated} = ${pct(t.recall)}, rate right ${t.rateRight}/${t.rateChecked}, amount right ${t.amountRight}/${t.amountChecked}, negative pages with a badge ${t.negativePagesWithBadges}/${t.negativePages}`,
      );
    }
    const kinds = new Map<string, PageScore[]>();
    for (const s of scores) {
      const k = kindOf(pages.find((p) => p.id === s.id)!);
      kinds.set(k, [...(kinds.get(k) ?? []), s]);
    }
    for (const [k, list] of [...kinds].sort()) {
      const t = totals(list, pages);
      lines.push(
        `  ${k}: ${t.pages} pages, badges ${t.correctBadges}/${t.badges} right, offers found ${t.found}/${t.rated}`,
      );
    }
    for (const s of scores) if (s.problems.length) lines.push(`  ${s.split}/${s.id}: ${s.problems.join('; ')}`);
    console.log(lines.join('\n'));
    const held = totals(
      scores.filter((s) => s.split === 'test'),
      pages,
    );
    assert.ok(held.precision >= FLOOR.precision, `precision ${pct(held.precision)} < ${pct(FLOOR.precision)}`);
    assert.ok(held.recall >= FLOOR.recall, `recall ${pct(held.recall)} < ${pct(FLOOR.recall)}`);
    assert.ok(held.rateAccuracy >= FLOOR.rate, `rate read right ${pct(held.rateAccuracy)} < ${pct(FLOOR.rate)}`);
    assert.ok(
      held.negativePagesWithBadges <= FLOOR.negativePagesWithBadges,
      `${held.negativePagesWithBadges} negative pages with badges`,
    );
    const holdout = totals(
      scores.filter((s) => s.split === 'holdout'),
      pages,
    );
    assert.ok(holdout.precision >= HOLDOUT_FLOOR.precision, `holdout precision ${pct(holdout.precision)}`);
    assert.ok(holdout.recall >= HOLDOUT_FLOOR.recall, `holdout recall ${pct(holdout.recall)}`);
    const holdout2 = totals(
      scores.filter((s) => s.split === 'holdout2'),
      pages,
    );
    assert.ok(holdout2.precision >= HOLDOUT2_FLOOR.precision, `holdout2 precision ${pct(holdout2.precision)}`);
    assert.ok(holdout2.recall >= HOLDOUT2_FLOOR.recall, `holdout2 recall ${pct(holdout2.recall)}`);
    const holdout3 = totals(
      scores.filter((s) => s.split === 'holdout3'),
      pages,
    );
    assert.ok(holdout3.precision >= HOLDOUT3_FLOOR.precision, `holdout3 precision ${pct(holdout3.precision)}`);
    assert.ok(holdout3.recall >= HOLDOUT3_FLOOR.recall, `holdout3 recall ${pct(holdout3.recall)}`);
  });
});
