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
const benchViews: ViewSource = async (req) => ({ views: req.offers.map((o) => buildView(o, defaultStored(), req.lang, '2026-06-30')) });

export interface BenchResult {
  /** All the work, slices back to back (plus, for the lazy run, the badges rendered as they came into view). */
  ms: number;
  /** The longest slice: what one animation frame carries at most. */
  maxSliceMs: number;
  /** Badge hosts on the page, and how many of them were rendered (figures computed, template rendered). */
  badges: number;
  rendered: number;
}

// Times every badge render, wherever it happens (in a scan slice or in the visibility callback).
let renderMs = 0;
let renders = 0;
const proto = Controller.prototype as unknown as { render(a: unknown): void };
const originalRender = proto.render;
proto.render = function (this: unknown, a: unknown) {
  const t = performance.now();
  originalRender.call(this, a);
  renderMs += performance.now() - t;
  renders++;
};

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * Runs a full scan of the current document to the end, slices back to back, and times the work. `eager` renders
 * every badge during the scan; otherwise badges render when near the viewport, as in the extension.
 */
export async function scanOnce(eager = false): Promise<BenchResult> {
  renderMs = 0;
  renders = 0;
  const queue: (() => void)[] = [];
  const c = new Controller(defaultStored().settings, 'zh-CN', '2026-06-30', { scheduler: (cb) => queue.push(cb), eager, views: benchViews });
  const t0 = performance.now();
  c.start();
  let maxSliceMs = performance.now() - t0;
  while (queue.length) {
    const s0 = performance.now();
    queue.shift()!();
    maxSliceMs = Math.max(maxSliceMs, performance.now() - s0);
  }
  const scanMs = performance.now() - t0;
  const renderedDuringScan = renderMs;
  // Let the visibility observer deliver: the badges in view render in the next frames.
  await frame();
  await frame();
  await frame();
  const ms = scanMs + (renderMs - renderedDuringScan);
  const badges = document.querySelectorAll('[data-ezone-annotation]').length;
  const rendered = renders;
  c.clear();
  return { ms, maxSliceMs: Math.max(maxSliceMs, renderMs - renderedDuringScan), badges, rendered };
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
