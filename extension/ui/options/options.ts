/**
 * Options page: the enterprise profile (arts. 2 and 4 facts), per-site list, global pause, LPR override.
 * Values stay in the form as typed; invalid ones get an error next to the field and nothing is saved until fixed.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { TFunction } from '../../shared/i18n.ts';
import { CURRENT_POLICY, LPR_TABLE, policyName } from '../../../core/index.ts';
import { translator, uiLang, formatRate } from '../../shared/i18n.ts';
import {
  CERTIFICATIONS,
  SCHEMA_VERSION,
  STORAGE_KEY,
  loadStored,
  migrate,
  saveStored,
  updateSettings,
  type Profile,
  type Stored,
} from '../../shared/profile.ts';
import { validate, type ProfileError, type ProfileField } from '../../shared/validate.ts';

const lang = uiLang();
const t: TFunction = translator(lang);

export class EzoneOptions extends LitElement {
  static override styles = css`
    :host { display: block; max-width: 720px; margin: 0 auto; padding: 16px; font: 15px/1.5 system-ui, sans-serif; color: #1a1a1a; }
    fieldset { border: 1px solid #bbb; border-radius: 6px; margin: 12px 0; padding: 8px 14px; }
    legend { font-weight: 700; padding: 0 4px; }
    .row { margin: 8px 0; }
    label { cursor: pointer; }
    input[type='text'] { display: block; width: 100%; max-width: 360px; padding: 4px 6px; font: inherit; border: 1px solid #767676; border-radius: 4px; }
    input[aria-invalid='true'] { border-color: #b00020; }
    .error { color: #b00020; margin: 2px 0 0; }
    .status { min-height: 1.5em; font-weight: 600; }
    button { font: inherit; padding: 4px 14px; border-radius: 4px; border: 1px solid #0b6e4f; background: #0b6e4f; color: #fff; cursor: pointer; }
    button.link { background: none; color: #0a4a8c; border: none; text-decoration: underline; padding: 0 4px; }
    button:focus-visible, input:focus-visible { outline: 2px solid #0a4a8c; outline-offset: 2px; }
    .hint { color: #555; font-size: 13px; }
  `;

  static override properties = {
    stored: { state: true },
    errors: { state: true },
    status: { state: true },
  };

  stored: Stored | null = null;
  errors: ProfileError[] = [];
  status = '';
  private lprDraft = { oneYear: '', fiveYear: '' };

  override connectedCallback(): void {
    super.connectedCallback();
    document.documentElement.lang = lang;
    document.title = t('options.title');
    void loadStored().then((s) => this.load(s));
    // Another page (the popup) may change the settings while this one is open.
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(STORAGE_KEY in changes) || !this.stored) return;
      const next = migrate(changes[STORAGE_KEY]!.newValue);
      this.stored = { ...this.stored, settings: { ...next.settings, lprOverride: this.stored.settings.lprOverride } };
    });
  }

  private load(s: Stored): void {
    this.stored = s;
    const latest = LPR_TABLE[LPR_TABLE.length - 1]!;
    this.lprDraft = s.settings.lprOverride
      ? { ...s.settings.lprOverride }
      : { oneYear: latest.oneYear, fiveYear: latest.fiveYear };
  }

  private setProfile<K extends keyof Profile>(key: K, value: Profile[K]): void {
    if (!this.stored) return;
    this.stored = { ...this.stored, profile: { ...this.stored.profile, [key]: value } };
    this.status = '';
  }

  private error(field: ProfileField): ProfileError | undefined {
    return this.errors.find((e) => e.field === field);
  }

  private checkbox(key: 'smallOrMicro' | 'inZone' | 'firstLoan' | 'startupGuaranteeLoan') {
    const id = `f-${key}`;
    return html`<div class="row">
      <input type="checkbox" id=${id} name=${key} .checked=${this.stored!.profile[key]} @change=${(e: Event) => this.setProfile(key, (e.target as HTMLInputElement).checked)} />
      <label for=${id}>${t(`fields.${key}`)}</label>
    </div>`;
  }

  private text(field: ProfileField, value: string, onInput: (v: string) => void, disabled = false) {
    const id = `f-${field.replace('.', '-')}`;
    const err = this.error(field);
    return html`<div class="row">
      <label for=${id}>${t(`fields.${field === 'lprOverride.oneYear' ? 'lprOneYear' : field === 'lprOverride.fiveYear' ? 'lprFiveYear' : field}`)}</label>
      <input type="text" id=${id} name=${field} .value=${value} ?disabled=${disabled}
        aria-invalid=${err ? 'true' : 'false'} aria-describedby=${err ? `${id}-err` : nothing}
        @input=${(e: Event) => {
          onInput((e.target as HTMLInputElement).value);
          this.status = '';
        }} />
      ${err ? html`<p class="error" id=${`${id}-err`}>${t(err.key, { value: err.value })}</p>` : nothing}
    </div>`;
  }

  private async save(e: Event): Promise<void> {
    e.preventDefault();
    if (!this.stored) return;
    const useOwn = this.stored.settings.lprOverride !== null;
    const candidate: Stored = {
      ...this.stored,
      schemaVersion: Math.max(this.stored.schemaVersion, SCHEMA_VERSION),
      settings: { ...this.stored.settings, lprOverride: useOwn ? { ...this.lprDraft } : null, profileSaved: true },
    };
    this.errors = validate(candidate);
    if (this.errors.length) {
      this.status = t('options.notSaved');
      await this.updateComplete;
      (this.renderRoot.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus();
      return;
    }
    await saveStored(candidate);
    this.stored = candidate;
    this.status = t('options.saved');
  }

  private async enableSite(site: string): Promise<void> {
    await updateSettings((s) => ({ disabledSites: s.disabledSites.filter((x) => x !== site) }));
  }

  /** Shows every hidden badge again (the list is emptied; open pages bring their badges back). */
  private async showHidden(): Promise<void> {
    await updateSettings(() => ({ hiddenOffers: [] }));
  }

  override render() {
    const s = this.stored;
    if (!s) return nothing;
    const p = s.profile;
    const latest = LPR_TABLE[LPR_TABLE.length - 1]!;
    const useOwn = s.settings.lprOverride !== null;
    return html`
      <h1>${t('options.title')}</h1>
      <p>${t('options.intro', { policy: policyName(CURRENT_POLICY, lang) })}</p>
      <form @submit=${this.save} novalidate>
        <fieldset>
          <legend>${t('options.profile')}</legend>
          ${this.checkbox('smallOrMicro')}
          ${this.checkbox('inZone')}
          <fieldset>
            <legend>${t('fields.certifications')}</legend>
            ${CERTIFICATIONS.map(
              (c) => html`<div class="row">
              <input type="checkbox" id=${`cert-${c}`} name="certifications" value=${c} .checked=${p.certifications.includes(c)}
                @change=${(e: Event) => this.setProfile('certifications', (e.target as HTMLInputElement).checked ? [...p.certifications, c] : p.certifications.filter((x) => x !== c))} />
              <label for=${`cert-${c}`}>${t(`fields.cert_${c}`)}</label>
            </div>`,
            )}
          </fieldset>
          ${this.text('expectedLoanAmount', p.expectedLoanAmount, (v) => this.setProfile('expectedLoanAmount', v))}
          ${this.checkbox('firstLoan')}
          ${p.firstLoan ? this.text('firstLoanMunicipalSupport', p.firstLoanMunicipalSupport, (v) => this.setProfile('firstLoanMunicipalSupport', v)) : nothing}
          ${this.checkbox('startupGuaranteeLoan')}
          ${p.startupGuaranteeLoan ? this.text('startupMunicipalSupport', p.startupMunicipalSupport, (v) => this.setProfile('startupMunicipalSupport', v)) : nothing}
        </fieldset>
        <fieldset>
          <legend>${t('options.settings')}</legend>
          <div class="row">
            <input type="checkbox" id="f-paused" name="paused" .checked=${s.settings.paused}
              @change=${(e: Event) => {
                this.stored = { ...s, settings: { ...s.settings, paused: (e.target as HTMLInputElement).checked } };
              }} />
            <label for="f-paused">${t('fields.paused')}</label>
          </div>
          <h2>${t('options.disabledSites')}</h2>
          ${
            s.settings.disabledSites.length
              ? html`<ul>${s.settings.disabledSites.map((site) => html`<li>${site} <button type="button" class="link" @click=${() => this.enableSite(site)}>${t('options.enableSite', { site })}</button></li>`)}</ul>`
              : html`<p>${t('options.noDisabledSites')}</p>`
          }
          <h2>${t('options.hiddenOffers')}</h2>
          ${
            s.settings.hiddenOffers.length
              ? html`<p>${t('options.hiddenCount', { count: s.settings.hiddenOffers.length })}
                  <button type="button" class="link" id="show-hidden" @click=${() => this.showHidden()}>${t('options.showHidden')}</button></p>`
              : html`<p>${t('options.noHiddenOffers')}</p>`
          }
          <h2>${t('options.lprTitle')}</h2>
          <p class="hint">${t('options.lprBuiltIn', { oneYear: formatRate(latest.oneYear), fiveYear: formatRate(latest.fiveYear), date: latest.published, source: t('options.lprSource') })}</p>
          <div class="row">
            <input type="checkbox" id="f-lpr-own" name="lprOwn" .checked=${useOwn}
              @change=${(e: Event) => {
                this.stored = {
                  ...s,
                  settings: {
                    ...s.settings,
                    lprOverride: (e.target as HTMLInputElement).checked ? { ...this.lprDraft } : null,
                  },
                };
              }} />
            <label for="f-lpr-own">${t('options.lprUseOwn')}</label>
          </div>
          ${
            useOwn
              ? html`${this.text('lprOverride.oneYear', this.lprDraft.oneYear, (v) => {
                  this.lprDraft = { ...this.lprDraft, oneYear: v };
                  this.requestUpdate();
                })}
                ${this.text('lprOverride.fiveYear', this.lprDraft.fiveYear, (v) => {
                  this.lprDraft = { ...this.lprDraft, fiveYear: v };
                  this.requestUpdate();
                })}`
              : nothing
          }
        </fieldset>
        ${s.schemaVersion > SCHEMA_VERSION ? html`<p>${t('options.newerVersion')}</p>` : nothing}
        <button type="submit" id="save">${t('options.save')}</button>
        <p class="status" role="status" aria-live="polite">${this.status}</p>
      </form>
    `;
  }
}

if (!customElements.get('ezone-options')) customElements.define('ezone-options', EzoneOptions);
