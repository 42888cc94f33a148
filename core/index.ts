/** Public API of the core. Every front end (widget, extension, CLI, batch) calls only this. */
export type * from './types.ts';
export { estimate, estimateMany } from './engine.ts';
export { parseAmount } from './amount.ts';
export { LPR_TABLE, LPR_SOURCE, lprOn, type LprEntry } from './policy/lpr.ts';
export { ARTICLES, POLICY_ID, POLICY_TITLE, PERIOD } from './policy/measures-2025.ts';
export { CERTIFICATIONS, INSTITUTION_TYPES, BRANCH_EVENTS } from './scenario-schema.ts';
