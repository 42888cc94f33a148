/** Debug aid for the quick run: how the detector judges each block from an anchor's text up to the body. */
import * as detector from '../../../extension/detector/detect.ts';
import { PAGE_TEXT_CHARS, pageContext } from '../../../extension/inject/page-context.ts';
import { boundedText, leadingText, precedingHeading, rowText } from '../../../extension/inject/scanner.ts';
import { smallestHolding, squashSpaces } from './anchor.ts';

declare global {
  interface Window {
    ezoneDebug(anchor: string): string[];
  }
}

window.ezoneDebug = (anchor) => {
  const ctx = pageContext(document, leadingText(document.body, PAGE_TEXT_CHARS));
  const out = [`page ${JSON.stringify(ctx)}`];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let start: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    if (p && n.textContent?.trim() && p !== document.body && squashSpaces(p.textContent ?? '').includes(squashSpaces(anchor))) {
      start = p;
      break;
    }
  }
  // The anchor may span elements: the smallest element holding it.
  start ??= smallestHolding(anchor);
  for (let el = start; el && el !== document.body; el = el.parentElement) {
    const text = el instanceof HTMLTableRowElement ? rowText(el) : boundedText(el, 1500);
    // As the scanner asks: with the heading just above, when there is one.
    const heading = precedingHeading(el, false);
    const o =
      text === undefined
        ? 'too long'
        : JSON.stringify(detector.detectOffer(text, heading ? { ...ctx, heading } : ctx)) + ' ' + detector.lastRejection;
    out.push(`<${el.tagName.toLowerCase()} class="${el.className}"> heading=${JSON.stringify(heading ?? '')} → ${o}\n    ${(text ?? '').replace(/\s+/g, ' ').slice(0, 200)}`);
  }
  return out;
};
