/** Debug aid for the quick run: how the detector judges each block from an anchor's text up to the body. */
import * as detector from '../../../extension/detector/detect.ts';
import { pageContext } from '../../../extension/inject/page-context.ts';
import { boundedText, leadingText, precedingHeading, rowText } from '../../../extension/inject/scanner.ts';

declare global {
  interface Window {
    ezoneDebug(anchor: string): string[];
  }
}

window.ezoneDebug = (anchor) => {
  const ctx = pageContext(document, leadingText(document.body, 30_000));
  const out = [`page ${JSON.stringify(ctx)}`];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let start: Element | null = null;
  const squash = (s: string) => s.replace(/\s+/g, '');
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    if (p && n.textContent?.trim() && p !== document.body && squash(p.textContent ?? '').includes(squash(anchor))) {
      start = p;
      break;
    }
  }
  if (!start) {
    // The anchor may span elements: the smallest element holding it.
    for (const el of document.body.querySelectorAll('*')) if (squash(el.textContent ?? '').includes(squash(anchor))) start = el;
  }
  for (let el = start; el && el !== document.body; el = el.parentElement) {
    const text = el instanceof HTMLTableRowElement ? rowText(el) : boundedText(el, 1500);
    const o = text === undefined ? 'too long' : JSON.stringify(detector.detectOffer(text, ctx)) + ' ' + detector.lastRejection;
    out.push(`<${el.tagName.toLowerCase()} class="${el.className}"> heading=${JSON.stringify(precedingHeading(el) ?? '')} → ${o}\n    ${(text ?? '').replace(/\s+/g, ' ').slice(0, 200)}`);
  }
  return out;
};
