/** Public API of the core. Every front end (widget, extension, CLI, batch) calls only this. */
export type * from './types.ts';
export { estimate, estimateMany } from './engine.ts';
export { parseAmount } from './amount.ts';
export { LPR_TABLE, LPR_SOURCE, lprOn, type LprEntry } from './policy/lpr.ts';
export { ARTICLES, POLICY_ID, POLICY_TITLE, PERIOD } from './policy/measures-2025.ts';
export { CERTIFICATIONS, INSTITUTION_TYPES, BRANCH_EVENTS } from './scenario-schema.ts';
export { whatIf, whatIfRange, WHAT_IF_MAX_POINTS } from './what-if/what-if.ts';
export type {
  WhatIfItem,
  WhatIfPoint,
  WhatIfResult,
  WhatIfOutcome,
  WhatIfRange,
  Breakpoint,
  BreakpointKind,
  BreakpointSide,
} from './what-if/what-if.ts';
export { breakpointsOf } from './what-if/breakpoints.ts';
export { whatIfTranslator, type WhatIfTranslate } from './what-if/messages.ts';
