/**
 * Loan Prime Rate (贷款市场报价利率, LPR) as dated data, in the same style as the measures: each publication at
 * which the LPR changed, with its date, its figures as decimal strings and their unit, from one named publisher;
 * it stays in force until the next entry (the monthly publications in between left it unchanged). Bank offers quote
 * rates as "LPR+50BP" or "LPR减20个基点"; turning them into a rate needs the LPR in force on a date. A new
 * publication is one more line at the end (CONTRIBUTING.md, "How to add an LPR publication"); the table is checked
 * when loaded, so a misordered date or a figure that is not a decimal is an error naming the entry. The extension
 * lets the user override the figures.
 */
import { isIsoDate } from '../dates.ts';

export interface LprEntry {
  /** ISO date of the publication (the 20th of the month, moved to the next working day). */
  published: string;
  /** 1-year LPR, in LPR_UNIT, as a decimal string. */
  oneYear: string;
  /** Over-5-year LPR (5年期以上), in LPR_UNIT, as a decimal string. */
  fiveYear: string;
}

/** Both figures of every entry are in percent per year ("3.00" is 3% a year). */
export const LPR_UNIT = 'percent per year' as const;

export const LPR_SOURCE = {
  zh: '全国银行间同业拆借中心',
  en: 'National Interbank Funding Center (China Foreign Exchange Trade System)',
  url: 'https://www.chinamoney.com.cn/chinese/bklpr/',
} as const;

/** Ascending by publication date. Checked against the publisher's announcements up to 2025-05-20. */
const PUBLICATIONS: readonly LprEntry[] = [
  { published: '2019-08-20', oneYear: '4.25', fiveYear: '4.85' },
  { published: '2019-09-20', oneYear: '4.20', fiveYear: '4.85' },
  { published: '2019-11-20', oneYear: '4.15', fiveYear: '4.80' },
  { published: '2020-02-20', oneYear: '4.05', fiveYear: '4.75' },
  { published: '2020-04-20', oneYear: '3.85', fiveYear: '4.65' },
  { published: '2021-12-20', oneYear: '3.80', fiveYear: '4.65' },
  { published: '2022-01-20', oneYear: '3.70', fiveYear: '4.60' },
  { published: '2022-05-20', oneYear: '3.70', fiveYear: '4.45' },
  { published: '2022-08-22', oneYear: '3.65', fiveYear: '4.30' },
  { published: '2023-06-20', oneYear: '3.55', fiveYear: '4.20' },
  { published: '2023-08-21', oneYear: '3.45', fiveYear: '4.20' },
  { published: '2024-02-20', oneYear: '3.45', fiveYear: '3.95' },
  { published: '2024-07-22', oneYear: '3.35', fiveYear: '3.85' },
  { published: '2024-10-21', oneYear: '3.10', fiveYear: '3.60' },
  { published: '2025-05-20', oneYear: '3.00', fiveYear: '3.50' },
];

const PERCENT = /^\d{1,2}\.\d{2}$/;

/** Problems of a table, each naming its entry ("LPR_TABLE[3].oneYear: …"); [] for a good one. */
export function lprProblems(table: readonly LprEntry[]): string[] {
  const out: string[] = [];
  table.forEach((e, i) => {
    const at = `LPR_TABLE[${i}]`;
    if (!isIsoDate(e.published)) out.push(`${at}.published: a date YYYY-MM-DD, got ${JSON.stringify(e.published)}`);
    else if (i > 0 && !(table[i - 1]!.published < e.published))
      out.push(`${at}.published: after the entry before (${table[i - 1]!.published}), got ${e.published}`);
    for (const k of ['oneYear', 'fiveYear'] as const)
      if (typeof e[k] !== 'string' || !PERCENT.test(e[k]))
        out.push(`${at}.${k}: ${LPR_UNIT} with two decimals as a string ("3.10"), got ${JSON.stringify(e[k])}`);
    if (Object.keys(e).length !== 3) out.push(`${at}: only published, oneYear and fiveYear`);
  });
  return out;
}

/** A table checked once, as it loads; a malformed one throws naming every entry at fault. */
export function lprTable(entries: readonly LprEntry[]): readonly LprEntry[] {
  const problems = lprProblems(entries);
  if (problems.length) throw new Error(`The LPR table is malformed:\n  ${problems.join('\n  ')}`);
  return Object.freeze(entries.map((e) => Object.freeze({ ...e })));
}

export const LPR_TABLE: readonly LprEntry[] = /* @__PURE__ */ lprTable(PUBLICATIONS);

/** The entry in force on `date` (ISO), or undefined before the first reformed LPR (2019-08-20). */
export function lprOn(date: string, table: readonly LprEntry[] = LPR_TABLE): LprEntry | undefined {
  let found: LprEntry | undefined;
  for (const e of table) {
    if (e.published <= date) found = e;
    else break;
  }
  return found;
}
