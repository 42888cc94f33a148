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
