/**
 * Which version of the measures applies: by a scenario's year, or on a date (art. 15's payment). Kept apart from the
 * loader (./book.ts) so that the what-if panel's own file, which reads the calculator's compiled book, carries these
 * few lines and not the loader and its checks.
 */
import type { PolicyBook, PolicyVersion } from './book.ts';

/** The version a scenario's `year` is computed under; outside the covered years, the nearest (the period gate then says so). */
export function versionForYear(book: PolicyBook, year: number): PolicyVersion {
  return (
    book.byYear.get(year) ?? (year < book.firstYear ? book.versions[0]! : book.versions[book.versions.length - 1]!)
  );
}

/** The version in force on an ISO date (art. 15's payment date), or undefined outside every version. */
export function versionOn(book: PolicyBook, date: string): PolicyVersion | undefined {
  for (const v of book.versions) if (v.from <= date && date <= v.to) return v;
  return undefined;
}
