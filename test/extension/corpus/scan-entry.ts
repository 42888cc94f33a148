/**
 * For the corpus's quick run (scripts, not shipped): the content script's scanner and detector on the current
 * document, with plain hosts instead of rendered badges, so the detector can be measured without building the
 * extension. The end-to-end corpus test runs the built extension itself.
 */
import { resolveRate } from '../../../extension/detector/detect.ts';
import { createHost, cardOf } from '../../../extension/inject/host.ts';
import { Scanner } from '../../../extension/inject/scanner.ts';

declare global {
  interface Window {
    ezoneScan(lpr: { oneYear: string; fiveYear: string }, budgetMs?: number): Promise<{ kind?: string; rate?: string; amount?: string; currency?: string; cardText: string }[]>;
  }
}

window.ezoneScan = async (lpr, budgetMs) => {
  const hosts = new WeakSet<Node>();
  const cards = new Set<Element>();
  const scanner = new Scanner(
    {
    found: (card, offer) => {
      cards.add(card);
      hosts.add(createHost(card, offer, offer.kind === 'loan' ? resolveRate(offer.rate, lpr) : undefined));
    },
    // A badge read again, or moved to a fuller telling of its offer: its host is made anew or removed, as the
    // controller does.
    changed: (card, offer) => {
      for (const h of card.querySelectorAll('[data-ezone-annotation]')) if (cardOf(h) === card) h.remove();
      if (offer) hosts.add(createHost(card, offer, offer.kind === 'loan' ? resolveRate(offer.rate, lpr) : undefined));
      else cards.delete(card);
    },
      isOwn: (n) => hosts.has(n),
      isCard: (el) => cards.has(el),
    },
    { budgetMs },
  );
  scanner.start();
  await scanner.whenIdle();
  scanner.stop();
  return [...document.querySelectorAll<HTMLElement>('[data-ezone-annotation]')].map((h) => ({
    kind: h.dataset.ezoneAnnotation,
    rate: h.dataset.ezoneRate,
    amount: h.dataset.ezoneAmount,
    currency: h.dataset.ezoneCurrency,
    cardText: cardOf(h)?.textContent ?? '',
  }));
};
