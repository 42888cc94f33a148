import { EzoneBatchPanel } from './batch-panel.component.ts';

export { EzoneBatchPanel };

if (!customElements.get('ezone-batch-panel')) customElements.define('ezone-batch-panel', EzoneBatchPanel);

declare global {
  interface HTMLElementTagNameMap {
    'ezone-batch-panel': EzoneBatchPanel;
  }
}
