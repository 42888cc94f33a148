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
  if (details.reason === 'install') void chrome.runtime.openOptionsPage();
});

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
