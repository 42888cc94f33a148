/**
 * Popup: what the content script recognised on the current tab, the estimate for text the user selected there (an
 * offer the scan did not badge), the per-site switch and the global pause.
 * Asks the tab's content script directly (no "tabs" permission: the active tab's id is enough to message it).
 */
import { LitElement, css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import Decimal from 'decimal.js';
import type { TFunction } from '../../shared/i18n.ts';
import { translator, uiLang, formatMoney, formatRate } from '../../shared/i18n.ts';
import type { Offer } from '../../detector/detect.ts';
import type { SelectionReading } from '../../detector/selection.ts';
import type { BadgeView } from '../../shared/badge-view.ts';
import {
  MessageTypePopupToCS,
  MessageTypeToBackground,
  type BadgeViewsRequest,
  type FindingsReply,
  type SelectionReply,
} from '../../shared/messages.ts';
import { loadStored, siteKey, updateSettings, type Stored } from '../../shared/profile.ts';

const lang = uiLang();
const t: TFunction = translator(lang);

export class EzonePopup extends LitElement {
  static override styles = css`
    :host { display: block; width: 340px; padding: 12px; font: 14px/1.45 system-ui, sans-serif; color: #1a1a1a; }
    h1 { font-size: 16px; margin: 0 0 8px; }
    ul { padding-left: 18px; margin: 6px 0; }
    li { margin: 4px 0; }
    .row { margin: 6px 0; }
    .meta { color: #555; font-size: 12px; }
    button.link { background: none; border: none; color: #0a4a8c; text-decoration: underline; cursor: pointer; padding: 0; font: inherit; }
    section.selection { border-top: 1px solid #d5d9de; margin-top: 10px; padding-top: 6px; }
    h2 { font-size: 14px; margin: 4px 0; }
    h3 { font-size: 13px; margin: 8px 0 2px; }
    q { display: block; color: #333; font-style: italic; overflow-wrap: anywhere; }
    .summary { font-weight: 600; }
    .caution { border-left: 3px solid #8a5a00; padding-left: 6px; color: #5c3c00; }
    .summary.awarded { color: #0b5a2a; }
    .clause { color: #333; border-left: 3px solid #c5cbd3; padding-left: 6px; }
    summary { cursor: pointer; color: #0a4a8c; }
    details p { margin: 4px 0; }
    input:focus-visible, button:focus-visible { outline: 2px solid #0a4a8c; outline-offset: 2px; }
  `;

  static override properties = {
    reply: { state: true },
    stored: { state: true },
    unavailable: { state: true },
    selection: { state: true },
    selectionView: { state: true },
    selectionPending: { state: true },
  };

  reply: FindingsReply | null = null;
  stored: Stored | null = null;
  unavailable = false;
  /** The tab's selection and what was read in it; the estimate's text for an offer read there. */
  selection: SelectionReply | null = null;
  selectionView: BadgeView | null = null;
  /** Until the tab has answered (and the worker, for an offer): the result area is marked busy. */
  selectionPending = true;

  override connectedCallback(): void {
    super.connectedCallback();
    document.documentElement.lang = lang;
    document.title = t('popup.title');
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    this.stored = await loadStored();
    try {
      const tab = await this.tabId();
      this.reply = (await chrome.tabs.sendMessage(tab, {
        type: MessageTypePopupToCS.GetFindings,
      })) as FindingsReply;
      // (A tab whose content script predates this popup's question answers nothing: the hint stays.)
      await this.readSelection(tab).catch(() => undefined);
    } catch {
      // No content script there: a browser page, the store, or a page opened before the extension was installed.
      this.unavailable = true;
    } finally {
      this.selectionPending = false;
    }
  }

  /** The offer in the tab's selected text, and its estimate from the service worker (as a badge's text is made). */
  private async readSelection(tab: number): Promise<void> {
    const selection = (await chrome.tabs.sendMessage(tab, {
      type: MessageTypePopupToCS.ReadSelection,
    })) as SelectionReply | undefined;
    let view: BadgeView | null = null;
    if (selection?.reading.status === 'offer') {
      const request: BadgeViewsRequest = {
        type: MessageTypeToBackground.BadgeViews,
        lang,
        offers: [selection.reading.offer],
      };
      const answer = (await chrome.runtime.sendMessage(request)) as { views: BadgeView[] } | undefined;
      view = answer?.views[0] ?? null;
    }
    this.selection = selection ?? null;
    this.selectionView = view;
  }

  /** The tab the popup is about: the active one, or the one named by ?tab= when the popup is opened as a page. */
  private async tabId(): Promise<number> {
    const named = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(named) && named > 0) return named;
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) throw new Error('no tab');
    return tab.id;
  }

  private async toggleSite(e: Event): Promise<void> {
    if (!this.reply) return;
    const off = (e.target as HTMLInputElement).checked;
    const site = siteKey(this.reply.host);
    await updateSettings((s) => {
      const disabledSites = s.disabledSites.filter((x) => x !== site);
      return { disabledSites: off ? [...disabledSites, site] : disabledSites };
    });
    await this.refresh();
  }

  /** Shows again the badges the user hid on this page (they stay hidden where else they were hidden). */
  private async showHiddenHere(): Promise<void> {
    const here = new Set(this.reply?.hidden ?? []);
    await updateSettings((s) => ({ hiddenOffers: s.hiddenOffers.filter((e) => !here.has(e)) }));
    await this.refresh();
  }

  private async togglePause(e: Event): Promise<void> {
    const paused = (e.target as HTMLInputElement).checked;
    await updateSettings(() => ({ paused }));
    await this.refresh();
  }

  override render() {
    const r = this.reply;
    const s = this.stored;
    const site = r ? siteKey(r.host) : '';
    // (The page's content script may not have heard yet of a change just stored here: the stored list decides.)
    const hiddenHere = (r?.hidden ?? []).filter((e) => s?.settings.hiddenOffers.includes(e));
    return html`
      <h1>${t('popup.title')}</h1>
      ${this.unavailable ? html`<p>${t('popup.unavailable')}</p>` : nothing}
      ${
        r
          ? html`<p>${r.findings.length ? t('popup.found', { count: r.findings.length }) : t('popup.foundNone')}</p>
            <ul>
              ${r.findings.map(
                (f) => html`<li>
                  <strong>${t(`popup.kind_${f.kind}`)}</strong> · ${f.product}
                  <div class="meta">${f.rate ? formatRate(f.rate.split('-')[0]!) : ''} ${f.amount ? formatMoney(t, f.amount) : ''}</div>
                  <div>${f.summary}</div>
                </li>`,
              )}
            </ul>
            ${
              hiddenHere.length
                ? html`<p>${t('popup.hiddenHere', { count: hiddenHere.length })}
                    <button class="link" id="show-hidden-here" @click=${this.showHiddenHere}>${t('popup.showHiddenHere')}</button></p>`
                : nothing
            }
            <div class="row">
              <input type="checkbox" id="site-off" .checked=${Boolean(s?.settings.disabledSites.includes(site))} @change=${this.toggleSite} />
              <label for="site-off">${t('popup.siteOff', { site })}</label>
            </div>`
          : nothing
      }
      ${this.unavailable ? nothing : this.renderSelection()}
      <div class="row">
        <input type="checkbox" id="pause" .checked=${Boolean(s?.settings.paused)} @change=${this.togglePause} />
        <label for="pause">${t('popup.pause')}</label>
      </div>
      <p><button class="link" id="open-options" @click=${() => chrome.runtime.openOptionsPage()}>${t('popup.options')}</button></p>
    `;
  }

  private renderSelection() {
    const sel = this.selection;
    return html`<section class="selection" aria-labelledby="selection-heading">
      <h2 id="selection-heading">${t('popup.selectionHeading')}</h2>
      ${sel && sel.reading.status !== 'empty' ? html`<q id="selection-quote" lang=${ifDefined(sel.lang)}>${sel.quote}</q>` : nothing}
      <div id="selection-result" role="status" aria-busy=${this.selectionPending ? 'true' : 'false'}>
        ${this.renderReading(sel?.reading)}
      </div>
    </section>`;
  }

  private renderReading(reading: SelectionReading | undefined) {
    if (!reading || reading.status === 'empty') return html`<p class="meta">${t('popup.selectionHint')}</p>`;
    if (reading.status === 'too-long') return html`<p>${t('popup.selectionTooLong')}</p>`;
    const words = { words: reading.words ?? t('popup.selectionNoWords') };
    if (reading.status === 'not-offer') return html`<p>${t(`popup.selectionReason_${reading.reason}`, words)}</p>`;
    return html`${reading.caution ? html`<p class="caution">${t(`popup.selectionCaution_${reading.caution}`, words)}</p>` : nothing}
      ${this.renderEstimate(reading.offer)}`;
  }

  private renderEstimate(offer: Offer) {
    const v = this.selectionView;
    return html`<p class="meta">${t('popup.selectionRead', { what: describeOffer(offer) })}</p>
      ${
        v
          ? html`<p class="summary ${v.tone}">${v.summary}</p>
              ${v.flags.length ? html`<p class="meta">${v.flags.join(' · ')}</p>` : nothing}
              <details>
                <summary>${t('popup.selectionDetails')}</summary>
                ${v.sections.map(
                  (s) => html`${s.heading ? html`<h3>${s.heading}</h3>` : nothing}
                  ${s.lines.map((l) => html`<p class=${s.clause ? 'clause' : s.small ? 'meta' : ''}>${l}</p>`)}`,
                )}
              </details>`
          : nothing
      }`;
  }
}

/** What was read, in a line: the product (when the selection names one), the rate or premium, the limit. */
function describeOffer(offer: Offer): string {
  const parts: string[] = [];
  if (offer.evidence.productFrom !== 'selection') parts.push(offer.product);
  const cny = offer.currency === 'CNY';
  const money = (wan: string) => (cny ? formatMoney(t, wan) : `${offer.currency} ${wanToUnits(wan)}`);
  if (offer.kind === 'insurance') parts.push(money(offer.premium));
  else {
    const r = offer.rate;
    if (r.basis === 'lpr')
      parts.push(t('popup.selectionLpr', { spread: r.spreadBp >= 0 ? `+${r.spreadBp}` : `${r.spreadBp}` }));
    else parts.push(r.high ? `${formatRate(r.low)}–${formatRate(r.high)}` : formatRate(r.low));
    if (offer.maxAmount) parts.push(money(offer.maxAmount));
  }
  return parts.join(' · ');
}

/** An amount in 万 of a foreign currency, in whole units as its page wrote it (12,500 for 1.25万). */
function wanToUnits(wan: string): string {
  return new Decimal(wan).times(10000).toNumber().toLocaleString(lang);
}

if (!customElements.get('ezone-popup')) customElements.define('ezone-popup', EzonePopup);
