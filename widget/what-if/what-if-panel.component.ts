import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import {
  whatIf,
  whatIfTranslator,
  type Breakpoint,
  type FieldError,
  type Scenario,
  type WhatIfResult,
} from '../../core/index.ts';
import { normalizeLang, translator } from '../i18n.ts';
import { groupDigits } from '../format.ts';
import { FRAME, geometry, visibleBreakpoints } from './chart.ts';
import { filledAmountPaths, sweepValues } from './sweep.ts';
import styles from './what-if-panel.styles.ts';

/** Fired when the user closes the panel; the calculator then hides it. */
export const WHAT_IF_CLOSE = 'what-if-close';

/**
 * "What if an amount were different?": the total subsidy against one amount field the user has filled, from 0 to past
 * the point where the last cap binds, computed by the core's whatIf (every point is an estimate), with the field's
 * breakpoints marked and said in words, a "you are here" marker, a keyboard-operable cursor and the figures as a table.
 * Loaded on demand by the calculator (widget/what-if/load.ts): none of it is in the calculator's first bytes.
 *
 * @summary What-if chart of one amount field.
 * @attr lang - `zh-CN` (default) or `en`.
 * @fires what-if-close - The close button was pressed.
 */
export class EzoneWhatIfPanel extends LitElement {
  static override styles = styles;

  static override properties = {
    lang: { reflect: true },
    scenario: { attribute: false },
    field: {},
    _cursor: { state: true, attribute: false },
  };

  /** Language: `zh-CN` (default) or `en`. */
  declare lang: string;
  /** The scenario as the calculator reads it (the contract's JSON). */
  declare scenario: Scenario | undefined;
  /** The amount field shown (a field path); the first filled amount when not set or not filled. */
  declare field: string;
  declare private _cursor: number;

  private _fields: string[] = [];
  private _result: WhatIfResult | undefined;
  private _errors: FieldError[] = [];
  private _end = '0';
  private _announce = '';

  constructor() {
    super();
    this.lang = 'zh-CN';
    this.scenario = undefined;
    this.field = '';
    this._cursor = 0;
  }

  /** The sweep on screen (undefined before a scenario with an amount): read by tests and by a page that wants it. */
  get result(): WhatIfResult | undefined {
    return this._result;
  }

  /** The amount fields offered, as field paths. */
  get fields(): readonly string[] {
    return this._fields;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('scenario') && !changed.has('field') && !changed.has('lang')) return;
    const lang = normalizeLang(this.lang);
    this._fields = this.scenario ? filledAmountPaths(this.scenario) : [];
    if (!this._fields.includes(this.field)) this.field = this._fields[0] ?? '';
    this._result = undefined;
    this._errors = [];
    if (!this.scenario || !this.field) return;
    // First the breakpoints and the value typed (they set the range), then the sweep itself.
    const probe = whatIf(this.scenario, this.field, ['0'], { lang });
    if (!probe.ok) {
      this._errors = probe.errors;
      return;
    }
    const { values, end } = sweepValues(probe.result.current, probe.result.breakpoints);
    const outcome = whatIf(this.scenario, this.field, values, { lang });
    if (!outcome.ok) {
      this._errors = outcome.errors;
      return;
    }
    this._result = outcome.result;
    this._end = end;
    const here = outcome.result.points.findIndex((p) => p.value === outcome.result.current);
    if (changed.has('field') || changed.has('scenario')) this._cursor = Math.max(here, 0);
    const w = whatIfTranslator(lang);
    this._announce = w('panel.announce', {
      field: this._label(this.field),
      count: outcome.result.points.length,
      end: groupDigits(end),
      breakpoints: visibleBreakpoints(outcome.result.breakpoints, end).length,
    });
  }

  /** A field path in the form's own words: "fund.investments[0].amount" → "Project 1: amount invested". */
  private _label(path: string): string {
    const t = translator(normalizeLang(this.lang));
    const indexes = [...path.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]) + 1);
    let key = path.replace(/\[\d+\]/g, '');
    if (/\[\d+\]$/.test(path)) key += '.item';
    const label = t(`calc.field.${key}.label`, { n: indexes[0] });
    return label === `calc.field.${key}.label` ? path : label;
  }

  protected override render(): TemplateResult {
    const lang = normalizeLang(this.lang);
    const w = whatIfTranslator(lang);
    return html`<section class="panel" lang=${lang} aria-labelledby="wi-title">
      <div class="head">
        <h3 id="wi-title">${w('panel.title')}</h3>
        <button type="button" class="close" aria-label=${w('panel.close')} @click=${this._close}>×</button>
      </div>
      <p class="intro">${w('panel.intro')}</p>
      <label for="wi-field">${w('panel.field')}</label>
      <select id="wi-field" @change=${(e: Event) => (this.field = (e.target as HTMLSelectElement).value)}>
        ${this._fields.map((f) => html`<option value=${f} ?selected=${f === this.field}>${this._label(f)}</option>`)}
      </select>
      ${this._errors.length ? html`<p class="error">${w('panel.error', { message: this._errors.map((e) => e.message).join(' ') })}</p>` : nothing}
      ${this._result ? this._chart(this._result, w) : nothing}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">${this.hasUpdated ? this._announce : ''}</p>
    </section>`;
  }

  private _chart(r: WhatIfResult, w: ReturnType<typeof whatIfTranslator>): TemplateResult {
    const g = geometry(r.points, this._end);
    const field = this._label(r.field);
    const bps = visibleBreakpoints(r.breakpoints, this._end);
    const here = r.points.find((p) => p.value === r.current);
    const cursor = r.points[Math.min(this._cursor, r.points.length - 1)]!;
    const bottom = FRAME.height - FRAME.bottom;
    const figure = (n: number) => groupDigits(String(n));
    return html` <div class="chart">
        <div
          class="explore"
          role="slider"
          tabindex="0"
          aria-label=${w('panel.cursorLabel')}
          aria-valuemin="0"
          aria-valuemax=${this._end}
          aria-valuenow=${cursor.value}
          aria-valuetext=${w('panel.cursor', { value: groupDigits(cursor.value), total: groupDigits(cursor.total) })}
          @keydown=${this._onKey}
        >
          <svg
            viewBox="0 0 ${FRAME.width} ${FRAME.height}"
            role="img"
            aria-label=${w('panel.chartLabel', { field, end: groupDigits(this._end) })}
          >
            ${g.yTicks.map(
              (
                v,
              ) => svg`<line class="grid" x1=${FRAME.left} x2=${FRAME.width - FRAME.right} y1=${g.y(String(v))} y2=${g.y(String(v))}></line>
              <text class="tick" x=${FRAME.left - 6} y=${g.y(String(v)) + 4} text-anchor="end">${figure(v)}</text>`,
            )}
            ${g.xTicks.map((v) => svg`<text class="tick" x=${g.x(String(v))} y=${bottom + 16} text-anchor="middle">${figure(v)}</text>`)}
            <line class="axis" x1=${FRAME.left} x2=${FRAME.width - FRAME.right} y1=${bottom} y2=${bottom}></line>
            <line class="axis" x1=${FRAME.left} x2=${FRAME.left} y1=${FRAME.top} y2=${bottom}></line>
            <text class="tick" x=${FRAME.width - FRAME.right} y=${FRAME.height - 4} text-anchor="end">
              ${w('panel.unit')}
            </text>
            ${bps.map(
              (b, i) => svg`<line class="bp" x1=${g.x(b.value)} x2=${g.x(b.value)} y1=${FRAME.top} y2=${bottom}></line>
              <text class="bp-num" x=${g.x(b.value) + 3} y=${FRAME.top + 12 + (i % 3) * 13}>${i + 1}</text>`,
            )}
            <path class="curve" d=${g.path}></path>
            ${
              here
                ? svg`<line class="here" x1=${g.x(here.value)} x2=${g.x(here.value)} y1=${FRAME.top} y2=${bottom}></line>
                <circle class="here-dot" cx=${g.x(here.value)} cy=${g.y(here.total)} r="5"></circle>`
                : nothing
            }
            <circle class="cursor-dot" cx=${g.x(cursor.value)} cy=${g.y(cursor.total)} r="3.5"></circle>
          </svg>
        </div>
        ${here ? html`<p class="readout here-text">${w('panel.youAreHere', { value: groupDigits(here.value), total: groupDigits(here.total) })}</p>` : nothing}
        <p class="readout explore-hint">
          ${w('panel.cursor', { value: groupDigits(cursor.value), total: groupDigits(cursor.total) })}
        </p>
      </div>
      <h4>${w('panel.breakpoints')}</h4>
      ${
        bps.length
          ? html`<ol class="breakpoints">
              ${bps.map((b) => html`<li data-value=${b.value}>${this._words(b, w)}</li>`)}
            </ol>`
          : html`<p class="intro">${w('panel.noBreakpoints')}</p>`
      }
      <details>
        <summary>${w('panel.table')}</summary>
        <div class="table-wrap" tabindex="0" role="region" aria-label=${w('panel.tableCaption', { field })}>
          <table>
            <caption>
              ${w('panel.tableCaption', { field })}
            </caption>
            <thead>
              <tr>
                <th scope="col">${w('panel.value', { field })}</th>
                <th scope="col">${w('panel.total')}</th>
              </tr>
            </thead>
            <tbody>
              ${r.points.map(
                (p) =>
                  html`<tr class=${p === here ? 'is-here' : ''}>
                    <td>${groupDigits(p.value)}</td>
                    <td>${groupDigits(p.total)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>`;
  }

  /** A breakpoint in words: "art. 4: cap 25 reached at 50 万元". */
  private _words(b: Breakpoint, w: ReturnType<typeof whatIfTranslator>): string {
    return w(`kind.${b.kind}.${b.side}`, {
      article: b.article,
      value: groupDigits(b.value),
      cap: b.cap ? groupDigits(b.cap) : '',
    });
  }

  private _onKey(e: KeyboardEvent): void {
    const last = (this._result?.points.length ?? 1) - 1;
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowUp: 1,
      ArrowLeft: -1,
      ArrowDown: -1,
      PageUp: 10,
      PageDown: -10,
    };
    let next = this._cursor;
    if (e.key in moves) next += moves[e.key]!;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = last;
    else return;
    e.preventDefault();
    this._cursor = Math.min(Math.max(next, 0), last);
  }

  private _close(): void {
    this.dispatchEvent(new CustomEvent(WHAT_IF_CLOSE, { bubbles: true, composed: true }));
  }
}
