/**
 * Where the batch runs. The widget ships as one file embedded by other sites, and a worker must not need a second
 * file. A bundled copy of the worker (Vite's `?worker&inline`) would carry the core, i18next, decimal.js and
 * papaparse a second time (+71 KB gzipped). Instead the worker loads the very file the page already loaded: a tiny
 * Blob module gives it the few DOM names that Lit touches while its modules load (a worker has no DOM; nothing is
 * rendered there), then imports the widget's own URL, whose ./batch.worker.ts part answers the messages. Where
 * workers can't be made (a CSP without blob:, an old browser), the runner computes on the main thread in slices,
 * yielding between them so the page stays responsive.
 */
import './batch.worker.ts';
import { loadLang } from '../i18n.ts';
import {
  runJob,
  type ExportEvent,
  type ExportRequest,
  type JobEvent,
  type JobRequest,
  type WarmRequest,
} from '../../batch/job.ts';
import type { BatchLang } from '../../batch/i18n.ts';
import { unpackRow, type PackedRow } from '../../batch/packed-row.ts';
import { loadXlsx } from '../../batch/xlsx-load.ts';
import { looksLikeWorkbook } from '../../batch/xlsx-check.ts';

export type WorkerFactory = () => Worker;

/** What the worker must import: this bundle (built), or the worker module beside this file (sources, in dev/tests). */
export function workerModuleUrl(here: string = import.meta.url): string {
  return /\/worker\.ts(\?.*)?$/.test(here) ? here.replace(/\/worker\.ts(\?.*)?$/, '/batch.worker.ts') : here;
}

/** Module-level names Lit and the widget's modules read while loading, harmless stand-ins inside a worker. */
const WORKER_SHIM = `const noop = () => {};
const g = globalThis;
g.window ??= g;
g.HTMLElement ??= class {};
g.customElements ??= { get: noop, define: noop, whenDefined: () => new Promise(noop) };
g.document ??= { createTreeWalker: () => ({}), createComment: () => ({}), createElement: () => ({}), head: { append: noop } };
`;

/** A worker running this same code (see above); null where Blob URLs or module workers are missing. */
export function selfWorkerFactory(moduleUrl: string = workerModuleUrl()): WorkerFactory | null {
  if (typeof Worker === 'undefined' || typeof Blob === 'undefined' || typeof URL.createObjectURL !== 'function')
    return null;
  return () => {
    // Messages that arrive while the module loads are kept and replayed to the handler it sets.
    const source = `${WORKER_SHIM}const early = [];
const keep = (e) => early.push(e.data);
g.addEventListener('message', keep);
await import(${JSON.stringify(moduleUrl)});
g.removeEventListener('message', keep);
for (const data of early) g.dispatchEvent(new MessageEvent('message', { data }));
`;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    try {
      return new Worker(url, { type: 'module' });
    } finally {
      // The worker has fetched its script once it starts; a revoked URL then costs nothing.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
  };
}

export interface BatchRunner {
  readonly engine: 'worker' | 'main';
  /**
   * Free for the next file: no file or export in progress and its workers alive. The panel keeps one runner and
   * reuses it while it is free, so its workers have started (and loaded the widget's code) before a file is dropped.
   */
  readonly idle: boolean;
  /** Loads ahead what a coming file needs: the words of `lang`, and the xlsx code for a workbook. */
  prepare(lang: BatchLang, xlsx?: boolean): void;
  /** Emits one `start`, the rows in slices, then one `done` (or a `fatal`), whatever the number of workers. */
  run(req: JobRequest, emit: (e: JobEvent) => void): void;
  /** The results workbook of these rows (file order), built in a worker where there is one. */
  exportXlsx(rows: readonly PackedRow[], lang: BatchLang): Promise<Uint8Array>;
  dispose(): void;
}

/** Rows per `export-rows` message: copying them is a short task for the page, whatever the file's size. */
export const EXPORT_SLICE = 1000;

let exportIds = 0;

/**
 * Workers to share a file: one per core but one, which is left to the page (its tasks then never wait behind a
 * worker's: on 2 cores, two workers held the page's tasks up past 50 ms while the file ran, and spent more CPU in
 * all, each compiling the same code and a CSV's parsing twice; measured in bench/batch.ts), at most 4, since each
 * parses the whole file.
 */
export function defaultWorkerCount(): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(4, cores - 1));
}

class WorkerRunner implements BatchRunner {
  private emit: ((e: JobEvent) => void) | null = null;
  private req: JobRequest | null = null;
  private fallback: MainThreadRunner | null = null;
  private state = { id: -1, started: false, finished: 0, done: [] as number[], rows: 0, errorRows: 0, failed: false };
  /** A file is being computed: from run() to its `done` or `fatal`. */
  private running = false;
  /** A worker failed (an error, not a file it could not read): the runner is not reused. */
  private broken = false;

  private readonly exports = new Map<number, { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }>();

  constructor(private readonly workers: Worker[]) {
    workers.forEach((w, k) => {
      w.onmessage = (e: MessageEvent<JobEvent | ExportEvent>) => {
        const data = e.data;
        if (data.type === 'workbook' || data.type === 'export-failed') this.onExport(data);
        else this.onEvent(k, data);
      };
      w.onerror = (e) => {
        e.preventDefault();
        this.broken = true;
        this.rejectExports(new Error(e.message));
        this.onWorkerError(e.message);
      };
    });
  }

  private onExport(e: ExportEvent): void {
    const p = this.exports.get(e.id);
    if (!p) return;
    this.exports.delete(e.id);
    if (e.type === 'workbook') p.resolve(e.bytes);
    else p.reject(new Error(e.message));
  }

  private rejectExports(e: Error): void {
    for (const p of this.exports.values()) p.reject(e);
    this.exports.clear();
  }

  async exportXlsx(rows: readonly PackedRow[], lang: BatchLang): Promise<Uint8Array> {
    if (this.fallback) return this.fallback.exportXlsx(rows, lang);
    const w = this.workers[0]!;
    const id = ++exportIds;
    const result = new Promise<Uint8Array>((resolve, reject) => this.exports.set(id, { resolve, reject }));
    // In slices, each its own task: the page never copies 10,000 rows at once.
    for (let i = 0; i < rows.length; i += EXPORT_SLICE) {
      if (!this.exports.has(id)) break;
      w.postMessage({ type: 'export-rows', id, rows: rows.slice(i, i + EXPORT_SLICE) } satisfies ExportRequest);
      await yieldToPage();
    }
    w.postMessage({ type: 'export', id, lang } satisfies ExportRequest);
    return result;
  }

  get engine(): 'worker' | 'main' {
    return this.fallback ? 'main' : 'worker';
  }

  get idle(): boolean {
    return !this.running && !this.broken && !this.fallback && this.exports.size === 0;
  }

  prepare(lang: BatchLang, xlsx = false): void {
    if (this.fallback || this.broken) return;
    // A workbook is read by the first worker only (see run()).
    this.workers.forEach((w, k) => w.postMessage({ type: 'warm', lang, xlsx: xlsx && k === 0 } satisfies WarmRequest));
  }

  /** A worker that fails before it said anything could not start here: the same job runs on the main thread. */
  private onWorkerError(message: string): void {
    const s = this.state;
    if (!this.emit || !this.req || s.failed) return;
    if (!s.started && !this.fallback) {
      for (const w of this.workers) w.terminate();
      this.fallback = new MainThreadRunner();
      this.fallback.run(this.req, this.emit);
      return;
    }
    s.failed = true;
    this.emit({ type: 'fatal', id: s.id, code: 'worker', message });
  }

  private onEvent(k: number, e: JobEvent): void {
    const s = this.state;
    if (e.id !== s.id || s.failed || this.fallback || !this.emit) return;
    switch (e.type) {
      case 'start':
        // Every part parses the whole file; the first to finish parsing speaks for all.
        if (!s.started) {
          s.started = true;
          this.emit(e);
        }
        break;
      case 'rows': {
        s.done[k] = e.done;
        const done = s.done.reduce((a, b) => a + (b ?? 0), 0);
        this.emit({ ...e, done });
        break;
      }
      case 'done':
        s.rows += e.rows;
        s.errorRows += e.errorRows;
        if (++s.finished === this.workers.length) {
          this.running = false;
          this.emit({ type: 'done', id: e.id, rows: s.rows, errorRows: s.errorRows });
        }
        break;
      case 'fatal':
        s.failed = true;
        // Every worker ends a file it cannot read at the same point (the records are read first): all are free.
        this.running = false;
        this.emit(e);
        break;
    }
  }

  run(req: JobRequest, emit: (e: JobEvent) => void): void {
    this.emit = emit;
    this.running = true;
    // Kept (not transferred) so that the main thread can take over if the workers can't start.
    this.req = req;
    this.state = { id: req.id, started: false, finished: 0, done: [], rows: 0, errorRows: 0, failed: false };
    const parts = this.workers.length;
    if (
      parts > 1 &&
      looksLikeWorkbook(req.name ?? '', new Uint8Array(req.bytes, 0, Math.min(8, req.bytes.byteLength)))
    ) {
      // A workbook is read by the first worker only, which hands the records to the others (./batch/job.ts).
      const channels = this.workers.slice(1).map(() => new MessageChannel());
      const peers = channels.map((c) => c.port1);
      this.workers[0]!.postMessage({ ...req, part: 0, parts, peers }, peers);
      channels.forEach((c, i) =>
        this.workers[i + 1]!.postMessage({ ...req, bytes: new ArrayBuffer(0), part: i + 1, parts, source: c.port2 }, [
          c.port2,
        ]),
      );
      return;
    }
    this.workers.forEach((w, k) => w.postMessage({ ...req, part: k, parts }));
  }

  dispose(): void {
    for (const w of this.workers) w.terminate();
    this.rejectExports(new Error('stopped'));
    this.fallback?.dispose();
    this.emit = null;
    this.req = null;
  }
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

class MainThreadRunner implements BatchRunner {
  readonly engine = 'main' as const;
  /** Each run supersedes the one before it (see run()). */
  readonly idle = true;
  private current = 0;
  /** Nothing ahead on this thread: evaluating the xlsx code here is a task the page would feel before any drop. */
  prepare(): void {}
  run(req: JobRequest, emit: (e: JobEvent) => void): void {
    const id = (this.current = req.id);
    // A later run (or dispose) silences an earlier one still in progress.
    // The built widget's words are files of their own: the core explains in the request's language once it is here.
    void loadLang(req.lang).then(() =>
      runJob(
        { ...req, part: 0, parts: 1 },
        (e) => {
          if (this.current === id) emit(e);
        },
        yieldToPage,
      ),
    );
  }
  /** No worker here: the workbook is built on the main thread (one task; only where workers can't start). */
  async exportXlsx(rows: readonly PackedRow[], lang: BatchLang): Promise<Uint8Array> {
    const xlsx = await loadXlsx();
    return xlsx.resultsWorkbookBytes(rows.map(unpackRow), lang);
  }
  dispose(): void {
    this.current = -1;
  }
}

/**
 * A runner from a worker factory; a null factory, or one that throws (e.g. a CSP without blob: workers), means the
 * main thread.
 */
export function createRunner(
  factory: WorkerFactory | null = selfWorkerFactory(),
  workers: number = defaultWorkerCount(),
): BatchRunner {
  if (factory) {
    const made: Worker[] = [];
    try {
      for (let i = 0; i < workers; i++) made.push(factory());
      return new WorkerRunner(made);
    } catch {
      for (const w of made) w.terminate();
    }
  }
  return new MainThreadRunner();
}
