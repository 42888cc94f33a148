/**
 * The background service worker. It computes what each badge says: the content script sends the offers it read
 * (page figures only), this worker reads the saved profile, asks the core and answers with the text of each badge.
 * So the core, the texts and the profile never load into the pages the user browses, and the page's main thread does
 * no subsidy arithmetic. It also opens the options page on first install and when a badge's "set up" link asks.
 * No network, no permission beyond storage.
 */
import { buildView, type BadgeView } from '../shared/badge-view.ts';
import { isHiddenEntry, withHiddenEntry } from '../shared/hidden-offers.ts';
import { MessageTypeToBackground, type BadgeViewsRequest, type HideOfferRequest } from '../shared/messages.ts';
import { localToday } from '../shared/today.ts';
import { loadStored, updateSettings } from '../shared/profile.ts';

chrome.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void openOptionsOnFirstRun();
});

/**
 * On a slow first start Chrome can report the install before it has a window: openOptionsPage then fails, and the
 * options tab opens in the first window that appears instead. (It is asked once: asking again would pull the user,
 * or another tab being opened, back to the options page.)
 */
async function openOptionsOnFirstRun(): Promise<void> {
  try {
    await chrome.runtime.openOptionsPage();
    return;
  } catch {
    // No window yet: wait for one below.
  }
  const url = chrome.runtime.getURL('ui/options/index.html');
  const openIn = (windowId: number): void => {
    void chrome.tabs.create({ windowId, url }).catch(() => undefined);
  };
  const windows = await chrome.windows.getAll().catch(() => []);
  const first = windows.find((w) => w.id !== undefined);
  if (first?.id !== undefined) {
    openIn(first.id);
    return;
  }
  const onCreated = (w: chrome.windows.Window): void => {
    chrome.windows.onCreated.removeListener(onCreated);
    if (w.id !== undefined) openIn(w.id);
  };
  chrome.windows.onCreated.addListener(onCreated);
}

/**
 * Hides or shows again one offer's badges. One change at a time: a hide and its Undo clicked in quick succession
 * must not each read the list before the other has written it.
 */
let hiding = Promise.resolve();
function setHidden(req: HideOfferRequest): void {
  const entry = req.entry;
  if (!isHiddenEntry(entry)) return;
  hiding = hiding
    .then(() => updateSettings((s) => ({ hiddenOffers: withHiddenEntry(s.hiddenOffers, entry, req.hidden === true) })))
    .catch(() => undefined);
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
  if (msg.type === MessageTypeToBackground.HideOffer) {
    setHidden(msg as HideOfferRequest);
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
