/**
 * Content script, first stage: small, runs on every http(s) page. It reads the settings, and only when the page
 * names a financing product (now, or in nodes added later) loads the second stage (controller.ts: detector,
 * core, badges). A page without such words costs one regex pass over its text and a light MutationObserver.
 * It also answers the popup, and removes everything when the extension is updated under it (context invalidated).
 */
import { KEYWORD_RE, PREFILTER_RE } from '../detector/keywords.ts';
import { MessageTypePopupToCS, type FindingsReply } from '../shared/messages.ts';
import {
  isSiteDisabled,
  loadSiteSettings,
  readSiteSettings,
  STORAGE_KEY,
  type SiteSettings,
} from '../shared/site-settings.ts';

type Second = typeof import('./controller.ts');

function contextAlive(): boolean {
  try {
    return Boolean(chrome.runtime?.id);
  } catch {
    return false;
  }
}

export function mentionsProduct(text: string): boolean {
  return PREFILTER_RE.test(text) && KEYWORD_RE.test(text);
}

async function main(): Promise<void> {
  if (!(document instanceof HTMLDocument) || !document.documentElement) return;
  let settings: SiteSettings = await loadSiteSettings();
  let controller: ReturnType<Second['startController']> | null = null;
  let loading = false;
  const storedListeners: ((s: SiteSettings) => void)[] = [];
  let findings: (() => FindingsReply) | null = null;
  const enabled = () => !settings.paused && !isSiteDisabled(settings, location.hostname);

  const load = async () => {
    if (loading || controller) return;
    loading = true;
    watcher.disconnect();
    const second: Second = await import('./controller.ts');
    controller = second.startController(settings, {
      onStored: (h) => storedListeners.push(h),
      onMessage: (h) => (findings = h),
    });
  };

  // Until the second stage is needed: added nodes are batched per frame and tested for product words only.
  let pending: Node[] = [];
  let frame = false;
  const watcher = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') pending.push(r.target);
      else for (const n of r.addedNodes) pending.push(n);
    }
    // No animation frames in a background tab: a busy page there must not pile up node references until it is shown.
    if (pending.length > 256) pending = [document.body ?? document.documentElement];
    if (!frame && pending.length) {
      frame = true;
      requestAnimationFrame(() => {
        frame = false;
        const nodes = pending;
        pending = [];
        if (enabled() && nodes.some((n) => mentionsProduct(n.textContent ?? ''))) void load();
      });
    }
  });
  const watch = () => {
    // Paused or off for this site: no observer at all (it would only collect nodes to drop on every change).
    if (!enabled()) watcher.disconnect();
    else if (mentionsProduct(document.body?.textContent ?? '')) void load();
    else watcher.observe(document.documentElement, { childList: true, characterData: true, subtree: true });
  };
  watch();

  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(STORAGE_KEY in changes)) return;
    const wasEnabled = enabled();
    settings = readSiteSettings(changes[STORAGE_KEY]!.newValue);
    if (controller) for (const h of storedListeners) h(settings);
    else if (wasEnabled !== enabled()) watch();
  });
  chrome.runtime.onMessage.addListener((msg: unknown, _sender, reply) => {
    const type = typeof msg === 'object' && msg !== null ? (msg as { type?: unknown }).type : undefined;
    // The user asks about text they selected: answered on any page, named products or not, paused or not.
    // (The detector loads with it, as with the second stage: a page nobody asks about never evaluates it.)
    if (type === MessageTypePopupToCS.ReadSelection) {
      const selected = window.getSelection()?.toString() ?? '';
      const pageLang = document.documentElement.lang;
      void import('./selection.ts').then(({ selectionReply }) => reply(selectionReply(selected, pageLang)));
      return true;
    }
    if (type === MessageTypePopupToCS.GetFindings) {
      reply(
        findings
          ? findings()
          : ({
              host: location.hostname,
              url: location.href,
              idle: !loading,
              enabled: enabled(),
              findings: [],
            } satisfies FindingsReply),
      );
    }
    return false;
  });
  // After an update the old script's context is gone: its badges would be orphans, so they go.
  const watchdog = setInterval(() => {
    if (!contextAlive()) {
      clearInterval(watchdog);
      watcher.disconnect();
      controller?.clear();
    }
  }, 5000);
}

if (typeof chrome !== 'undefined' && chrome.runtime?.id) void main();
