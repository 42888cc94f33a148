import type { Offer } from '../detector/detect.ts';
import type { SelectionReading } from '../detector/selection.ts';
/** Messages between the extension's processes; type names say the direction (popup → content script). */
export const MessageTypePopupToCS = {
  GetFindings: 'popup-to-cs:get-findings',
  /** The offer in the text the user selected on the page (reply: SelectionReply). */
  ReadSelection: 'popup-to-cs:read-selection',
} as const;

/** The user's selection on the page, as the popup shows it, and what the detector read in it. */
export interface SelectionReply {
  /** The selected text, whitespace folded, cut to what the popup quotes. */
  quote: string;
  /** The page's language (its `lang`), for the quote: a screen reader reads it in that language. */
  lang?: string;
  reading: SelectionReading;
}

export interface Finding {
  kind: 'loan' | 'insurance';
  product: string;
  /** What was read: rate (percent) and amount (万元). */
  rate?: string;
  amount?: string;
  /** ISO currency when the offer is not in yuan. */
  currency?: string;
  /** The badge's summary line, in the page's UI language. */
  summary: string;
}

export interface FindingsReply {
  host: string;
  /** The page's address: tests and the popup tell tabs apart by it. */
  url: string;
  /** The scan has nothing left to do and every badge asked for is laid out. */
  idle: boolean;
  enabled: boolean;
  findings: Finding[];
  /** The entries (hidden-offers.ts) of the badges the user hid on this page: the popup can show them again. */
  hidden?: string[];
}

/** Messages to the background service worker. */
export const MessageTypeToBackground = {
  /** A badge's "set up your profile" link: content scripts cannot open the options page themselves. */
  OpenOptions: 'to-bg:open-options',
  /** The badges' texts for offers read on a page (request: BadgeViewsRequest, reply: { views: BadgeView[] }). */
  BadgeViews: 'to-bg:badge-views',
  /**
   * A badge's "Not an offer?" or its Undo (request: HideOfferRequest): the service worker keeps the choice with the
   * settings, where every tab's content script reads it.
   */
  HideOffer: 'to-bg:hide-offer',
} as const;

export interface HideOfferRequest {
  type: typeof MessageTypeToBackground.HideOffer;
  /** hidden-offers.ts's entry for the site and the offer. */
  entry: string;
  hidden: boolean;
}

export interface BadgeViewsRequest {
  type: typeof MessageTypeToBackground.BadgeViews;
  lang: 'zh-CN' | 'en';
  offers: Offer[];
}
