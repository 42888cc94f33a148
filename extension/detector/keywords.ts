/**
 * The content script's first test on a page, apart from the detector so that it stays cheap: does the page name
 * a financing product at all? Every offer the detector recognises contains one of these.
 */
export { TRIGGER_RE as PREFILTER_RE } from './vocabulary.ts';

/** A page mentions a product when it has a loan or insurance word and a figure (a percentage, LPR or premium). */
export const KEYWORD_RE = /贷|貸|融资|融資|保理|保险|保險|首台|loan|financ|insurance|overdraft|factoring/i;
