/**
 * The single file a web page embeds (dist/widget/ezone-subsidy-calculator.js):
 * `<script type="module" src=".../ezone-subsidy-calculator.js"></script>` then `<ezone-subsidy-calculator>`.
 */
// First: the page's language is fetched while the rest of this file evaluates.
import './early-lang.ts';
import { loadBatchPanelWhenIdle } from './batch.ts';

export { EzoneSubsidyCalculator, CALCULATOR_TAG } from './calculator/calculator.ts';
export { EzoneResultCards, RESULT_CARDS_TAG } from './result-cards/result-cards.ts';
export { SUBSIDY_CHANGE, type SubsidyChangeDetail, type SubsidyChangeEvent } from './events/subsidy-change.ts';

declare const WorkerGlobalScope: { new (): unknown } | undefined;

if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  // The batch panel's workers run the file that holds widget/batch-panel/worker.ts: in the widget's build that is
  // the batch tab's own file, which has the handler and imports this one (no waiting here: a top-level await on it
  // would wait for itself); in a one-file build (test/widget/batch-panel/build.ts) it is this file, and the handler
  // is installed in the microtask queued here, before the worker's loader replays the messages it kept.
  void import('./batch-panel/batch.worker.ts');
} else {
  loadBatchPanelWhenIdle();
}
