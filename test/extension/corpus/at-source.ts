/**
 * Opens a corpus page at the address it was built from (its `source`), served from the stored file: the detector
 * reads the page's host and path (location.hostname for the currency of a bare "$" and for government pages,
 * location.pathname for a news section), so the corpus is measured as a user on that site would see it. Nothing
 * else is fetched: every other request is aborted.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { CorpusPage } from './score.ts';

export async function openAtSource(page: Page, corpusPage: Pick<CorpusPage, 'file' | 'source'>): Promise<void> {
  const target = new URL(corpusPage.source);
  target.hash = '';
  const body = readFileSync(corpusPage.file);
  await page.unroute('**/*');
  await page.route('**/*', (route) =>
    route.request().url() === target.href && route.request().isNavigationRequest()
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body })
      : route.abort(),
  );
  await page.goto(target.href);
}
