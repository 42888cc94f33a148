/**
 * The CLI's rows on all CPU cores: the main thread streams records in slices to worker threads, which map, compute
 * and format them; results are written back in file order. At most a few slices are in flight, so memory stays flat
 * whatever the file's size.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import type { BatchLang } from './i18n.ts';

export interface SliceResult {
  seq: number;
  /** Export CSV lines of the slice's rows. */
  csv: string;
  /** Error lines for stderr (row, column, message). */
  errors: string[];
  rows: number;
  errorRows: number;
  /** What the rows add to the results workbook (its Results rows as XML, sums, errors), when the results go to one. */
  part?: import('./results-workbook.ts').BookPart;
}

export interface PoolInit {
  header: string[];
  lang: BatchLang;
  today: string;
  /** Send back the rows' part of an .xlsx results file, not their CSV lines. */
  workbook?: boolean;
}

/**
 * `first`: for a workbook, how many client rows come before this slice's in the file (their row on the sheet). `text`:
 * instead of `records`, whole CSV records as written (line break `newline`), the first of them on row `row`: the worker
 * reads them (batch/csv-records.ts), which spares the main thread making and copying every cell.
 */
export type SliceRequest = {
  seq: number;
  records: Array<{ cells: string[]; row: number }>;
  first?: number;
  text?: string;
  newline?: string;
  row?: number;
};

export class RowPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<() => void> = [];
  private readonly pending = new Map<number, SliceResult>();
  private readonly inFlight = new Map<Worker, SliceRequest>();
  private failure: Error | null = null;
  private next = 0;

  constructor(
    init: PoolInit,
    private readonly onResult: (r: SliceResult) => void | Promise<void>,
    size = Math.max(1, availableParallelism()),
  ) {
    for (let i = 0; i < size; i++) {
      const compiled = compiledWorker();
      const w = new Worker(compiled ?? new URL('./node-pool-worker.ts', import.meta.url), {
        workerData: init,
        ...(compiled ? { eval: true } : { execArgv: workerExecArgv() }),
        // A worker holds one slice at a time: a small old generation makes it collect early and keeps memory flat.
        resourceLimits: { maxOldGenerationSizeMb: 128 },
      });
      w.on('message', (r: SliceResult) => this.onMessage(w, r));
      w.on('error', (e) => this.fail(e));
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  private onMessage(w: Worker, r: SliceResult): void {
    this.inFlight.delete(w);
    this.idle.push(w);
    this.pending.set(r.seq, r);
    this.waiting.shift()?.();
  }

  /** Writes every finished slice that is next in file order. */
  private async flush(): Promise<void> {
    while (this.pending.has(this.next)) {
      const r = this.pending.get(this.next)!;
      this.pending.delete(this.next);
      this.next++;
      await this.onResult(r);
    }
  }

  /** Sends a slice; waits while every worker is busy (backpressure on the reader). */
  async submit(req: SliceRequest): Promise<void> {
    while (!this.idle.length && !this.failure) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      await this.flush();
    }
    if (this.failure) throw this.failure;
    const w = this.idle.pop()!;
    this.inFlight.set(w, req);
    w.postMessage(req);
    await this.flush();
  }

  /** Waits for all slices and stops the workers. */
  async drain(total: number): Promise<void> {
    try {
      while (this.next < total) {
        if (this.failure) throw this.failure;
        if (!this.pending.has(this.next)) await new Promise<void>((resolve) => this.waiting.push(resolve));
        await this.flush();
      }
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

let workerCode: string | null | undefined;

/**
 * The worker's sources as one CommonJS script, compiled once per run with esbuild (~0.2 s) when the CLI runs from its
 * TypeScript sources: a worker that loads it skips tsx's loader, which cost each worker ~0.4-0.5 s of CPU resolving and
 * transforming its ~50 modules (profiled on the 100,000-row CSV). Null when esbuild is not installed: the workers then
 * load the sources through tsx.
 */
function compiledWorker(): string | null {
  if (workerCode !== undefined) return workerCode;
  workerCode = null;
  const source = new URL('./node-pool-worker.ts', import.meta.url);
  if (source.protocol !== 'file:') return null;
  try {
    const { buildSync } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const out = buildSync({
      entryPoints: [source.pathname],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      write: false,
      logLevel: 'silent',
    });
    workerCode = out.outputFiles[0]!.text;
  } catch {
    // No esbuild (an install without devDependencies) or a build error: tsx compiles the sources instead.
  }
  return workerCode;
}

/** Workers run the TypeScript sources through tsx, as the CLI itself does. */
function workerExecArgv(): string[] {
  const args = [...process.execArgv];
  return args.some((a) => a.includes('tsx')) ? args : [...args, '--import', 'tsx'];
}
