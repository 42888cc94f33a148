/** Registers `<ezone-result-cards>` once, even when the bundle is loaded twice on a page. */
import { EzoneResultCards } from './result-cards.component.ts';

export { EzoneResultCards };
export const RESULT_CARDS_TAG = 'ezone-result-cards';
if (!customElements.get(RESULT_CARDS_TAG)) customElements.define('ezone-result-cards', EzoneResultCards);

declare global {
  interface HTMLElementTagNameMap {
    'ezone-result-cards': EzoneResultCards;
  }
}
