/** Finding an expectation's anchor in a corpus page (for the debug and selection aids, in the page). */

export const squashSpaces = (s: string) => s.replace(/\s+/g, '');

/** The last element, in document order, whose text holds the anchor: the smallest one around it. */
export function smallestHolding(anchor: string): Element | null {
  const wanted = squashSpaces(anchor);
  let found: Element | null = null;
  for (const el of document.body.querySelectorAll('*')) if (squashSpaces(el.textContent ?? '').includes(wanted)) found = el;
  return found;
}
