/**
 * The background service worker. It computes what each badge says: the content script sends the offers it read
 * (page figures only), this worker reads the saved profile, asks the core and answers with the text of each badge.
 * So the core, the texts and the profile never load into the pages the user browses, and the page's main thread does
 * no subsidy arithmetic. It also opens the options page on first install and when a badge's "set up" link asks.
 * No network, no permission beyond storage.
 */
import { buildView, type BadgeView } from '../shared/badge-view.ts';
import { MessageTypeToBackground, type BadgeViewsRequest } from '../shared/messages.ts';
import { localToday } from '../shared/today.ts';
import { loadStored } from '../shared/profile.ts';

chrome.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void openOptionsOnFirstRun();
});

/**
 * On a slow first start Chrome can report the install before its first window is ready: openOptionsPage then fails,
 * or resolves without a tab. The worker checks that the options page is showing and asks again (a few times, each
 * wait longer) until it is, so the user sets the profile before any badge relies on assumptions.
 */
async function openOptionsOnFirstRun(): Promise<void> {
  const url = chrome.runtime.getURL('ui/options/index.html');
  for (let attempt = 1; attempt <= 8; attempt++) {
    await chrome.runtime.openOptionsPage().catch(() => undefined);
    if (await optionsShowing(url)) return;
    await new Promise((r) => setTimeout(r, 250 * attempt));
  }
}

/** Whether a tab shows the options page (true where the browser cannot tell: nothing more to do there). */
async function optionsShowing(url: string): Promise<boolean> {
  if (typeof chrome.runtime.getContexts !== 'function') return true;
  const tabs = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.TAB],
    documentUrls: [url],
  });
  return tabs.length > 0;
}

function isMessage(msg: unknown): msg is { type: string } {
  return typeof msg === 'object' && msg !== null && typeof (msg as { type?: unknown }).type === 'string';
}

chrome.runtime.onMessage.addListener((msg: unknown, _sender, reply) => {
  if (!isMessage(msg)) return false;
  if (msg.type === MessageTypeToBackground.OpenOptions) {
    void chrome.runtime.openOptionsPage();
    return false;
  }
  if (msg.type === MessageTypeToBackground.BadgeViews) {
    const req = msg as BadgeViewsRequest;
    void loadStored().then((stored) => {
      const today = localToday();
      const views: BadgeView[] = req.offers.map((o) => buildView(o, stored, req.lang === 'en' ? 'en' : 'zh-CN', today));
      reply({ views });
    });
    // The answer comes after the storage read.
    return true;
  }
  return false;
});
