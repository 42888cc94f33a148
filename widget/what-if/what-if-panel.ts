/** Registers `<ezone-what-if-panel>` once; the calculator loads this module (or its built file) on demand. */
import { EzoneWhatIfPanel } from './what-if-panel.component.ts';

export { EzoneWhatIfPanel };
export const WHAT_IF_PANEL_TAG = 'ezone-what-if-panel';
if (!customElements.get(WHAT_IF_PANEL_TAG)) customElements.define(WHAT_IF_PANEL_TAG, EzoneWhatIfPanel);

declare global {
  interface HTMLElementTagNameMap {
    'ezone-what-if-panel': EzoneWhatIfPanel;
  }
}
