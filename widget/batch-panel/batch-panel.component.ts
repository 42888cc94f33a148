import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { estimate, type Lang, type SubsidyResult } from '../../core/index.ts';
import { batchT } from '../../batch/i18n.ts';
import { toCsv } from '../../batch/csv.ts';
import type { JobEvent } from '../../batch/job.ts';
import { describeError } from '../../batch/processor.ts';
import { exportCells, exportHeaders, formatTop, type BatchRow } from '../../batch/summary.ts';
import { unpackRow, type PackedRow } from '../../batch/packed-row.ts';
import { templateCsv, templateFileName } from '../../batch/templates.ts';
import { resultsFileName } from '../../batch/results-file-name.ts';
import { loadXlsx } from '../../batch/xlsx-load.ts';
import { normalizeLang } from '../i18n.ts';
import { groupDigits, todayIso } from '../format.ts';
import { batchPanelStyles } from './batch-panel.styles.ts';
import { createRunner, type BatchRunner, type WorkerFactory } from './worker.ts';
import { batchDoneEvent } from './events.ts';
import '../result-cards/result-cards.ts';

type SortKey = 'row' | 'client' | 'total' | 'status';
type Phase = 'idle' | 'running' | 'done' | 'failed';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file that will be read as a workbook, as far as its name and type tell (batch/xlsx-check.ts has the last word). */
const isWorkbookName = (file: File) => file.type === XLSX_TYPE || /\.xls[xm]?$/i.test(file.name);

/** Rows shown per page: a 10,000-row file stays fast to render and to scroll. */
export const PAGE_SIZE = 100;
/**
 * A page's rows are put on screen this many at a time, one frame each: laying out a 100-row table with its lists at
 * once took 50–80 ms of the main thread (a frozen page); 25 rows take a quarter of that.
 */
export const RENDER_STEP = 25;
/** A page that draws no frames (a hidden tab) still gets its next step after this long. */
const STEP_FALLBACK_MS = 250;

/**
 * `<ezone-batch-panel lang="zh-CN|en">`: an account manager's client list, checked at once. Drop or pick a CSV in the
 * batch layout (batch/README.md); rows are computed off the main thread in a Web Worker, with a progress bar; the
 * sortable table shows client, total, top items and status, bad rows show their field errors, and any row opens its
 * full result in `<ezone-result-cards>`. Results export as CSV with a BOM. The file never leaves the browser.
 *
 * @summary Batch (client list) mode of the calculator.
 *
 * @event ezone-batch-done - A file has been computed: `{ rows, errorRows, engine }`.
 *
 * @csspart drop - The drop zone.
 * @csspart progress - The progress bar.
 * @csspart table - The results table.
 * @csspart export - The export button.
 *
 * @cssproperty --ezone-color-primary - Brand colour. Default #1d4f91.
 * @cssproperty --ezone-color-danger - Error rows and messages. Default #b3261e.
 */
export class EzoneBatchPanel extends LitElement {
  static override styles = batchPanelStyles;

  static override properties = {
    lang: { reflect: true },
    workerFactory: { attribute: false },
    workers: { type: Number },
    _phase: { state: true },
    _rows: { state: true },
    _done: { state: true },
    _total: { state: true },
    _fileName: { state: true },
    _message: { state: true },
    _warnings: { state: true },
    _sort: { state: true },
    _page: { state: true },
    _open: { state: true },
    _over: { state: true },
    _errorsOnly: { state: true },
    _exporting: { state: true },
    _exportMessage: { state: true },
  };

  /** Language of the panel and of the computed rows: `zh-CN` (default) or `en`. */
  declare lang: string;
  /**
   * How to make the worker. Default: the worker bundled inline in the widget; null or a throwing factory computes on
   * the main thread in slices instead.
   */
  declare workerFactory: WorkerFactory | null | undefined;
  /** How many workers share a file; default one per core, at most 4. */
  declare workers: number | undefined;
  /** Where the last run was computed. */
  engine: 'worker' | 'main' | undefined;

  declare private _phase: Phase;
  /** Rows as the workers sent them: unpacked when shown or exported (batch/packed-row.ts). */
  declare private _rows: PackedRow[];
  declare private _done: number;
  declare private _total: number;
  declare private _fileName: string;
  declare private _message: string;
  declare private _warnings: string[];
  declare private _sort: { key: SortKey; dir: 1 | -1 };
  declare private _page: number;
  declare private _open: number | undefined;
  declare private _over: boolean;
  declare private _errorsOnly: boolean;
  declare private _exporting: boolean;
  /** Why an Excel export or template failed; the table and its rows stay as they are. */
  declare private _exportMessage: string;

  /** The last file computed in full, shown again when a later file can't be read: nothing computed is lost. */
  private _last: { file: File; rows: PackedRow[]; warnings: string[]; engine: 'worker' | 'main' } | undefined;
  private _runner: BatchRunner | undefined;
  /** What `_runner` was made with: a panel given another factory or count gets a runner of that kind. */
  private _runnerFor: { factory: WorkerFactory | null | undefined; workers: number | undefined } | undefined;
  private _warmHandle: number | undefined;
  private _runId = 0;
  private _file: File | undefined;
  private _today = todayIso();
  private _incoming: PackedRow[] = [];
  private _sorted: PackedRow[] | undefined;
  /** Rows of the page on show, unpacked once. */
  private _unpacked = new Map<PackedRow, BatchRow>();
  private _openResult: { row: number; lang: Lang; result: SubsidyResult } | undefined;
  /** Rows of the page put on screen so far (see RENDER_STEP); grows by a step per task up to the page. */
  private _limit = RENDER_STEP;
  private _limitKey = '';
  private _limitTimer: ReturnType<typeof setTimeout> | undefined;
  private _limitFrame = 0;

  constructor() {
    super();
    this.lang = 'zh-CN';
    this.workerFactory = undefined;
    this.workers = undefined;
    this._phase = 'idle';
    this._rows = [];
    this._done = 0;
    this._total = 0;
    this._fileName = '';
    this._message = '';
    this._warnings = [];
    this._sort = { key: 'row', dir: 1 };
    this._page = 0;
    this._open = undefined;
    this._over = false;
    this._errorsOnly = false;
    this._exporting = false;
    this._exportMessage = '';
  }

  private get _lang(): Lang {
    return normalizeLang(this.lang);
  }

  /** The computed rows, in file order (for hosts and tests); unpacked on each call. */
  get rows(): readonly BatchRow[] {
    return this._rows.map(unpackRow);
  }

  private _full(r: PackedRow): BatchRow {
    let full = this._unpacked.get(r);
    if (!full) {
      // Only the page on show is kept: a few hundred rows at most.
      if (this._unpacked.size > 4 * PAGE_SIZE) this._unpacked.clear();
      this._unpacked.set(r, (full = unpackRow(r)));
    }
    return full;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._warmLater();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._cancelWarm();
    this._runner?.dispose();
    this._runner = undefined;
  }

  /**
   * The workers are started once the page is idle after the panel shows, not when a file comes: starting one (a
   * thread, the widget's code fetched, compiled and run again) took 0.3-0.5 s of a 10,000-row file's time to table.
   */
  private _warmLater(): void {
    if (this._warmHandle !== undefined || typeof Worker === 'undefined') return;
    const warm = () => {
      this._warmHandle = undefined;
      if (this.isConnected) this._freeRunner().prepare(this._lang);
    };
    this._warmHandle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(warm, { timeout: 1000 })
        : (setTimeout(warm, 200) as unknown as number);
  }

  private _cancelWarm(): void {
    if (this._warmHandle === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(this._warmHandle);
    clearTimeout(this._warmHandle);
    this._warmHandle = undefined;
  }

  /**
   * The runner for the next file: the one there is while it is free and of the kind asked for; otherwise a fresh one
   * (a worker still busy with an earlier file is simply terminated).
   */
  private _freeRunner(): BatchRunner {
    const want = { factory: this.workerFactory, workers: this.workers || undefined };
    const r = this._runner;
    const made = this._runnerFor;
    const same = made !== undefined && made.factory === want.factory && made.workers === want.workers;
    if (r && r.idle && same) return r;
    r?.dispose();
    this._runnerFor = want;
    return (this._runner = createRunner(want.factory === undefined ? undefined : want.factory, want.workers));
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Rows carry messages in the language they were computed in: a new language recomputes the file.
    if (changed.has('lang') && changed.get('lang') !== undefined && this._file && this._phase !== 'idle') {
      void this.load(this._file);
    }
  }

  /** Computes a CSV file (what dropping or picking one does). Resolves when the table is complete. */
  async load(file: File): Promise<void> {
    const id = ++this._runId;
    this._file = file;
    this._fileName = file.name;
    this._phase = 'running';
    this._rows = [];
    this._incoming = [];
    this._sorted = undefined;
    this._done = 0;
    this._total = 0;
    this._message = '';
    this._warnings = [];
    this._page = 0;
    this._open = undefined;
    this._openResult = undefined;
    this._cancelWarm();
    const lang = this._lang;
    const runner = this._freeRunner();
    // A workbook's code is fetched while the file is read.
    runner.prepare(lang, isWorkbookName(file));
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch {
      if (id === this._runId) this._fail(batchT(this._lang)('panel.readFailed'));
      return;
    }
    if (id !== this._runId) return;
    await new Promise<void>((resolve) => {
      runner.run({ type: 'run', id, bytes, name: file.name, lang, today: this._today }, (e: JobEvent) => {
        if (id !== this._runId) return resolve();
        if (e.id !== id && e.id !== -1) return;
        this._onEvent(e);
        if (e.type === 'done' || e.type === 'fatal') resolve();
      });
    });
  }

  private _onEvent(e: JobEvent): void {
    switch (e.type) {
      case 'start':
        this._total = e.total;
        this._warnings = e.warnings;
        break;
      case 'rows':
        // Rows are kept aside while running and shown once complete: one table render instead of one per slice.
        for (const r of e.rows) this._incoming.push(r);
        this._done = e.done;
        break;
      case 'done':
        // Workers share the rows of a file: back to file order.
        this._rows = this._incoming.sort((a, b) => a.row - b.row);
        this._incoming = [];
        this._sorted = undefined;
        this._phase = 'done';
        this.engine = this._runner?.engine ?? 'main';
        this._last = { file: this._file!, rows: this._rows, warnings: this._warnings, engine: this.engine };
        this.dispatchEvent(batchDoneEvent({ rows: e.rows, errorRows: e.errorRows, engine: this.engine }));
        break;
      case 'fatal':
        this._fail(e.message);
        break;
    }
  }

  /**
   * A file that can't be read: its message, named by the file. The results of the last file computed stay on show
   * (and exportable), so a wrong drop never costs the user what was already computed.
   */
  private _fail(message: string, fileName = this._fileName): void {
    this._incoming = [];
    this._runner?.dispose();
    this._runner = undefined;
    this._message = `${fileName}: ${message}`;
    // Ready again before the next file.
    this._warmLater();
    const last = this._last;
    if (last) {
      this._file = last.file;
      this._fileName = last.file.name;
      this._rows = last.rows;
      this._warnings = last.warnings;
      this._sorted = undefined;
      this._phase = 'done';
    } else {
      this._phase = 'failed';
    }
  }

  private _pick(e: Event): void {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this._accept(file);
    input.value = '';
  }

  private _drop(e: DragEvent): void {
    e.preventDefault();
    this._over = false;
    const file = e.dataTransfer?.files?.[0];
    if (file) void this._accept(file);
  }

  private async _accept(file: File): Promise<void> {
    if (!/\.(csv|txt|xlsx|xlsm|xls)$/i.test(file.name) && file.type !== 'text/csv' && file.type !== XLSX_TYPE) {
      ++this._runId;
      this._fail(batchT(this._lang)('panel.notCsv'), file.name);
      return;
    }
    await this.load(file);
  }

  private _sortBy(key: SortKey): void {
    this._sort = { key, dir: this._sort.key === key ? (-this._sort.dir as 1 | -1) : key === 'total' ? -1 : 1 };
    this._sorted = undefined;
    this._page = 0;
  }

  private _view(): PackedRow[] {
    if (!this._sorted) {
      const { key, dir } = this._sort;
      const cmp: (a: PackedRow, b: PackedRow) => number =
        key === 'row'
          ? (a, b) => a.row - b.row
          : key === 'client'
            ? (
                (collator) => (a: PackedRow, b: PackedRow) =>
                  collator.compare(a.client, b.client)
              )(new Intl.Collator(this._lang))
            : key === 'status'
              ? (a, b) => (a.status === b.status ? 0 : a.status === 'error' ? -1 : 1)
              : // Totals are 2-decimal strings; as numbers they order exactly at these magnitudes. Errors sort last.
                (a, b) => (a.status !== b.status ? 0 : Number(a.total) - Number(b.total));
      const sorted = [...this._rows].sort((a, b) => {
        if (key === 'total' && a.status !== b.status) return a.status === 'error' ? 1 : -1;
        return cmp(a, b) * dir || a.row - b.row;
      });
      this._sorted = sorted;
    }
    return this._errorsOnly ? this._sorted.filter((r) => r.status === 'error') : this._sorted;
  }

  /** The export CSV (UTF-8 with BOM), rows in file order. */
  exportCsv(): string {
    const lang = this._lang;
    return toCsv([exportHeaders(lang), ...this._rows.map((r) => exportCells(unpackRow(r), lang))]);
  }

  /**
   * The results as an Excel workbook (sheets Results, Errors, Summary), built in a worker (on the main thread only
   * where workers can't start). The xlsx code is fetched on the first call.
   * Rejects when it can't be loaded; the rows are untouched either way.
   */
  async exportXlsx(): Promise<Uint8Array> {
    const lang = this._lang;
    const rows = this._rows;
    // Built in a worker (the run's, or a fresh one after a failed drop): the page only copies the rows over, in slices.
    if (!this._runner) {
      // One worker is enough for this; not the kind asked for files, so the next file makes its own.
      this._runnerFor = undefined;
      this._runner = createRunner(this.workerFactory === undefined ? undefined : this.workerFactory, 1);
    }
    return this._runner.exportXlsx(rows, lang);
  }

  /** Runs an Excel download; a failure is said next to the button, and nothing computed is lost. */
  private async _excel(make: () => Promise<Uint8Array>, name: string): Promise<void> {
    if (this._exporting) return;
    this._exporting = true;
    this._exportMessage = '';
    try {
      // One frame for the "preparing" note to show before the work starts.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      this._download(await make(), name, XLSX_TYPE);
    } catch (e) {
      this._exportMessage = batchT(this._lang)('xlsxFailed', { detail: String((e as Error)?.message ?? e) });
    } finally {
      this._exporting = false;
    }
  }

  private _download(data: string | Uint8Array, name: string, type = 'text/csv;charset=utf-8'): void {
    const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private _exportName(ext: 'csv' | 'xlsx' = 'csv'): string {
    return resultsFileName(this._fileName, this._lang, ext);
  }

  private _toggle(row: BatchRow): void {
    this._open = this._open === row.row ? undefined : row.row;
  }

  private _result(row: BatchRow): SubsidyResult | undefined {
    const lang = this._lang;
    if (this._openResult?.row === row.row && this._openResult.lang === lang) return this._openResult.result;
    const outcome = estimate(row.scenario, { lang, today: this._today });
    if (!outcome.ok) return undefined;
    this._openResult = { row: row.row, lang, result: outcome.result };
    return outcome.result;
  }

  protected override render(): TemplateResult {
    const lang = this._lang;
    const t = batchT(lang);
    return html`
      <section class="panel" lang=${lang} aria-labelledby="title">
        <h3 id="title">${t('panel.title')}</h3>
        <p class="intro">${t('panel.intro')}</p>
        <div class="drop ${this._over ? 'over' : ''}" part="drop"
          @dragover=${(e: DragEvent) => {
            e.preventDefault();
            if (!this._over && [...(e.dataTransfer?.items ?? [])].some((i) => i.type === XLSX_TYPE))
              this._runner?.prepare(this._lang, true);
            this._over = true;
          }}
          @dragleave=${() => (this._over = false)}
          @drop=${this._drop}>
          <p>${t('panel.drop')}</p>
          <input id="file" class="visually-hidden" type="file" tabindex="-1" aria-hidden="true" accept=${`.csv,text/csv,.xlsx,${XLSX_TYPE}`} @change=${this._pick} />
          <button type="button" class="primary" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#file')?.click()}>
            ${t('panel.pick')}
          </button>
          <p class="templates">
            ${t('panel.templates')}
            ${(['zh-CN', 'en'] as const).map(
              (l) => html`<a href="#" class="template" data-lang=${l}
                @click=${(e: Event) => {
                  e.preventDefault();
                  this._download(templateCsv(l), templateFileName(l));
                }}
                >${t(l === 'zh-CN' ? 'panel.templateZh' : 'panel.templateEn')} ${t('panel.templateCsv')}</a>
                <a href="#" class="template-xlsx" data-lang=${l}
                @click=${(e: Event) => {
                  e.preventDefault();
                  void this._excel(
                    async () => (await loadXlsx()).templateWorkbookBytes(l),
                    templateFileName(l, 'xlsx'),
                  );
                }}>${t(l === 'zh-CN' ? 'panel.templateZh' : 'panel.templateEn')} ${t('panel.templateXlsx')}</a>`,
            )}
          </p>
        </div>
        ${this._status(t)}
        ${this._phase === 'done' ? this._table(t, lang) : nothing}
      </section>
    `;
  }

  private _status(t: ReturnType<typeof batchT>): TemplateResult | typeof nothing {
    const errorRows = this._rows.filter((r) => r.status === 'error').length;
    return html`<div class="status-line" role="status" aria-live="polite">
      ${this._fileName ? html`<span class="file-name">${this._fileName}</span> ` : nothing}
      ${
        this._phase === 'running'
          ? html`<label for="progress">${t('panel.progress', { count: this._done })}</label>
            <progress id="progress" part="progress" max=${this._total || 1} value=${this._done}></progress>`
          : nothing
      }
      ${
        this._phase === 'done'
          ? html`<span class="summary">${t('panel.summary', { count: this._rows.length, ok: this._rows.length - errorRows, errors: errorRows })}</span>`
          : nothing
      }
      ${this._message && this._phase !== 'running' ? html`<p class="fatal" role="alert">${this._message}</p>` : nothing}
      ${this._warnings.map((w) => html`<p class="warning">${t('panel.warning', { text: w })}</p>`)}
      ${this._exporting ? html`<p class="exporting">${t('panel.exporting')}</p>` : nothing}
      ${this._exportMessage ? html`<p class="fatal export-error" role="alert">${this._exportMessage}</p>` : nothing}
    </div>`;
  }

  private _table(t: ReturnType<typeof batchT>, lang: Lang): TemplateResult {
    const view = this._view();
    const pages = Math.max(1, Math.ceil(view.length / PAGE_SIZE));
    const page = Math.min(this._page, pages - 1);
    const pageRows = view.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    // A different page, order or filter starts again from the first step; the same view keeps what it has.
    const key = `${page}|${this._sort.key}|${this._sort.dir}|${this._errorsOnly}|${this._rows.length}|${this._runId}`;
    if (key !== this._limitKey) {
      this._limitKey = key;
      this._limit = RENDER_STEP;
    }
    const shown = pageRows.slice(0, this._limit);
    if (shown.length < pageRows.length) this._moreRows();
    const head = (key: SortKey, label: string, cls = '') => html`<th scope="col" class=${cls}
      aria-sort=${this._sort.key === key ? (this._sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button type="button" data-sort=${key} title=${t('panel.sortBy', { column: label })} @click=${() => this._sortBy(key)}>${label}</button>
    </th>`;
    return html`
      <div class="toolbar">
        <label><input type="checkbox" .checked=${this._errorsOnly}
          @change=${(e: Event) => {
            this._errorsOnly = (e.target as HTMLInputElement).checked;
            this._page = 0;
          }} />
          ${t('panel.errorsOnly')}</label>
        <span class="spacer"></span>
        <button type="button" class="export" part="export" @click=${() => this._download(this.exportCsv(), this._exportName())}>
          ${t('panel.export')}
        </button>
        <button type="button" class="export-xlsx" part="export" ?disabled=${this._exporting}
          @click=${() => void this._excel(() => this.exportXlsx(), this._exportName('xlsx'))}>
          ${t('panel.exportXlsx')}
        </button>
      </div>

      <div class="table-wrap">
        <table part="table">
          <caption class="visually-hidden">${t('panel.title')}</caption>
          <thead><tr>
            ${head('row', t('panel.row'), 'num')}
            ${head('client', t('panel.client'))}
            ${head('total', t('panel.total'), 'num')}
            <th scope="col">${t('panel.top')}</th>
            ${head('status', t('panel.status'))}
            <th scope="col"><span class="visually-hidden">${t('panel.open')}</span></th>
          </tr></thead>
          <tbody>${shown.map((r) => this._row(this._full(r), t, lang))}</tbody>
        </table>
      </div>
      ${
        pages > 1
          ? html`<nav class="pager" aria-label=${t('panel.pages')}>
            <button type="button" class="prev" ?disabled=${page === 0} @click=${() => (this._page = page - 1)}>${t('panel.prev')}</button>
            <span>${t('panel.page', { page: page + 1, pages })}</span>
            <button type="button" class="next" ?disabled=${page >= pages - 1} @click=${() => (this._page = page + 1)}>${t('panel.next')}</button>
          </nav>`
          : nothing
      }
    `;
  }

  /**
   * The next step of the page's rows, in a task of its own once the browser has drawn this one. Layout happens when a
   * frame is drawn, not in the task that adds the rows: steps on timers alone ran several to a frame, and that frame
   * laid out 75 rows at once (the longest task of a run). A page that draws no frames gets its steps on a timer.
   */
  private _moreRows(): void {
    if (this._limitTimer !== undefined) return;
    const next = () => {
      clearTimeout(this._limitTimer);
      cancelAnimationFrame(this._limitFrame);
      this._limitTimer = undefined;
      this._limit += RENDER_STEP;
      this.requestUpdate();
    };
    // rAF runs just before the frame's layout; the timer set there runs after the frame.
    this._limitFrame = requestAnimationFrame(() => {
      clearTimeout(this._limitTimer);
      this._limitTimer = setTimeout(next, 0);
    });
    this._limitTimer = setTimeout(next, STEP_FALLBACK_MS);
  }

  /** Resolves once the whole page of rows is on screen, not just its first step. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this._limitTimer !== undefined) {
      await new Promise((r) => setTimeout(r, 0));
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private _row(r: BatchRow, t: ReturnType<typeof batchT>, lang: Lang): TemplateResult {
    const open = this._open === r.row;
    const detailId = `detail-${r.row}`;
    const main = html`<tr class=${r.status} data-row=${r.row}>
      <td class="num">${r.row}</td>
      <td class="client">${r.client || t('panel.noClient')}</td>
      <td class="num total" data-total=${r.total}>${r.status === 'ok' ? groupDigits(r.total) : '—'}</td>
      <td class="top">${r.top.length ? html`<ul class="top">${r.top.map((i) => html`<li>${formatTop([{ ...i, amount: groupDigits(i.amount) }], lang)}</li>`)}</ul>` : nothing}</td>
      <td class="status">
        <span class="badge ${r.status}">${t(`status.${r.status}`)}</span>
        ${
          r.errors.length
            ? html`<ul class="errors">${r.errors.map((e) => html`<li data-path=${e.path}>${describeError(r, e, lang)}</li>`)}</ul>`
            : nothing
        }
      </td>
      <td>${
        r.status === 'ok'
          ? html`<button type="button" class="open" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailId}
            @click=${() => this._toggle(r)}>${open ? t('panel.close') : t('panel.open')}</button>`
          : nothing
      }</td>
    </tr>`;
    if (!open) return main;
    return html`${main}<tr class="detail" id=${detailId}><td colspan="6">
      <ezone-result-cards lang=${lang} .result=${this._result(r)}></ezone-result-cards>
    </td></tr>`;
  }
}
