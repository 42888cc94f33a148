/**
 * The batch tab's code: `<ezone-batch-panel>` (widget/batch-panel/) with papaparse, the batch layout and its own
 * i18next instance, about a fifth of the file. It stays in the single file (vite.config.ts: no chunks) but is
 * evaluated only when needed: when the calculator's batch tab is first opened, or once the page is idle after the
 * widget's first result (so that a page using `<ezone-batch-panel>` on its own gets it defined too). Evaluated
 * eagerly it cost ~8 ms on the way to the first result (issue 3).
 */
let loading: Promise<unknown> | undefined;

/** Defines `<ezone-batch-panel>` (once). */
export function loadBatchPanel(): Promise<unknown> {
  return (loading ??= import('./batch-panel/batch-panel.ts'));
}

/** Loads the batch panel when the page has nothing better to do (after the first render and paint). */
export function loadBatchPanelWhenIdle(): void {
  const later = (run: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 50);
  later(() => void loadBatchPanel());
}
