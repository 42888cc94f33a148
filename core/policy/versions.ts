/**
 * The versions of the measures the calculator knows, compiled (and checked) once when the core loads. A revision the
 * district publishes is one more data file in this folder and one more argument here: see CONTRIBUTING.md, "How to
 * add a revision". Nothing else changes: the rules read whichever version a scenario's year (or art. 15's payment
 * date) selects.
 */
import { policyBook, type PolicyBook, type PolicyVersion } from './book.ts';
import { versionForYear } from './lookup.ts';
import { MEASURES_2025 } from './measures-2025.ts';

/** Revisions of MEASURES_2025, each a data file of this folder (none published yet). */
const REVISIONS: readonly unknown[] = [];

export const POLICY_BOOK: PolicyBook = /* @__PURE__ */ policyBook(MEASURES_2025, ...REVISIONS);

/** A book with more revisions than the calculator ships (a draft revision to try out, a test's synthetic one). */
export function withRevisions(...revisions: readonly unknown[]): PolicyBook {
  return policyBook(MEASURES_2025, ...REVISIONS, ...revisions);
}

/** The version in force for a calendar year of activity (the nearest one outside the measures' years). */
export function policyFor(year: number, book: PolicyBook = POLICY_BOOK): PolicyVersion {
  return versionForYear(book, year);
}

/** The latest version: what front ends show when no year is chosen yet. */
export const CURRENT_POLICY: PolicyVersion = POLICY_BOOK.versions[POLICY_BOOK.versions.length - 1]!;

/** What earlier releases exported as constants, now read from the data (the latest version, the whole book). */
export const POLICY_ID: string = CURRENT_POLICY.id;
export const POLICY_TITLE: string = CURRENT_POLICY.title;
export const ARTICLES = CURRENT_POLICY.articles;
/** Articles with an amount (one result column each in a batch export) and articles matched as `info`. */
export const AMOUNT_ARTICLES: readonly number[] = CURRENT_POLICY.amountArticles;
export const INFO_ARTICLES: readonly number[] = CURRENT_POLICY.infoArticles;
/** 附则3, 附则5: the calendar years the measures cover and their first and last day, over every version. */
export const POLICY_YEARS: readonly number[] = POLICY_BOOK.years;
export const PERIOD = {
  firstYear: POLICY_BOOK.firstYear,
  lastYear: POLICY_BOOK.lastYear,
  start: POLICY_BOOK.start,
  end: POLICY_BOOK.end,
  repealed: POLICY_BOOK.replaces,
} as const;
