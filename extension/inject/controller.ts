/**
 * The content script's second stage, loaded only on pages that name a financing product: recognises offers,
 * creates their badges, asks the service worker what each badge says (for the badges near the viewport), lays the
 * answers out in slices of a few milliseconds, follows profile changes without a reload, stops cleanly when turned
 * off for the site or paused.
 */
import { resolveRate, type Offer } from '../detector/detect.ts';
import type { BadgeView } from '../shared/badge-view.ts';
import { lprInUse } from '../shared/lpr.ts';
import { hiddenEntry } from '../shared/hidden-offers.ts';
import {
  MessageTypeToBackground,
  type BadgeViewsRequest,
  type FindingsReply,
  type HideOfferRequest,
} from '../shared/messages.ts';
import { isSiteDisabled, siteKey, type SiteSettings } from '../shared/site-settings.ts';
import { localToday } from '../shared/today.ts';
import { uiLang } from '../shared/ui-lang.ts';
import {
  createAnnotation,
  insertAnnotation,
  renderBadge,
  renderHidden,
  showBadge,
  type Annotation,
  type BadgeActions,
} from './annotator.ts';
import { Scanner } from './scanner.ts';
import { nextTask } from './next-task.ts';
import { rateAttribute } from './host.ts';

export { localToday } from '../shared/today.ts';

/** Asks the service worker for the badges' texts; injectable so the bench can time the page's side alone. */
export type ViewSource = (req: BadgeViewsRequest) => Promise<{ views: BadgeView[] } | undefined>;

const fromServiceWorker: ViewSource = (req) =>
  chrome.runtime.sendMessage(req) as Promise<{ views: BadgeView[] } | undefined>;

/** Milliseconds of badge layout per frame: the page keeps its frames. */
const RENDER_BUDGET_MS = 4;
/** Offers per request to the service worker. */
const BATCH = 200;
/** Milliseconds of host insertion per animation frame (a backlog: a tab shown after a long scan in the background). */
const INSERT_BUDGET_MS = 8;
/** Cards found by one scan that are watched for the viewport at once; the rest once the scan is done. */
const OBSERVED_WHILE_SCANNING = 100;

export interface ControllerOptions {
  scheduler?: (cb: () => void) => void;
  /** Runs a callback just before the next frame's style and layout (requestAnimationFrame; the bench times it). */
  frame?: (cb: () => void) => void;
  /** Render every badge at once instead of when it nears the viewport (the bench measures the whole work). */
  eager?: boolean;
  views?: ViewSource;
}

export class Controller {
  private settings: SiteSettings;
  private readonly lang: 'zh-CN' | 'en';
  private readonly today: string;
  private readonly hosts = new WeakSet<Node>();
  private readonly cards = new Map<Element, Annotation>();
  private readonly byHost = new WeakMap<Element, Annotation>();
  private readonly visibility: IntersectionObserver | null;
  private readonly views: ViewSource;
  private readonly schedule: (cb: () => void) => void;
  /** Annotations waiting for their text, and answers waiting to be laid out. */
  private wanted = new Set<Annotation>();
  private requestScheduled = false;
  private toRender: [Annotation, BadgeView][] = [];
  private renderScheduled = false;
  /** Hosts made by the scan's slices and badges rendered since the last frame: put into the page in the next one. */
  private toInsert: Annotation[] = [];
  private toShow: Annotation[] = [];
  private frameScheduled = false;
  private readonly frame: (cb: () => void) => void;
  private generation = 0;
  /** Cards found by this scan, and those of them to watch for the viewport once it is done (watch). */
  private foundInScan = 0;
  private watchLater: Annotation[] = [];
  /**
   * Badges the user hid: those hidden in this page ('here') stay as a line with Undo until the page is left; those
   * hidden before ('stored': in storage, from this page or another tab) are never put into the page. Their cards stay
   * cards, so the scan does not badge the same offer on the block around or inside them instead.
   */
  private readonly hidden = new WeakMap<Annotation, 'here' | 'stored'>();
  /** The stored entries of hidden badges (hidden-offers.ts), as a set: every card found is looked up in it. */
  private hiddenEntries: ReadonlySet<string>;
  private readonly site = siteKey(location.hostname);
  readonly scanner: Scanner;

  constructor(settings: SiteSettings, lang: 'zh-CN' | 'en', today: string, options: ControllerOptions = {}) {
    this.settings = settings;
    this.hiddenEntries = new Set(settings.hiddenOffers);
    this.lang = lang;
    this.today = today;
    this.views = options.views ?? fromServiceWorker;
    this.schedule = options.scheduler ?? nextTask;
    this.frame = options.frame ?? ((cb) => requestAnimationFrame(() => cb()));
    this.visibility =
      typeof IntersectionObserver === 'function' && !options.eager
        ? new IntersectionObserver(
            (entries) => {
              for (const e of entries) {
                if (!e.isIntersecting) continue;
                this.visibility!.unobserve(e.target);
                // The card is observed (its badge takes no box until it has its text).
                const a = this.cards.get(e.target);
                if (a) this.want(a);
              }
            },
            { rootMargin: '400px 0px' },
          )
        : null;
    this.scanner = new Scanner(
      {
        found: (card, offer) => this.annotate(card, offer),
        changed: (card, offer) => this.cardChanged(card, offer),
        isOwn: (n) => this.hosts.has(n),
        isCard: (el) => this.cards.has(el),
      },
      options.scheduler ? { schedule: options.scheduler } : {},
    );
  }

  get enabled(): boolean {
    return !this.settings.paused && !isSiteDisabled(this.settings, location.hostname);
  }

  start(): void {
    if (this.enabled) this.scanner.start();
  }

  private rateFor(offer: Offer) {
    if (offer.kind !== 'loan') return undefined;
    if (offer.rate.basis === 'fixed') return resolveRate(offer.rate, { oneYear: '0', fiveYear: '0' });
    const lpr = lprInUse(this.settings, this.today);
    return lpr ? resolveRate(offer.rate, lpr) : undefined;
  }

  /** Whether the user hid this offer's badges on this site. (Hashed only when the user has hidden any.) */
  private storedHidden(offer: Offer): boolean {
    return this.hiddenEntries.size > 0 && this.hiddenEntries.has(hiddenEntry(this.site, offer));
  }

  private annotate(card: Element, offer: Offer): void {
    const a = createAnnotation(card, offer, this.rateFor(offer));
    this.hosts.add(a.host);
    this.cards.set(card, a);
    this.byHost.set(a.host, a);
    if (this.storedHidden(offer)) {
      this.hidden.set(a, 'stored');
      return;
    }
    this.toInsert.push(a);
    this.scheduleFrame();
    // The badge's text is the costly part (the core, in the service worker): asked for when the badge comes near
    // the viewport, so a long list of offers costs what the user can see.
    if (this.visibility) this.watch(a, this.visibility);
    else this.want(a);
  }

  /**
   * A long list's later cards are watched for the viewport once the scan is done: the browser works out every
   * watched card's intersection in each frame, and the scan changes the page in each of its frames (3,000 cards
   * watched as they were found cost 60-100 ms over such a scan). The first ones, which a reader sees first, are
   * watched at once.
   */
  private watch(a: Annotation, visibility: IntersectionObserver): void {
    if (this.foundInScan++ === 0) void this.scanner.whenIdle().then(() => this.watchScanned());
    if (this.foundInScan <= OBSERVED_WHILE_SCANNING || this.scanner.idle) visibility.observe(a.card);
    else this.watchLater.push(a);
  }

  /** The scan is done: its later cards are watched now, those still badged as they were. */
  private watchScanned(): void {
    this.foundInScan = 0;
    const later = this.watchLater;
    this.watchLater = [];
    for (const a of later) if (this.cards.get(a.card) === a) this.visibility?.observe(a.card);
  }

  /**
   * The page is written in animation frames, just before the browser computes style and layout anyway. The scan
   * reads the page (text, visibility) slice after slice: a host inserted between two slices would make the next
   * slice's first read recompute style for it, once per slice; and each badge shown in its own slice would lay out
   * the list below it once per slice. Written together, the slices of one frame cost one style and layout pass.
   */
  private scheduleFrame(): void {
    if (this.frameScheduled) return;
    this.frameScheduled = true;
    this.frame(() => {
      this.frameScheduled = false;
      this.writeFrame();
    });
  }

  private writeFrame(): void {
    const start = performance.now();
    let i = 0;
    this.scanner.unobserved(() => {
      for (; i < this.toInsert.length; i++) {
        if (i % 16 === 15 && performance.now() - start > INSERT_BUDGET_MS) break;
        const a = this.toInsert[i]!;
        // A card read again or cleared since has another annotation, or none.
        if (this.cards.get(a.card) === a) insertAnnotation(a);
      }
    });
    this.toInsert = this.toInsert.slice(i);
    // Badges whose hosts still wait to be inserted are shown with them, in a later frame.
    const waiting = this.toInsert.length ? new Set(this.toInsert) : undefined;
    const show = this.toShow;
    this.toShow = [];
    for (const a of show) {
      if (this.cards.get(a.card) !== a) continue;
      if (waiting?.has(a)) this.toShow.push(a);
      else showBadge(a);
    }
    if (this.toInsert.length || this.toShow.length) this.scheduleFrame();
    else this.flushIdle();
  }

  private want(a: Annotation): void {
    this.wanted.add(a);
    if (this.requestScheduled) return;
    this.requestScheduled = true;
    this.schedule(() => {
      this.requestScheduled = false;
      void this.request();
    });
  }

  private requesting = 0;

  private async request(): Promise<void> {
    this.requesting++;
    try {
      await this.requestViews();
    } finally {
      this.requesting--;
    }
  }

  private async requestViews(): Promise<void> {
    const list = [...this.wanted].filter((a) => this.cards.get(a.card) === a);
    this.wanted.clear();
    const generation = this.generation;
    for (let i = 0; i < list.length; i += BATCH) {
      const part = list.slice(i, i + BATCH);
      let reply: { views: BadgeView[] } | undefined;
      try {
        reply = await this.views({
          type: MessageTypeToBackground.BadgeViews,
          lang: this.lang,
          offers: part.map((a) => a.offer),
        });
      } catch {
        // The extension was updated or removed under the page: its badges go with the watchdog in content.ts.
        return;
      }
      if (!reply || generation !== this.generation) return;
      reply.views.forEach((v, k) => this.toRender.push([part[k]!, v]));
      this.scheduleRender();
    }
  }

  private scheduleRender(): void {
    if (this.renderScheduled || !this.toRender.length) return;
    this.renderScheduled = true;
    this.schedule(() => {
      this.renderScheduled = false;
      const start = performance.now();
      while (this.toRender.length && performance.now() - start < RENDER_BUDGET_MS) {
        const [a, v] = this.toRender.shift()!;
        const hidden = this.hidden.get(a);
        if (this.cards.get(a.card) !== a || hidden === 'stored') continue;
        // (A badge hidden here keeps its Undo line; the new text is there for the Undo.)
        if (hidden === 'here') a.view = v;
        else {
          renderBadge(a, v, this.actions(a));
          this.toShow.push(a);
          this.scheduleFrame();
        }
      }
      if (this.toRender.length) this.scheduleRender();
      else this.flushIdle();
    });
  }

  private actions(a: Annotation): BadgeActions {
    return {
      openOptions: () => void chrome.runtime.sendMessage({ type: MessageTypeToBackground.OpenOptions }),
      hide: () => this.setHidden(a, true),
    };
  }

  /** The badge's "Not an offer?" (hidden: true) or its Undo: shown at once here, kept by the service worker. */
  private setHidden(a: Annotation, hidden: boolean): void {
    const view = a.view;
    if (!view) return;
    if (hidden) {
      this.hidden.set(a, 'here');
      renderHidden(a, view, () => this.setHidden(a, false));
    } else {
      this.hidden.delete(a);
      renderBadge(a, view, this.actions(a));
      (a.root.querySelector('button.why') as HTMLElement | null)?.focus();
    }
    const req: HideOfferRequest = {
      type: MessageTypeToBackground.HideOffer,
      entry: hiddenEntry(this.site, a.offer),
      hidden,
    };
    void chrome.runtime.sendMessage(req).catch(() => undefined);
  }

  /**
   * The list of hidden offers changed (here, in another tab or in the options page): badges hidden now leave the
   * page, unless hidden here (their Undo line stays); badges shown again come back as new ones do.
   */
  private followHidden(a: Annotation): void {
    const stored = this.storedHidden(a.offer);
    const hidden = this.hidden.get(a);
    if (stored && !hidden) {
      this.hidden.set(a, 'stored');
      this.visibility?.unobserve(a.card);
      a.host.remove();
    } else if (!stored && hidden === 'stored') {
      this.hidden.delete(a);
      a.open = false;
      this.toInsert.push(a);
      this.scheduleFrame();
      if (this.visibility) this.visibility.observe(a.card);
      else this.want(a);
    }
  }

  private idleWaiters: (() => void)[] = [];

  /** Nothing left to scan, ask for or lay out (badges not yet in view wait, by design, and do not count). */
  get idle(): boolean {
    return this.scanner.idle && this.settled && !this.requesting;
  }

  /** Every host found is in the page and every badge asked for is laid out (the scanner aside). */
  private get settled(): boolean {
    return (
      !this.wanted.size &&
      !this.toRender.length &&
      !this.toInsert.length &&
      !this.toShow.length &&
      !this.requestScheduled &&
      !this.renderScheduled &&
      !this.frameScheduled
    );
  }

  /** Resolves when every badge asked for has been laid out (the bench and tests wait on it). */
  async whenRendered(): Promise<void> {
    await this.scanner.whenIdle();
    if (this.settled) return;
    await new Promise<void>((r) => this.idleWaiters.push(r));
  }

  private flushIdle(): void {
    if (!this.settled) return;
    const w = this.idleWaiters;
    this.idleWaiters = [];
    for (const r of w) r();
  }

  private cardChanged(card: Element, offer: Offer | null): void {
    const a = this.cards.get(card);
    if (!a) return;
    a.host.remove();
    this.visibility?.unobserve(card);
    this.cards.delete(card);
    if (offer) this.annotate(card, offer);
  }

  /** The profile or settings changed in another page of the extension (the badges' texts are asked for again). */
  update(settings: SiteSettings): void {
    const wasEnabled = this.enabled;
    this.settings = settings;
    this.hiddenEntries = new Set(settings.hiddenOffers);
    if (!this.enabled) {
      this.clear();
      return;
    }
    if (!wasEnabled) {
      this.scanner.start();
      return;
    }
    this.generation++;
    for (const a of this.cards.values()) {
      this.followHidden(a);
      if (this.hidden.get(a) === 'stored') continue;
      // The LPR may have changed: the rate read is re-resolved with the badge.
      const rate = this.rateFor(a.offer);
      if (rate) a.host.dataset.ezoneRate = rateAttribute(rate);
      // Badges already shown are asked for again; the others will be when they come into view.
      if (a.view) this.want(a);
    }
  }

  clear(): void {
    this.generation++;
    this.scanner.stop();
    this.visibility?.disconnect();
    for (const a of this.cards.values()) a.host.remove();
    this.cards.clear();
    this.wanted.clear();
    this.toRender = [];
    this.toInsert = [];
    this.toShow = [];
    this.watchLater = [];
    this.foundInScan = 0;
  }

  findings(): FindingsReply {
    const findings: FindingsReply['findings'] = [];
    const hidden = new Set<string>();
    for (const a of this.cards.values()) {
      if (this.hidden.has(a)) {
        hidden.add(hiddenEntry(this.site, a.offer));
        continue;
      }
      findings.push({
        kind: a.offer.kind,
        product: a.offer.product,
        ...(a.host.dataset.ezoneRate ? { rate: a.host.dataset.ezoneRate } : {}),
        ...(a.host.dataset.ezoneAmount ? { amount: a.host.dataset.ezoneAmount } : {}),
        ...(a.offer.currency !== 'CNY' ? { currency: a.offer.currency } : {}),
        summary: a.view?.summary ?? '',
      });
    }
    return {
      host: location.hostname,
      url: location.href,
      idle: this.idle,
      enabled: this.enabled,
      findings,
      ...(hidden.size ? { hidden: [...hidden] } : {}),
    };
  }
}

/**
 * Starts the full content script: the controller, the profile's changes, the popup's questions.
 * Called by the first stage (content.ts) once the page names a product; `stored` is what it already read.
 */
export function startController(
  settings: SiteSettings,
  hooks: { onMessage(handler: () => FindingsReply): void; onStored(handler: (s: SiteSettings) => void): void },
): Controller {
  const controller = new Controller(settings, uiLang(), localToday());
  controller.start();
  hooks.onStored((s) => controller.update(s));
  hooks.onMessage(() => controller.findings());
  return controller;
}
