/**
 * One badge per recognised offer: a host element we create, a closed shadow root we attach, a Lit template rendered
 * into it. Page text reaches the badge only as data bound into the template (never as markup). The host carries
 * what was read from the page (data-ezone-*); the figures for the user's profile stay inside the closed root so the
 * page cannot read the user's facts back from them.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import type { Offer } from '../detector/detect.ts';
import { formatMoney, formatRate } from '../shared/i18n.ts';
import type { Figures } from '../shared/subsidy.ts';
import { badgeStyles } from './badge.styles.ts';

export const HOST_TAG = 'ezone-subsidy-badge';

export interface Annotation {
  host: HTMLElement;
  root: ShadowRoot;
  card: Element;
  offer: Offer;
  open: boolean;
}

/** What the badge's summary line says; also what the popup lists. */
export function summary(t: TFunction, f: Figures): string {
  if (f.status === 'needs-amount') return t('badge.needsAmount');
  if (f.status === 'error') return t('badge.error');
  if (f.status === 'none') return t(f.kind === 'loan' ? 'badge.noneLoan' : 'badge.noneInsurance');
  const amount = formatMoney(t, f.subsidy);
  if (f.kind === 'insurance') return t('badge.insurance', { amount });
  return t(f.rateHigh ? 'badge.loanFrom' : 'badge.loan', { amount, rate: formatRate(f.effectiveRate ?? '0') });
}

function details(t: TFunction, f: Figures): TemplateResult {
  if (f.status === 'error') return html`${f.messages.map((m) => html`<p>${m}</p>`)}`;
  const lpr = f.lpr
    ? f.lpr.published
      ? t('badge.lprTable', { oneYear: formatRate(f.lpr.oneYear), fiveYear: formatRate(f.lpr.fiveYear), date: f.lpr.published, source: t('badge.lprSource') })
      : t('badge.lprOverride', { oneYear: formatRate(f.lpr.oneYear), fiveYear: formatRate(f.lpr.fiveYear) })
    : '';
  if (f.status === 'needs-amount') return html`${lpr ? html`<p>${lpr}</p>` : nothing}`;
  const basis =
    f.kind === 'loan' && f.principal && f.rate
      ? t(f.principalFrom === 'offer-max' ? 'badge.principalOfferMax' : 'badge.principalProfile', { amount: formatMoney(t, f.principal), rate: formatRate(f.rate) })
      : f.premium
        ? t('badge.premium', { amount: formatMoney(t, f.premium) })
        : '';
  const item = f.item;
  return html`
    <p>${basis}</p>
    ${f.rateHigh && f.rate ? html`<p>${t('badge.rateRange', { low: formatRate(f.rate), high: formatRate(f.rateHigh) })}</p>` : nothing}
    ${lpr ? html`<p>${lpr}</p>` : nothing}
    ${item
      ? html`<h2>${item.title}</h2>
          <p>${item.explanation}</p>
          ${item.calculation ? html`<p class="small">${t('badge.calculation')}: ${item.calculation}</p>` : nothing}
          ${(item.interpretations ?? []).map((i) => html`<p class="small">${i}</p>`)}
          <h2>${t('badge.clause', { article: item.article })}</h2>
          <p class="clause">${item.clause}</p>`
      : nothing}
    ${f.notes.length ? html`<h2>${t('badge.notes')}</h2><ul>${f.notes.map((n) => html`<li class="small">${n}</li>`)}</ul>` : nothing}
    <p class="small">${t('badge.disclaimer')}</p>
  `;
}

let panelIds = 0;

export function renderBadge(a: Annotation, t: TFunction, f: Figures): void {
  const cls = f.status === 'awarded' ? 'badge' : f.status === 'none' ? 'badge none' : 'badge info';
  const panelId = a.host.dataset.ezonePanel ?? `p${++panelIds}`;
  a.host.dataset.ezonePanel = panelId;
  const toggle = (e: Event) => {
    e.preventDefault();
    e.stopPropagation();
    a.open = !a.open;
    renderBadge(a, t, f);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && a.open) {
      a.open = false;
      renderBadge(a, t, f);
    }
  };
  const capped = f.status === 'awarded' && f.capped;
  render(
    html`<span class=${cls} role="note" aria-label=${t('badge.label')} @keydown=${onKey}>
        <span class="mark" part="summary">${summary(t, f)}</span>
        ${capped ? html`<span class="flag">${t('badge.capped')}</span>` : nothing}
        ${f.status === 'awarded' && f.item?.conditional ? html`<span class="flag">${t('badge.conditional')}</span>` : nothing}
        <button type="button" aria-expanded=${a.open ? 'true' : 'false'} aria-controls=${panelId} @click=${toggle}>
          ${a.open ? t('badge.close') : t('badge.details')}
        </button>
      </span>
      <div class="panel" id=${panelId} ?hidden=${!a.open}>${a.open ? details(t, f) : nothing}</div>`,
    a.root,
  );
}

/** Creates the host and its closed shadow root next to the card; marks the host with what was read. */
export function createAnnotation(card: Element, offer: Offer, resolvedRate: { low: string; high?: string } | undefined): Annotation {
  const host = document.createElement(HOST_TAG);
  host.dataset.ezoneAnnotation = offer.kind;
  if (offer.kind === 'loan') {
    if (resolvedRate) host.dataset.ezoneRate = resolvedRate.high ? `${resolvedRate.low}-${resolvedRate.high}` : resolvedRate.low;
    host.dataset.ezoneRateText = offer.rate.text;
    if (offer.maxAmount) host.dataset.ezoneAmount = offer.maxAmount;
    if (offer.termMonths) host.dataset.ezoneTerm = String(offer.termMonths);
  } else {
    host.dataset.ezoneAmount = offer.premium;
  }
  host.dataset.ezoneProduct = offer.product;
  const root = host.attachShadow({ mode: 'closed' });
  root.adoptedStyleSheets = [badgeStyles.styleSheet!];
  // A table row only renders cells: the badge goes into the row's last cell.
  const parent = card instanceof HTMLTableRowElement ? (card.cells[card.cells.length - 1] ?? card) : card;
  parent.appendChild(host);
  return { host, root, card, offer, open: false };
}
