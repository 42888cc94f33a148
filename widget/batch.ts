/**
 * The batch tab's code: `<ezone-batch-panel>` (widget/batch-panel/) with papaparse, the batch layout and its own
 * i18next instance, about a fifth of the widget. In the built widget it is a file of its own beside the widget's
 * (vite.config.ts), fetched when the calculator's batch tab is first opened, or once the page is idle after the
 * widget's first result, or at once on a page that uses `<ezone-batch-panel>` on its own. Never before the first
 * result: its bytes and its evaluation (~8 ms, issue 3) are not on that path (issue 12).
 */
let loading: Promise<unknown> | undefined;

/** Defines `<ezone-batch-panel>` (once). */
export function loadBatchPanel(): Promise<unknown> {
  // A failed fetch (a file missing, no CORS header) is not remembered: opening the tab again tries again.
  return (loading ??= import('./batch-panel/batch-panel.ts').catch((e: unknown) => {
    loading = undefined;
    throw e;
  }));
}

/**
 * Loads the batch panel when the page has nothing better to do: after the first calculator's first result, or now
 * for a page that has an `<ezone-batch-panel>` of its own and no calculator.
 */
export function loadBatchPanelWhenIdle(): void {
  const later = (run: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 50);
  const standalone = () =>
    document.querySelector('ezone-batch-panel') && !document.querySelector('ezone-subsidy-calculator');
  if (standalone()) void loadBatchPanel();
  else
    document.addEventListener('subsidy-change', () => later(() => void loadBatchPanel().catch(() => undefined)), {
      once: true,
    });
}
