/**
 * Checks on the demo pages shared by the widget's end-to-end tests in Chromium (Playwright, widget.e2e.ts) and in
 * Firefox ESR (puppeteer-core, firefox.e2e.ts). Both drivers evaluate a string of script in the page and press keys by
 * name; the scripts are strings because tsx would wrap a function's inner arrows with its __name helper, unknown in
 * the page.
 */
import assert from 'node:assert/strict';

/** What each element, in the page and in every shadow root, reaches past the viewport's width or its own box. */
export const OVERFLOW_CHECK = `(() => {
  const out = [];
  const vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > vw) out.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + vw);
  const walk = (rootNode) => {
    for (const el of rootNode.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const r = el.getBoundingClientRect();
      if (!r.width || el.closest('.visually-hidden')) continue;
      const name = el.tagName.toLowerCase() + '.' + el.className + (el.getAttribute('part') ? '[' + el.getAttribute('part') + ']' : '');
      if (r.right > vw + 1 || r.left < -1) out.push(name + ' spans ' + r.left + '..' + r.right + ' of ' + vw);
      const cs = getComputedStyle(el);
      if (cs.overflowX === 'visible' && cs.display !== 'inline' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
        out.push(name + ' content ' + el.scrollWidth + ' wider than its box ' + el.clientWidth);
    }
  };
  walk(document);
  return out;
})()`;

/** The script that reads a calculator's result total ("62.00"), or undefined before its first result. */
export function resultTotalScript(selector = 'ezone-subsidy-calculator'): string {
  return `document.querySelector(${JSON.stringify(selector)})?.result?.total`;
}

/** The data-key of the field holding the focus, through the shadow roots (else the focused element's tag). */
const FOCUSED_KEY = `(() => {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  return (a && a.closest('[data-key]') && a.closest('[data-key]').getAttribute('data-key')) || (a ? a.tagName : '');
})()`;

/** The part of a Playwright or puppeteer page the keyboard walk uses. */
export interface KeyboardPage {
  keyboard: { press(key: string): Promise<void> };
  evaluate(script: string): Promise<unknown>;
}

/**
 * From the top of a demo page with Tab alone: ticks the small/micro box (`space` is the space key as the driver names
 * it) and stops in the interest-paid field, asserting each is reachable.
 */
export async function tabToInterestPaid(page: KeyboardPage, space: string): Promise<void> {
  const focusedKey = () => page.evaluate(FOCUSED_KEY);
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedKey()) === 'enterprise.smallOrMicro') {
      await page.keyboard.press(space);
      reached = true;
    }
  }
  assert.ok(reached, 'the small/micro checkbox is not reachable with Tab');
  for (let i = 0; i < 20 && (await focusedKey()) !== 'enterprise.loanInterestPaid'; i++)
    await page.keyboard.press('Tab');
  assert.equal(await focusedKey(), 'enterprise.loanInterestPaid');
}
