/** Fired by `<ezone-batch-panel>` when a file has been computed. Bubbles and crosses shadow roots. */
export interface BatchDoneDetail {
  rows: number;
  errorRows: number;
  /** Where the rows were computed: a Web Worker, or the main thread in slices. */
  engine: 'worker' | 'main';
}

export type BatchDoneEvent = CustomEvent<BatchDoneDetail>;

export const BATCH_DONE = 'ezone-batch-done';

export function batchDoneEvent(detail: BatchDoneDetail): BatchDoneEvent {
  return new CustomEvent<BatchDoneDetail>(BATCH_DONE, { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ezone-batch-done': BatchDoneEvent;
  }
}
