/**
 * The background service worker, kept minimal: it opens the options page on first install (so the user sets the
 * profile before any badge relies on assumptions) and when a badge's "set up your profile" link asks for it. No
 * network, no permission beyond storage; it holds no state.
 */
import { MessageTypeToBackground } from '../shared/messages.ts';

chrome.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void chrome.runtime.openOptionsPage();
});

chrome.runtime.onMessage.addListener((msg: unknown) => {
  if (typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === MessageTypeToBackground.OpenOptions) {
    void chrome.runtime.openOptionsPage();
  }
  return false;
});
