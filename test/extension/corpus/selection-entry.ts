/**
 * For the corpus's selection run (scripts, not shipped): what the popup's "selected text" reads when a user selects
 * an offer's block, found from the offer's anchor as a reader would select it.
 */
import { resolveRate } from '../../../extension/detector/detect.ts';
import { readSelection } from '../../../extension/detector/selection.ts';
import { boundedText } from '../../../extension/inject/scanner.ts';
import { rateAttribute } from '../../../extension/inject/host.ts';
import { smallestHolding, squashSpaces } from './anchor.ts';
import { MAX_BLOCK_CHARS } from '../../../extension/detector/detect.ts';
import { statesRate } from '../../../extension/detector/rate.ts';
import { readable } from '../../../extension/detector/fold.ts';
import { readMaxAmount } from '../../../extension/detector/amount.ts';

export interface SelectedReading {
  /** What was selected (the block's text), and what it read as. */
  text: string;
  status: string;
  reason?: string;
  kind?: string;
  rate?: string;
  amount?: string;
  currency?: string;
}

declare global {
  interface Window {
    ezoneSelect(anchor: string, others: string[], lpr: { oneYear: string; fiveYear: string }, terms: boolean): SelectedReading | null;
  }
}

/**
 * The block a reader selects: with `terms`, the smallest block around the anchor that states both a rate (or a
 * premium figure) and a limit, a card's terms; otherwise, or when there is none, the smallest block around it that
 * states a rate or a premium figure, the offer's line. Never a block that holds another offer's anchor.
 */
function selectedBlock(anchor: string, others: string[], terms: boolean): Element | null {
  let line: Element | null = null;
  for (let el = smallestHolding(anchor); el && el !== document.body; el = el.parentElement) {
    const text = boundedText(el, MAX_BLOCK_CHARS);
    if (text === undefined) break;
    const flat = squashSpaces(text);
    if (others.some((o) => flat.includes(squashSpaces(o)))) break;
    const folded = readable(text);
    if (!statesRate(folded)) continue;
    line ??= el;
    if (!terms || readMaxAmount(folded)) return el;
  }
  return line;
}

window.ezoneSelect = (anchor, others, lpr, terms) => {
  const block = selectedBlock(anchor, others, terms);
  if (!block) return null;
  const text = boundedText(block, MAX_BLOCK_CHARS) ?? '';
  const r = readSelection(text);
  if (r.status === 'not-offer') return { text, status: r.status, reason: r.reason };
  if (r.status !== 'offer') return { text, status: r.status };
  const o = r.offer;
  if (o.kind === 'insurance') return { text, status: 'offer', kind: 'insurance', amount: o.premium, currency: o.currency };
  const rate = resolveRate(o.rate, lpr);
  return {
    text,
    status: 'offer',
    kind: 'loan',
    ...(rate ? { rate: rateAttribute(rate) } : {}),
    ...(o.maxAmount ? { amount: o.maxAmount } : {}),
    currency: o.currency,
  };
};
