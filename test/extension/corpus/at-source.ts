/**
 * Opens a corpus page at the address it was built from (its `source`), served from the stored file: the detector
 * reads the page's host and path (location.hostname for the currency of a bare "$" and for government pages,
 * location.pathname for a news section), so the corpus is measured as a user on that site would see it. Nothing
 * else is fetched: every other request is aborted.
 */
import { readFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import type { CorpusPage } from './score.ts';

/** How long one page may take to load; the corpus pages are local files, so this only ever ends a stuck load. */
const LOAD_TIMEOUT_MS = 30_000;

interface Serving {
  href: string;
  body: Buffer;
}

/** One route per tab, installed once, serving whichever page is current (not removed and added again per page). */
const serving = new WeakMap<Page, Serving>();

async function serveCurrent(page: Page): Promise<Serving> {
  let s = serving.get(page);
  if (s) return s;
  s = { href: '', body: Buffer.alloc(0) };
  serving.set(page, s);
  const current = s;
  await page.route('**/*', (route: Route) => {
    const request = route.request();
    const answer =
      request.url() === current.href && request.isNavigationRequest()
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: current.body })
        : route.abort();
    // A request of a page already left may be cancelled before it is answered: nothing is waiting for it.
    return answer.catch(() => undefined);
  });
  return s;
}

export async function openAtSource(page: Page, corpusPage: Pick<CorpusPage, 'id' | 'file' | 'source'>): Promise<void> {
  const target = new URL(corpusPage.source);
  target.hash = '';
  const s = await serveCurrent(page);
  s.href = target.href;
  s.body = readFileSync(corpusPage.file);
  try {
    await page.goto(target.href, { timeout: LOAD_TIMEOUT_MS });
  } catch (e) {
    throw new Error(`corpus page ${corpusPage.id} (${target.href}) did not load: ${(e as Error).message}`);
  }
}
