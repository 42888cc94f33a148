/**
 * The few settings a content script needs (pause, per-site off, the user's LPR), read from storage without the
 * profile's schema library: the content script runs on every page and must stay small. The profile itself never
 * reaches a content script; the service worker reads it (profile.ts).
 */
import { readHiddenEntries } from './hidden-offers.ts';

export const STORAGE_KEY = 'ezone';

export interface SiteSettings {
  paused: boolean;
  disabledSites: string[];
  lprOverride: { oneYear: string; fiveYear: string } | null;
  /** Offers whose badge the user hid, as hidden-offers.ts names them. */
  hiddenOffers: string[];
}

const RATE = /^\d{1,2}(\.\d{1,4})?$/;

/** Whatever is stored (nothing, an old or damaged value) gives usable settings; a bad field falls back alone. */
export function readSiteSettings(raw: unknown): SiteSettings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  // Version 1 kept the settings flat beside the profile's facts.
  const s = (typeof stored.settings === 'object' && stored.settings !== null ? stored.settings : stored) as Record<
    string,
    unknown
  >;
  const lpr = s.lprOverride as Record<string, unknown> | null | undefined;
  return {
    paused: s.paused === true,
    disabledSites: Array.isArray(s.disabledSites)
      ? s.disabledSites.filter((x): x is string => typeof x === 'string')
      : [],
    lprOverride:
      lpr &&
      typeof lpr.oneYear === 'string' &&
      typeof lpr.fiveYear === 'string' &&
      RATE.test(lpr.oneYear) &&
      RATE.test(lpr.fiveYear)
        ? { oneYear: lpr.oneYear, fiveYear: lpr.fiveYear }
        : null,
    hiddenOffers: readHiddenEntries(s.hiddenOffers),
  };
}

/** The hostname key used for per-site off. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export function isSiteDisabled(settings: Pick<SiteSettings, 'disabledSites'>, hostname: string): boolean {
  return settings.disabledSites.includes(siteKey(hostname));
}

export async function loadSiteSettings(): Promise<SiteSettings> {
  const got = await chrome.storage.local.get(STORAGE_KEY);
  return readSiteSettings(got[STORAGE_KEY]);
}
