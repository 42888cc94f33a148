/**
 * Popup: what the content script recognised on the current tab, the per-site switch and the global pause.
 * Asks the tab's content script directly (no "tabs" permission: the active tab's id is enough to message it).
 */
import { LitElement, css, html, nothing } from 'lit';
import type { TFunction } from '../../shared/i18n.ts';
import { translator, uiLang, formatMoney, formatRate } from '../../shared/i18n.ts';
import { MessageTypePopupToCS, type FindingsReply } from '../../shared/messages.ts';
import { loadStored, saveStored, siteKey, type Stored } from '../../shared/profile.ts';

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
    input:focus-visible, button:focus-visible { outline: 2px solid #0a4a8c; outline-offset: 2px; }
  `;

  static override properties = { reply: { state: true }, stored: { state: true }, unavailable: { state: true } };

  reply: FindingsReply | null = null;
  stored: Stored | null = null;
  unavailable = false;

  override connectedCallback(): void {
    super.connectedCallback();
    document.documentElement.lang = lang;
    document.title = t('popup.title');
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    this.stored = await loadStored();
    try {
      this.reply = (await chrome.tabs.sendMessage(await this.tabId(), {
        type: MessageTypePopupToCS.GetFindings,
      })) as FindingsReply;
    } catch {
      // No content script there: a browser page, the store, or a page opened before the extension was installed.
      this.unavailable = true;
    }
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
    const s = await loadStored();
    const site = siteKey(this.reply.host);
    const sites = s.settings.disabledSites.filter((x) => x !== site);
    if (off) sites.push(site);
    await saveStored({ ...s, settings: { ...s.settings, disabledSites: sites } });
    await this.refresh();
  }

  private async togglePause(e: Event): Promise<void> {
    const s = await loadStored();
    await saveStored({ ...s, settings: { ...s.settings, paused: (e.target as HTMLInputElement).checked } });
    await this.refresh();
  }

  override render() {
    const r = this.reply;
    const s = this.stored;
    const site = r ? siteKey(r.host) : '';
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
            <div class="row">
              <input type="checkbox" id="site-off" .checked=${Boolean(s?.settings.disabledSites.includes(site))} @change=${this.toggleSite} />
              <label for="site-off">${t('popup.siteOff', { site })}</label>
            </div>`
          : nothing
      }
      <div class="row">
        <input type="checkbox" id="pause" .checked=${Boolean(s?.settings.paused)} @change=${this.togglePause} />
        <label for="pause">${t('popup.pause')}</label>
      </div>
      <p><button class="link" id="open-options" @click=${() => chrome.runtime.openOptionsPage()}>${t('popup.options')}</button></p>
    `;
  }
}

if (!customElements.get('ezone-popup')) customElements.define('ezone-popup', EzonePopup);
