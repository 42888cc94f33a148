/** Registers `<ezone-subsidy-calculator>` once, even when the bundle is loaded twice on a page. */
import { EzoneSubsidyCalculator } from './calculator.component.ts';

export { EzoneSubsidyCalculator };
export const CALCULATOR_TAG = 'ezone-subsidy-calculator';
if (!customElements.get(CALCULATOR_TAG)) customElements.define('ezone-subsidy-calculator', EzoneSubsidyCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'ezone-subsidy-calculator': EzoneSubsidyCalculator;
  }
}
