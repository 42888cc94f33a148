/**
 * End-to-end harness: a fixture server on 127.0.0.1 (random port), Debian's Chromium with the built extension
 * loaded (headless), and a reader for the badges' closed shadow roots through the DevTools protocol (the page itself
 * cannot read them, by design).
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
import { createServer, type Server } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { hugeHtml } from './fixtures/huge.ts';
import Decimal from 'decimal.js';
import { lprOn } from '../../core/policy/lpr.ts';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../dist/extension');
const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const CORPUS = resolve(import.meta.dirname, 'corpus');

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves test/extension/fixtures/*.html, the corpus (/corpus/<split>/<id>.html: dev, test, holdout, holdout2, …), and /huge.html made on the fly. */
export async function serveFixtures(): Promise<FixtureServer> {
  let huge: string | undefined;
  const server: Server = createServer(async (req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    if (name === 'huge.html') {
      huge ??= hugeHtml();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(huge);
      return;
    }
    const corpus = /^corpus\/(dev|test|holdout\d*)\/([\w-]+\.html)$/.exec(name);
    if (!corpus && !/^[\w-]+\.html$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(corpus ? join(CORPUS, corpus[1]!, corpus[2]!) : join(FIXTURES, name));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  /** Every URL any page of the context requested. */
  requests: string[];
  close(): Promise<void>;
}

/** Chromium with the built extension loaded, in a new profile; `extraArgs` add command-line switches. */
export async function launchWithExtension(lang = 'zh-CN', extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('dist/extension is missing: run `npm run build:extension` first');
  const userDataDir = await mkdtemp(join(tmpdir(), 'ezone-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: CHROMIUM_PATH,
    locale: lang,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--lang=${lang}`,
      ...CHROMIUM_ARGS,
      ...extraArgs,
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const extensionId = await findExtensionId(context);
  return {
    context,
    extensionId,
    requests,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The extension's id, from its service worker's address. */
async function findExtensionId(context: BrowserContext): Promise<string> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  return new URL(sw.url()).host;
}

/**
 * Whether the options page shows in a tab within 15 s of the install (first run). Chrome itself is asked, through the
 * service worker: a tab opened before Playwright attached may never be reported as a page.
 */
export async function optionsPageShown(b: Browser): Promise<boolean> {
  const url = `chrome-extension://${b.extensionId}/ui/options/index.html`;
  const sw = b.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${b.extensionId}/`));
  if (!sw) return false;
  return waitFor(async () => {
    const shown = await sw.evaluate(
      async (u) =>
        (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.TAB], documentUrls: [u] }))
          .length > 0,
      url,
    );
    return shown || undefined;
  }).then(
    () => true,
    () => false,
  );
}

/** Writes the stored profile through an extension page, as the options page would. */
export async function setStored(b: Browser, stored: unknown): Promise<void> {
  const page = await b.context.newPage();
  try {
    await page.goto(`chrome-extension://${b.extensionId}/ui/popup/index.html`);
    await page.evaluate((value) => chrome.storage.local.set({ ezone: value }), stored);
  } finally {
    await page.close();
  }
}

export interface BadgeSeen {
  kind: string | undefined;
  rate: string | undefined;
  amount: string | undefined;
  currency: string | undefined;
  /** id of the nearest ancestor with an id: the card in the fixtures. */
  cardId: string;
  /** Summary line inside the closed shadow root. */
  summary: string;
  /** Whether the badge host has a shadow root that we could read (page fakes have none). */
  real: boolean;
  backendNodeId?: number;
}

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/**
 * Function source, run on a badge's closed shadow root through the DevTools protocol: the private text (CSS
 * generated content from the --t custom property) of the elements matching a selector, joined. This is what the
 * user sees and hears; the page cannot read it.
 */
export const PRIVATE_TEXT_FN = `function (selector) {
  const unquote = (v) => {
    v = v.trim();
    if (!v.startsWith('"')) return '';
    return v.slice(1, -1).replace(/\\\\([0-9a-fA-F]{1,6}) ?/g, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/\\\\(.)/g, '$1');
  };
  const roots = selector ? [...this.querySelectorAll(selector)] : [this];
  return roots.map((r) => [...r.querySelectorAll('.t')].map((e) => unquote(getComputedStyle(e).getPropertyValue('--t'))).join(' ')).join('\\n').trim();
}`;

/** Every element carrying data-ezone-annotation, with the text of its closed shadow root. */
export async function readBadges(page: Page): Promise<BadgeSeen[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Hosts live in the light DOM: a selector finds them; describeNode with pierce reaches their closed roots.
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeIds } = (await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: '[data-ezone-annotation]',
    })) as { nodeIds: number[] };
    const hosts: CdpNode[] = [];
    for (const nodeId of nodeIds) {
      const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true })) as { node: CdpNode };
      hosts.push(node);
    }
    const out: BadgeSeen[] = [];
    for (const h of hosts) {
      const attrs: Record<string, string> = {};
      const a = h.attributes ?? [];
      for (let i = 0; i + 1 < a.length; i += 2) attrs[a[i]!] = a[i + 1]!;
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: h.backendNodeId })) as {
        object: { objectId: string };
      };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration:
          'function () { const c = this.parentElement && this.parentElement.closest("[id]"); return c ? c.id : ""; }',
        returnByValue: true,
      })) as { result: { value: string } };
      let summary = '';
      const sr = h.shadowRoots?.[0];
      if (sr) {
        const r = (await cdp.send('DOM.resolveNode', { backendNodeId: sr.backendNodeId })) as {
          object: { objectId: string };
        };
        const s = (await cdp.send('Runtime.callFunctionOn', {
          objectId: r.object.objectId,
          functionDeclaration: PRIVATE_TEXT_FN,
          arguments: [{ value: '[part=summary]' }],
          returnByValue: true,
        })) as { result: { value: string } };
        summary = s.result.value;
      }
      out.push({
        kind: attrs['data-ezone-annotation'],
        rate: attrs['data-ezone-rate'],
        amount: attrs['data-ezone-amount'],
        currency: attrs['data-ezone-currency'],
        cardId: result.value,
        summary,
        real: Boolean(sr) && !('data-fake' in attrs),
        backendNodeId: h.backendNodeId,
      });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** Runs a function on a badge's closed shadow root (e.g. to open its popover) and returns what it returns. */
export async function onShadowRoot<T>(
  page: Page,
  hostBackendNodeId: number,
  fn: string,
  args: unknown[] = [],
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { node } = (await cdp.send('DOM.describeNode', {
      backendNodeId: hostBackendNodeId,
      depth: 1,
      pierce: true,
    })) as { node: CdpNode };
    const sr = node.shadowRoots?.[0];
    if (!sr) throw new Error('no shadow root');
    const r = (await cdp.send('DOM.resolveNode', { backendNodeId: sr.backendNodeId })) as {
      object: { objectId: string };
    };
    const s = (await cdp.send('Runtime.callFunctionOn', {
      objectId: r.object.objectId,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T } };
    return s.result.value;
  } finally {
    await cdp.detach();
  }
}

/**
 * Cards a fixture says should get a badge, with what should be read. An LPR-priced card gives its spread
 * (data-expect-lpr-bp) and the rate is the 1-year LPR in force on `today` plus that spread, so the fixtures outlive
 * the next LPR publication.
 */
export async function expectedCards(
  page: Page,
  today: string,
): Promise<{ id: string; kind: string; rate?: string; amount?: string }[]> {
  const cards = await page.$$eval('[data-expect-kind]', (els) =>
    els.map((e) => {
      const d = (e as HTMLElement).dataset;
      return { id: e.id, kind: d.expectKind!, rate: d.expectRate, lprBp: d.expectLprBp, amount: d.expectAmount };
    }),
  );
  const lpr = lprOn(today);
  return cards.map(({ lprBp, rate, amount, ...c }) => {
    const r = lprBp !== undefined && lpr ? new Decimal(lpr.oneYear).plus(new Decimal(lprBp).div(100)).toString() : rate;
    return { ...c, ...(r ? { rate: r } : {}), ...(amount ? { amount } : {}) };
  });
}

/**
 * Polls until `check` returns a value (not undefined) or the time is up; no timing is asserted, only the outcome.
 * A check that never answers (a browser call left pending) counts as "not yet", so the wait always ends.
 */
export async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs = 15000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let unanswered = 0;
  while (Date.now() < end) {
    const answer = await settledBy(check(), end);
    if (answer === PENDING) unanswered++;
    else if (answer !== undefined) return answer;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`condition not met in time${unanswered ? ` (a check did not answer ${unanswered} time(s))` : ''}`);
}

export const PENDING = Symbol('pending');

/** The promise's value, or PENDING if it has not settled by `deadline` (its later rejection is then ignored). */
export async function settledBy<T>(p: Promise<T>, deadline: number): Promise<T | typeof PENDING> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof PENDING>(
    (r) => (timer = setTimeout(() => r(PENDING), Math.max(0, deadline - Date.now()))),
  );
  p.catch(() => undefined);
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** What the page's content script says about it (through an extension page, as the popup asks). */
export async function findingsOf(
  b: Browser,
  page: Page,
): Promise<{ tabId: number; idle: boolean; findings: { summary: string }[] } | undefined> {
  const ext = await extensionPage(b);
  return ext.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    type Reply = { tabId: number; url: string; idle: boolean; findings: { summary: string }[] };
    // Every tab is asked at once and the page's own answer is taken as soon as it comes: a tab that never answers
    // (one mid-navigation) must not hold up the poll, as it did when the tabs were asked one after another.
    return new Promise<Reply | undefined>((resolve) => {
      let waiting = tabs.length;
      if (!waiting) resolve(undefined);
      setTimeout(() => resolve(undefined), 2000);
      for (const tab of tabs)
        (chrome.tabs.sendMessage(tab.id!, { type: 'popup-to-cs:get-findings' }) as Promise<Reply | undefined>)
          .then(
            (r) => {
              // (With its tab's id: a popup opened as a page is told which tab to ask, ?tab=.)
              if (r && r.url === url) resolve({ ...r, tabId: tab.id! });
            },
            () => undefined, // a tab without the content script
          )
          .finally(() => {
            if (--waiting === 0) resolve(undefined);
          });
    });
  }, page.url());
}

const extensionPages = new WeakMap<Browser, Page>();

/** One extension page per browser, kept open, to ask tabs and write storage from. */
async function extensionPage(b: Browser): Promise<Page> {
  let p = extensionPages.get(b);
  if (!p || p.isClosed()) {
    p = await b.context.newPage();
    await p.goto(`chrome-extension://${b.extensionId}/ui/popup/index.html`);
    extensionPages.set(b, p);
  }
  return p;
}

/** Waits until the page's content script has finished: its scan, and every badge it asked the service worker for. */
export async function scanFinished(b: Browser, page: Page): Promise<void> {
  await waitFor(async () => ((await findingsOf(b, page))?.idle ? true : undefined), 30000);
}
