/**
 * The badge's host element in the page: it carries what was read from the page (never anything derived from the
 * user's profile), so a user can see in devtools what was recognised, and tests can check it.
 */
import type { Offer } from '../detector/detect.ts';

export const HOST_TAG = 'ezone-subsidy-badge';

/** A resolved rate as the host's data-ezone-rate says it: "3.45", or "3.45-4.5" for a range. */
export function rateAttribute(rate: { low: string; high?: string }): string {
  return rate.high ? `${rate.low}-${rate.high}` : rate.low;
}

/** An offer's data-ezone-* attributes by name: kind, rate (percent, resolved against the LPR), amount (万), currency… */
export function hostAttributes(
  offer: Offer,
  resolvedRate: { low: string; high?: string } | undefined,
): Record<string, string> {
  const a: Record<string, string> = {
    'data-ezone-annotation': offer.kind,
    'data-ezone-product': offer.product,
    'data-ezone-currency': offer.currency,
  };
  if (offer.kind === 'loan') {
    if (resolvedRate) a['data-ezone-rate'] = rateAttribute(resolvedRate);
    a['data-ezone-rate-text'] = offer.rate.text;
    if (offer.maxAmount) a['data-ezone-amount'] = offer.maxAmount;
    if (offer.termMonths) a['data-ezone-term'] = String(offer.termMonths);
  } else {
    a['data-ezone-amount'] = offer.premium;
  }
  return a;
}

/** Where a card's badge goes: a table row only renders cells, so its badge goes into the row's last cell. */
export function badgeParent(card: Element): Element {
  return card instanceof HTMLTableRowElement ? (card.cells[card.cells.length - 1] ?? card) : card;
}

/**
 * A card wider than the part that states its figures (a product's whole section around its key-figures strip) has
 * its badge right after that part, where the figures are read, rather than at the end of the section.
 */
const figuresParts = new WeakMap<Element, Element>();

export function badgeAfter(card: Element, part: Element): void {
  figuresParts.set(card, part);
}

/** The part of a card that states its figures (badgeAfter), while it is still in the card. */
export function figuresPart(card: Element): Element | undefined {
  const part = figuresParts.get(card);
  return part && card.contains(part) ? part : undefined;
}

/** Puts a host into its card: after the card's figures (badgeAfter), or at its end (a row: in its last cell). */
export function placeHost(card: Element, host: Element): void {
  // A cell is a card of its own only in a table whose columns are products: the host says so (see cardOf).
  if (columnCards.has(card)) host.setAttribute(CELL_CARD, '');
  let spot = figuresPart(card);
  while (spot && spot.parentElement !== card) spot = spot.parentElement ?? undefined;
  if (spot) card.insertBefore(host, spot.nextSibling);
  else badgeParent(card).appendChild(host);
}

/** Marks a host whose card is the cell it sits in (a product's column), not the row around it. */
const CELL_CARD = 'data-ezone-cell';

/** Cells that are a product column's card: a badge in any other cell belongs to its row. */
const columnCards = new WeakSet<Element>();

export function columnCard(cell: Element): void {
  columnCards.add(cell);
}

/** The block a badge belongs to, from its host (the inverse of badgeParent). */
export function cardOf(host: Element): Element | null {
  const parent = host.parentElement;
  if (
    parent instanceof HTMLTableCellElement &&
    parent.parentElement instanceof HTMLTableRowElement &&
    !host.hasAttribute(CELL_CARD)
  )
    return parent.parentElement;
  return parent;
}

/** A host for an offer, not yet in the page (so that what is set on it before insertion costs no style work). */
export function detachedHost(offer: Offer, resolvedRate: { low: string; high?: string } | undefined): HTMLElement {
  const host = document.createElement(HOST_TAG);
  // setAttribute, not dataset: each dataset write converts its name, and a long list makes thousands of hosts.
  for (const [name, value] of Object.entries(hostAttributes(offer, resolvedRate))) host.setAttribute(name, value);
  return host;
}

export function createHost(
  card: Element,
  offer: Offer,
  resolvedRate: { low: string; high?: string } | undefined,
): HTMLElement {
  const host = detachedHost(offer, resolvedRate);
  placeHost(card, host);
  return host;
}
