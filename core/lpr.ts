/**
 * Public entry for the dated LPR table alone. Code that runs on every page the user opens (the extension's content
 * script) needs the LPR to read "LPR+50BP" but must not load the whole calculator: this entry is the table and its
 * lookup, nothing else. core/index.ts exports the same names.
 */
export { LPR_TABLE, LPR_SOURCE, LPR_UNIT, lprOn, lprTable, type LprEntry } from './policy/lpr.ts';
