/**
 * End-to-end harness for Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, the Firefox
 * build (dist/extension-firefox) installed as a temporary add-on, the fixture server of harness.ts.
 *
 * What Firefox's WebDriver BiDi allows and this harness relies on (checked on firefox-esr 153):
 * - `browsingContext.navigate` refuses moz-extension:// addresses, and puppeteer does not list extension tabs as
 *   pages. But the extension's own tabs are in `browsingContext.getTree`, and `script.evaluate` runs in them: the
 *   options page that the extension opens on install is the first extension page; any other is opened from it
 *   with `chrome.tabs.create`, as the extension itself could. From an extension page the tests ask the content
 *   script for its findings (the popup's message) and write the stored profile (as the options page does).
 * - The badges' closed shadow roots are reached through BiDi node serialization (`includeShadowTree: "all"`), and
 *   their private text is read as the browser draws it: the computed `content` of each `.t::before`.
 * These are raw BiDi commands sent on puppeteer's connection to the browser (`browser.connection`, which puppeteer
 * does not type as public: a second BiDi session is not possible).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { waitFor } from './harness.ts';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../dist/extension-firefox');

/** The part of puppeteer's BiDi connection used here. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
  on(event: string, handler: (e: Record<string, unknown>) => void): void;
}

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

interface NodeValue extends RemoteValue {
  value: { attributes?: Record<string, string>; shadowRoot?: RemoteValue | null };
}

interface ScriptResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text: string };
}

export interface FirefoxExtension {
  browser: Browser;
  bidi: BidiConnection;
  /** The add-on id puppeteer's installExtension returned (browser_specific_settings.gecko.id). */
  addonId: string;
  /** moz-extension://<uuid>, this profile's address of the extension. */
  origin: string;
  /** The options page the extension opened on install: the tests' extension page. */
  extensionContext: string;
  /** Every URL any web page requested (BiDi network events of all browsing contexts). */
  requests: string[];
  close(): Promise<void>;
}

async function contexts(bidi: BidiConnection): Promise<{ context: string; url: string }[]> {
  const { result } = await bidi.send('browsingContext.getTree', {});
  return result.contexts as { context: string; url: string }[];
}

function unwrap(r: ScriptResult): unknown {
  if (r.type === 'exception') throw new Error(`script failed in the browser: ${r.exceptionDetails?.text}`);
  const v = r.result;
  if (!v || v.type === 'undefined') return undefined;
  return JSON.parse(v.value as string);
}

/** Runs `fn` (a function's source) in a browsing context with JSON-able arguments; returns its JSON-able result. */
export async function run<T>(ext: FirefoxExtension, context: string, fn: string, ...args: unknown[]): Promise<T> {
  const { result } = await ext.bidi.send('script.callFunction', {
    functionDeclaration: `async function (...json) { const v = await (${fn}).apply(this, json.map((j) => JSON.parse(j))); return v === undefined ? undefined : JSON.stringify(v); }`,
    arguments: args.map((a) => ({ type: 'string', value: JSON.stringify(a) })),
    awaitPromise: true,
    target: { context },
  });
  return unwrap(result as unknown as ScriptResult) as T;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error('dist/extension-firefox is missing: run `npm run build:extension` first');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // The UI in Chinese (Debian's firefox-esr-l10n-zh-cn language pack), as in the Chromium tests.
    extraPrefsFirefox: { 'intl.locale.requested': 'zh-CN' },
  });
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const requests: string[] = [];
  bidi.on('network.beforeRequestSent', (e) => requests.push((e.request as { url: string }).url));
  const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  // The extension opens its options page on install; that tab is where the tests speak as the extension.
  const options = await waitFor(
    async () =>
      (await contexts(bidi)).find(
        (c) => c.url.startsWith('moz-extension://') && c.url.endsWith('/ui/options/index.html'),
      ),
    30000,
  );
  return {
    browser,
    bidi,
    addonId,
    // (Node's URL gives a moz-extension: address the origin "null".)
    origin: `moz-extension://${new URL(options.url).host}`,
    extensionContext: options.context,
    requests,
    close: () => browser.close(),
  };
}

/** The BiDi browsing context showing a page (test pages carry a unique query string). */
export async function contextOf(ext: FirefoxExtension, page: Page): Promise<string> {
  const url = page.url();
  const found = (await contexts(ext.bidi)).find((c) => c.url === url);
  if (!found) throw new Error(`no browsing context shows ${url}`);
  return found.context;
}

/** Opens an extension page in a new tab (from the extension's own page, as the extension would) and returns its context. */
export async function openExtensionTab(ext: FirefoxExtension, path: string): Promise<string> {
  const url = `${ext.origin}${path}`;
  const known = new Set((await contexts(ext.bidi)).map((c) => c.context));
  await run(ext, ext.extensionContext, 'async (url) => { await chrome.tabs.create({ url, active: true }); }', url);
  const ctx = await waitFor(async () => (await contexts(ext.bidi)).find((c) => c.url === url && !known.has(c.context)));
  // Wait for the page's script to have run (its custom element defined).
  await waitFor(async () =>
    (await run<boolean>(ext, ctx.context, '() => document.readyState === "complete"')) ? true : undefined,
  );
  return ctx.context;
}

export async function closeContext(ext: FirefoxExtension, context: string): Promise<void> {
  await ext.bidi.send('browsingContext.close', { context });
}

/** Writes the stored profile through the extension page, as the options page would. */
export async function setStoredFx(ext: FirefoxExtension, stored: unknown): Promise<void> {
  await run(ext, ext.extensionContext, '(value) => chrome.storage.local.set({ ezone: value })', stored);
}

export interface FindingsFx {
  /** The page's tab: a popup opened as a page is told which tab to ask (?tab=). */
  tabId: number;
  url: string;
  idle: boolean;
  enabled: boolean;
  findings: { kind: string; summary: string }[];
}

/** What the page's content script says about it: the popup's message, sent from the extension page to every tab. */
export async function findingsOfFx(ext: FirefoxExtension, page: Page): Promise<FindingsFx | undefined> {
  return run<FindingsFx | undefined>(
    ext,
    ext.extensionContext,
    `async (url) => {
      for (const tab of await chrome.tabs.query({})) {
        try {
          const r = await chrome.tabs.sendMessage(tab.id, { type: 'popup-to-cs:get-findings' });
          if (r && r.url === url) return { ...r, tabId: tab.id };
        } catch {
          // a tab without the content script
        }
      }
      return undefined;
    }`,
    page.url(),
  );
}

/** Waits until the page's content script has finished: its scan, and every badge it asked the background for. */
export async function scanFinishedFx(ext: FirefoxExtension, page: Page): Promise<void> {
  await waitFor(async () => ((await findingsOfFx(ext, page))?.idle ? true : undefined), 30000);
}

/**
 * Function source run with a badge's closed shadow root as `this`: the drawn private text (computed `content` of
 * `.t::before`, i.e. the stylesheet applied and the --t value substituted) of the elements matching a selector.
 */
export const DRAWN_TEXT_FN = `function (selector) {
  const unquote = (v) => {
    v = (v || '').trim();
    if (!v.startsWith('"')) return '';
    return v.slice(1, -1).replace(/\\\\([0-9a-fA-F]{1,6}) ?/g, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/\\\\(.)/g, '$1');
  };
  const roots = selector ? [...this.querySelectorAll(selector)] : [this];
  return roots.map((r) => [...r.querySelectorAll('.t')].map((e) => unquote(getComputedStyle(e, '::before').content)).join(' ')).join('\\n').trim();
}`;

export interface BadgeSeenFx {
  kind: string | undefined;
  rate: string | undefined;
  amount: string | undefined;
  currency: string | undefined;
  cardId: string;
  summary: string;
  /** Whether the host has a shadow root (page fakes have none, or carry data-fake). */
  real: boolean;
  /** BiDi reference to the closed shadow root, for onShadowRootFx. */
  rootRef?: string;
}

/** Every element carrying data-ezone-annotation in the page, with the drawn text of its closed shadow root. */
export async function readBadgesFx(ext: FirefoxExtension, page: Page): Promise<BadgeSeenFx[]> {
  const context = await contextOf(ext, page);
  const { result } = await ext.bidi.send('script.callFunction', {
    functionDeclaration: '() => [...document.querySelectorAll("[data-ezone-annotation]")]',
    awaitPromise: false,
    target: { context },
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const hosts = (unwrapNodes(result as unknown as ScriptResult) ?? []) as NodeValue[];
  const out: BadgeSeenFx[] = [];
  for (const h of hosts) {
    const attrs = h.value.attributes ?? {};
    const root = h.value.shadowRoot?.sharedId;
    const { result: r } = await ext.bidi.send('script.callFunction', {
      functionDeclaration: `function (root) {
        const c = this.parentElement && this.parentElement.closest('[id]');
        return JSON.stringify({ cardId: c ? c.id : '', summary: root ? (${DRAWN_TEXT_FN}).call(root, '[part=summary]') : '' });
      }`,
      this: { sharedId: h.sharedId },
      arguments: [root ? { sharedId: root } : { type: 'null' }],
      awaitPromise: false,
      target: { context },
    });
    const { cardId, summary } = unwrap(r as unknown as ScriptResult) as { cardId: string; summary: string };
    out.push({
      kind: attrs['data-ezone-annotation'],
      rate: attrs['data-ezone-rate'],
      amount: attrs['data-ezone-amount'],
      currency: attrs['data-ezone-currency'],
      cardId,
      summary,
      real: Boolean(root) && !('data-fake' in attrs),
      ...(root ? { rootRef: root } : {}),
    });
  }
  return out;
}

function unwrapNodes(r: ScriptResult): RemoteValue[] | undefined {
  if (r.type === 'exception') throw new Error(`script failed in the browser: ${r.exceptionDetails?.text}`);
  return r.result?.value as RemoteValue[] | undefined;
}

/** Runs a function with a badge's closed shadow root as `this` (e.g. to open its popover); returns its JSON-able result. */
export async function onShadowRootFx<T>(
  ext: FirefoxExtension,
  page: Page,
  rootRef: string,
  fn: string,
  args: unknown[] = [],
): Promise<T> {
  const { result } = await ext.bidi.send('script.callFunction', {
    functionDeclaration: `async function (...args) { const v = await (${fn}).apply(this, args.map((j) => JSON.parse(j))); return v === undefined ? undefined : JSON.stringify(v); }`,
    this: { sharedId: rootRef },
    arguments: args.map((a) => ({ type: 'string', value: JSON.stringify(a) })),
    awaitPromise: true,
    target: { context: await contextOf(ext, page) },
  });
  return unwrap(result as unknown as ScriptResult) as T;
}
