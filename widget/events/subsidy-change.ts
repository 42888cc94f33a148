import type { Scenario, SubsidyResult } from '../../core/index.ts';

export interface SubsidyChangeDetail {
  /** The scenario that produced the result, as the contract's JSON. */
  scenario: Scenario;
  /** The core's result for it. */
  result: SubsidyResult;
}

/** Fired by `<ezone-subsidy-calculator>` each time its result changes. Bubbles and crosses shadow roots. */
export type SubsidyChangeEvent = CustomEvent<SubsidyChangeDetail>;

export const SUBSIDY_CHANGE = 'subsidy-change';

export function subsidyChangeEvent(detail: SubsidyChangeDetail): SubsidyChangeEvent {
  return new CustomEvent<SubsidyChangeDetail>(SUBSIDY_CHANGE, { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'subsidy-change': SubsidyChangeEvent;
  }
}
