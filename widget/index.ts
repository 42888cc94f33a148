/**
 * The single file a web page embeds (dist/widget/ezone-subsidy-calculator.js):
 * `<script type="module" src=".../ezone-subsidy-calculator.js"></script>` then `<ezone-subsidy-calculator>`.
 */
import { loadBatchPanelWhenIdle } from './batch.ts';

export { EzoneSubsidyCalculator, CALCULATOR_TAG } from './calculator/calculator.ts';
export { EzoneResultCards, RESULT_CARDS_TAG } from './result-cards/result-cards.ts';
export { SUBSIDY_CHANGE, type SubsidyChangeDetail, type SubsidyChangeEvent } from './events/subsidy-change.ts';

declare const WorkerGlobalScope: { new (): unknown } | undefined;

if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  // The batch panel's workers run this very file (widget/batch-panel/worker.ts): their message handler must be in
  // place once the file has loaded, so the module waits for it here. Nothing is rendered in a worker.
  await import('./batch-panel/batch.worker.ts');
} else {
  loadBatchPanelWhenIdle();
}
