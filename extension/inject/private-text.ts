/**
 * Text the page must not read: figures derived from the user's profile. It is rendered as CSS generated content
 * (`content: var(--t)` on an empty element in the badge's closed shadow root), which the browser draws and screen
 * readers announce, but which is no text node: `window.find`, selections, `innerText` and ranges never see it.
 * The value is set with CSSOM (`style.setProperty`), which a page's CSP does not govern.
 */
import { noChange, nothing } from 'lit/html.js';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** A CSS string literal for any text: quotes, backslashes and control characters escaped. */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what CSS strings must escape
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

class PrivateText extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('privateText goes on an element: <span ${privateText(text)}></span>');
  }

  render(_text: string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [text]: [string]): typeof noChange {
    (part.element as HTMLElement).style.setProperty('--t', cssString(text));
    return noChange;
  }
}

/** Use on an element with the `t` class: `<span class="t" ${privateText(s)}></span>`. */
export const privateText = directive(PrivateText);
