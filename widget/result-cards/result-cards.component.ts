import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { Lang, ResultItem, SubsidyResult } from '../../core/index.ts';
import { normalizeLang, translator, type Translate, isLoaded, loadLang } from '../i18n.ts';
import { formatDate, groupDigits } from '../format.ts';
import { translator as coreTranslator } from '../../core/i18n.ts';
import styles from './result-cards.styles.ts';

/**
 * Shows one `SubsidyResult` of the core: the total, then a card per article with its status, amount, the calculation
 * in one line, cap and evaluation badges, the [interpretation] readings, what it lost to under 就高不重复, the clause
 * (collapsible), the art. 15 timeline of claimable dates, and the matched articles without an amount after the amounts.
 * It only displays: every figure and word about the policy comes from the core.
 *
 * Used by `<ezone-subsidy-calculator>` and by `<ezone-batch-panel>` to open one row's full result.
 *
 * @summary The full result of one estimate, as cards.
 *
 * @csspart total - The box with the estimated total.
 * @csspart total-amount - The total figure.
 * @csspart cards - The list of cards with an amount.
 * @csspart card - One article's card.
 * @csspart status - The status badge of a card.
 * @csspart amount - The amount of a card.
 * @csspart calculation - The one-line calculation of a card.
 * @csspart clause - The collapsible clause text of a card.
 * @csspart timeline - The art. 15 list of dates when each project becomes claimable.
 * @csspart info - The list of matched articles without an amount.
 * @csspart notes - The list of notes (assumptions, readings, 附则4).
 * @csspart appendix - The full clause texts, printed after the result when `appendix` is set (never shown on screen).
 *
 * @cssproperty --ezone-color-primary - Brand colour: total, links, headings accents. Default #1d4f91.
 * @cssproperty --ezone-color-text - Body text colour. Default #1f2933.
 * @cssproperty --ezone-color-muted - Secondary text colour (must keep 4.5:1 on the surface). Default #4b5563.
 * @cssproperty --ezone-color-surface - Card background. Default #ffffff.
 * @cssproperty --ezone-color-surface-alt - Background of calculations, notes and info items. Default #f4f6f9.
 * @cssproperty --ezone-color-accent-bg - Background of the total box. Default #e8f0fb.
 * @cssproperty --ezone-color-border - Borders. Default #c3cad4.
 * @cssproperty --ezone-color-success - Awarded status. Default #176b2c.
 * @cssproperty --ezone-color-warning - Pending status and cap badges. Default #7a4a00.
 * @cssproperty --ezone-font-family - Font stack.
 * @cssproperty --ezone-font-size - Base font size. Default 1rem.
 * @cssproperty --ezone-radius - Corner radius. Default 6px.
 * @cssproperty --ezone-spacing - Base spacing unit. Default 1rem.
 */
export class EzoneResultCards extends LitElement {
  static override styles = styles;

  static override properties = {
    result: { attribute: false },
    lang: { reflect: true },
    stale: { type: Boolean, reflect: true },
    appendix: { type: Boolean, reflect: true },
  };

  /** The core's result to show (`estimate(...).result`). Nothing is shown while it is undefined. */
  declare result: SubsidyResult | undefined;
  /** Language of the widget's own words: `zh-CN` (default) or `en`. The result's texts come in the language it was computed in. */
  declare lang: string;
  /** Marks the result as out of date (the input that produced it has since become invalid). */
  declare stale: boolean;
  /** Prints the full text of every clause concerned, once each, after the result. Print only. */
  declare appendix: boolean;

  constructor() {
    super();
    this.result = undefined;
    this.lang = 'zh-CN';
    this.stale = false;
    this.appendix = false;
  }

  /** Articles whose clause is already on show in this render: several cards of one article show it once. */
  private _clauseShown = new Set<number>();

  protected override render(): TemplateResult {
    let lang: Lang = normalizeLang(this.lang);
    if (!isLoaded(lang)) {
      // Built widget: each language's words are a file of their own; the other language until they are here.
      void loadLang(lang).then(
        () => this.requestUpdate(),
        () => undefined,
      );
      lang = lang === 'en' ? 'zh-CN' : 'en';
      if (!isLoaded(lang)) return html``;
    }
    const t = translator(lang);
    const r = this.result;
    if (!r) return html`<p class="empty">${t('rc.empty')}</p>`;
    const withAmount = r.items.filter((i) => i.status !== 'info');
    const info = r.items.filter((i) => i.status === 'info');
    const timeline = r.items
      .filter((i) => i.claimableFrom)
      .sort((a, b) => (a.claimableFrom! < b.claimableFrom! ? -1 : 1));
    this._clauseShown = new Set();
    // How the total adds up (附则1: the sum of the rounded awarded items), when there is more than one.
    const awarded = r.items.filter((i) => i.status === 'awarded');
    return html`
      <div class=${this.stale ? 'stale' : ''}>
        <section class="total" part="total" aria-label=${t('rc.total')}>
          <p class="total-label">${t('rc.total')}${this.stale ? html` <span>(${t('rc.staleShort')})</span>` : nothing}</p>
          <p class="total-amount" part="total-amount" data-total=${r.total}>
            ${groupDigits(r.total)}<span class="unit">${t('rc.unit')}</span>
          </p>
          ${
            awarded.length > 1
              ? html`<p class="total-sub total-sum">
                = ${awarded.map((i) => `${groupDigits(i.amount)} (${t('rc.article', { n: i.article })})`).join(' + ')}
              </p>`
              : nothing
          }
          ${isPositive(r.conditionalTotal) ? html`<p class="total-sub">${t('rc.conditionalTotal', { amount: groupDigits(r.conditionalTotal) })}</p>` : nothing}
          ${isPositive(r.pendingTotal) ? html`<p class="total-sub">${t('rc.pendingTotal', { amount: groupDigits(r.pendingTotal) })}</p>` : nothing}
          <p class="total-sub">${t('rc.basis', { year: r.year, asOf: formatDate(r.asOf, t) })}</p>
        </section>
        ${
          withAmount.length
            ? html`<h3 class="section">${t('rc.byArticle')}</h3>
              <ul class="cards" part="cards">${withAmount.map((item) => this.card(item, r, t, lang))}</ul>`
            : nothing
        }
        ${timeline.length ? this.timeline(timeline, r, t) : nothing}
        ${
          info.length
            ? html`<h3 class="section">${t('rc.infoTitle')}</h3>
              <ul class="info" part="info">
                ${info.map(
                  (item) => html`<li data-rule=${item.rule} data-article=${item.article}>
                    <strong><span class="article">${t('rc.article', { n: item.article })}</span>${itemTitle(item, t)}</strong>
                    <p class="explanation">${item.explanation}</p>
                    ${this.clause(item, t)}
                  </li>`,
                )}
              </ul>`
            : nothing
        }
        ${
          r.notes.length
            ? html`<h3 class="section">${t('rc.notes')}</h3>
              <ul class="notes" part="notes">${r.notes.map((n) => html`<li>${n}</li>`)}</ul>`
            : nothing
        }
        ${this.appendix ? this.appendixOf(r, t) : nothing}
      </div>
    `;
  }

  private card(item: ResultItem, r: SubsidyResult, t: Translate, lang: Lang): TemplateResult {
    const winner = item.excludedBy ? r.items.find((i) => i.rule === item.excludedBy) : undefined;
    const subject = item.company ?? entryLabel(item.subject, t);
    const showAmount = item.status !== 'incomplete';
    return html`<li class="card" part="card" data-rule=${item.rule} data-article=${item.article} data-status=${item.status}>
      <div class="card-header">
        <h4 class="card-title">
          <span class="article">${t('rc.article', { n: item.article })}</span>${itemTitle(item, t)}${subject ? html` · ${subject}` : nothing}
        </h4>
        <span class="status status-${item.status}" part="status">${t(`rc.status.${item.status}`)}</span>
        ${this.stale ? html`<span class="stale-tag">${t('rc.staleShort')}</span>` : nothing}
      </div>
      ${
        showAmount
          ? html`<p class="amount" part="amount" data-amount=${item.amount}>
            ${item.status === 'excluded' ? html`<span class="visually-hidden">${t('rc.wouldHaveBeen')}</span>` : nothing}
            ${groupDigits(item.amount)}<span class="unit">${t('rc.unit')}</span>
          </p>`
          : nothing
      }
      ${item.calculation ? html`<p class="calculation" part="calculation">${item.calculation}</p>` : nothing}
      ${
        item.capped || item.conditional || item.claimableFrom
          ? html`<ul class="badges">
            ${item.capped ? html`<li class="badge badge-capped">${item.cap ? t('rc.cappedAt', { cap: groupDigits(item.cap) }) : t('rc.capped')}</li>` : nothing}
            ${item.conditional ? html`<li class="badge badge-conditional">${t('rc.conditional')}</li>` : nothing}
            ${item.claimableFrom ? html`<li class="badge">${t('rc.claimableFrom', { date: formatDate(item.claimableFrom, t) })}</li>` : nothing}
          </ul>`
          : nothing
      }
      ${
        item.excludedBy
          ? html`<p class="excluded-by">
            ${t('rc.excludedBy', { winner: winner ? `${t('rc.article', { n: winner.article })} ${itemTitle(winner, t)}` : item.excludedBy })}
          </p>`
          : nothing
      }
      <p class="explanation">${item.explanation}</p>
      ${
        item.missing?.length
          ? html`<p class="missing">${t('rc.missing', { fields: item.missing.map((p) => fieldLabel(p, lang)) })}</p>`
          : nothing
      }
      ${
        item.interpretations?.length
          ? html`<div class="interpretations">
            ${item.interpretations.map(
              (text) =>
                html`<p>${/^\s*[[【]/.test(text) ? nothing : html`<strong>${t('rc.interpretation')}</strong> `}${text}</p>`,
            )}
          </div>`
          : nothing
      }
      ${this.clause(item, t)}
    </li>`;
  }

  private clause(item: ResultItem, t: Translate): TemplateResult | typeof nothing {
    if (!item.clause || this._clauseShown.has(item.article)) return nothing;
    this._clauseShown.add(item.article);
    return html`<details class="clause" part="clause">
      <summary>${t('rc.clause', { n: item.article })}</summary>
      <blockquote>${item.clause}</blockquote>
    </details>`;
  }

  /** Each article's clause once, in article order: what a reader checks the figures against, on paper. */
  private appendixOf(r: SubsidyResult, t: Translate): TemplateResult {
    const byArticle = new Map<number, string>();
    for (const item of r.items)
      if (item.clause && !byArticle.has(item.article)) byArticle.set(item.article, item.clause);
    return html`<section class="appendix" part="appendix">
      <h3 class="section">${t('rc.appendix')}</h3>
      ${[...byArticle]
        .sort(([a], [b]) => a - b)
        .map(([n, text]) => html`<h4>${t('rc.clause', { n })}</h4><blockquote>${text}</blockquote>`)}
    </section>`;
  }

  private timeline(items: ResultItem[], r: SubsidyResult, t: Translate): TemplateResult {
    return html`<h3 class="section">${t('rc.timelineTitle')}</h3>
      <ol class="timeline" part="timeline">
        ${items.map((item) => {
          const now = item.claimableFrom! <= r.asOf;
          return html`<li data-status=${item.status}>
            <time datetime=${item.claimableFrom!}>${formatDate(item.claimableFrom!, t)}</time>
            <span>
              ${item.company ?? entryLabel(item.subject, t) ?? ''} · ${groupDigits(item.amount)} ${t('rc.unit')} ·
              <span class=${now ? 'when-now' : 'when-later'}>${now ? t('rc.claimableNow') : t('rc.notYet')}</span>
              ${item.status !== 'awarded' && item.status !== 'pending' ? html` · ${t(`rc.status.${item.status}`)}` : nothing}
            </span>
          </li>`;
        })}
      </ol>`;
  }
}

/** The article's title, and for an article with several supports (art. 4) which one: "(b) first-loan match". */
function itemTitle(item: ResultItem, t: Translate): string {
  const key = `rc.support.${item.rule}`;
  const support = t(key);
  return support === key ? item.title : `${item.title} · ${support}`;
}

/**
 * A field path of the contract in the reader's words: the core's name for the field (locales/<lang>/core.json
 * `field.*`, the words the explanation above uses), with the entry's number: "Amount invested (no. 2)".
 */
function fieldLabel(path: string, lang: Lang): string {
  const core = coreTranslator(lang);
  const indexes = [...path.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]) + 1);
  const key = path.replace(/\[\d+\]/g, '');
  const label = core(`field.${key}`, { defaultValue: '' }) || core(`field.${key}._`, { defaultValue: path });
  return indexes.length ? core('common.entry', { label, n: indexes.join('.') }) : label;
}

function isPositive(amount: string | undefined): boolean {
  return !!amount && /[1-9]/.test(amount);
}

/** "institution.capitalIncreases[1]" → "entry 2" (people count from 1). */
function entryLabel(subject: string | undefined, t: Translate): string | undefined {
  if (!subject) return undefined;
  const m = /\[(\d+)\](?!.*\[)/.exec(subject);
  return m ? t('rc.entry', { n: Number(m[1]) + 1 }) : undefined;
}
