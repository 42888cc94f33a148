import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  estimate,
  parseAmount,
  POLICY_YEARS,
  CURRENT_POLICY,
  policyFor,
  type FieldError,
  type Lang,
  type Scenario,
  type SubsidyResult,
} from '../../core/index.ts';
import { LANGS, isLoaded, loadLang, normalizeLang, translator, type Translate } from '../i18n.ts';
import { formatDate, groupDigits } from '../format.ts';
import { subsidyChangeEvent } from '../events/subsidy-change.ts';
import {
  APPLICANT_KINDS,
  ELIGIBILITY_KEYS,
  INSTITUTION_TYPE_GROUPS,
  addRow,
  emptyState,
  formProblems,
  fromScenario,
  hasInput,
  isBlank,
  isList,
  keyForErrorPath,
  parseDateText,
  removeRow,
  toScenario,
  visibleEntries,
  type ApplicantKind,
  DATE_YEARS,
  MAX_AMOUNT_WAN,
  type FieldDef,
  type FormProblem,
  type FormState,
  type ListDef,
} from './form-model.ts';
import { fragmentKey, readFragment, writeFragment } from './share.ts';
import '../result-cards/result-cards.ts';
// The "batch" tab: many clients at once from a CSV file (widget/batch-panel/), its code evaluated when first needed.
import { loadBatchPanel } from '../batch.ts';
// The what-if chart (widget/what-if/): a file of its own, fetched on the first opening (issue 13).
import { loadWhatIfPanel } from '../what-if/load.ts';
import styles from './calculator.styles.ts';

type Mode = 'single' | 'batch';

/**
 * A subsidy calculator for Beijing E-Town's 2025 industrial-finance measures, for any web page: forms per applicant
 * kind, live results with explanations and clause text, in Chinese and English. All figures come from the core.
 *
 * @summary Embeddable subsidy calculator.
 *
 * @attr lang - Language: `zh-CN` (default) or `en`. Switching keeps every value typed.
 * @attr applicant - Preselects the form: `enterprise` (default), `institution` or `fund`.
 * @attr year - Calendar year of the supported activity (default: the current year).
 *
 * @fires {SubsidyChangeEvent} subsidy-change - Each time the result changes; `detail` is `{ scenario, result }`.
 * Bubbles and is composed.
 * @event subsidy-change - See `@fires`.
 *
 * @csspart header - Title bar with the language switch.
 * @csspart title - The widget's heading.
 * @csspart lang-switch - The language buttons.
 * @csspart tabs - The mode tablist (single estimate / batch), when the batch panel is bundled.
 * @csspart form - The input form.
 * @csspart applicant - The applicant-kind chooser.
 * @csspart fieldset - Each group of fields.
 * @csspart field - One field (label, input, hint, error).
 * @csspart input - Every text input and select.
 * @csspart hint - A field's hint in plain words.
 * @csspart error - A field's error message.
 * @csspart amount-read - The amount read from what was typed, in 万元.
 * @csspart button - Every button.
 * @csspart results - The result column.
 * @csspart stale - The banner shown while the result is out of date.
 * @csspart mini-total - On narrow layouts, the total kept in view at the bottom of the form.
 * @csspart actions - Copy link and print.
 * @csspart result-cards - The `<ezone-result-cards>` element.
 * @csspart total - (forwarded from the result cards) The box with the estimated total.
 * @csspart total-amount - (forwarded) The total figure.
 * @csspart cards - (forwarded) The list of cards with an amount.
 * @csspart card - (forwarded) One article's card.
 * @csspart status - (forwarded) The status badge of a card.
 * @csspart amount - (forwarded) The amount of a card.
 * @csspart calculation - (forwarded) The one-line calculation of a card.
 * @csspart clause - (forwarded) The collapsible clause text of a card.
 * @csspart timeline - (forwarded) The art. 15 list of claimable dates.
 * @csspart info - (forwarded) The matched articles without an amount.
 * @csspart notes - (forwarded) The notes.
 * @csspart appendix - (forwarded) The clause texts printed after the result when the user asks for them.
 *
 * @cssproperty --ezone-color-primary - Brand colour: buttons, headings accents, total. Default #1d4f91.
 * @cssproperty --ezone-color-on-primary - Text on the brand colour. Default #ffffff.
 * @cssproperty --ezone-color-text - Body text. Default #1f2933.
 * @cssproperty --ezone-color-muted - Hints and secondary text. Default #4b5563.
 * @cssproperty --ezone-color-surface - Background of the widget. Default #ffffff.
 * @cssproperty --ezone-color-surface-alt - Background of field groups. Default #f4f6f9.
 * @cssproperty --ezone-color-accent-bg - Background of the total box. Default #e8f0fb.
 * @cssproperty --ezone-color-border - Borders. Default #c3cad4.
 * @cssproperty --ezone-color-success - Awarded status. Default #176b2c.
 * @cssproperty --ezone-color-warning - Stale banner, pending status, cap badges. Default #7a4a00.
 * @cssproperty --ezone-color-danger - Field errors. Default #b3261e.
 * @cssproperty --ezone-font-family - Font stack.
 * @cssproperty --ezone-font-size - Base font size. Default 1rem.
 * @cssproperty --ezone-radius - Corner radius. Default 6px.
 * @cssproperty --ezone-spacing - Base spacing unit. Default 1rem.
 * @cssproperty --ezone-focus-ring - Box shadow of the keyboard focus ring. Default 0 0 0 3px #f5a623.
 */
export class EzoneSubsidyCalculator extends LitElement {
  static override styles = styles;

  static override properties = {
    lang: { reflect: true },
    applicant: { reflect: true },
    year: {},
    _form: { state: true, attribute: false },
    _result: { state: true, attribute: false },
    _errors: { state: true, attribute: false },
    _mode: { state: true, attribute: false },
    _shareNote: { state: true, attribute: false },
    _appendix: { state: true, attribute: false },
    _reproNote: { state: true, attribute: false },
    _loadProblems: { state: true, attribute: false },
  };

  /** Language: `zh-CN` (default) or `en`. */
  declare lang: string;
  /** Applicant kind whose form is shown: `enterprise`, `institution` or `fund`. */
  declare applicant: ApplicantKind;
  /** Calendar year of the supported activity, e.g. "2025". */
  declare year: string | undefined;

  declare private _form: FormState;
  declare private _result: SubsidyResult | undefined;
  declare private _errors: FieldError[];
  declare private _mode: Mode;
  declare private _shareNote: { text: string; link?: string } | undefined;
  /** Whether printing adds the full clause texts as an appendix (the user's choice next to the print button). */
  declare private _appendix: boolean;
  /** After "copy as JSON" / "copy command": what was copied (shown for copying by hand if the clipboard refused). */
  declare private _reproNote: { text: string; copy?: string } | undefined;
  /** Why a pasted or dropped scenario was not loaded (the core's field errors, as the CLI prints them). */
  declare private _loadProblems: string[] | undefined;
  private _lastScenario: Scenario | undefined;
  private _lastKey = '';
  private _pendingChange: { scenario: Scenario; result: SubsidyResult } | undefined;
  private _announce = '';
  /** What the polite live region says: `_announce` once the typing pauses, so a screen reader hears one result, not one per keystroke. */
  private _spoken = '';
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the batch tab has been opened: its panel then stays mounted (hidden), keeping a computed list. */
  private _batchOpened = false;
  /** Whether the what-if chart is open. */
  private _whatIf = false;
  /**
   * The language shown while the chosen one's words are being fetched (built widget: English is a file of its own):
   * the previous language, so a switch keeps the form as it was until the words are there.
   */
  private _shownLang: Lang = 'zh-CN';
  private _fetchingLang: Lang | undefined;
  /** Set when a file of the widget could not be fetched: said in the widget, not only in the console. */
  private _loadFailure: string | undefined;

  constructor() {
    super();
    this.lang = 'zh-CN';
    this.applicant = 'enterprise';
    this.year = undefined;
    this._form = emptyState('enterprise');
    this._result = undefined;
    this._errors = [];
    this._mode = 'single';
    this._shareNote = undefined;
    this._appendix = false;
    this._reproNote = undefined;
    this._loadProblems = undefined;
    // A page script may set `scenario` before this module has upgraded the element: that own property would hide
    // the accessor (and the scenario never reach the form). Take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'scenario')) {
      const early: unknown = (this as { scenario?: unknown }).scenario;
      delete (this as { scenario?: unknown }).scenario;
      this._form = fromScenario(early, this._form);
      this.applicant = this._form.applicant;
    }
  }

  /** The scenario as the contract's JSON, built from what is typed. Setting it fills the form. */
  get scenario(): Scenario {
    return toScenario(this._form);
  }
  set scenario(value: Scenario | unknown) {
    this._form = fromScenario(value, this._form);
    this.applicant = this._form.applicant;
    this._recompute();
  }

  /** The last good result of the core (`undefined` before the first one). Read-only. */
  get result(): SubsidyResult | undefined {
    return this._result;
  }

  /** Whether the shown result is out of date because the current input is invalid. Read-only. */
  get stale(): boolean {
    return this._errors.length > 0 && this._result !== undefined;
  }

  /** Field errors of the current input, as the core reported them. Read-only. */
  get errors(): readonly FieldError[] {
    return this._errors;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Read once, on load: a widget moved in the page (connected again) keeps what was typed since, even though
    // "copy link" has put a fragment in the address.
    if (this.hasUpdated) return;
    // A shared link wins over the page's attributes: it is what this visitor was sent.
    const shared = typeof location !== 'undefined' ? readFragment(location.hash, fragmentKey(this.id)) : undefined;
    if (shared) {
      if (shared.lang) this.lang = normalizeLang(shared.lang);
      this._form = fromScenario(shared.scenario, this._form);
      this.applicant = this._form.applicant;
      this.year = String(this._form.values.year ?? '');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._announceTimer);
    this._spoken = this._announce;
  }

  /** Fetches the chosen language's words if they are not here yet; recomputes and renders once they are. */
  private _ensureLang(): void {
    const want = normalizeLang(this.lang);
    if (isLoaded(want) || this._fetchingLang === want) return;
    this._fetchingLang = want;
    loadLang(want).then(
      () => {
        this._fetchingLang = undefined;
        this._loadFailure = undefined;
        if (normalizeLang(this.lang) !== want) return;
        this._recompute();
        this.requestUpdate();
      },
      (e: unknown) => {
        this._fetchingLang = undefined;
        this._loadFailure = loadFailureMessage(this._lang, e);
        console.error(this._loadFailure, e);
        this.requestUpdate();
      },
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._ensureLang();
    let dirty = !this.hasUpdated || changed.has('lang');
    if (changed.has('applicant')) {
      const kind = APPLICANT_KINDS.includes(this.applicant) ? this.applicant : 'enterprise';
      if (kind !== this._form.applicant) {
        this._form = { ...this._form, applicant: kind };
        dirty = true;
      }
    }
    if (
      changed.has('year') &&
      this.year !== undefined &&
      this.year !== null &&
      String(this.year) !== this._form.values.year
    ) {
      this._form = { ...this._form, values: { ...this._form.values, year: String(this.year) } };
      dirty = true;
    }
    if (dirty) this._recompute();
    if (!this.hasUpdated) this._spoken = this._announce; // present from the start: nothing to announce yet
  }

  /** Puts `_announce` into the live region once nothing has changed for a moment. */
  private _scheduleAnnouncement(): void {
    clearTimeout(this._announceTimer);
    this._announceTimer = setTimeout(() => {
      if (this._spoken === this._announce) return;
      this._spoken = this._announce;
      this.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }

  protected override updated(): void {
    // An error or a hint may just have appeared under the field being typed in: keep it clear of the sticky total.
    this._keepFocusInView();
    const change = this._pendingChange;
    if (change) {
      this._pendingChange = undefined;
      this.dispatchEvent(subsidyChangeEvent(change));
    }
  }

  private get _lang(): Lang {
    const want = normalizeLang(this.lang);
    if (isLoaded(want)) this._shownLang = want;
    return this._shownLang;
  }

  /** Before the page's language has arrived (the very first render only): nothing to show yet. */
  private get _waiting(): boolean {
    return !this._result && this._fetchingLang !== undefined && !this._loadFailure;
  }

  /** Runs the core on the current input. Keeps the last good result when the input is invalid. */
  private _recompute(): void {
    // A first result in a language whose words are still on their way would be announced, then replaced.
    if (this._waiting) return;
    const scenario = toScenario(this._form);
    const outcome = estimate(scenario, { lang: this._lang });
    const t = translator(this._lang);
    // Dates that can't be read yet (a year half typed) and absurd amounts: refused here, the core would compute them.
    const problems = formProblems(this._form);
    if (outcome.ok && !problems.length) {
      this._errors = [];
      this._result = outcome.result;
      this._lastScenario = scenario;
      const key = JSON.stringify(outcome.result);
      this._announce = t('calc.announceTotal', { total: groupDigits(outcome.result.total) });
      if (key !== this._lastKey) {
        this._lastKey = key;
        // Announced once rendered, so a listener that reads the widget sees the new result on screen too.
        this._pendingChange = { scenario, result: outcome.result };
        this.requestUpdate();
      }
    } else {
      const own = new Set(problems.map((p) => p.path));
      this._errors = [
        ...problems.map((p) => ({ path: p.path, code: p.kind, value: p.value, message: problemMessage(t, p) })),
        ...(outcome.ok ? [] : outcome.errors.filter((e) => !own.has(e.path))),
      ];
      this._announce = t('calc.announceErrors', { count: this._errors.length });
      // The last good result stays on show, but in the language of the page: recompute it when the language changed.
      if (this._result && this._result.lang !== this._lang && this._lastScenario) {
        const again = estimate(this._lastScenario, { lang: this._lang });
        if (again.ok) this._result = again.result;
      }
    }
    if (this.hasUpdated) this._scheduleAnnouncement();
  }

  private _update(mutate: (s: FormState) => void): void {
    const next: FormState = { ...this._form, values: { ...this._form.values }, rows: { ...this._form.rows } };
    mutate(next);
    this._form = next;
    this._shareNote = undefined;
    this._recompute();
  }

  private _set(key: string, value: string | boolean | string[]): void {
    this._update((s) => {
      s.values[key] = value;
    });
  }

  protected override render(): TemplateResult {
    if (this._waiting) return html`<div class="shell" aria-busy="true"></div>`;
    const lang = this._lang;
    const t = translator(lang);
    // No words could be fetched at all: only the notice (its sentence is in the widget's own file).
    if (!isLoaded(lang))
      return html`<div class="shell"><p class="load-failure" role="alert">${this._loadFailure}</p></div>`;
    return html`
      <div class="shell" lang=${lang}>
        ${this._loadFailure ? html`<p class="load-failure" role="alert">${this._loadFailure}</p>` : nothing}
        <header class="header" part="header">
          <h2 class="title" part="title">${t('calc.title')}</h2>
          <div class="lang-switch" role="group" aria-label=${t('calc.language')} part="lang-switch">
            ${LANGS.map(
              (l) => html`<button type="button" part="button" lang=${l} aria-pressed=${l === lang ? 'true' : 'false'}
                @click=${() => this._switchLang(l)}>${l === 'zh-CN' ? '中文' : 'English'}</button>`,
            )}
          </div>
        </header>
        ${this._tabs(t)}
        <div id="panel-single" role="tabpanel" aria-labelledby="tab-single" ?hidden=${this._mode !== 'single'}>
          ${this._single(t, lang)}
        </div>
        <div id="panel-batch" role="tabpanel" aria-labelledby="tab-batch" ?hidden=${this._mode !== 'batch'}>
          ${this._batchOpened ? html`<ezone-batch-panel lang=${lang}></ezone-batch-panel>` : nothing}
        </div>
      </div>
    `;
  }

  private _tabs(t: Translate): TemplateResult {
    const modes: Mode[] = ['single', 'batch'];
    return html`<div class="tabs" role="tablist" aria-label=${t('calc.modes')} part="tabs" @keydown=${this._onTabKey}>
      ${modes.map(
        (m) => html`<button type="button" role="tab" id="tab-${m}" aria-controls="panel-${m}" part="button tab"
          aria-selected=${this._mode === m ? 'true' : 'false'} tabindex=${this._mode === m ? '0' : '-1'}
          @click=${() => this._setMode(m)}>${t(`calc.mode.${m}`)}</button>`,
      )}
    </div>`;
  }

  /**
   * Shows one mode. The batch panel is made on the first visit to its tab (its code loads then if the page was not
   * idle yet) and is kept, hidden, afterwards: going back to the single estimate never discards a computed list.
   */
  private _setMode(mode: Mode): void {
    if (mode === 'batch' && !this._batchOpened) {
      this._batchOpened = true;
      loadBatchPanel().catch((e: unknown) => {
        this._batchOpened = false;
        this._loadFailure = loadFailureMessage(this._lang, e);
        console.error(this._loadFailure, e);
        this.requestUpdate();
      });
    }
    this._mode = mode;
  }

  private _onTabKey(e: KeyboardEvent): void {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault();
    this._setMode(
      e.key === 'Home' ? 'single' : e.key === 'End' ? 'batch' : this._mode === 'single' ? 'batch' : 'single',
    );
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this._mode}`)?.focus());
  }

  private _switchLang(l: Lang): void {
    this.lang = l;
  }

  private _single(t: Translate, lang: Lang): TemplateResult {
    const errorsByKey = new Map<string, string[]>();
    const general: string[] = [];
    for (const err of this._errors) {
      const key = keyForErrorPath(this._form, err.path);
      // At its own input the field path is noise for a person: "enterprise.loanInterestPaid: "abc" is not…" → ""abc" is not…".
      if (key) errorsByKey.set(key, [...(errorsByKey.get(key) ?? []), withoutPath(err)]);
      else general.push(err.message);
    }
    const kind = this._form.applicant;
    // Before anything is stated, a first-time visitor gets where to start, not verdicts on empty fields.
    const started = hasInput(this._form);
    return html`<div class="layout">
      <form class="form" part="form" novalidate @submit=${(e: Event) => e.preventDefault()} aria-label=${t('calc.formLabel')}
        @focusin=${this._keepFocusInView}>
        <fieldset class="applicant" part="applicant">
          <legend>${t('calc.applicant.legend')}</legend>
          <div class="segmented">
            ${APPLICANT_KINDS.map(
              (k) => html`<label class=${k === kind ? 'on' : 'off'}>
                <input type="radio" name="applicant" value=${k} .checked=${k === kind}
                  @change=${() => (this.applicant = k)} />
                <span>${t(`calc.applicant.${k}`)}</span>
              </label>`,
            )}
          </div>
          <p class="hint" part="hint">${t(`calc.applicant.${kind}Hint`)}</p>
        </fieldset>
        ${
          general.length
            ? html`<div class="error-summary" part="error" role="alert">
              <ul>${general.map((m) => html`<li>${m}</li>`)}</ul>
            </div>`
            : nothing
        }
        <fieldset part="fieldset">
          <legend>${t('calc.general')}</legend>
          <div class="grid">
            ${this._field(t, lang, 'year', { key: 'year', type: 'select', options: yearOptions(String(this._form.values.year ?? '')) }, 'calc.field.year', errorsByKey)}
            ${kind === 'fund' ? this._field(t, lang, 'asOf', { key: 'asOf', type: 'date' }, 'calc.field.asOf', errorsByKey) : nothing}
          </div>
        </fieldset>
        <fieldset part="fieldset">
          <legend>${t(`calc.section.${kind}`)}</legend>
          <div class="grid">
            ${visibleEntries(kind, this._form.values).map((e) =>
              isList(e)
                ? this._list(t, lang, kind, e, errorsByKey)
                : this._field(t, lang, `${kind}.${e.key}`, e, `calc.field.${kind}.${e.key}`, errorsByKey),
            )}
          </div>
        </fieldset>
        <fieldset part="fieldset">
          <legend>${t('calc.section.eligibility')}</legend>
          <p class="hint" part="hint">${t('calc.eligibilityHint')}</p>
          <div class="grid">
            ${ELIGIBILITY_KEYS.map((k) =>
              this._field(
                t,
                lang,
                `eligibility.${k}`,
                { key: k, type: 'tri' },
                `calc.field.eligibility.${k}`,
                errorsByKey,
              ),
            )}
          </div>
        </fieldset>
        ${
          this._result && started
            ? html`<div class="mini-total" part="mini-total">
              <span>${t('rc.total')}${this.stale ? html` (${t('rc.staleShort')})` : nothing}:
                <strong>${groupDigits(this._result.total)}</strong> ${t('calc.unitHint')}</span>
              <button type="button" part="button" @click=${this._showResults}>${t('calc.seeDetails')}</button>
            </div>`
            : nothing
        }
      </form>
      <section class="results" part="results" id="results" tabindex="-1" aria-label=${t('calc.resultsLabel')}>
        <h3 class="results-title">${t('calc.resultsTitle')}</h3>
        ${
          this.stale
            ? html`<p class="stale" part="stale">${t('calc.stale', { count: this._errors.length })}</p>`
            : nothing
        }
        ${started ? nothing : html`<p class="start" part="hint">${t(`calc.start.${kind}`)}</p>`}
        <ezone-result-cards part="result-cards" exportparts=${RESULT_PARTS} .result=${started ? this._result : undefined}
          ?hidden=${!started} lang=${lang} ?stale=${this.stale} ?appendix=${this._appendix}></ezone-result-cards>
        <div class="actions" part="actions">
          <button type="button" part="button" @click=${this._copyLink}>${t('calc.copyLink')}</button>
          <button type="button" part="button" @click=${this._print}>${t('calc.print')}</button>
          <label class="check appendix"><input type="checkbox" .checked=${this._appendix}
            @change=${(e: Event) => (this._appendix = (e.target as HTMLInputElement).checked)} /><span>${t('calc.printAppendix')}</span></label>
          <button type="button" part="button" class="copy-json" @click=${this._copyJson}>${t('calc.copyJson')}</button>
          <button type="button" part="button" class="download-json" @click=${this._downloadJson}>${t('calc.downloadJson')}</button>
          <button type="button" part="button" class="copy-command" @click=${this._copyCommand}>${t('calc.copyCommand')}</button>
          <button type="button" part="button" class="start-over" @click=${this._startOver}>${t('calc.startOver')}</button>
          ${started ? html`<button type="button" part="button" class="what-if" aria-expanded=${this._whatIf ? 'true' : 'false'} @click=${this._toggleWhatIf}>${t('calc.whatIf')}</button>` : nothing}
        </div>
        ${this._whatIf && started ? html`<ezone-what-if-panel .scenario=${this._lastScenario} lang=${lang} @what-if-close=${this._toggleWhatIf}></ezone-what-if-panel>` : nothing}
        ${
          this._reproNote
            ? html`<div class="share-note repro-note" role="status">
              <p>${this._reproNote.text}</p>
              ${
                this._reproNote.copy !== undefined
                  ? html`<label class="field"><span class="visually-hidden">${t('calc.copyByHand')}</span>
                    <textarea part="input" readonly rows="4" .value=${this._reproNote.copy}></textarea></label>`
                  : nothing
              }
            </div>`
            : nothing
        }
        <details class="load-json">
          <summary>${t('calc.loadJson')}</summary>
          <label class="field" for="load-json-text">${t('calc.loadJsonLabel')}</label>
          <textarea id="load-json-text" part="input" rows="5" spellcheck="false" aria-describedby="load-json-problems"
            @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${this._dropJson}></textarea>
          <button type="button" part="button" class="load-json-button" @click=${() => this._loadJson()}>${t('calc.loadJsonButton')}</button>
          <div id="load-json-problems" role="alert">
            ${
              this._loadProblems?.length
                ? html`<p class="error" part="error">${this._loadProblems[0]}</p>
                  ${this._loadProblems.length > 1 ? html`<ul class="error" part="error">${this._loadProblems.slice(1).map((m) => html`<li>${m}</li>`)}</ul>` : nothing}`
                : nothing
            }
          </div>
        </details>
        ${
          this._shareNote
            ? html`<div class="share-note" role="status">
              <p>${this._shareNote.text}</p>
              ${
                this._shareNote.link
                  ? html`<label class="field"><span class="visually-hidden">${t('calc.shareLinkLabel')}</span>
                    <input part="input" readonly .value=${this._shareNote.link} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} /></label>`
                  : nothing
              }
            </div>`
            : nothing
        }
        <p class="visually-hidden" aria-live="polite" aria-atomic="true">${this._spoken}</p>
        <p class="privacy">${t('calc.privacy')}</p>
      </section>
    </div>`;
  }

  private _list(
    t: Translate,
    lang: Lang,
    kind: ApplicantKind,
    e: ListDef,
    errorsByKey: Map<string, string[]>,
  ): TemplateResult {
    const listPath = `${kind}.${e.key}`;
    const ids = this._form.rows[listPath] ?? [];
    const base = `calc.field.${kind}.${e.key}`;
    return html`<fieldset class="list wide" part="fieldset" data-list=${listPath}>
      <legend>${t(`${base}.label`)}</legend>
      <p class="hint" part="hint">${t(`${base}.hint`, this._terms())}</p>
      ${ids.map((id, i) => {
        const rowKey = `${listPath}#${id}`;
        const rowErrors = errorsByKey.get(rowKey);
        const n = i + 1;
        return html`<div class="row" data-row=${i}>
          ${
            e.item === 'amount'
              ? this._field(t, lang, rowKey, { key: '', type: 'amount' }, `${base}.item`, errorsByKey, n)
              : html`<div class="grid">
                ${e.item.map((f) => this._field(t, lang, `${rowKey}.${f.key}`, f, `${base}.${f.key}`, errorsByKey, n))}
              </div>
              ${rowErrors ? html`<p class="error" part="error">${rowErrors.join(' ')}</p>` : nothing}`
          }
          <button type="button" class="remove" part="button" @click=${() => this._removeRow(listPath, id, i)}>
            ${t('calc.removeRow', { item: t(`${base}.one`), n })}
          </button>
        </div>`;
      })}
      <button type="button" class="add" part="button" @click=${() => this._addRow(listPath)}>
        ${t('calc.addRow', { item: t(`${base}.one`) })}
      </button>
    </fieldset>`;
  }

  /** Removes a row; the focus goes to the row now in its place (or the one before, or "add"), never back to the page. */
  private _removeRow(listPath: string, id: number, index: number): void {
    this._update((s) => removeRow(s, listPath, id));
    void this.updateComplete.then(() => {
      const list = this.renderRoot.querySelector(`fieldset[data-list="${listPath}"]`);
      const rows = list?.querySelectorAll('.row') ?? [];
      const row = rows[Math.min(index, rows.length - 1)];
      (row?.querySelector<HTMLElement>('input, select') ?? list?.querySelector<HTMLElement>('button.add'))?.focus();
    });
  }

  private _addRow(listPath: string): void {
    let id = 0;
    this._update((s) => {
      id = addRow(s, listPath);
    });
    void this.updateComplete.then(() => {
      const id0 = fieldId(`${listPath}#${id}`);
      const first = this.renderRoot.querySelector<HTMLElement>(`[id^="${id0}"]`);
      first?.focus();
    });
  }

  /** The figures the form's words quote, from the version of the chosen year (the latest before one is chosen). */
  private _terms(): Readonly<Record<string, string | number>> {
    const year = Number(this._form.values.year);
    return (Number.isInteger(year) && year > 0 ? policyFor(year) : CURRENT_POLICY).gateTerms;
  }

  private _field(
    t: Translate,
    lang: Lang,
    key: string,
    f: FieldDef,
    i18nBase: string,
    errorsByKey: Map<string, string[]>,
    n?: number,
  ): TemplateResult {
    const id = fieldId(key);
    const value = this._form.values[key];
    const errors = errorsByKey.get(key);
    // Labels and hints that quote a figure of the policy (its years, art. 2's term, 附则2's zone and look-back) take it
    // from the data: the version of the year chosen.
    const terms = this._terms();
    const label = t(`${i18nBase}.label`, n === undefined ? terms : { n });
    const hintKey = `${i18nBase}.hint`;
    const hint = t(hintKey, terms);
    const hasHint = hint !== hintKey && hint !== '' && n === undefined;
    // The 万元 beside an amount box is visual only: its unit is also said in words, first.
    const describedBy = [
      f.type === 'amount' ? `${id}-unit` : '',
      hasHint ? `${id}-hint` : '',
      errors ? `${id}-error` : '',
      f.type === 'amount' ? `${id}-read` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const errorBlock = errors ? html`<p class="error" part="error" id="${id}-error">${errors.join(' ')}</p>` : nothing;
    // Print leaves out what says nothing (empty boxes, questions not answered).
    const empty = isBlank(value) && !errors;
    const hintBlock = hasHint ? html`<p class="hint" part="hint" id="${id}-hint">${hint}</p>` : nothing;

    if (f.type === 'yesno') {
      return html`<fieldset class="field wide yesno" part="field" data-key=${key} ?data-empty=${empty}>
        <legend>${label}</legend>
        <div class="choices">
          ${(['yes', 'no'] as const).map(
            (o) => html`<label class="check"><input type="radio" name=${id} value=${o} .checked=${value === o}
                aria-describedby=${describedBy || nothing} aria-invalid=${errors ? 'true' : 'false'}
                @change=${() => this._set(key, o)} /><span>${t(`calc.tri.${o}`)}</span></label>`,
          )}
        </div>
        ${hintBlock}${errorBlock}
      </fieldset>`;
    }
    if (f.type === 'check' && f.options) {
      const chosen = Array.isArray(value) ? value : [];
      return html`<fieldset class="field wide checks" part="field" data-key=${key} ?data-empty=${empty}>
        <legend>${label}</legend>
        ${f.options.map(
          (o) => html`<label class="check"><input type="checkbox" .checked=${chosen.includes(o)} data-option=${o}
              aria-describedby=${describedBy || nothing}
              @change=${(e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                this._set(key, on ? [...chosen.filter((c) => c !== o), o] : chosen.filter((c) => c !== o));
              }} /><span>${t(`${i18nBase}.option.${o}`)}</span></label>`,
        )}
        ${hintBlock}${errorBlock}
      </fieldset>`;
    }
    if (f.type === 'check') {
      return html`<div class="field wide" part="field" data-key=${key} ?data-empty=${empty}>
        <label class="check" for=${id}>
          <input type="checkbox" id=${id} .checked=${value === true} aria-describedby=${describedBy || nothing}
            aria-invalid=${errors ? 'true' : 'false'} @change=${(e: Event) => this._set(key, (e.target as HTMLInputElement).checked)} />
          <span>${label}</span>
        </label>
        ${hintBlock}${errorBlock}
      </div>`;
    }
    if (f.type === 'select' || f.type === 'tri') {
      const options = f.type === 'tri' ? ['', 'yes', 'no'] : (f.options ?? []);
      const current = String(value ?? '');
      const optLabel = (o: string) =>
        f.type === 'tri' ? t(`calc.tri.${o || 'unknown'}`) : key === 'year' ? o : t(`${i18nBase}.option.${o}`);
      const optionsTpl =
        key === `institution.type`
          ? INSTITUTION_TYPE_GROUPS.map(
              (g) => html`<optgroup label=${t(`calc.institutionGroup.${g.group}`)}>
                ${g.types.map((o) => html`<option value=${o} ?selected=${o === current}>${optLabel(o)}</option>`)}
              </optgroup>`,
            )
          : html`${f.type === 'select' && key !== 'year' && !options.includes(current) ? html`<option value="" ?selected=${true}>${t('calc.choose')}</option>` : nothing}
            ${options.map((o) => html`<option value=${o} ?selected=${o === current}>${optLabel(o)}</option>`)}`;
      return html`<div class="field" part="field" data-key=${key} ?data-empty=${empty}>
        <label for=${id}>${label}</label>
        <select id=${id} part="input" aria-describedby=${describedBy || nothing} aria-invalid=${errors ? 'true' : 'false'}
          @change=${(e: Event) => this._set(key, (e.target as HTMLSelectElement).value)}>${optionsTpl}</select>
        ${hintBlock}${errorBlock}
      </div>`;
    }
    const text = typeof value === 'string' ? value : '';
    // Dates are text: the browser's date input shows its own locale's order (mm/dd/yyyy on a Chinese page) and lets
    // a year run to six digits. The date read is shown back in the page's language, as amounts are.
    const isDate = f.type === 'date';
    const inputMode = f.type === 'int' ? 'numeric' : f.type === 'number' ? 'decimal' : nothing;
    const dateDescribedBy = isDate ? [describedBy, `${id}-read`].filter(Boolean).join(' ') : describedBy;
    return html`<div class="field" part="field" data-key=${key} ?data-empty=${empty}>
      <label for=${id}>${label}</label>
      <div class="input-wrap">
        <input id=${id} part="input" type="text" .value=${text} inputmode=${inputMode} autocomplete="off"
          placeholder=${isDate ? t('calc.datePlaceholder') : ''}
          spellcheck="false" aria-describedby=${dateDescribedBy || nothing} aria-invalid=${errors ? 'true' : 'false'}
          @input=${(e: Event) => this._set(key, (e.target as HTMLInputElement).value)} />
        ${
          f.type === 'amount'
            ? html`<span class="unit" aria-hidden="true">${t('calc.unitHint')}</span><span class="visually-hidden" id="${id}-unit">${t('calc.unitDescription')}</span>`
            : nothing
        }
      </div>
      ${f.type === 'amount' ? this._amountRead(t, id, text, lang) : nothing}
      ${isDate ? this._dateRead(t, id, text) : nothing}
      ${hintBlock}${errorBlock}
    </div>`;
  }

  private _amountRead(t: Translate, id: string, text: string, _lang: Lang): TemplateResult {
    let read = '';
    if (text.trim() !== '') {
      const parsed = parseAmount(text);
      if (parsed.ok) read = t('calc.readAs', { amount: groupDigits(parsed.value.toFixed()) });
    }
    return html`<p class="amount-read" part="amount-read" id="${id}-read">${read}</p>`;
  }

  private _dateRead(t: Translate, id: string, text: string): TemplateResult {
    const parsed = text.trim() ? parseDateText(text) : undefined;
    const read = parsed?.ok ? t('calc.dateReadAs', { date: formatDate(parsed.iso, t) }) : '';
    return html`<p class="amount-read" part="amount-read" id="${id}-read">${read}</p>`;
  }

  /**
   * WCAG 2.2 2.4.11: on a narrow page the total sticks to the bottom of the viewport, over the form. The browser
   * scrolls a focused field into view but not clear of that bar: move it (with its hint and error) just above it.
   */
  private _keepFocusInView(): void {
    const mini = this.renderRoot.querySelector<HTMLElement>('.mini-total');
    const active = this.shadowRoot?.activeElement;
    if (!mini || !active || !mini.offsetParent || mini.contains(active)) return;
    const box = active.closest<HTMLElement>('.field') ?? (active as HTMLElement);
    if (!box.closest('form')) return;
    const bar = mini.getBoundingClientRect();
    const r = box.getBoundingClientRect();
    if (r.bottom <= bar.top || r.top >= bar.bottom) return;
    box.style.scrollMarginBottom = `${Math.ceil(bar.height) + 8}px`;
    box.scrollIntoView({ block: 'nearest' });
  }

  private _showResults(): void {
    const results = this.renderRoot.querySelector<HTMLElement>('#results');
    results?.scrollIntoView({ block: 'start' });
    results?.focus({ preventScroll: true });
  }

  private async _copyLink(): Promise<void> {
    const t = translator(this._lang);
    const key = fragmentKey(this.id);
    const hash = writeFragment(location.hash, key, { scenario: this._lastScenario ?? this.scenario, lang: this._lang });
    const link = `${location.href.split('#')[0]}${hash}`;
    try {
      history.replaceState(history.state, '', hash);
    } catch {
      // a sandboxed page may refuse; the link is still shown
    }
    try {
      await navigator.clipboard.writeText(link);
      this._shareNote = { text: t('calc.copied'), link };
    } catch {
      this._shareNote = { text: t('calc.copyManually'), link };
    }
    // On a phone the note would appear below the fold, unseen: bring it into view.
    await this.updateComplete;
    this.renderRoot.querySelector('.share-note')?.scrollIntoView({ block: 'nearest' });
  }

  /** The scenario exactly as the core reads it (the contract's JSON), for copying, downloading and the CLI. */
  private _scenarioJson(): string {
    return `${JSON.stringify(this._lastScenario ?? this.scenario, null, 2)}\n`;
  }

  private async _copy(text: string, done: string): Promise<void> {
    const t = translator(this._lang);
    try {
      await navigator.clipboard.writeText(text);
      this._reproNote = { text: done };
    } catch {
      this._reproNote = { text: t('calc.copyByHand'), copy: text };
    }
    await this.updateComplete;
    this.renderRoot.querySelector('.repro-note')?.scrollIntoView({ block: 'nearest' });
  }

  private _copyJson(): Promise<void> {
    return this._copy(this._scenarioJson(), translator(this._lang)('calc.jsonCopied'));
  }

  /** The command that gives the same result from the CLI: same scenario, same date art. 15 counts to. */
  private _copyCommand(): Promise<void> {
    const asOf = this._result?.asOf;
    const command = `npm run --silent subsidy -- estimate scenario.json --json${asOf ? ` --as-of ${asOf}` : ''}`;
    return this._copy(command, translator(this._lang)('calc.commandCopied'));
  }

  private _downloadJson(): void {
    const url = URL.createObjectURL(new Blob([this._scenarioJson()], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'scenario.json';
    a.click();
    // The browser has taken the file once the click is handled; the URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /**
   * Loads a pasted or dropped scenario. Checked first, as the CLI checks a file: not JSON, or fields the core refuses,
   * leave the form as it was (nothing typed is lost) and say why, with the core's field errors.
   */
  private _loadJson(text?: string): void {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#load-json-text');
    const source = text ?? area?.value ?? '';
    const t = translator(this._lang);
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch (e) {
      this._loadProblems = [t('calc.loadJsonInvalid', { detail: (e as Error).message })];
      return;
    }
    const outcome = estimate(parsed as Scenario, { lang: this._lang });
    if (!outcome.ok) {
      this._loadProblems = [t('calc.loadJsonErrors'), ...outcome.errors.map((e) => e.message)];
      return;
    }
    this._loadProblems = undefined;
    this.scenario = parsed;
    this._reproNote = { text: t('calc.loadJsonDone') };
  }

  private async _dropJson(e: DragEvent): Promise<void> {
    const file = e.dataTransfer?.files?.[0];
    if (!file) return;
    e.preventDefault();
    const text = await file.text();
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#load-json-text');
    if (area) area.value = text;
    this._loadJson(text);
  }

  /** Clears what was typed, once the user has said yes: a reset by mistake would lose a whole client's facts. */
  private _startOver(): void {
    if (!window.confirm(translator(this._lang)('calc.startOverConfirm'))) return;
    const year = this._form.values.year;
    this._form = emptyState(this._form.applicant, typeof year === 'string' && year ? year : undefined);
    this._reproNote = undefined;
    this._loadProblems = undefined;
    this._shareNote = undefined;
    this._recompute();
    this.requestUpdate();
  }

  /** Opens or closes the what-if chart; closing puts the focus back on its button. */
  private _toggleWhatIf(): void {
    this._whatIf = !this._whatIf;
    if (this._whatIf) void loadWhatIfPanel();
    else void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button.what-if')?.focus());
    this.requestUpdate();
  }

  private _print(): void {
    // Page size can't be set from inside a shadow root: for this print only, the page gets an A4 @page rule
    // (text, not markup), removed again when printing ends.
    const page = document.createElement('style');
    page.textContent = '@page { size: A4; margin: 14mm 12mm; }';
    document.head.append(page);
    window.addEventListener('afterprint', () => page.remove(), { once: true });
    window.print();
  }
}

/** Pause in typing after which the new result is announced (a keystroke every ~200-400 ms keeps it quiet). */
const ANNOUNCE_DELAY_MS = 800;

/** The result cards' parts, forwarded so a page can style them through the calculator: `::part(card)`. */
const RESULT_PARTS =
  'total, total-amount, cards, card, status, amount, calculation, clause, timeline, info, notes, appendix';

/** What a host must fix when a file of the widget can't be fetched (usually: CORS headers, or a file not copied). */
export function loadFailureMessage(lang: Lang, e: unknown): string {
  const url = /https?:\/\/\S+?\.js/.exec(String((e as Error)?.message ?? e))?.[0] ?? '';
  return translator(lang)('calc.loadFailed', { url });
}

function problemMessage(t: Translate, p: FormProblem): string {
  const field = t(p.label, { n: p.n });
  return t(`calc.problem.${p.kind}`, {
    field,
    value: p.value,
    max: groupDigits(String(MAX_AMOUNT_WAN)),
    min: DATE_YEARS.min,
    maxYear: DATE_YEARS.max,
  });
}

function withoutPath(err: FieldError): string {
  const prefix = err.path
    ? new RegExp(`^\\s*${err.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[:：]\\s*`)
    : undefined;
  return prefix ? err.message.replace(prefix, '') : err.message;
}

function fieldId(key: string): string {
  return `f-${key.replace(/[^\w-]/g, '-')}`;
}

function yearOptions(current: string): string[] {
  // 附则3: the years the measures cover, from the policy data (every version the core knows).
  const years = POLICY_YEARS.map(String);
  return current && !years.includes(current) ? [current, ...years] : years;
}
