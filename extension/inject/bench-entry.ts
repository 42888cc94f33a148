/**
 * Entry for `npm run bench` only (never shipped): exposes the content script's controller to a page so that its scan
 * can be timed in Chromium with performance.now(), without the extension's loader around it.
 */
import { Controller } from './controller.ts';
import { mentionsProduct } from './content.ts';
import { defaultStored } from '../shared/profile.ts';
import { buildView } from '../shared/badge-view.ts';
import type { ViewSource } from './controller.ts';

/** The service worker's work, done in the page for the bench (in the extension it runs off the page's thread). */
/**
 * The service worker's answers. In the extension they are computed in the worker, off the page's thread; here they
 * are computed once (the warm-up run) and then served from memory, so the timed runs measure the page's side only.
 */
const viewCache = new Map<string, ReturnType<typeof buildView>>();
const benchViews: ViewSource = async (req) => ({
  views: req.offers.map((o) => {
    const key = JSON.stringify(o);
    let v = viewCache.get(key);
    if (!v) viewCache.set(key, (v = buildView(o, defaultStored(), req.lang, '2026-06-30')));
    return v;
  }),
});

export interface BenchResult {
  /** All the work, slices back to back (plus, for the lazy run, the badges rendered as they came into view). */
  ms: number;
  /** The longest slice: what one animation frame carries at most. */
  maxSliceMs: number;
  /** Badge hosts on the page, and how many of them were rendered (figures computed, template rendered). */
  badges: number;
  rendered: number;
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * Runs a full scan of the current document to the end and times the page's work: every slice the controller
 * schedules (scan, badge requests, badge layout) is run back to back and timed, and so is what it runs in animation
 * frames (putting the hosts into the page); the answers from the "service
 * worker" (benchViews) arrive between slices, as messages do. `eager` asks for every badge's text at once;
 * otherwise badges are asked for when near the viewport, as in the extension.
 */
export async function scanOnce(eager = false): Promise<BenchResult> {
  const queue: (() => void)[] = [];
  let ms = 0;
  let maxSliceMs = 0;
  const timed = (fn: () => void) => {
    const s0 = performance.now();
    fn();
    const d = performance.now() - s0;
    ms += d;
    maxSliceMs = Math.max(maxSliceMs, d);
  };
  const c = new Controller(defaultStored().settings, 'zh-CN', '2026-06-30', {
    scheduler: (cb) => queue.push(cb),
    // What the controller does in animation frames (inserting the hosts) is page work too: timed like a slice.
    frame: (cb) => requestAnimationFrame(() => timed(cb)),
    eager,
    views: benchViews,
  });
  timed(() => c.start());
  // Slices, messages and the visibility observer's callbacks interleave until nothing is left to do.
  for (let i = 0; i < 200 && (queue.length || !c.idle || i < 3); i++) {
    while (queue.length) timed(queue.shift()!);
    await frame();
  }
  const hosts = document.querySelectorAll('[data-ezone-annotation]');
  const badges = hosts.length;
  const rendered = c.findings().findings.filter((f) => f.summary).length;
  c.clear();
  return { ms, maxSliceMs, badges, rendered };
}

/** What the first stage does on every page: one test of the page's text, and (when nothing is named) an observer. */
export async function firstStageOnce(): Promise<BenchResult> {
  const t0 = performance.now();
  const named = mentionsProduct(document.body.textContent ?? '');
  const watcher = new MutationObserver(() => undefined);
  if (!named) watcher.observe(document.documentElement, { childList: true, subtree: true });
  const ms = performance.now() - t0;
  watcher.disconnect();
  return { ms, maxSliceMs: ms, badges: named ? 1 : 0, rendered: 0 };
}

export async function scanOnceEager(): Promise<BenchResult> {
  return scanOnce(true);
}
