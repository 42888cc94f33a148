/** Messages between the extension's processes; type names say the direction (popup → content script). */
export const MessageTypePopupToCS = {
  GetFindings: 'popup-to-cs:get-findings',
} as const;

export interface Finding {
  kind: 'loan' | 'insurance';
  product: string;
  /** What was read: rate (percent) and amount (万元). */
  rate?: string;
  amount?: string;
  /** The badge's summary line, in the page's UI language. */
  summary: string;
}

export interface FindingsReply {
  host: string;
  enabled: boolean;
  findings: Finding[];
}

/** Messages to the background service worker. */
export const MessageTypeToBackground = {
  /** A badge's "set up your profile" link: content scripts cannot open the options page themselves. */
  OpenOptions: 'to-bg:open-options',
} as const;
