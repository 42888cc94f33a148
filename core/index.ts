/** Public API of the core. Every front end (widget, extension, CLI, batch) calls only this. */
export type * from './types.ts';
export { estimate, estimateMany } from './engine.ts';
export { parseAmount } from './amount.ts';
