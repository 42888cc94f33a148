/**
 * The single file a web page embeds (dist/widget/ezone-subsidy-calculator.js):
 * `<script type="module" src=".../ezone-subsidy-calculator.js"></script>` then `<ezone-subsidy-calculator>`.
 */
export { EzoneSubsidyCalculator, CALCULATOR_TAG } from './calculator/calculator.ts';
export { EzoneResultCards, RESULT_CARDS_TAG } from './result-cards/result-cards.ts';
export { SUBSIDY_CHANGE, type SubsidyChangeDetail, type SubsidyChangeEvent } from './events/subsidy-change.ts';
