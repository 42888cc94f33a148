/**
 * Badges the user hid as "not an offer": one entry per site and offer, kept with the settings, so a wrong badge
 * stays hidden on the next visit and in other tabs. An entry is a hash of the site and of what the badge was read
 * from (kind, product, rate and amount as the page writes them): storage keeps neither the page's words nor the
 * list of sites where badges were hidden.
 */
import type { Offer } from '../detector/detect.ts';

/** Entries kept: the oldest go first (a user hiding more badges than this hides the newest ones). */
export const MAX_HIDDEN_OFFERS = 500;

/**
 * FNV-1a, 32 bits, in base 36. A short name that stays the same between visits is all that is needed: nothing here
 * is secret, and two offers sharing a name among 500 is a chance of about 1 in 30,000.
 */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The entry that hides this offer on this site (`site` as site-settings.ts's siteKey gives it). */
export function hiddenEntry(site: string, offer: Offer): string {
  const figures = offer.kind === 'loan' ? [offer.rate.text, offer.maxAmount ?? ''] : [offer.premium];
  return fnv1a([site, offer.kind, offer.product, ...figures, offer.currency].join('\u0000'));
}

/** The list with the entry added (as the newest) or removed. */
export function withHiddenEntry(list: readonly string[], entry: string, hidden: boolean): string[] {
  const rest = list.filter((e) => e !== entry);
  return hidden ? [...rest, entry].slice(-MAX_HIDDEN_OFFERS) : rest;
}

/** Whether a value is an entry as hiddenEntry writes it (a message or storage may hold anything). */
export function isHiddenEntry(x: unknown): x is string {
  return typeof x === 'string' && /^[0-9a-z]{1,7}$/.test(x);
}

/** What storage holds, as a list of entries: anything else (an old version, a damaged value) gives an empty list. */
export function readHiddenEntries(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.filter(isHiddenEntry))].slice(-MAX_HIDDEN_OFFERS);
}
