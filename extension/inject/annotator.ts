/**
 * One badge per recognised offer: a host element we create (inject/host.ts: it carries only what was read from the
 * page), a closed shadow root we attach, a lit-html template rendered into it. Every text in the badge comes from
 * the service worker's BadgeView and is drawn as private text (inject/private-text.ts): the page can neither reach
 * the closed root nor find, select or read the figures in it.
 */
import { html, nothing, render } from 'lit/html.js';
import type { Offer } from '../detector/detect.ts';
import type { BadgeView } from '../shared/badge-view.ts';
import { badgeStyles } from './badge.styles.ts';
import { detachedHost, placeHost } from './host.ts';
import { privateText } from './private-text.ts';

export { HOST_TAG } from './host.ts';

export interface Annotation {
  host: HTMLElement;
  root: ShadowRoot;
  card: Element;
  offer: Offer;
  open: boolean;
  view?: BadgeView;
}

const t = (text: string) => html`<span class="t" ${privateText(text)}></span>`;

let panelIds = 0;

/**
 * A click handler of the badge's own: the click goes no further (the badge sits inside the page's card, which may be
 * a link or have handlers of its own).
 */
const ownClick = (act: () => void) => (e: Event) => {
  e.preventDefault();
  e.stopPropagation();
  act();
};

export interface BadgeActions {
  /** The "set up your profile" link: the service worker opens the options page. */
  openOptions(): void;
  /** "Not an offer? Hide this badge": the badge stays hidden on this site (the controller keeps the choice). */
  hide(): void;
}

/** Renders the badge's text into its shadow root; it shows once showBadge is called (the controller batches that). */
export function renderBadge(a: Annotation, view: BadgeView, actions: BadgeActions): void {
  a.view = view;
  if (!styled.has(a.root)) {
    styled.add(a.root);
    adoptStyles(a.root);
  }
  const panelId = a.host.dataset.ezonePanel ?? `ezone-p${++panelIds}`;
  a.host.dataset.ezonePanel = panelId;
  const rerender = () => renderBadge(a, view, actions);
  const toggle = ownClick(() => {
    a.open = !a.open;
    rerender();
  });
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && a.open) {
      a.open = false;
      rerender();
      (a.root.querySelector('button.why') as HTMLButtonElement | null)?.focus();
    }
  };
  const setup = ownClick(() => actions.openOptions());
  const hide = ownClick(() => {
    a.open = false;
    actions.hide();
  });
  render(
    html`<span class="badge ${view.tone}" role="note" aria-label=${view.labels.badge} @keydown=${onKey}>
        <span class="mark" part="summary">${t(view.summary)}</span>
        ${view.flags.map((f) => html`<span class="flag">${t(f)}</span>`)}
        <button type="button" class="why" aria-expanded=${a.open ? 'true' : 'false'} aria-controls=${panelId} @click=${toggle}>
          ${t(a.open ? view.labels.close : view.labels.open)}
        </button>
        ${view.setup ? html`<button type="button" class="setup" @click=${setup}>${t(view.labels.setup)}</button>` : nothing}
      </span>
      <div class="panel" id=${panelId} ?hidden=${!a.open}>
        ${
          a.open
            ? view.sections.map(
                (s) => html`${s.heading ? html`<h2>${t(s.heading)}</h2>` : nothing}
                ${s.lines.map((l) => html`<p class=${s.clause ? 'clause' : s.small ? 'small' : ''}>${t(l)}</p>`)}`,
              )
            : nothing
        }
        ${a.open ? html`<p><button type="button" class="hide" @click=${hide}>${t(view.labels.hide)}</button></p>` : nothing}
      </div>`,
    a.root,
  );
}

/**
 * The badge the user has just hidden: a line saying so, with Undo, in its place until the page is left (a badge
 * that vanished under the pointer or the keyboard's focus would leave the user lost). Focus moves to Undo.
 */
export function renderHidden(a: Annotation, view: BadgeView, undo: () => void): void {
  render(
    html`<span class="badge hidden-note" role="note" aria-label=${view.labels.badge}>
      <span class="mark">${t(view.labels.hidden)}</span>
      <button type="button" class="undo" @click=${ownClick(undo)}>${t(view.labels.undo)}</button>
    </span>`,
    a.root,
  );
  (a.root.querySelector('button.undo') as HTMLButtonElement | null)?.focus();
}

/**
 * Creates the host and its closed shadow root for a card, not yet in the page (insertAnnotation puts it there); the
 * badge's text arrives later (renderBadge).
 */
export function createAnnotation(
  card: Element,
  offer: Offer,
  resolvedRate: { low: string; high?: string } | undefined,
): Annotation {
  const host = detachedHost(offer, resolvedRate);
  // Until its text arrives the badge takes no box: inserting thousands of empty badges into a long list then costs
  // the page no layout, and only the badges in view (whose text is asked for) are laid out.
  host.style.setProperty('display', 'none');
  // The closed root is ours from the start (a page cannot attach its own to our host first); its style sheet is
  // adopted with its first text (renderBadge): a root with a sheet costs the browser a style pass over its scope's
  // sheets when inserted, thousands of them on a long list whose badges mostly never come into view.
  const root = host.attachShadow({ mode: 'closed' });
  return { host, root, card, offer, open: false };
}

/** Puts a badge's host into the page, complete: one insertion of a hidden element, nothing restyled after. */
export function insertAnnotation(a: Annotation): void {
  placeHost(a.card, a.host);
}

/** Shows a badge whose text is rendered (until then it takes no box: see createAnnotation). */
export function showBadge(a: Annotation): void {
  a.host.style.removeProperty('display');
}

/** Shadow roots whose style sheet is adopted. */
const styled = new WeakSet<ShadowRoot>();

let sheet: CSSStyleSheet | null | undefined;

/**
 * Constructable style sheets where the content script's world has them; a <style> element otherwise. The first
 * adoption is checked, not only tried: a content script reaches the page's DOM through wrappers (Firefox's Xray
 * vision), and an assignment that were dropped there would leave the badge unstyled and its private text undrawn.
 */
function adoptStyles(root: ShadowRoot): void {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(badgeStyles);
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length !== 1) throw new Error('adoptedStyleSheets not taken');
      return;
    } catch {
      sheet = null;
    }
  }
  if (sheet) {
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = badgeStyles;
  root.appendChild(style);
}
