/**
 * The content script's second stage, loaded only on pages that name a financing product: recognises offers and
 * annotates them for the saved profile, follows the profile's changes without a reload, stops cleanly when turned
 * off for the site or paused.
 */
import type { Lang } from '../../core/index.ts';
import { resolveRate, type Offer } from '../detector/detect.ts';
import { translator, uiLang } from '../shared/i18n.ts';
import type { FindingsReply } from '../shared/messages.ts';
import { isSiteDisabled, type Stored } from '../shared/profile.ts';
import { figuresFor, lprInUse } from '../shared/subsidy.ts';
import { createAnnotation, renderBadge, summary, type Annotation } from './annotator.ts';
import { Scanner } from './scanner.ts';

export function localToday(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export class Controller {
  private stored: Stored;
  private readonly lang: Lang;
  private readonly today: string;
  private readonly hosts = new WeakSet<Node>();
  private readonly cards = new Map<Element, Annotation>();
  readonly scanner: Scanner;

  /** Render every badge at once instead of when it nears the viewport (the bench measures the whole work). */
  private readonly eager: boolean;

  constructor(stored: Stored, lang: Lang, today: string, scheduler?: (cb: () => void) => void, eager = false) {
    this.eager = eager;
    this.stored = stored;
    this.visibility =
      typeof IntersectionObserver === 'function' && !this.eager
        ? new IntersectionObserver(
            (entries) => {
              for (const e of entries) {
                if (!e.isIntersecting) continue;
                this.visibility!.unobserve(e.target);
                const a = this.byHost.get(e.target);
                if (a && this.cards.get(a.card) === a) this.render(a);
              }
            },
            { rootMargin: '400px 0px' },
          )
        : null;
    this.lang = lang;
    this.today = today;
    this.scanner = new Scanner(
      {
        found: (card, offer) => this.annotate(card, offer),
        changed: (card, offer) => this.cardChanged(card, offer),
        isOwn: (n) => this.hosts.has(n),
        isCard: (el) => this.cards.has(el),
      },
      scheduler ? { schedule: scheduler } : {},
    );
  }

  get enabled(): boolean {
    return !this.stored.settings.paused && !isSiteDisabled(this.stored.settings, location.hostname);
  }

  start(): void {
    if (this.enabled) this.scanner.start();
  }

  private rateFor(offer: Offer) {
    if (offer.kind !== 'loan') return undefined;
    if (offer.rate.basis === 'fixed') return resolveRate(offer.rate, { oneYear: '0', fiveYear: '0' });
    const lpr = lprInUse(this.stored.settings, this.today);
    return lpr ? resolveRate(offer.rate, lpr) : undefined;
  }

  private annotate(card: Element, offer: Offer): void {
    const a = createAnnotation(card, offer, this.rateFor(offer));
    this.hosts.add(a.host);
    this.cards.set(card, a);
    this.byHost.set(a.host, a);
    // The figures (a call to the core) and the badge's template are the costly part: done when the badge comes
    // near the viewport, so a long list of offers costs what the user can see.
    if (this.visibility) this.visibility.observe(a.host);
    else this.render(a);
  }

  private readonly rendered = new WeakSet<Annotation>();

  private readonly visibility: IntersectionObserver | null;

  private readonly byHost = new WeakMap<Element, Annotation>();

  private render(a: Annotation): void {
    const t = translator(this.lang);
    this.byHost.set(a.host, a);
    this.rendered.add(a);
    renderBadge(a, t, figuresFor(a.offer, this.stored.profile, this.stored.settings, this.lang, this.today));
  }

  private cardChanged(card: Element, offer: Offer | null): void {
    const a = this.cards.get(card);
    if (!a) return;
    a.host.remove();
    this.cards.delete(card);
    if (offer) this.annotate(card, offer);
  }

  /** The profile or settings changed in another page of the extension. */
  update(stored: Stored): void {
    const wasEnabled = this.enabled;
    this.stored = stored;
    if (!this.enabled) {
      this.clear();
      return;
    }
    if (!wasEnabled) {
      this.scanner.start();
      return;
    }
    for (const a of this.cards.values()) {
      // The LPR may have changed: the rate read is re-resolved with the badge.
      const rate = this.rateFor(a.offer);
      if (rate) a.host.dataset.ezoneRate = rate.high ? `${rate.low}-${rate.high}` : rate.low;
      // Badges not yet rendered will use the new profile when they come into view.
      if (this.rendered.has(a)) this.render(a);
    }
  }

  clear(): void {
    this.scanner.stop();
    this.visibility?.disconnect();
    for (const a of this.cards.values()) a.host.remove();
    this.cards.clear();
  }

  findings(): FindingsReply {
    const t = translator(this.lang);
    return {
      host: location.hostname,
      enabled: this.enabled,
      findings: [...this.cards.values()].map((a) => ({
        kind: a.offer.kind,
        product: a.offer.product,
        ...(a.host.dataset.ezoneRate ? { rate: a.host.dataset.ezoneRate } : {}),
        ...(a.host.dataset.ezoneAmount ? { amount: a.host.dataset.ezoneAmount } : {}),
        summary: summary(t, figuresFor(a.offer, this.stored.profile, this.stored.settings, this.lang, this.today)),
      })),
    };
  }
}

/**
 * Starts the full content script: the controller, the profile's changes, the popup's questions.
 * Called by the first stage (content.ts) once the page names a product; `stored` is what it already read.
 */
export function startController(stored: Stored, hooks: { onMessage(handler: () => FindingsReply): void; onStored(handler: (s: Stored) => void): void }): Controller {
  const controller = new Controller(stored, uiLang(), localToday());
  controller.start();
  hooks.onStored((s) => controller.update(s));
  hooks.onMessage(() => controller.findings());
  return controller;
}
