/**
 * Finds offer blocks in the document without freezing the tab: text nodes are walked in slices of a few
 * milliseconds per animation frame (the walk carries over), mutations are batched per frame, de-duplicated against
 * their ancestors, and a huge batch turns into one rescan. Nodes we create never enter the walk.
 */
import {
  detectOffer as detectUnsafe,
  FIGURE_RE,
  isTermsSheet,
  lastCounterEvidence,
  lastRejectedAsReport,
  MAX_BLOCK_CHARS,
  PREFILTER_RE,
  PROGRAMME_HEADING_RE,
  productMentions,
  normalize,
  readable,
  type DetectContext,
  loanName,
  type LoanOffer,
  type Offer,
  type RateRead,
} from '../detector/detect.ts';
import {
  ENTERPRISE_RE,
  INSURANCE_PRODUCT_RE,
  LOAN_KIND_RE,
  LOAN_SIZE_WORDS,
  LOAN_WORD_RE,
  PERSONAL_RE,
  REPAYMENT_COLUMNS_RE,
} from '../detector/vocabulary.ts';
import { readRate, statesRate, withoutExamples } from '../detector/rate.ts';
import { CURRENCY_CODE_RE, readMaxAmount, UNKNOWN_CURRENCY, type AmountRead } from '../detector/amount.ts';
import { badgeAfter, columnCard, figuresPart, HOST_TAG } from './host.ts';
import { PAGE_TEXT_CHARS, pageContext } from './page-context.ts';
import { nextTask } from './next-task.ts';
import { recentlyRead } from '../detector/recent.ts';
import { matchesOf } from '../detector/matches.ts';

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'TEMPLATE',
  'SVG',
  'svg',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'HEAD',
  'TITLE',
]);
/** More element children than this and a block is a list, not a card. */
const MAX_CARD_CHILDREN = 40;
/** How far up from a matching text node a card may be. */
const MAX_CLIMB = 7;
/** Rows read from a column heading naming the finance word (rowsUnderHeading): a price table, not a data dump. */
const MAX_HEADED_ROWS = 60;
/** How far a card naming no product may grow to the block that names it (a row, its table section, table, box). */
const MAX_NAMING_CLIMB = 4;
/** How far a loan's card may grow to the product's whole section (productSection). */
const MAX_SECTION_CLIMB = 4;
/** The longest product section read part by part (an article's few thousand characters, not a whole page). */
const MAX_SECTION_CHARS = 8000;
/** The most a box holding one limit under its label takes ("Asset Finance Loan Amount: KES 200,000 - 8,000,000"). */
const LIMIT_BOX_CHARS = 80;
/** The most a card's title line takes ("Big Business Loan (BBL)", "小微企业创业担保贷款"). */
const CARD_TITLE_CHARS = 60;
/** How many text nodes a page's limit is looked for in (readPageLimit): a product page's, not a long list's. */
const PAGE_LIMIT_NODES = 5000;
/** Past this many pending mutation roots, one rescan of the body is cheaper than many small ones. */
const HUGE_MUTATION = 500;
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/**
 * Offers in blocks hidden when found, watched until the reader opens them: enough for a product page's tabs and
 * folded answers, few enough that a page hiding a heap of finance words costs nothing much.
 */
const MAX_UNSEEN = 100;

export interface ScannerHooks {
  /** An offer was recognised in `card` (not seen before). */
  found(card: Element, offer: Offer): void;
  /** A card seen before no longer reads as an offer, or reads differently. */
  changed(card: Element, offer: Offer | null): void;
  /** Is this one of our own nodes? */
  isOwn(node: Node): boolean;
  /** Is this card already annotated? */
  isCard(el: Element): boolean;
}

export interface ScannerOptions {
  /** Milliseconds of work per slice before the rest waits for a task of its own. */
  budgetMs?: number;
  /** Schedules the next slice; a task of its own in the page (next-task.ts), injectable for benchmarks. */
  schedule?: (cb: () => void) => void;
}

/**
 * How many element children `el` has, counted up to `most + 1` only: the browser counts a parent's children one by one
 * (childElementCount), and a list of 3,000 product cards was counted again for each card read in it.
 */
export function childCount(el: Element, most: number): number {
  let n = 0;
  for (let c = el.firstElementChild; c && n <= most; c = c.nextElementSibling) n++;
  return n;
}

/**
 * A footnote's mark in a superscript ("4.48%<sup>1</sup>", "LPR<sup>①</sup>+20BP", "£250,000<sup>2,3</sup>"): not
 * part of the figure or the words it follows, and read as a figure it would run into them ("£250,0002").
 */
const FOOTNOTE_MARK_RE = /^\s*(?:\[?\d{1,2}(?:\s*,\s*\d{1,2})*\]?|[*†‡§#¶]{1,3}|[\u2460-\u2473])\s*$/u;
/**
 * Whether a figure's text goes on in the next text node, styled apart: "<em>3</em><em>.45</em>%", "£<span>250</span>,
 * <span>000</span>", "£<b>1</b>m". (Not after an abbreviation's full stop: "<span>Interest rate p.a.</span>
 * <strong>19%</strong>" is two words; nor into a word: "<b>12</b>months".)
 */
function figureGoesOn(before: string, next: string): boolean {
  if (/\d$/.test(before)) return /^(?:[\d.%]|,(?:\d{3}(?!\d)|$)|(?:k|m|mn|bn)(?![a-z]))/i.test(next);
  if (/\d\.$/.test(before)) return /^\d/.test(next);
  return /\d,$/.test(before) && /^\d{3}(?!\d)/.test(next);
}

/**
 * The utility classes that hide words from the eye and keep them for screen readers: "9.95% p.a." shown, "9.95 percent
 * per annum" in a "sr-only" span beside it. What the page shows is what is read (the spoken copy, a rate in words,
 * would read as a report's).
 */
const VISUALLY_HIDDEN_CLASS_RE =
  /(?:^|\s)(?:sr-only|visually-?hidden|screen-?reader-(?:text|only)|a11y-hidden|assistive-text|hidden-visually|u-hidden-visually|show-for-sr|element-invisible)(?:\s|$)/i;

/** Words a block holds but does not show as its text: a footnote's mark, or a copy for screen readers only. */
function leftOut(el: Element): boolean {
  if (el.tagName === 'SUP') return FOOTNOTE_MARK_RE.test(el.textContent ?? '');
  const cls = el.getAttribute('class');
  return cls !== null && VISUALLY_HIDDEN_CLASS_RE.test(cls);
}

/** An element inside a line of text, whose edges are no break in what the page shows (not <br>). */
function inLine(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName) && el.tagName !== 'BR';
}

/**
 * Text of an element up to `max` characters; undefined when longer (a block that big is not one offer). The text
 * nodes a TreeWalker (SHOW_TEXT) would visit, in its order, found by following child and sibling links: a scan reads
 * the text of several blocks per text node it stops at, and making a TreeWalker for each costs more than the walk.
 * Text nodes are read with a space between them, except the parts of one figure that only inline elements set apart
 * ("年化利率低至<em class="big">3</em><em>.45</em>%" is 3.45%, as the page shows it; a space made it ".45%"); a
 * footnote's mark in a superscript and a copy for screen readers only are left out.
 */
export function boundedText(el: Element, max: number, _isOwn?: (n: Node) => boolean): string | undefined {
  // No filter: our hosts have no light-DOM text, and <script>/<style> inside a product card only add words that the
  // detector does not look for.
  let out = '';
  // Whether a block's edge, a line break or a left-out mark lies between the last text read and the next.
  let broken = true;
  let n: Node | null = el.firstChild;
  while (n) {
    let into = false;
    if (n.nodeType === Node.TEXT_NODE) {
      const data = (n as Text).data;
      if (out.length + data.length > max) return undefined;
      // (What was read so far ends in the space after the last text: "3." read in two parts ends "3. ".)
      if (!broken && figureGoesOn(out.slice(-3, -1), data)) out = out.slice(0, -1);
      out += data;
      // Block boundaries separate words that the page shows on separate lines.
      out += ' ';
      broken = false;
    } else if (n.nodeType === Node.ELEMENT_NODE) {
      const skipped = leftOut(n as Element);
      if (skipped || !inLine(n as Element)) broken = true;
      into = !skipped && n.firstChild !== null;
    } else into = n.firstChild !== null;
    if (into) {
      n = n.firstChild;
      continue;
    }
    while (!n.nextSibling) {
      n = n.parentNode;
      if (!n || n === el) return out;
      if (n.nodeType === Node.ELEMENT_NODE && !inLine(n as Element)) broken = true;
    }
    n = n.nextSibling;
  }
  return out;
}

/** The detector never breaks the scan: a page that makes it throw just gets no badge for that block. */
function detectOffer(text: string, context: DetectContext): Offer | null {
  try {
    return detectUnsafe(text, context);
  } catch {
    return null;
  }
}

/**
 * An English product title: "Business Quick Loan", "SME Working Capital Facility", "Asset Finance". An article or a
 * possessive opening a sentence is not part of it ("The Small Business Loan program" names "Small Business Loan").
 */
const EN_TITLE_RE =
  /\b(?!(?:The|Our|An?|This|That|These|Your|Their|Its)\s)(?:[A-Z][\w&'-]*\s+){1,4}(?:Loans?|Finance|Financing|Facility|Overdraft|Credit|Insurance)\b/g;

/**
 * A title made only of borrowing words ("Credit Facility", "Loan Facility"): the label of a term listing what may be
 * drawn ("Credit Facility – overdraft, loans, bill limits"), naming no product of its own. So is a size before
 * "Loan": "Minimum Loan Tenor:", "Maximum Loan" label a term of the loan.
 */
const GENERIC_TITLE_RE = new RegExp(
  String.raw`^(?:(?:Credit|Loans?|Finance|Financing|Facility|Facilities)\s+)+(?:Credit|Loans?|Finance|Financing|Facility|Facilities)$` +
    String.raw`|^(?:(?:${LOAN_SIZE_WORDS})\s+)+(?:Loans?|Finance|Financing|Facility|Credit)$`,
);

/** Distinct product names in folded text (shared between callers: never changed). */
const productNames: (folded: string) => readonly string[] = recentlyRead((folded) => {
  const out = new Set(productMentions(folded).map((m) => m.toLowerCase()));
  for (const re of [INSURANCE_PRODUCT_RE, EN_TITLE_RE]) {
    for (const m of matchesOf(re, folded)) if (!GENERIC_TITLE_RE.test(m[0])) out.add(m[0].toLowerCase());
  }
  return [...out];
});

/**
 * A first row of one heading cell over a table of two or more columns ("SMELoC 2 – Working capital Financing" over
 * "Interest rate | 8% p.a."): the table's title, not column headings; the rows under it are its terms.
 */
function isTitleRow(row: HTMLTableRowElement): boolean {
  const next = row.nextElementSibling;
  return row.cells.length === 1 && next instanceof HTMLTableRowElement && next.cells.length > 1;
}

/** A column heading stating its unit as per cent: "利率（%）", "年化利率(%)", "Rate (% p.a.)", "Interest rate %". */
const PERCENT_COLUMN_RE = /[(（]\s*%\s*(?:p\.?\s?a\.?|per annum|年)?\s*[)）]|(?:rate|利率)\s*%\s*$/i;
/** A cell holding figures only: "3.55", "3.55 - 4.35", "3.55～4.35". */
const BARE_FIGURES_RE = /^\s*\d{1,2}(?:\.\d+)?(?:\s*[-–~～至到]\s*\d{1,2}(?:\.\d+)?)?\s*$/;
/** Each number of such a cell (not rate.ts's FIGURE_RE, which finds a rate's figure with its sign). */
const NUMBER_G = /\d+(?:\.\d+)?/g;

/** A table row's text with each cell preceded by its column heading ("贷款利率 3.65%"), so a bare figure has its words. */
export function rowText(row: HTMLTableRowElement): string | undefined {
  const table = row.closest('table');
  // A heading row is all <th> (a key-value table has a <th> and a <td> in each row: no column headings).
  const first = table?.rows[0];
  const headRow =
    table?.tHead?.rows[0] ??
    (first && first !== row && [...first.cells].every((c) => c.tagName === 'TH') && !isTitleRow(first)
      ? first
      : undefined);
  let out = '';
  for (let i = 0; i < row.cells.length; i++) {
    const label = headRow && headRow !== row ? (headRow.cells[i]?.textContent ?? '') : '';
    let cell = boundedText(row.cells[i]!, MAX_BLOCK_CHARS);
    if (cell === undefined) return undefined;
    // A column of rates in per cent writes its unit once, in its heading ("年利率（%）" | "3.55", "Rate (% p.a.)" |
    // "7.45"): each bare figure under it is a percentage, as a limit under "最高额度（万元）" is in 万元.
    if (PERCENT_COLUMN_RE.test(label) && BARE_FIGURES_RE.test(cell)) cell = cell.replace(NUMBER_G, '$&%');
    out += `${label} ${cell} `;
    if (out.length > MAX_BLOCK_CHARS) return undefined;
  }
  return out;
}

/** A table's heading row: its <thead>'s first row, else its first row. */
function headRow(table: HTMLTableElement): HTMLTableRowElement | undefined {
  return table.tHead?.rows[0] ?? table.rows[0];
}

/** The heading row over a body row (undefined for the heading row itself, or a row outside a table). */
function headOver(row: HTMLTableRowElement): HTMLTableRowElement | undefined {
  const table = row.closest('table');
  const head = table ? headRow(table) : undefined;
  return head === row ? undefined : head;
}

/**
 * The products of a table whose columns are products ("| 小型創業貸款 | 自僱營商貸款 |" over "最高貸款金額 | 30萬港元 |
 * 20萬港元" and "利率 | 年利率不高於9%" spanning both), by column index: the heading row names one product in every
 * column after the first, and the first column holds the rows' labels, no figures. Undefined for any other table.
 */
function productColumns(table: HTMLTableElement): Map<number, string> | undefined {
  const head = headRow(table);
  if (!head || table.rows.length < 3) return undefined;
  const names = new Map<number, string>();
  let col = 0;
  for (const cell of head.cells) {
    const text = (cell.textContent ?? '').trim();
    const folded = readable(text);
    const product = productNames(folded).length === 1 || PRODUCT_HEADING_RE.test(folded);
    if (col === 0 ? product : !product || text.length > 40) return undefined;
    if (col > 0) names.set(col, text);
    col += cell.colSpan;
  }
  if (names.size < 2) return undefined;
  let terms = false;
  for (const row of table.rows) {
    if (row === head) continue;
    const label = readable(row.cells[0]?.textContent ?? '').trim();
    if (FIGURE_RE.test(label) || /\d{2}/.test(label)) return undefined;
    terms ||= TERM_LABEL_AT_START_RE.test(label) || AMOUNT_LABEL_RE.test(label) || RATE_LABEL_RE.test(label);
  }
  return terms ? names : undefined;
}

/** A column heading naming a loan product or scheme without a name the vocabulary knows ("80% Guarantee Product"). */
const PRODUCT_HEADING_RE =
  /贷款|贷|计划|方案|产品|\b(?:loans?|products?|schemes?|plans?|guarantees?|facility|financing)\b/i;
/** A row label naming a loan's limit, rate or term ("最高贷款金额", "利率", "还款期"). */
const TERM_LABEL_AT_START_RE = /^(?:最高)?(?:贷款|借款|授信)?(?:金额|额度|利率|年利率|期限|还款期|贷款期)/;

/** Most grades a rate schedule by the borrower's grade has (A to E, AAA to C…): a longer table is something else. */
const MAX_GRADES = 12;
/** A first column headed as the borrower's grade: a rate per grade is one product's price by risk, not products. */
const GRADE_HEAD_RE = /\b(?:(?:credit |risk )*(?:risk )?ratings?|grades?)\b|等级|评级|信用级别/i;

/**
 * The rates of a table that prices one product by the borrower's grade ("Credit risk rating | Rate" over "CRR A |
 * 10.00% pa", "CRR B | 11.00% pa"; "纳税信用等级 | 年利率"): its lowest and highest, or undefined for any other table.
 */
function gradeRates(table: HTMLTableElement): { low: string; high: string; text: string } | undefined {
  const head = headRow(table);
  if (!head || table.rows.length < 3 || table.rows.length > MAX_GRADES + 1) return undefined;
  if (!GRADE_HEAD_RE.test(head.cells[0]?.textContent ?? '')) return undefined;
  const lows: number[] = [];
  const highs: number[] = [];
  const rows: string[] = [];
  for (const r of table.rows) {
    if (r === head) continue;
    rows.push((r.textContent ?? '').replace(/\s+/g, ' ').trim());
    const label = readable(r.cells[0]?.textContent ?? '');
    // A grade is a short label naming no loan ("CRR A", "A级"); a row naming a product is a rate table's.
    // (Nor is a band of amounts, "£1,000 to £25,000", a grade.)
    if (label.length > 24 || /\d{3}/.test(label) || productNames(label).length || label.search(LOAN_WORD_RE) >= 0)
      return undefined;
    const rate = readRate(
      readable(
        [...r.cells]
          .slice(1)
          .map((c) => c.textContent ?? '')
          .join(' '),
      ),
    );
    if (rate?.basis !== 'fixed') return undefined;
    lows.push(Number(rate.low));
    highs.push(Number(rate.high ?? rate.low));
  }
  if (lows.length < 2) return undefined;
  const [low, high] = [String(Math.min(...lows)), String(Math.max(...highs))];
  return low === high ? undefined : { low, high, text: `${rows[0]} … ${rows.at(-1)}` };
}

/** A table's first column headed as the products' names ("Loan | Who it is for | Interest", "产品名称 | 额度 | 利率"). */
const PRODUCT_COLUMN_RE =
  /^(?:loans?|products?|facilit(?:y|ies)|schemes?|loan (?:type|product)s?|(?:贷款)?产品(?:名称)?|贷款(?:品种|种类))$/i;

/** Whether a block is a body row of a table whose first column heading names the products (PRODUCT_COLUMN_RE). */
function productColumnRow(el: Element): boolean {
  const head = el instanceof HTMLTableRowElement ? headOver(el) : undefined;
  return !!head && PRODUCT_COLUMN_RE.test((head.cells[0]?.textContent ?? '').trim());
}

/** Whether a block may be a grid of cards: no table, and no more children than a card has. */
function mayHoldCards(el: Element): boolean {
  return !(el instanceof HTMLTableElement) && childCount(el, MAX_CARD_CHILDREN) <= MAX_CARD_CHILDREN;
}

/** The column a cell starts in, counting the spans of the cells before it. */
function columnOf(cell: HTMLTableCellElement): number {
  let col = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling)
    if (c instanceof HTMLTableCellElement) col += c.colSpan;
  return col;
}

/**
 * A table (or its section) with column headings and several body rows: each row is an item (a product, a tier),
 * never the table as a whole. A key-value table (a <th> and a <td> per row) has no column headings and can be part
 * of one product's card.
 */
function isRowTable(el: Element): boolean {
  const table =
    el instanceof HTMLTableElement ? el : el instanceof HTMLTableSectionElement ? el.closest('table') : null;
  if (!table) return false;
  const first = table.rows[0];
  const headed =
    Boolean(table.tHead?.rows.length) ||
    Boolean(first && [...first.cells].every((c) => c.tagName === 'TH') && !isTitleRow(first));
  if (!headed || table.rows.length - (table.tHead?.rows.length || 1) < 2) return false;
  // Headings "要素 | 详情 | 备注", "Item | Details": a key-value table with a heading row, one offer's terms.
  const head = table.tHead?.rows[0] ?? first!;
  return !(head.cells.length <= 3 && TERMS_COLUMN_RE.test((head.cells[0]?.textContent ?? '').trim()));
}

/** The first column heading of a table of one offer's terms: its rows are the terms, named in that column. */
const TERMS_COLUMN_RE =
  /^(?:要素|产品要素|基本要素|项目|項目|Items?|Features?|Particulars|Parameters?|Key (?:features|facts|terms))$/i;

/**
 * A label naming one measure of a loan's cost: the APR, the AIR, the simple or flat rate. A lender states the same
 * rate in several measures side by side; a label naming a tier or a product names another offer.
 */
const RATE_MEASURE_RE =
  /\b(?:APR|AIR|EAR|AER|EIR)\b|annual percentage rate|\b(?:annual|simple|flat|nominal|effective)(?: annual)? (?:interest )?rate/i;

/** A table row of a label heading its value ("<th>Use of funds</th><td>…</td>"). */
function labelledRow(row: HTMLTableRowElement): boolean {
  return row.cells.length === 2 && row.cells[0]!.tagName === 'TH';
}

/** The label of a key-value row (a label cell and a value cell), folded; undefined for any other row. */
function keyValueLabel(row: HTMLTableRowElement): string | undefined {
  return row.cells.length === 2 ? readable(row.cells[0]!.textContent ?? '') : undefined;
}

/**
 * Whether a key-value table's rate rows ("APR | 9.9%", "AIR | 9.1%", "Simple interest rate | 8.7%") are one rate in
 * several measures, not a table of offers: each rate row is a label and a value, every label names a measure and no
 * amount, tier or product.
 */
function measuresOfOneRate(list: Element): boolean {
  const table = list instanceof HTMLTableSectionElement ? list.closest('table') : list;
  if (!(table instanceof HTMLTableElement) || isRowTable(table)) return false;
  let measures = 0;
  for (const row of table.rows) {
    if (!FIGURE_RE.test(row.textContent ?? '')) continue;
    const label = keyValueLabel(row);
    if (label === undefined || /\d/.test(label) || productNames(label).length) return false;
    // The rate of loans in each currency the lender lends in ("Interest rate, TJS loans | 29% – 35% p.a.").
    if (RATE_MEASURE_RE.test(label) || (RATE_LABEL_RE.test(label) && CURRENCY_NAME_RE.test(label))) measures++;
    // Another term with a figure ("Rate discount | 1% lower if …") is no rate of another offer.
    else if (RATE_LABEL_RE.test(label)) return false;
  }
  return measures >= 2;
}

/** A rate's label standing alone ("貸款利率：", "Interest rate:"), on folded text. */
const RATE_ALONE_RE = /^(?:(?:贷款|执行|参考|年化|适用)?利率|(?:annual\s+)?interest\s+rates?|rates?)\s*[:：]?$/i;

/**
 * Whether a list is the value of a rate's label ("貸款利率：" then one line per application window, "1% until …,
 * then from 2.39%"): one product's rate as it changes, not offers side by side. The label is the text before the
 * list in its box, or the box's previous sibling (a label cell beside a value cell); no line names a product.
 */
function valueOfRateLabel(list: Element): boolean {
  if (!(list instanceof HTMLUListElement || list instanceof HTMLOListElement)) return false;
  let label = '';
  for (let s = list.previousSibling; s && label.length <= 24; s = s.previousSibling)
    label = (s.textContent ?? '') + label;
  if (!label.trim()) label = list.parentElement?.previousElementSibling?.textContent ?? '';
  if (!RATE_ALONE_RE.test(readable(label))) return false;
  for (const li of list.children) if (productNames(readable(li.textContent ?? '')).length) return false;
  return true;
}

/** A label over an offer's fine print ("注意事項：", "Important information"), on folded text. */
const FINE_PRINT_LABEL_RE =
  /^(?:注意事项|备注|说明|温馨提示|重要提示|风险提示|notes?|important (?:information|notes?)|terms and conditions|fine print)\s*[:：]?$/i;

/**
 * Whether a list is an offer's fine print, under a label saying so ("注意事項：" over the lines of how the rate is
 * set and what the total cost of credit is): its rates qualify the offer above it, they are no offers of their own.
 */
function finePrint(list: Element): boolean {
  if (!(list instanceof HTMLUListElement || list instanceof HTMLOListElement)) return false;
  const label = list.previousElementSibling;
  return label !== null && FINE_PRINT_LABEL_RE.test(readable(label.textContent ?? ''));
}

/** A currency named in a label (its code, or its kind): the rate of the loans lent in it. */
const CURRENCY_NAME_RE = new RegExp(
  `${CURRENCY_CODE_RE.source}|\\b(?:local|foreign|national) currency\\b|本币|外币|人民币|美元|港元`,
  'i',
);

/** Labels of a loan's terms in a label cell: the limit, the rate, the term. */
const AMOUNT_LABEL_RE =
  /^(?:(?:maximum|max\.?|minimum|min\.?|largest|smallest|highest|lowest)\s+)?(?:(?:loan|financing|facility) amount|amount of (?:the )?loan|loan size|loan limit|quantum of loan|limit|financing limit|amount|how much (?:you can|can I) borrow|(?:the )?most (?:you|a business) can borrow)\b/i;
const RATE_LABEL_RE =
  /^(?:interest rate|rate of interest|annual interest rate|pricing|mark-?up(?: rate)?|profit rate)\b|^interest\s*[:：]?$/i;
const TERM_LABEL_RE =
  /^(?:(?:longest|shortest|maximum|minimum) )?(?:repayment period|repayment term|loan term|term|(?:(?:loan|financing|facility) )?(?:tenure|tenor)|loan period|maturity)\b|^repayment\s*[:：]?$/i;
const ZH_RATE_LABEL_RE = /利率|定价|息率|利息/;
const ZH_LIMIT_LABEL_RE = /金额|额度/;
const ZH_TERM_LABEL_RE = /期限|年限/;

/** The term an English label names: its rate, its limit or its length (no label matches two of the patterns). */
function labelledTerm(label: string): 'rate' | 'limit' | 'term' | undefined {
  if (RATE_LABEL_RE.test(label)) return 'rate';
  if (AMOUNT_LABEL_RE.test(label)) return 'limit';
  return TERM_LABEL_RE.test(label) ? 'term' : undefined;
}

/**
 * Whether a table is one loan's terms sheet: key-value rows (a label cell and a value cell, no column headings)
 * whose labels name its rate and its limit or term. Its text reads "Interest Rate 10% p.a. Repayment Period Up to 5
 * years", where no word says these are labels: the cells do.
 */
function termsTable(table: Element): boolean {
  if (!(table instanceof HTMLTableElement) || isRowTable(table)) return false;
  let rate = false;
  let other = false;
  for (const row of table.rows) {
    const label = keyValueLabel(row);
    if (label === undefined) return false;
    // (A Chinese label may name two: "额度期限与定价".)
    const term = labelledTerm(label);
    if (term === 'rate' || ZH_RATE_LABEL_RE.test(label)) rate = true;
    if ((term && term !== 'rate') || ZH_LIMIT_LABEL_RE.test(label) || ZH_TERM_LABEL_RE.test(label)) other = true;
  }
  return rate && other;
}

const HEADING_TAG_RE = /^H[2-6]$/;
/** How far into a list's line a product name may begin and still name the line's own product ("产品名称：…"). */
const LINE_NAME_AT = 30;

/**
 * Labels and their values as one terms sheet's text ("Loan Amount: Maximum Rs. 25.0 Mn …"), when they label a rate
 * and a limit (or, unless `limitNeeded`, a term); the card is the limit's value, else the rate's.
 */
function labelledPairs(
  pairs: Iterable<[Element, Element]>,
  limitNeeded = false,
): { text: string; card: Element } | undefined {
  let text = '';
  let rate: Element | undefined;
  let limit: Element | undefined;
  let term = false;
  for (const [labelEl, value] of pairs) {
    const label = readable(labelEl.textContent ?? '')
      .trim()
      .replace(/\s*[:：]$/, '');
    const said = boundedText(value, MAX_BLOCK_CHARS);
    if (label.length > 40 || said === undefined) return undefined;
    const named = labelledTerm(label);
    if (named === 'rate') rate ??= value;
    else if (named === 'limit') limit ??= value;
    else if (named === 'term') term = true;
    text += ` ${label}: ${said}`;
    if (text.length > MAX_BLOCK_CHARS) return undefined;
  }
  return rate && (limit || (term && !limitNeeded)) ? { text, card: limit ?? rate } : undefined;
}

/** A box's headings over their values ("Rate of Interest :" over "8 % per annum") as a terms sheet. */
function headedTerms(box: Element): { text: string; card: Element } | undefined {
  const pairs: [Element, Element][] = [];
  for (let h = box.firstElementChild; h; h = h.nextElementSibling) {
    const value = h.nextElementSibling;
    if (HEADING_TAG_RE.test(h.tagName) && value && !/^H[1-6]$/.test(value.tagName)) pairs.push([h, value]);
  }
  return labelledPairs(pairs);
}

/** A list whose lines each hold a label and its value ("Repayment" | "3 to 5 annual instalments") as a terms sheet. */
function listedTerms(list: Element): { text: string; card: Element } | undefined {
  if (!(list instanceof HTMLUListElement || list instanceof HTMLOListElement)) return undefined;
  const pairs: [Element, Element][] = [];
  for (const line of list.children) {
    const [label, value] = line.children;
    if (childCount(line, 2) !== 2 || !label || !value) return undefined;
    pairs.push([label, value]);
  }
  return labelledPairs(pairs);
}

/**
 * A box's definition list ("Largest amount" | "RM100,000", "Profit rate" | "From 4.75% p.a.") as a terms sheet, when
 * it states a limit: a card's list of its term and rate alone ("Repayment period | 36 months", "Interest | 12% p.a."
 * under a member's "NORMAL LOAN") sums up a card, whoever it is for.
 */
function definedTerms(box: Element): { text: string; card: Element } | undefined {
  const dl = box.getElementsByTagName('dl')[0];
  if (!dl) return undefined;
  const pairs: [Element, Element][] = [];
  for (const dt of dl.getElementsByTagName('dt')) {
    const value = dt.nextElementSibling;
    if (value?.tagName === 'DD') pairs.push([dt, value]);
  }
  return labelledPairs(pairs, true);
}

/**
 * A block that opens as an article's summary ("导读：", "内容摘要：", "先说结论：", "一句话了解：", "In short:"): it
 * restates the offer its article sets out below, where the badge goes.
 */
const SUMMARY_START_RE =
  /^(?:导读|内容摘要|摘要|先说结论|一句话(?:概括|总结|说明|了解|讲清|看懂)?|简而言之|简单(?:来)?说|总的来说|总结(?:一下)?|划重点|in brief|in short|in a nutshell|tl;\s?dr|summary|the short version|bottom line)\s*[:：]/i;

/** A block that is one quotation ("“年化利率最低3.85%，可贷20年。”"): somebody's words, reported. */
const QUOTED_RE = /^[“「『"][^“”「」『』"]{0,200}[”」』"]\s*$/;

/**
 * A block that starts like a footnote: "*利率依…", "※", "注：", "Note:", or Taiwan's required disclosure of the total cost
 * ("總費用年百分率約為1.97%至3%，係依借款金額新臺幣一百萬元…試算"), worked from an example loan.
 */
const FOOTNOTE_RE =
  /^(?:[*＊※†]|注[:：]|备注|說明[:：]|说明[:：]|Note[:s]|Notes?\b|Terms and conditions apply|總費用年百分率|总费用年百分率)/i;

/**
 * A block headed as the loan's charges ("Charges after the loan is disbursed", "Fees & Charges", "收费标准") whose
 * percentages are charges ("from 25 to 36 EMIs – 3%"), when it names no interest rate: no offer.
 */
const CHARGES_START_RE =
  /^(?:(?:other |additional )?(?:fees?|charges?)(?:\s*(?:&|and)\s*(?:fees?|charges?))?\b|schedule of (?:fees|charges)|收费标准|收费项目|费用说明|其他费用)/i;
// (Case-sensitive: a row's cells run together, "Commercial Base RateVariable…", with no word break after "Rate".)
const BENCHMARK_ROW_RE =
  /^(?:[A-Z][a-z&-]*\s+){0,3}(?:[Bb]ase(?: [Ll]ending)?|[Ii]ndicator|[Rr]eference|[Bb]enchmark|[Pp]rime|[Ii]ndex)\s+[Rr]ates?(?![a-z])(?!\s*(?:[Ll]oan|[Ff]inanc|[Ff]acilit|[Pp]roduct))/;
const INTEREST_WORD_RE = /interest rate|rate of interest|\bAPR\b|利率|年化|利息/i;

/** Elements that hold one line or one column of a list or a table, and the lists and tables themselves. */
const LIST_PARTS = new Set(['LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TR', 'TD', 'TH', 'TBODY', 'TABLE']);

/** A part of a list or table; a <div> grouping one term's <dt> and <dd> inside a <dl> is one of its lines. */
function isListPart(el: Element): boolean {
  return LIST_PARTS.has(el.tagName) || (el.tagName === 'DIV' && el.parentElement?.tagName === 'DL') || isTermRow(el);
}

/**
 * A box that opens with the one heading in it, naming a product (`namedHeadings` of its children name one), or with a
 * title line of its own (titleLine).
 */
function titledCard(box: Element, namedHeadings: number): boolean {
  if (namedHeadings === 0) return titleLine(box) !== undefined;
  const first = box.firstElementChild;
  if (namedHeadings !== 1 || !first || !HEADING_TAG_RE.test(first.tagName)) return false;
  for (let c = first.nextElementSibling; c; c = c.nextElementSibling) if (HEADING_TAG_RE.test(c.tagName)) return false;
  return true;
}

/**
 * A line of a label and its value written without list markup, among lines like it
 * (`<div class="row"><span>基准保费</span><span>2000元</span></div>`): one term of the card around the lines, as a
 * <dt> and its <dd> are. The label names the term and holds no figure.
 */
function isTermRow(el: Element): boolean {
  if ((el.tagName !== 'DIV' && el.tagName !== 'P') || !twoChildren(el)) return false;
  const label = readable(el.firstElementChild!.textContent ?? '').trim();
  if (!label || label.length > 30 || /\d/.test(label)) return false;
  const like = (s: Element | null) =>
    s !== null && s.tagName === el.tagName && s.className === el.className && twoChildren(s);
  return like(el.previousElementSibling) || like(el.nextElementSibling);
}

/**
 * Whether a block has two child elements, a badge's host aside: a badge put into one card must not change how the
 * cards beside it are read (it did, by when the controller's animation frame came: a card with its host was no
 * longer a line like the next one).
 */
function twoChildren(el: Element): boolean {
  let own = 0;
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (++n > 3) return false;
    if (c.localName !== HOST_TAG) own++;
  }
  return own === 2;
}

// ("Base Rate Loan example: borrowing £8,000…", "Base Rate Loan: borrowing £8,000 unsecured over 60 months…": an
// example may open with the name of the loan it illustrates.)
const EXAMPLE_START_RE =
  /^(?:(?:an?\s+)?(?:representative|illustrative|worked|typical)\s+example|example|for example|(?:[\w'’-]+\s+){0,4}(?:loans?|overdrafts?|financing|facilit(?:y|ies))(?:\s+example\s*[:：]|\s*[:：]\s*(?:borrowing|if you borrow|a loan of)\s+[£$€]\s?\d)|示例|举例|例如|例[:：]|测算[:：]|(?:算|算一)笔账|算算账|打个比方)/i;
/** Captions or headings that announce examples (a table of repayment examples has REPAYMENT_COLUMNS_RE's columns). */
const EXAMPLE_HEADING_RE = /example|示例|举例/i;
/**
 * A heading that announces an example ("Example Representative Pricing", "Representative example", "举例说明",
 * "以贷款100万元为例"): what it heads is a worked example of the offer's cost, whatever the block (a row, a whole
 * table, a box). Stricter than a table's caption test: a product's section may mention examples in its title.
 */
const EXAMPLE_TITLE_RE =
  /^(?:an?\s+)?(?:(?:representative|illustrative|worked|typical)\s+)?examples?\b|\b(?:representative|illustrative|worked)\s+examples?\b|^illustration\b|^(?:例如|例[:：])|举例|示例|以[^，。,;；]{1,30}为例/i;

/** A column heading that names who lends: each row of such a table is a lender's quote in a market round-up. */
const LENDER_COLUMN_RE =
  /^(?:banks?|lenders?|providers?|financial institutions?|institutions?|银行|机构|贷款机构|銀行|機構|貸款機構)(?:\s*(?:name|名称|名稱))?$/i;

/** Whether a row belongs to a table comparing lenders (a column headed "Bank", "Lender", "银行"). */
function lenderTable(row: HTMLTableRowElement): boolean {
  const head = headOver(row);
  if (!head) return false;
  return [...head.cells].some((c) => LENDER_COLUMN_RE.test((c.textContent ?? '').trim()));
}

/**
 * Whether a row is one term of a table whose columns are products ("", "Fixed rate business loan", "Variable rate
 * business loan" over "Interest rate | 4.48% p.a. | 4.48% p.a."): the row states that term for every column's offer,
 * and is no offer of its own (the product's summary above, or its card, is).
 */
function termAcrossProducts(row: HTMLTableRowElement): boolean {
  const head = headOver(row);
  if (!head || head.cells.length < 3) return false;
  const [corner, ...columns] = [...head.cells];
  if (FIGURE_RE.test(corner!.textContent ?? '')) return false;
  return columns.filter((c) => productNames(readable(c.textContent ?? '')).length > 0).length >= 2;
}

/** Whether a row belongs to a table of repayment examples (by its column headings, caption or the heading above). */
function exampleTable(row: HTMLTableRowElement): boolean {
  const table = row.closest('table');
  if (!table) return false;
  const head = headRow(table);
  if (head && head !== row && REPAYMENT_COLUMNS_RE.test(head.textContent ?? '')) return true;
  return EXAMPLE_HEADING_RE.test(`${table.caption?.textContent ?? ''} ${precedingHeading(table) ?? ''}`);
}

/** A table's caption, for a table or a part of one (the heading above it is the caption of a table without one). */
function tableCaption(el: Element): string | undefined {
  const table = /^(?:TABLE|THEAD|TBODY|TFOOT|TR|TD|TH)$/.test(el.tagName) ? el.closest('table') : null;
  return table?.caption?.textContent?.trim() || undefined;
}

/**
 * Whether a row's table is titled for people, not enterprises ("A. Individual borrowers – term financing" over
 * "Flexi Loan | 9.00%"): its rows are personal loans, whatever the page around them lends to businesses.
 */
function personalTable(row: HTMLTableRowElement): boolean {
  const table = row.closest('table');
  const title = table && (tableCaption(table) ?? precedingHeading(table, false));
  return Boolean(title) && title!.search(PERSONAL_RE) >= 0 && title!.search(ENTERPRISE_RE) < 0;
}

/** Whether most of a block's text is link text (a menu, a list of related articles). */
function mostlyLinks(el: Element, text: string): boolean {
  const total = text.replace(/\s+/g, '').length;
  if (!total) return false;
  let linked = 0;
  // getElementsByTagName: the same elements as querySelectorAll('a'), without a selector match per descendant.
  for (const a of el.getElementsByTagName('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  if (el.closest('a')) return true;
  return linked / total > 0.6;
}

/**
 * The product names a part of a section gives: none for links to other products ("相关产品推荐：平安银行数字贷产品介绍",
 * a menu of 相似产品), which lead away from the section and begin no offer in it.
 */
function partNames(part: Element, text: string, folded: string): readonly string[] {
  return mostlyLinks(part, text) ? [] : productNames(folded);
}

const INLINE_TAGS = new Set([
  'SPAN',
  'STRONG',
  'B',
  'EM',
  'I',
  'A',
  'SUP',
  'SUB',
  'SMALL',
  'FONT',
  'LABEL',
  'U',
  'MARK',
  'ABBR',
  'BR',
  'CITE',
  'Q',
  'S',
  'DEL',
  'INS',
  'TIME',
  'DATA',
  'VAR',
  'KBD',
  'BDI',
  'BDO',
]);

/** A FAQ's question asking a loan's limit: "What's the most I can borrow?", "How much can I borrow?", "最高能贷多少？". */
const LIMIT_QUESTION_RE =
  /\b(?:how much (?:can|could|may|will) (?:I|we|you|my business|a business) (?:borrow|get|apply for)|(?:what(?:['’]s| is) the )?(?:most|maximum|largest|biggest) (?:amount )?(?:I|we|you) can (?:borrow|get|apply for))\b|(?:能|可以?|可)(?:贷|借|申请)多少|(?:最高|最多)(?:能|可以?)(?:贷|借)多少|额度(?:是|有)多少|[貸借]多少/i;

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'LEGEND', 'CAPTION']);

/** The short heading just above a block (its previous sibling, or its parent's), where a card's name often sits. */
export function precedingHeading(block: Element, pageTitle = true): string | undefined {
  let el: Element | null = block;
  for (let level = 0; el && level < 3; level++, el = el.parentElement) {
    let sib = el.previousElementSibling;
    for (let n = 0; sib && n < 2; n++, sib = sib.previousElementSibling) {
      const text = (sib.textContent ?? '').trim();
      if (!text) continue;
      if (text.length > 60 || FIGURE_RE.test(text)) break;
      if (
        HEADING_TAGS.has(sib.tagName) ||
        /title|head|name|tit\b|cap(?:tion)?\b/i.test(sib.className.toString()) ||
        productNames(readable(text)).length
      )
        return text;
      break;
    }
    // Only climb while the block is its parent's first content: otherwise the heading would belong to a sibling.
    if (el.previousElementSibling) break;
  }
  if (!pageTitle) return undefined;
  // Plans or tiers of one product under the page's title: the title names the product.
  const h1 = mainHeading(block);
  return h1 && productNames(readable(h1)).length ? h1 : undefined;
}

/**
 * Whether a block sits in a section headed as an example ("Representative Example" over its footnotes and figures),
 * or in a box of such a section ("Representative examples", then a box per example under its own "Borrowing below
 * €250,000").
 */
function underExampleHeading(block: Element): boolean {
  for (let el: Element | null = block, level = 0; el && level < 3; el = el.parentElement, level++) {
    let sib = el.previousElementSibling;
    for (let n = 0; sib && n < 4; n++, sib = sib.previousElementSibling)
      if (/^H[2-6]$/.test(sib.tagName)) {
        if (EXAMPLE_TITLE_RE.test((sib.textContent ?? '').trim())) return true;
        break;
      }
  }
  return false;
}

/** Whether a block is its own heading (naming no product) and then a worked example. */
function exampleUnderOwnHeading(block: Element, lead: string): boolean {
  const first = block.firstElementChild;
  if (!first || !/^H[2-6]$/.test(first.tagName)) return false;
  const title = (first.textContent ?? '').trim();
  // The text tests first: the heading's product names are looked for only under an example.
  return lead.startsWith(title) && EXAMPLE_START_RE.test(lead.slice(title.length).trimStart()) && !ownTitle(block);
}

/**
 * The product a section's heading names, for a block that opens onto it: the nearest <h2>–<h6> before it among its
 * siblings, past a few blocks of prose (a product's <h2>, its tab strip and its "适用范围" paragraph, then its terms
 * table). A sibling with a rate or a product of its own is another offer's: its heading is not this block's.
 */
function sectionHeading(block: Element): string | undefined {
  let sib = block.previousElementSibling;
  for (let n = 0; sib && n < 4; n++, sib = sib.previousElementSibling) {
    const text = (sib.textContent ?? '').trim();
    // Only a heading that names a product tells whose terms these are ("Features" or "费用说明" do not).
    if (HEADING_TAG_RE.test(sib.tagName))
      return text.length <= 60 && productNames(readable(text)).length ? text : undefined;
    const folded = readable(text);
    if (readRate(folded) || productNames(folded).length) return undefined;
  }
  return undefined;
}

/**
 * The heading of the list a row is one of, when the row's own name is no product's ("Business Maximiser | 7.49% p.a.
 * | Variable" under "Business loans", past a header row "Product | Interest rate | Rate type"): the last <h2>–<h6>
 * among the list box's children before the row, else the heading just above the box. Only a heading naming a product
 * says what the rows are.
 */
function listHeading(row: Element): string | undefined {
  const list = row.parentElement;
  if (!list) return undefined;
  let heading: string | undefined;
  // (A list of more rows than a card has children is no rate table: the walk back stops there, as on a page of
  // thousands of paragraphs it would cost a walk per paragraph.)
  let s = row.previousElementSibling;
  for (let n = 0; s && heading === undefined && n < MAX_CARD_CHILDREN; n++, s = s.previousElementSibling)
    if (HEADING_TAG_RE.test(s.tagName)) heading = (s.textContent ?? '').trim();
  heading ??= precedingHeading(list, false) ?? sectionHeading(list);
  return heading && heading.length <= 60 && productNames(readable(heading)).length ? heading : undefined;
}

/** The page's main heading, when it is short enough to be a name. */
function mainHeading(block: Element): string | undefined {
  const h1 = block.ownerDocument.querySelector('h1')?.textContent?.trim();
  return h1 && h1.length <= 60 ? h1 : undefined;
}

/**
 * The page's main heading when it names a loan ("Normal Loan Scheme") or a programme ("PROGRAM – Microenterprise
 * Special Relief"): what a terms sheet without a name is for.
 */
function loanHeading(block: Element): string | undefined {
  const h1 = mainHeading(block);
  LOAN_WORD_RE.lastIndex = 0;
  return h1 && (LOAN_WORD_RE.test(readable(h1)) || PROGRAMME_HEADING_RE.test(h1)) ? h1 : undefined;
}

/** Whether the reader can see the element (not display:none, not in a closed <details>, not visibility:hidden). */
const PREMIUM_WORDS_RE = /保费|保险费|premium/i;

/**
 * A line opening with a short label ("借款利率：", "Repayment:"). English labels run longer in letters
 * ("Repayment Incentives:", "Maximum Loan Tenor:").
 */
const LABELLED_LINE_RE =
  /^\s*(?:[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z /&]{1,14}|[A-Za-z][A-Za-z /&'-]{1,29})[:：]/u;

/** The list or table a line belongs to (the element itself when it is one); a term row's is the block of its lines. */
function listAround(el: Element): Element {
  if (isTermRow(el)) return el.parentElement ?? el;
  return el.closest('ul, ol, dl, table') ?? el;
}

/** Whether two blocks are lines of the same list or table. */
function inOneList(a: Element, b: Element): boolean {
  return isListPart(a) && isListPart(b) && listAround(a) === listAround(b);
}

/**
 * The text of a block's own heading (its first child, when that is a heading naming a product, or a title line of its
 * own), if any.
 */
function ownTitle(block: Element): string | undefined {
  const first = block.firstElementChild;
  if (!first) return undefined;
  if (!/^H[1-6]$/.test(first.tagName)) return titleLine(block);
  const text = (first.textContent ?? '').trim();
  return productNames(readable(text)).length ? text : undefined;
}

/**
 * A box's title written as a line, not a heading (`<div class="bt">一、个人创业担保贷款及贴息</div>` over the loan's
 * term rows): its short first line, naming a product, looking like none of the lines after it (the first card of a
 * grid is not its grid's title).
 */
function titleLine(box: Element): string | undefined {
  const first = box.firstElementChild;
  // (An inline first child, "<em>参考年利率</em>3.48%～5.6%", labels the box's one line: it titles nothing. A box
  // with headings of its own is titled by them: its first line is a breadcrumb or a kicker.)
  const line = first && !INLINE_TAGS.has(first.tagName);
  const text = line ? cardTitle(box) : undefined;
  if (!text || !productNames(readable(text)).length) return undefined;
  const look = cardLook(first!);
  for (let c = first; c; c = c.nextElementSibling)
    if (HEADING_TAGS.has(c.tagName) || (c !== first && cardLook(c) === look)) return undefined;
  return text;
}

/**
 * A fault while reading or badging one block, told on the console of the page's devtools (an isolated world's
 * console: the page's scripts cannot read it) so that it is seen in tests and bug reports, and nothing more.
 */
function reportFault(fault: unknown): void {
  console.error('ezone-subsidy: a block could not be read', fault);
}

/**
 * A card's title: its first child when that is a heading or a short line of its own before the card's other lines
 * ("<div class=lname>Industrial Loan</div>").
 */
function cardTitle(card: Element): string | undefined {
  const first = card.firstElementChild;
  if (!first || childCount(card, 2) < 2) return undefined;
  const text = (first.textContent ?? '').trim();
  if (!text || text.length > CARD_TITLE_CHARS || FIGURE_RE.test(text)) return undefined;
  return /^H[1-6]$/.test(first.tagName) || !first.children.length ? text : undefined;
}

/**
 * Where a note stating one rate for a grid's cards may be, nearest first: the card's later siblings not alike it,
 * its earlier ones that speak of the cards below, then, for cards making up a whole list ("<ul>" of products, the note
 * below it), the list's next few siblings.
 */
function* notesNear(card: Element, look: string, textOf: (el: Element) => string | undefined): Generator<Element> {
  for (let s = card.nextElementSibling; s; s = s.nextElementSibling) if (cardLook(s) !== look) yield s;
  // ("lends … at an interest rate of 4%, … for each fund below": its text is the bounded one the caller reads the note
  // in, read once.)
  for (let s = card.previousElementSibling; s; s = s.previousElementSibling)
    if (cardLook(s) !== look && SHARED_BELOW_RE.test(textOf(s) ?? '')) yield s;
  const list = card.parentElement;
  if (!list || ![...list.children].every((c) => cardLook(c) === look)) return;
  let s = list.nextElementSibling;
  for (let n = 0; s && n < 3; n++, s = s.nextElementSibling) yield s;
}

/** The product names a block gives itself, plural or singular alike ("Business Loans" is "Business Loan"). */
function titlesOf(block: Element): string[] {
  return productNames(readable(block.textContent ?? '')).map((n) => n.replace(/(?<=[a-z])s\b/g, ''));
}

/** Words a title may put before a product's name ("What Are Start Up Loans?", "About our Business Loan"). */
const TITLE_LEAD_RE = /^(?:(?:what|how|why|who|which|are|is|do|does|can|about|the|our|your)\s+)+/;

/**
 * Whether a product name is one of a block's own names: shortened ("经营快贷" for "工行经营快贷"), cut one character
 * early ("行闽商易融贷" for "闽商易融贷"), in the plural ("business loans"), or after a title's question words ("what
 * are start up loans"). A name holding another's with words of its own before it ("个人创业担保贷款" beside
 * "创业担保贷款", "short term loans" beside "term loans") is another product's.
 */
function ownName(own: readonly string[], name: string): boolean {
  const n = name.replace(TITLE_LEAD_RE, '').replace(/(?<=[a-z])s$/, '');
  return own.some((o) => {
    const m = o.replace(/(?<=[a-z])s$/, '');
    return m.includes(n) || (n.endsWith(m) && n.length <= m.length + 1);
  });
}

/** A rate's figures, without the words it was written in ("年化4.5%" and "4.5% p.a." are one rate). */
function rateKey(r: RateRead): string {
  return r.basis === 'lpr' ? `lpr ${r.tenor} ${r.spreadBp}` : `${r.low}-${r.high ?? ''}`;
}

/** How a note before a few cards speaks of them: "… for each fund below", "the loans listed below". */
const SHARED_BELOW_RE =
  /\b(?:loans?|products?|facilities|schemes?|funds?) (?:listed |shown |set out |described )?below\b/i;
/**
 * A sentence stating one rate for several products at once: "The loan products above carry an interest rate of 16%
 * per annum", "无论是个人还是小微企业的创业担保贷款，借款人只需承担LPR-150BP以下的部分".
 */
const SHARED_RATE_RE = new RegExp(
  `${SHARED_BELOW_RE.source}|` +
    /\b(?:(?:loans?|products?|facilities|schemes?) (?:listed |shown )?above(?!\s*(?:[€£$¥\d]|(?:EUR|GBP|USD|HKD|SGD|RMB|CNY|RM|Rs\.?)\s?\d))|above (?:loans?|products?|facilities)|all (?:of )?(?:the |our |these )?(?:loans?|products?|facilities)|each of (?:the|these|our) (?:loans?|products?)|both (?:loans?|products?))\b|以上(?:各类|两类|各项|产品|贷款)|上述(?:各类|两类|产品|贷款)|无论[^。]{0,12}还是|(?:两类|各类|所有)(?:贷款|产品)/
      .source,
  'i',
);
/** The products a shared rate leaves out, and the rest of its sentence: ", except Back-to-Back Loans (…) and …". */
const EXCEPT_RE =
  /[,，]?\s*(?:\bexcept\b|\b(?:with the )?exceptions? of\b|\bother than\b|\bexcluding\b|\bapart from\b|除)[^.。;；]*/i;

/**
 * Where a text states a rate for several products: its sentence's bounds in the folded text (the same as in the
 * page's normalized words), the sentence without its exceptions, and the exceptions.
 */
function sharedRateSentence(
  folded: string,
): { start: number; end: number; sentence: string; except: string } | undefined {
  const at = folded.search(SHARED_RATE_RE);
  if (at < 0) return undefined;
  const start = Math.max(folded.lastIndexOf('。', at), folded.lastIndexOf('. ', at), folded.lastIndexOf('；', at)) + 1;
  const stop = folded.slice(at).search(/[。；;]|\.(?:\s|$)/);
  const end = stop < 0 ? folded.length : at + stop;
  const whole = folded.slice(start, end);
  const except = EXCEPT_RE.exec(whole)?.[0] ?? '';
  return { start, end, sentence: whole.replace(except, ' '), except };
}

/** How a card looks in its grid (its tag and class): the cards of one grid look alike. */
function cardLook(el: Element): string {
  return `${el.tagName}.${el.getAttribute('class') ?? ''}`;
}

/** The higher of two limits, like with like: the first currency read decides (another's figure is not compared). */
function higherLimit(best: AmountRead | undefined, amount: AmountRead): AmountRead {
  return !best || (best.currency === amount.currency && Number(amount.wan) > Number(best.wan)) ? amount : best;
}

/** What an offer states, without the words it was written in: the same key means the same offer restated. */
function offerKey(offer: Offer): string {
  if (offer.kind === 'insurance') return `insurance|${offer.premium}|${offer.currency}`;
  return `loan|${rateKey(offer.rate)}|${offer.maxAmount ?? ''}|${offer.currency}`;
}

/** The element of the first text an element shows, where a walk from that text would start. */
function firstTextElement(el: Element): Element | undefined {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (n.textContent?.trim()) return n.parentElement ?? undefined;
  return undefined;
}

/**
 * The first `max` characters of the text a reader sees (scripts and styles left out). innerText would lay the page
 * out and textContent copies all of a long page's text; this walk stops once it has enough.
 */
export function leadingText(root: Node, max: number): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n && length < max; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && SKIP_TAGS.has(parent.tagName)) continue;
    const data = (n as Text).data;
    parts.push(data);
    length += data.length;
  }
  return parts.join(' ').slice(0, max);
}

function isShown(el: Element): boolean {
  const check = (el as Element & { checkVisibility?(o?: object): boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true });
  return (el as HTMLElement).getClientRects().length > 0;
}

export class Scanner {
  private readonly hooks: ScannerHooks;
  private readonly budgetMs: number;
  private readonly schedule: (cb: () => void) => void;
  private readonly roots: Node[] = [];
  private walker: TreeWalker | null = null;
  private scheduled = false;
  private observer: MutationObserver | null = null;
  private pending = new Set<Node>();
  private pendingScheduled = false;
  private context: DetectContext | null = null;
  /** Until the page changes (forgetJudgementsIfChanged): blocks already judged, texts already read. */
  private seen = new WeakSet<Element>();
  /** Blocks judged not offers on evidence against (a notice, a report): their lines are not offers. */
  private against = new WeakSet<Element>();
  /** Blocks whose heading was looked for, and boxes read as headings over their terms (headedTermsOffer). */
  private headingTried = new WeakSet<Element>();
  /** Tables whose rows were read from a column heading (rowsUnderHeading), once each. */
  private headedTables = new WeakSet<Element>();
  /** Notes stating one rate for the cards before them (sharedRate): the cards' term, never an offer of their own. */
  private rateNotes = new WeakSet<Element>();
  /** Grids whose cards were read against their shared rate note (cardsSharingRate). */
  private gridsSharingRate = new WeakSet<Element>();
  /** Tables looked at for product columns (productColumns): true for those read column by column. */
  private columnsRead = new WeakMap<Element, boolean>();
  private texts = new WeakMap<Element, string | undefined>();
  /**
   * Blocks around a found offer judged with the page's context alone (completeCard and insideReport climb the same
   * parents), and whether a rejection was a report's.
   */
  private verdicts = new WeakMap<Element, { offer: Offer | null; report: boolean }>();
  private lists = new WeakMap<Element, WeakMap<Element, boolean>>();
  /**
   * The offers badged on the page, by what they state (offerKey), with the product each names itself and whether
   * that name is only a kind of loan (LOAN_KIND_RE).
   */
  private badged = new Map<string, { card: Element; product?: string; kind?: boolean }[]>();
  /** The same offers by their rate alone, priced (with a limit) or bare, for a page given over to one loan. */
  private byRate = new Map<string, { card: Element; offer: LoanOffer }[]>();
  /** Offers found from the text node being read, judged once it is read (flushFound). */
  private readonly batch = new Map<Element, Offer>();
  /**
   * Blocks holding an offer that were hidden when found (a tab not yet chosen, a folded answer): a tab shown by a
   * class, a `:checked` radio or `<details>` changes no node, so no mutation brings them back; their box growing
   * from nothing does.
   */
  private readonly unseen = new Set<Element>();
  private shownWatch: ResizeObserver | null = null;
  /** The blocks badged since start (some may have lost their badge to a fuller telling since). */
  private offered: Element[] = [];
  /** The limit a page given over to one loan states for it (pageLimit), once per start; null when it states none. */
  private pageLimitRead: AmountRead | null | undefined;
  private running = false;
  /** Set by `enqueue`: what the walk learnt of the page is forgotten before it reads on. */
  private pageChanged = false;
  /** Resolves when the queue is empty; tests and the bench wait on it. */
  private idleWaiters: (() => void)[] = [];

  constructor(hooks: ScannerHooks, options: ScannerOptions = {}) {
    this.hooks = hooks;
    // A page's timers and input wait for at most one slice: 4 ms keeps them on time while a long list is read (with
    // 8 ms slices a 4 ms timer on a page inserting 3,000 offer cards ran 20-30 ms late at the 95th percentile).
    this.budgetMs = options.budgetMs ?? 4;
    this.schedule = options.schedule ?? nextTask;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.context = null;
    this.pageLimitRead = undefined;
    this.offered = [];
    this.badged.clear();
    this.byRate.clear();
    this.enqueue(document.body ?? document.documentElement);
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document.documentElement, OBSERVED);
  }

  /**
   * Runs our own DOM writes unobserved: the page's pending mutations are taken first, and ours never become records
   * (each would be made, delivered and dropped as our own: thousands on a long list).
   */
  unobserved(write: () => void): void {
    const observer = this.observer;
    if (!observer) return write();
    const pending = observer.takeRecords();
    if (pending.length) this.onMutations(pending);
    observer.disconnect();
    try {
      write();
    } finally {
      observer.observe(document.documentElement, OBSERVED);
    }
  }

  stop(): void {
    this.running = false;
    this.observer?.disconnect();
    this.observer = null;
    this.shownWatch?.disconnect();
    this.shownWatch = null;
    this.unseen.clear();
    this.roots.length = 0;
    this.walker = null;
    this.pending.clear();
    this.flushIdle();
  }

  get idle(): boolean {
    return (
      !this.walker && this.roots.length === 0 && this.pending.size === 0 && !this.scheduled && !this.pendingScheduled
    );
  }

  whenIdle(): Promise<void> {
    if (!this.walker && this.roots.length === 0 && this.pending.size === 0) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  private flushIdle(): void {
    const w = this.idleWaiters;
    this.idleWaiters = [];
    for (const r of w) r();
  }

  enqueue(root: Node): void {
    this.pageChanged = true;
    this.roots.push(root);
    this.kick();
  }

  /**
   * What the walk learnt of the page (blocks judged, texts read, lists told) holds until the page changes: a mutation,
   * or a hidden block shown, brings its nodes to `enqueue`. Not forgotten between slices: a block judged once is judged
   * once however the walk is sliced, so the badges do not depend on the machine's load. (Forgotten once before the
   * walk reads on, not once per node enqueued: a burst of mutations brings hundreds.)
   */
  private forgetJudgementsIfChanged(): void {
    if (!this.pageChanged) return;
    this.pageChanged = false;
    this.seen = new WeakSet();
    this.against = new WeakSet();
    this.headingTried = new WeakSet();
    this.gridsSharingRate = new WeakSet();
    this.texts = new WeakMap();
    this.verdicts = new WeakMap();
    this.lists = new WeakMap();
  }

  private kick(): void {
    if (this.scheduled || !this.running) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      this.step();
    });
  }

  private makeWalker(root: Node): TreeWalker {
    // No JS filter: a native walk over text nodes is several times faster. Our hosts have no light-DOM children
    // (their content is in closed shadow roots the walk never enters); skipped elements are checked on a hit only.
    return document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  }

  /** Text inside <script>, <style>, form fields, editors… is not page content a user reads as an offer. */
  private inSkippedElement(text: Text): boolean {
    for (let el = text.parentElement; el; el = el.parentElement) {
      if (SKIP_TAGS.has(el.tagName) || el.hasAttribute('contenteditable') || this.hooks.isOwn(el)) return true;
    }
    return false;
  }

  /** One slice of work: walk text nodes until the budget is spent, then yield to the next frame. */
  step(): void {
    if (!this.running) return;
    const start = performance.now();
    this.forgetJudgementsIfChanged();
    let count = 0;
    for (;;) {
      if (!this.walker) {
        const root = this.roots.shift();
        if (!root) break;
        if (!root.isConnected || this.isInsideOwn(root)) continue;
        if (root.nodeType === 3) {
          if (this.visitGuarded(root as Text)) this.flushFound();
          continue;
        }
        this.refreshEnclosingCard(root);
        // (Which may have let a card go and enqueued its figures: the page changed under the walk.)
        this.forgetJudgementsIfChanged();
        // No test of the root's whole text first: the walk tests each text node anyway, and copying a long page's
        // text (textContent) costs more than walking it (3-4 ms against ~1.5 ms on 20,000 nodes).
        this.walker = this.makeWalker(root);
      }
      const n = this.walker.nextNode();
      if (!n) {
        this.walker = null;
        continue;
      }
      const found = this.visitGuarded(n as Text);
      // The offers one text node found are judged against those badged before them at once, not at the slice's
      // end: which telling of an offer keeps the badge (its lead, or the terms sheet below) must not depend on how
      // many finds a slice holds, that is on the machine's load. (The controller writes the badges in a frame.)
      if (found) this.flushFound();
      // An offer found costs far more than a plain text node: check the clock after each one.
      if ((found || ++count % 64 === 0) && performance.now() - start > this.budgetMs) {
        this.kick();
        return;
      }
    }
    this.limitsFromPage();
    this.flushIdle();
  }

  /** The page's context, read once, when the first candidate block needs it (most pages never get there). */
  private detectContext(): DetectContext {
    if (!this.context) {
      this.context = pageContext(document, leadingText(document.body ?? document.documentElement, PAGE_TEXT_CHARS));
    }
    return this.context;
  }

  private isInsideOwn(node: Node): boolean {
    for (let n: Node | null = node; n; n = n.parentNode) if (this.hooks.isOwn(n)) return true;
    return false;
  }

  /**
   * A fault in reading one block (a rule meeting markup no one foresaw) costs that block its badge, never the page its
   * scan: the walk goes on, and `whenIdle` still comes.
   */
  private visitGuarded(text: Text): boolean {
    try {
      return this.visitText(text);
    } catch (fault) {
      reportFault(fault);
      return false;
    }
  }

  /** Returns whether an offer was found (the expensive case). */
  private visitText(text: Text): boolean {
    const data = text.data;
    // A card's text node is short; a multi-megabyte text node is not an offer and is not worth a regex pass.
    if (data.length < 2 || data.length > MAX_BLOCK_CHARS) return false;
    if (!PREFILTER_RE.test(data) || this.inSkippedElement(text)) return false;
    const columns = this.columnOffers(text.parentElement);
    if (columns) {
      columns.forEach((c) => this.queue(c));
      return columns.length > 0;
    }
    const hit = this.findCard(text.parentElement);
    if (!hit) {
      // (A heading cell's text may sit in a span or a <strong> of the cell.)
      const p = text.parentElement;
      const th = p?.tagName === 'TH' ? p : p?.parentElement?.tagName === 'TH' ? p.parentElement : null;
      return th ? this.rowsUnderHeading(th) : false;
    }
    this.queue(hit);
    if (hit.offer.kind === 'loan' && hit.offer.evidence.sharedRate) this.cardsSharingRate(hit.card);
    return true;
  }

  /**
   * The rows of a table whose finance word is only in a column heading ("Yearly premium" over "£300 to £1,500",
   * "年利率" over "3.45%"): no text of theirs starts a walk, so the heading's cell reads them, each from its first cell
   * stating a figure. Once per table.
   */
  private rowsUnderHeading(cell: Element): boolean {
    const row = cell.parentElement;
    const table = row instanceof HTMLTableRowElement ? row.closest('table') : null;
    if (!table || this.headedTables.has(table)) return false;
    this.headedTables.add(table);
    if (headRow(table) !== row || table.rows.length > MAX_HEADED_ROWS) return false;
    // (A report's or a comparison's table of what covers cost, "Limit tier | Typical premium", quotes prices.)
    const { news, comparison, forum } = this.detectContext();
    if (news || comparison || forum) return false;
    let found = false;
    for (const body of table.rows) {
      // (A row with a finance word of its own, "5%", is read from it, as the walk reaches it.)
      if (body === row || PREFILTER_RE.test(body.textContent ?? '')) continue;
      const figure = [...body.cells].find((c) => /\d/.test(c.textContent ?? ''));
      const start = figure && firstTextElement(figure);
      const hit = start && this.findCard(start);
      if (hit) {
        this.queue(hit);
        found = true;
      }
    }
    return found;
  }

  /** An offer found from one text node, judged once the node is read (flushFound); the first for a card stands. */
  private queue(found: { card: Element; offer: Offer }): void {
    if (!this.batch.has(found.card)) this.batch.set(found.card, found.offer);
  }

  /**
   * The other cards of a grid whose note states one rate for them all, once one card was found sharing it: a card
   * naming no loan or rate ("Micro/Small/Medium Enterprises (MSME)" and who it serves) has no word a scan stops at:
   * they are queued with it.
   */
  private cardsSharingRate(card: Element): void {
    const grid = card.parentElement;
    // (Once per grid: each card found would otherwise read all the others again.)
    if (!grid || this.gridsSharingRate.has(grid)) return;
    this.gridsSharingRate.add(grid);
    const look = cardLook(card);
    for (const s of grid.children) {
      if (s === card || cardLook(s) !== look || this.headingTried.has(s)) continue;
      const shared = this.sharedRate(s);
      const hit = shared && this.named(this.accept(s, shared));
      if (hit) this.queue(hit);
    }
  }

  /**
   * The offers found from one text node (a grid's cards sharing a rate note are found together) are judged together:
   * visibility is checked for all of them before any is badged. No badge is written here (the controller writes them
   * in a frame), so the page's layout stays clean between finds and each check is cheap.
   */
  private flushFound(): void {
    if (!this.batch.size) return;
    const found: [Element, Offer][] = [];
    for (const entry of this.batch) {
      if (isShown(entry[0])) found.push(entry);
      else this.watchUntilShown(entry[0]);
    }
    this.batch.clear();
    for (const [part, read] of found) {
      try {
        if (this.hooks.isCard(part) || this.containsCard(part) || this.insideCard(part)) continue;
        const card = this.productSection(part, read);
        const offer = card === part ? read : this.sectionLimit(card, read);
        if (this.restates(card, offer)) continue;
        if (card !== part) badgeAfter(card, part);
        this.hooks.found(card, offer);
        this.offered.push(card);
      } catch (fault) {
        reportFault(fault);
      }
    }
  }

  /** Reads a hidden block again once the reader opens it (its offer is badged then, if it still is one). */
  private watchUntilShown(block: Element): void {
    if (this.unseen.has(block) || typeof ResizeObserver !== 'function') return;
    // (Blocks a page has taken out since, on a page that swaps its content, make room.)
    if (this.unseen.size >= MAX_UNSEEN)
      for (const el of this.unseen)
        if (!el.isConnected) {
          this.unseen.delete(el);
          this.shownWatch?.unobserve(el);
        }
    if (this.unseen.size >= MAX_UNSEEN) return;
    this.shownWatch ??= new ResizeObserver((entries) => {
      for (const e of entries) {
        if (!this.unseen.has(e.target) || !isShown(e.target)) continue;
        this.unseen.delete(e.target);
        this.shownWatch?.unobserve(e.target);
        this.enqueue(e.target);
      }
    });
    this.unseen.add(block);
    this.shownWatch.observe(block);
  }

  /**
   * Whether an offer repeats one already badged on the page: a product's key figures at the top and its terms table
   * below say the same rate and amount. Two blocks naming different products of their own are two offers.
   */
  private restates(card: Element, offer: Offer): boolean {
    // Cards sharing one rate note are the products it names, however alike their figures (sharedRate).
    if (offer.kind === 'loan' && offer.evidence.sharedRate) return false;
    // Only a product named in the block itself tells two offers apart ("贷款" or "loan" alone names none).
    const named = offer.evidence.productFrom === 'block' && productNames(readable(offer.product)).length > 0;
    const own = named ? offer.product.toLowerCase() : undefined;
    // A kind of loan ("信用贷款" in a terms list's guarantee line) against a product's own name ("首贷通" in the lead
    // above) tells no two offers apart: the terms say what kind of loan the product is. Two kinds, or two names, do.
    const kind = own !== undefined && LOAN_KIND_RE.test(readable(own));
    // Rows of one table or list are offers side by side, however alike their figures.
    // Cards headed by titles of their own ("1. SME Business Acceleration Facility", "2. SME Asset Financing
    // Facility"), however alike their figures, are two offers.
    const title = ownTitle(card);
    // On a page given over to one loan, the same rate and limit told twice (the lead, then the terms) are that loan,
    // whichever product words each telling leans on ("经营快贷" in one, "专精特新贷" in the other).
    const onePage = offer.kind === 'loan' && this.detectContext().pageProduct?.kind === 'loan';
    const same = (b: { card: Element; product?: string; kind?: boolean }) =>
      this.hooks.isCard(b.card) &&
      (onePage || !own || !b.product || b.product === own || Boolean(b.kind) !== kind) &&
      !inOneList(b.card, card) &&
      !(title && (ownTitle(b.card) ?? title) !== title);
    if (onePage && this.restatesRate(card, offer)) return true;
    // A rate alone is shared by many offers (rows of a rate table): a restatement repeats the amount too.
    if (offer.kind === 'loan' && offer.maxAmount === undefined) {
      this.badgedAtRate(offer, false).push({ card, offer });
      return false;
    }
    const key = offerKey(offer);
    const badged = (this.badged.get(key) ?? []).filter((b) => this.hooks.isCard(b.card));
    let earlier = badged.find(same);
    // The same figures told in prose first (an article's lead), then in a terms sheet (a row of the product's table):
    // the terms sheet is the telling to badge, and takes the lead's badge.
    if (earlier && offer.kind === 'loan' && offer.evidence.termsSheet) {
      const priced = this.badgedAtRate(offer, true);
      const prose = priced.find((b) => b.card === earlier!.card && !b.offer.evidence.termsSheet);
      if (prose) {
        this.dropBadge(priced, prose);
        badged.splice(badged.indexOf(earlier), 1);
        earlier = badged.find(same);
      }
    }
    const repeats = earlier !== undefined;
    if (!repeats) badged.push(own ? { card, product: own, kind } : { card });
    this.badged.set(key, badged);
    if (!repeats && offer.kind === 'loan') this.badgedAtRate(offer, true).push({ card, offer });
    return repeats;
  }

  /**
   * The block found may be one part of a loan's section (its key-figures strip, an article's lead, its terms panel)
   * beside parts that say nothing else of it or restate it (an introduction, its terms again, who may apply, the
   * steps, the fine print, links to other products): the offer's block is the whole section, up to where another
   * rate, limit, product or badge begins, whatever the page's heading names. Its badge stays beside the part that
   * states the figures (badgeAfter), and that part is what is read again when the section changes.
   */
  private productSection(part: Element, offer: Offer): Element {
    // (A cell badged on its own is a product's column: the row across it holds the other products.)
    if (offer.kind !== 'loan' || part instanceof HTMLTableCellElement) return part;
    // (The block's own names are read once a box around it is worth reading: most cards sit in a list of dozens.)
    let own: readonly string[] | undefined;
    // A kind of loan ("线上信用贷款", "企业贷款" in the article's tags) says what the product is; another product's
    // name begins another offer.
    const another = (name: string) => !LOAN_KIND_RE.test(name) && !ownName(own!, name);
    // The block so far (card), and the widest box found to be the section: a box holding only the block so far (a
    // wrapper, or a list waiting for its items) is climbed through but is no section of its own.
    let card = part;
    let section = part;
    for (let p = part.parentElement, n = 0; p && n < MAX_SECTION_CLIMB; p = p.parentElement, n++) {
      if (p === document.documentElement || INLINE_TAGS.has(p.tagName)) break;
      // A page of one loan may set its parts straight in <body>, its figures among them (alone in their box): its
      // whole text, when short, is the section. (Figures deeper down have their section in the box around them: a
      // badge sits right after its section's child holding the figures.)
      if (p === document.body && section !== part) break;
      // Dozens of children make a list (and are not read one by one for each of its items).
      if (childCount(p, MAX_CARD_CHILDREN) > MAX_CARD_CHILDREN) break;
      // A long article is a section too, each of its parts read on its own below; a long page's whole text is none.
      if (boundedText(p, MAX_SECTION_CHARS, this.hooks.isOwn) === undefined) break;
      if (![...p.children].some((c) => c !== card && (c.textContent ?? '').trim())) {
        card = p;
        continue;
      }
      if (this.rowsWithRate(p) >= 2 || this.containsCard(p)) break;
      // (A terms table names no product: the product it was read under, the page's or its heading's, is its own,
      // unless that is only a kind of loan.)
      own ??= [
        ...productNames(readable(part.textContent ?? '')),
        ...productNames(readable(offer.product)).filter((name) => !LOAN_KIND_RE.test(name)),
      ];
      if (this.isList(p, card) && this.judgeList(p, card, another)) break;
      if (this.beginsAnotherOffer(p, card, offer, own, another)) break;
      card = section = p;
    }
    return section;
  }

  /**
   * A loan's section read whole may state the limit its rate's part left out ("The loan: How much could I borrow?
   * Anything from £500 up to £25,000" above "fixed 6% a year"): no part of a section begins another offer (it ends
   * where another rate, limit or product begins), so the highest limit its parts state, examples, link lists and
   * parts naming another loan passed over, is the loan's (and the badge says it was read apart from the rate).
   */
  private sectionLimit(section: Element, offer: Offer): Offer {
    if (offer.kind !== 'loan' || offer.maxAmount) return offer;
    const context = this.detectContext();
    const amountContext = context.currency ? { pageCurrency: context.currency } : {};
    // A part naming another loan, even a kind of loan ("Working Capital Loan Amount: KES 100,000 - 5,000,000" on a
    // page of an equipment loan), states that loan's limit.
    const own = productNames(readable(offer.product));
    const pageLoan = this.pageLoan(offer)?.name;
    const ours = (name: string) => ownName(own, name) || (pageLoan !== undefined && name.includes(pageLoan));
    let best: AmountRead | undefined;
    for (let c = section.firstElementChild; c; c = c.nextElementSibling) {
      if (!this.seenPart(c)) continue;
      const text = this.blockText(c);
      if (
        text === undefined ||
        mostlyLinks(c, text) ||
        EXAMPLE_START_RE.test(text.trimStart()) ||
        underExampleHeading(c)
      )
        continue;
      const folded = readable(text);
      if (!productNames(folded).every(ours)) continue;
      const amount = readMaxAmount(withoutExamples(folded), amountContext);
      if (!amount || (offer.currency !== UNKNOWN_CURRENCY && amount.currency !== offer.currency)) continue;
      best = higherLimit(best, amount);
    }
    if (!best) return offer;
    return {
      ...offer,
      maxAmount: best.wan,
      currency: best.currency,
      evidence: { ...offer.evidence, amountText: best.text, amountOnPage: true },
    };
  }

  /**
   * Whether a child of a section's box is a part a reader sees: not a badge of ours, not hidden (a keyword cloud kept
   * for search engines). (Only while reading a section: its parts are few, and their style is computed by then.)
   */
  private seenPart(c: Element): boolean {
    return !this.hooks.isOwn(c) && isShown(c);
  }

  /**
   * Whether a part of a section beside the block so far begins another offer: it names another product or is headed
   * by another loan, quotes a rate or a limit other than the offer's (another offer, or another version of it:
   * "标准版最高30万元" beside "税金版最高100万元"), or sets offers side by side. Links to other products ("相关产品推荐：
   * 平安银行数字贷产品介绍") lead away from the section and begin none; a percentage that is no rate ("额度约为年营收的35%",
   * "每季度偿还本金的1%-5%") is no other term.
   */
  private beginsAnotherOffer(
    section: Element,
    block: Element,
    offer: LoanOffer,
    own: readonly string[],
    another: (name: string) => boolean,
  ): boolean {
    const context = this.detectContext();
    const amountContext = context.currency ? { pageCurrency: context.currency } : {};
    // A heading that is the loan's bare name ("<h2>昆科贷</h2>") is its title: the next heading of that rank naming
    // none of its names ("<h2>创融通</h2>", a name no word list knows) titles another product.
    let titleRank: string | undefined;
    for (let c = section.firstElementChild; c && !titleRank; c = c.nextElementSibling) {
      const name = HEADING_TAGS.has(c.tagName) ? readable(c.textContent ?? '').trim() : '';
      if (name && own.includes(name.toLowerCase())) titleRank = c.tagName;
    }
    // A box like the block's, titled as it is by a product of its own, is the next card of a grid of them (whatever
    // names each card's text mentions: "个人最高30万元…不得超过小微企业创业担保贷款的额度上限" under "一、个人创业担保贷款").
    const title = ownTitle(block);
    const look = title === undefined ? undefined : cardLook(block);
    for (let c = section.firstElementChild; c; c = c.nextElementSibling) {
      if (c === block || !this.seenPart(c)) continue;
      if (look !== undefined && cardLook(c) === look && (ownTitle(c) ?? title) !== title) return true;
      const text = this.blockText(c);
      if (text === undefined || this.setsOffersSideBySide(c)) return true;
      const folded = readable(text);
      // A heading naming a loan, even a kind of loan ("B. GENERAL BUSINESS LOANS" after "A. MICRO SECTOR LOANS"),
      // heads another offer.
      const heading = HEADING_TAGS.has(c.tagName) ? c : c.querySelector('h1, h2, h3, h4, h5, h6');
      const headingNames = heading ? productNames(readable(heading.textContent ?? '')) : [];
      if (headingNames.some((name) => !ownName(own, name))) return true;
      if (titleRank && c.tagName === titleRank && !headingNames.length) return true;
      if (partNames(c, text, folded).some(another)) return true;
      const rate = readRate(folded);
      if (rate && rateKey(rate) !== rateKey(offer.rate)) return true;
      const limit = offer.maxAmount === undefined ? undefined : readMaxAmount(folded, amountContext);
      if (limit && Number(limit.wan) !== Number(offer.maxAmount)) return true;
    }
    return false;
  }

  /**
   * Whether a block holds a table or list setting offers side by side: a table of three columns or more (versions,
   * products or tiers against their terms: "版本 | 最高额度 | 年化利率", "Feature | Fixed rate | Variable rate"), or rows
   * each quoting a rate of their own. A table of terms against their values has two columns.
   */
  private setsOffersSideBySide(block: Element): boolean {
    for (const t of [block, ...block.querySelectorAll('table, ul, ol')]) {
      if (t instanceof HTMLTableElement && [...t.rows].some((r) => r.cells.length >= 3)) return true;
      if (this.rowsWithRate(t) >= 2) return true;
    }
    return false;
  }

  /** The loan offers badged at an offer's rate, with their limit (priced) or without. */
  private badgedAtRate(offer: LoanOffer, priced: boolean): { card: Element; offer: LoanOffer }[] {
    const key = `${priced ? 'priced' : 'bare'} ${rateKey(offer.rate)}`;
    let list = this.byRate.get(key);
    if (!list) this.byRate.set(key, (list = []));
    return list;
  }

  /**
   * On a page given over to one loan, blocks stating its rate under its name are that loan told again (its key
   * figures, its summary, its terms): a block with the rate and no limit restates an offer badged at that rate; a
   * block with the limit is the fuller telling of an offer badged earlier with the rate alone, whose badge moves to it.
   */
  private restatesRate(card: Element, offer: LoanOffer): boolean {
    // Only names the blocks give themselves tell that they speak of one loan (a name lent by the page or a heading
    // may cover several): their own titles where both have one ("Core Micro Loan" and "Petty Trade Micro Loan" are
    // two, though the detector reads "Micro Loan" in each), else the product word the detector read (a strip of key
    // figures has no title).
    const names = titlesOf(card);
    // A block naming no product at all that quotes a rate already badged ("Before you apply: … 51.4% p.a. remains a
    // heavy charge") says nothing new of the page's one loan. (A loan word alone, "贷款" in "贷款额度", names none.)
    if (offer.evidence.productFrom !== 'block' || !productNames(readable(offer.product)).length) {
      const badged = (b: { card: Element }) => this.hooks.isCard(b.card) && !inOneList(b.card, card);
      // Nor does an untitled terms list quoting the range whose low end the lead quoted ("最低可到3.48%", then
      // "年化利率3.48%-5.6%"): the page's one loan, told in full.
      if (!names.length && this.restatesRange(offer, badged, true)) return true;
      if (!names.length && this.toldAgainInProse(card, offer, badged)) return true;
      return !names.length && this.restatesAtRate(offer, badged);
    }
    const product = readable(offer.product).toLowerCase();
    const same = (b: { card: Element; offer: LoanOffer }) => {
      if (!this.hooks.isCard(b.card) || inOneList(b.card, card) || b.offer.evidence.productFrom !== 'block')
        return false;
      const theirs = titlesOf(b.card);
      if (!names.length || !theirs.length) return readable(b.offer.product).toLowerCase() === product;
      // A kind of loan ("信用貸款", "中小企業貸款") names no loan of its own: only two own names tell two loans apart.
      const mine = names.filter((n) => !LOAN_KIND_RE.test(n));
      const others = theirs.filter((n) => !LOAN_KIND_RE.test(n));
      return !mine.length || !others.length || others.some((n) => mine.includes(n));
    };
    if (this.restatesRange(offer, same)) return true;
    if (this.toldAgainInProse(card, offer, same)) return true;
    return this.restatesAtRate(offer, same);
  }

  /**
   * Whether an offer restates one badged at its rate: a block stating no limit restates any badge there; a block
   * stating the limit is the fuller telling of an offer badged with the rate alone (a key-figures strip above), whose
   * badge moves to it.
   */
  private restatesAtRate(offer: LoanOffer, match: (b: { card: Element; offer: LoanOffer }) => boolean): boolean {
    const key = rateKey(offer.rate);
    const priced = this.byRate.get(`priced ${key}`)?.find(match);
    const bareList = this.byRate.get(`bare ${key}`);
    const bare = bareList?.find(match);
    if (!offer.maxAmount) return Boolean(priced ?? bare);
    if (!priced && bare) this.dropBadge(bareList!, bare);
    return false;
  }

  /** Takes a badge back: the offer it was given for is told more fully elsewhere. */
  private dropBadge<T extends { card: Element }>(list: T[], entry: T): void {
    list.splice(list.indexOf(entry), 1);
    this.hooks.changed(entry.card, null);
  }

  /**
   * On a page given over to one loan, its lead and its terms sheet may quote one rate with two limits (the lead the
   * usual limit and the terms the highest, or the lead mixing in a sister product's): one loan told twice. The terms
   * sheet, label by label, is the telling to badge: a paragraph after it restates it, and one before it gives its badge
   * up to it. (Two terms sheets, or two paragraphs, at one rate keep their badges: tiers, or a product's two versions.)
   */
  private toldAgainInProse(
    card: Element,
    offer: LoanOffer,
    same: (b: { card: Element; offer: LoanOffer }) => boolean,
  ): boolean {
    if (!offer.maxAmount) return false;
    const list = this.byRate.get(`priced ${rateKey(offer.rate)}`);
    const other = list?.find(same);
    if (!other || Boolean(other.offer.evidence.termsSheet) === Boolean(offer.evidence.termsSheet)) return false;
    // One limit in both is two loans alike (个人 and 小微企业 创业担保贷款, each up to 400万), and a table setting
    // versions side by side is no one loan's terms.
    if (Number(other.offer.maxAmount) === Number(offer.maxAmount)) return false;
    // (A row of such a table, "税金版 | 最高可贷100万元 | 7%-12%", is one version among them.)
    const sheet = other.offer.evidence.termsSheet ? other.card : card;
    const row = sheet instanceof HTMLTableRowElement || sheet instanceof HTMLLIElement;
    if (this.setsOffersSideBySide(row ? listAround(sheet) : sheet)) return false;
    if (other.offer.evidence.termsSheet) return true;
    this.dropBadge(list!, other);
    return false;
  }

  /**
   * The loan's key figures may quote the low end of its rate ("from 10.75%") where its terms quote the range
   * ("10.75% to 22.50% p.a."): one rate told twice, the range the fuller telling. A block quoting the low end
   * restates a range badged before; a range takes the badge of a low end badged before (when it loses no limit).
   * With `grades`, for a block naming no product, a range inside a range badged before restates it too.
   */
  private restatesRange(
    offer: LoanOffer,
    same: (b: { card: Element; offer: LoanOffer }) => boolean,
    grades = false,
  ): boolean {
    const rate = offer.rate;
    if (rate.basis !== 'fixed') return false;
    for (const list of this.byRate.values())
      for (const b of list) {
        const theirs = b.offer.rate;
        if (theirs.basis !== 'fixed' || !same(b)) continue;
        const limit = offer.maxAmount;
        if (limit && b.offer.maxAmount && limit !== b.offer.maxAmount) continue;
        // A grade's range, naming no product, inside the range badged before ("A级 3.26%~4.5%" under
        // "年化3.26%~6.8%"): the loan's rate told grade by grade. (A card of its own naming its loan is another loan
        // however its range lies: "Variable rate secured business loan" beside the fixed rate one.)
        if (grades && rate.high && theirs.high && rateKey(rate) !== rateKey(theirs)) {
          const inside = Number(rate.low) >= Number(theirs.low) && Number(rate.high) <= Number(theirs.high);
          if (inside && (!limit || b.offer.maxAmount)) return true;
        }
        if (Number(theirs.low) !== Number(rate.low) || !theirs.high === !rate.high) continue;
        if (!rate.high) {
          if (!limit || b.offer.maxAmount) return true;
        } else if (limit || !b.offer.maxAmount) {
          // (A terms sheet keeps its badge from a paragraph quoting the range: "利率方面，4.35%起…最高8%".)
          if (b.offer.evidence.termsSheet && !offer.evidence.termsSheet) return true;
          this.dropBadge(list, b);
          return false;
        }
      }
    return false;
  }

  private insideCard(el: Element): boolean {
    for (let p = el.parentElement; p; p = p.parentElement) if (this.hooks.isCard(p)) return true;
    return false;
  }

  /** Climbs from the text's element to the smallest block that reads as one offer. */
  private findCard(start: Element | null): { card: Element; offer: Offer } | null {
    // A text of a card already found (from this text node or before) needs no climb: a card's name, rate and amount
    // are several text nodes, and the first one found the card.
    // (So does a text of an offer found hidden, a tab not yet chosen: it is read again once shown.)
    for (let a = start, n = 0; a && n <= MAX_CLIMB + 2; a = a.parentElement, n++)
      if (this.batch.has(a) || this.hooks.isCard(a) || this.unseen.has(a)) return null;
    let child: Element | null = null;
    let line: [Element, Offer] | undefined;
    let terms: [Element, Offer] | undefined;
    let el = start;
    for (let depth = 0; el && depth < MAX_CLIMB; depth++) {
      if (el === document.body || el === document.documentElement) break;
      if (this.hooks.isCard(el) || this.rateNotes.has(el)) return null;
      // Bounded first: a block too long to be one offer ends the climb before its children are looked at.
      const text = this.blockText(el);
      if (text === undefined) break;
      // A parent holding several offers (a grid, a list, a table body) is not one offer: its children are.
      // (The list of terms a line came from is that line's card's, not a list of offers: see below.)
      if (child && this.isList(el, child) && !(line && el === listAround(line[0]))) break;
      // An inline element (a figure in <strong>, a <span>) is part of a block, never a card of its own; a worked
      // example illustrates the offer of the card around it.
      if (!this.seen.has(el) && !INLINE_TAGS.has(el.tagName) && !EXAMPLE_START_RE.test(text.trimStart())) {
        this.seen.add(el);
        // The heading just above counts too: "Personal Loan" over a card that only says "Borrow up to …".
        const heading = precedingHeading(el, false);
        const context = productColumnRow(el) ? { ...this.detectContext(), productColumn: true } : this.detectContext();
        const offer = detectOffer(text, heading ? { ...context, heading } : context);
        if (offer) {
          // One line of a list of terms ("贷款利率：年化4.35%", "9.94% APR representative", "每件专利增收保费：200元")
          // is one term of the card around the list: the card is the first block beyond the list that still reads
          // as an offer, and the line only when there is none. A list of several offers keeps its rows.
          if (!isListPart(el) || this.listOfOffers(listAround(el))) {
            const accepted = this.named(this.accept(...this.completeCard(el, offer)));
            // (A panel around product cards is no offer: the card whose line the walk began in is.)
            if (!accepted && line && this.productCards(listAround(line[0]))) break;
            // A paragraph of a report quotes its figures; it offers nothing ("…前5年利息现为1.42%" in a news story).
            // Asked last: it climbs and judges the blocks around, which the cheaper tests above often spare.
            return accepted && this.insideReport(el, offer) ? null : accepted;
          }
          // The list of terms itself reading as the offer (额度, 利率, 期限 lines under the product's heading) is the
          // card: the badge follows the terms, not the one line the walk started from.
          if (line && el === listAround(line[0]) && this.labelledTerms(el)) terms ??= [el, offer];
          line ??= [el, offer];
        } else if (lastCounterEvidence) this.against.add(el);
      }
      // A line's list, or the box around it, that reads as a notice, a report or a personal product makes the line
      // a line of that ("【贷款利率】…LPR+150BPs" in a city guide's summary of a subsidy policy). A whole terms sheet
      // (额度, 期限, 执行利率 rows) is weighed on its own words, under whatever byline or guide it sits in.
      if (line && this.against.has(el)) {
        const [lineEl, lineOffer] = line;
        const list = listAround(lineEl);
        // (A table's body is the table: its rows are the sheet's. A list whose lines each hold a label and its value,
        // "Interest rate (p.a.)" | "Term loan: 13.00% p.a.", is a sheet too. Asked only where the veto would apply.)
        if (
          (el === list || el === list.parentElement) &&
          !(
            ((list === lineEl || list === lineEl.closest('table')) &&
              (lineOffer.evidence.termsSheet || termsTable(list))) ||
            listedTerms(list)
          )
        )
          return null;
      }
      child = el;
      el = el.parentElement;
    }
    if (line) return this.named(this.accept(...this.completeCard(...(terms ?? line))));
    // The largest single block had figures but no product name: the name may be in the heading just above it
    // (for a table row: the table's caption or the heading above the table).
    if (child && !this.headingTried.has(child)) {
      this.headingTried.add(child);
      const shared = this.sharedRate(child);
      if (shared) return this.named(this.accept(child, shared));
      const headed = this.headedTermsOffer(child);
      if (headed) return this.named(this.accept(...headed));
      const table = child instanceof HTMLTableRowElement ? child.closest('table') : null;
      // (A box holding one terms table and its fine print is that table's sheet.)
      const tables = child.getElementsByTagName('table');
      const sheet =
        termsTable(child) ||
        (tables.length === 1 && termsTable(tables[0]!)) ||
        (headedTerms(child) ?? definedTerms(child)) !== undefined;
      const heading =
        (table
          ? table.caption?.textContent?.trim() || precedingHeading(table) || sectionHeading(table)
          : (precedingHeading(child) ?? sectionHeading(child))) ?? (sheet ? loanHeading(child) : undefined);
      const text = this.blockText(child);
      if (heading && text !== undefined) {
        const context = { ...this.detectContext(), heading };
        const offer = detectOffer(text, sheet ? { ...context, termsSheet: true } : context);
        if (offer) return this.named(this.accept(...this.completeCard(child, offer)));
      }
      if (!table && text !== undefined) return this.listRowOffer(child, text, heading);
    }
    return null;
  }

  /**
   * A row of a list of rated rows whose name is no product's ("Business Maximiser | 7.49% p.a."): the list's heading
   * ("Business loans") names what the rows are, when it is not the heading the row was already read under.
   */
  private listRowOffer(
    row: Element,
    text: string,
    heading: string | undefined,
  ): { card: Element; offer: Offer } | null {
    // (The cheap tests first: most blocks a climb ends at state no rate.)
    const rows = row.parentElement;
    if (!rows || !statesRate(readable(text)) || BENCHMARK_ROW_RE.test(text.trimStart()) || !this.isList(rows, row))
      return null;
    const over = listHeading(row);
    if (!over || over === heading) return null;
    const offer = detectOffer(text, { ...this.detectContext(), heading: over });
    return offer ? this.named(this.accept(...this.completeCard(row, offer))) : null;
  }

  /**
   * A loan's terms laid out as headings over their values in one box ("Rate of Interest :" over "8 % per annum",
   * "Loan Amount :" over "Maximum Rs. 25.0 Mn") under the page's heading naming the loan: the box is too long to be
   * one block (the purpose, the eligibility, the branch's address), each value too short to name the loan. Read as
   * one terms sheet, once per box; the badge goes on the limit's value (else the rate's).
   */
  private headedTermsOffer(value: Element): [Element, Offer] | undefined {
    const box = value.parentElement;
    if (!box || !HEADING_TAG_RE.test(value.previousElementSibling?.tagName ?? '') || this.headingTried.has(box))
      return undefined;
    this.headingTried.add(box);
    const heading = loanHeading(box);
    const sheet = heading ? headedTerms(box) : undefined;
    const offer = sheet && detectOffer(sheet.text, { ...this.detectContext(), heading, termsSheet: true });
    return offer ? [sheet.card, offer] : undefined;
  }

  /**
   * The offers of a table whose columns are products (productColumns), each column read as one product's terms: its
   * rows' labels before its values, a value spanning every column counted for each. A column's badge goes in its
   * first cell stating a figure (or its heading). Undefined when the text is in no such table, or its table was read.
   */
  private columnOffers(start: Element | null): { card: Element; offer: Offer }[] | undefined {
    // Asked for every text node the walk visits: only a cell within the climb's reach leads to a table, so the look
    // up stops where findCard's climb would (no walk to the root for text outside tables).
    let cell: Element | null = start;
    for (let n = 0; cell && n < MAX_CLIMB && !(cell instanceof HTMLTableCellElement); n++) cell = cell.parentElement;
    const table = cell instanceof HTMLTableCellElement ? cell.closest('table') : null;
    if (!table) return undefined;
    // (The other texts of a table read by its columns are read: none is a row's offer.)
    const read = this.columnsRead.get(table);
    if (read !== undefined) return read ? [] : undefined;
    const columns = productColumns(table);
    this.columnsRead.set(table, Boolean(columns));
    if (!columns) return undefined;
    const head = headRow(table)!;
    const texts = new Map<number, string>();
    // Where each column's badge goes: its cell in the row of limits, else its first cell with a figure.
    const cells = new Map<number, Element>();
    const limits = new Map<number, Element>();
    for (const row of table.rows) {
      if (row === head) continue;
      let col = 0;
      let label = '';
      let limit = false;
      for (const cell of row.cells) {
        const text = boundedText(cell, MAX_BLOCK_CHARS) ?? '';
        if (col === 0) {
          label = text;
          const folded = readable(label).trim();
          limit = AMOUNT_LABEL_RE.test(folded) || ZH_LIMIT_LABEL_RE.test(folded);
        }
        for (const j of columns.keys()) {
          if (col === 0 || j < col || j >= col + cell.colSpan) continue;
          texts.set(j, `${texts.get(j) ?? ''} ${label} ${text}`);
          if (cell.colSpan !== 1 || !/\d/.test(text)) continue;
          if (!cells.has(j)) cells.set(j, cell);
          if (limit && !limits.has(j)) limits.set(j, cell);
        }
        col += cell.colSpan;
      }
    }
    const found: { card: Element; offer: Offer }[] = [];
    const context = this.detectContext();
    for (const [j, name] of columns) {
      const text = texts.get(j);
      if (!text || text.length > MAX_BLOCK_CHARS) continue;
      // (Rows of labelled terms under each product: a terms sheet per column.)
      const offer = detectOffer(`${name} ${text}`, { ...context, heading: name, termsSheet: true });
      const card = limits.get(j) ?? cells.get(j) ?? [...head.cells].find((c) => columnOf(c) === j);
      if (offer && card) found.push({ card, offer });
    }
    // On a page given over to one loan, columns at one rate ("Fixed rate business loan | Variable rate business
    // loan", both 4.48% p.a.) are that loan's options, told by its own card: the rows are read as terms.
    const rates = new Set(found.map((f) => (f.offer.kind === 'loan' ? rateKey(f.offer.rate) : '')));
    if (context.pageProduct && found.length > 1 && rates.size === 1) {
      this.columnsRead.set(table, false);
      return undefined;
    }
    for (const f of found) columnCard(f.card);
    return found;
  }

  /**
   * Whether a block found to be an offer is one paragraph of a report: the nearest block around it that is judged
   * either way (an offer, or a report by its attributions and the page's own news signs) is a report, and the block
   * is less than half of it. A report's paragraph may name a product, a rate and a limit without a word of the
   * story's voice; a card inside a page whose wrapper also holds a news item is inside an offer first (the card, the
   * grid of cards); a product's description that is most of its "report" is the page's content under a CMS's date
   * and source lines.
   */
  private insideReport(el: Element, offer: Offer): boolean {
    // A terms sheet is weighed on its own words (the detector's rule): a portal's guide is not its byline's report.
    // Nor is an adviser's guide to one loan a report for the averages and hedges around its terms ("平均获批额度").
    if (offer.evidence.termsSheet || this.detectContext().productGuide) return false;
    const own = this.blockText(el)?.replace(/\s+/g, '').length ?? 0;
    let child = el;
    for (let p = el.parentElement, n = 0; p && n < MAX_CLIMB && p !== document.body; p = p.parentElement, n++) {
      const text = this.blockText(p);
      if (text === undefined || this.isList(p, child)) return false;
      const verdict = this.judged(p, text);
      if (verdict.offer) return false;
      if (verdict.report) return own * 2 < text.replace(/\s+/g, '').length;
      child = p;
    }
    return false;
  }

  /**
   * A card that names no product (a list of terms, "Interest rate | 8% p.a.", "1、贷款额度：最高200万 2、贷款利率…")
   * took its name from a heading or the page: the offer's card is the nearest block around it that names a product
   * (its title row, the heading over the list, the intro under the page's title), so the badge sits on the product,
   * not on one of its terms. The block grows only while nothing it adds is another offer's (another rate, another
   * product named with a figure), and never out of a table whose columns are terms; the lists and table parts on the
   * way are climbed through, not taken (a badge goes into a block, not between rows).
   */
  private named(found: { card: Element; offer: Offer } | null): { card: Element; offer: Offer } | null {
    if (!found || found.offer.kind !== 'loan') return found;
    if (found.card instanceof HTMLTableRowElement) {
      const tiers = this.tiersAround(found.card, found.offer);
      if (tiers) return tiers;
    }
    const { card, offer } = found;
    if (productNames(readable(card.textContent ?? '')).length) return found;
    const rate = rateKey(offer.rate);
    // A block beside the terms stating the same rate with the limit (a product's "at a glance" box beside its strip
    // of key figures) is the same offer told in full: its reading gives the limit the terms lack.
    let fuller: Offer | undefined;
    let child = card;
    for (
      let p = card.parentElement, n = 0;
      p && n < MAX_NAMING_CLIMB && p !== document.body;
      p = p.parentElement, n++
    ) {
      const text = this.blockText(p);
      // A table with columns of terms (额度 | 利率) lists one item a row, whichever rows state a rate.
      if (text === undefined || (isRowTable(p) && (p.closest('table')?.rows[0]?.cells.length ?? 0) >= 3)) break;
      for (let s = p.firstElementChild; s; s = s.nextElementSibling) {
        // (A table of rates by the borrower's grade prices this same product: "CRR A | 8.50% pa" under "Interest
        // 8.50% pa for top-rated borrowers".)
        if (s === child || this.hooks.isOwn(s) || (s instanceof HTMLTableElement && gradeRates(s))) continue;
        const other = this.blockText(s);
        if (other === undefined) return found;
        const r = readRate(readable(other));
        // Another rate is another offer's; so is another block naming a product with a figure of its own (in its own
        // words: a row's text for the detector carries its column headings, "Fee" + "Loan Processing Charges").
        const own = readable(s.textContent ?? '');
        if ((r && rateKey(r) !== rate) || (!r && FIGURE_RE.test(own) && productNames(own).length)) return found;
        if (r && !offer.maxAmount && !fuller) {
          const same = this.judged(s, other).offer;
          if (same?.kind === 'loan' && same.maxAmount) fuller = same;
        }
      }
      child = p;
      if (isListPart(p) || !productNames(readable(text)).length) continue;
      // The terms' own reading stands; what they lack (the limit, the name) comes from the block that names them.
      const bigger = this.judged(p, text).offer;
      const whole = bigger?.kind === 'loan' && rateKey(bigger.rate) === rate && bigger.maxAmount ? bigger : fuller;
      return this.accept(p, offer.maxAmount || !whole ? offer : whole) ?? found;
    }
    return found;
  }

  /**
   * Rows that all state one rate and name no product of their own are tiers of one product, by borrower
   * ("年销售收入不超过2000万元的企业 | 500万元 | LPR+40个基点以内", "…超过2000万元的企业 | 1000万元 | LPR+40个基点以内"): one
   * offer, at that rate, up to the highest tier's limit. Rows whose rates differ are offers side by side (a lender's
   * rate table), and stay so. Undefined when the table is not such tiers.
   */
  private oneRateTiers(
    table: HTMLTableElement,
  ): { rate: string; most?: { wan: string; currency: string } } | undefined {
    const context = this.detectContext();
    const amountContext = context.currency ? { pageCurrency: context.currency } : {};
    const rates = new Set<string>();
    let most: { wan: string; currency: string } | undefined;
    let tiers = 0;
    // A table of repayment examples at the advertised rate ("€5,000 | 7.05% | 36 months | €154.41") prices loans
    // of several sizes: its amounts are examples, not tiers' limits.
    const last = table.rows[table.rows.length - 1];
    if (!last || exampleTable(last)) return undefined;
    for (const r of table.rows) {
      if (r.parentElement?.tagName === 'THEAD') continue;
      const text = this.blockText(r);
      if (text === undefined) return undefined;
      const folded = readable(text);
      const rate = readRate(folded);
      // A heading row, a note row: no rate, no tier.
      if (!rate) continue;
      // A row naming a loan of its own ("Commercial real estate loan | 4.00% | up to $2,000,000") is a product
      // of a rate table, however alike the rates; a tier names its borrowers ("年销售收入不超过2000万元的企业").
      const own = readable([...r.cells].map((c) => c.textContent ?? '').join(' '));
      if (productNames(own).length || own.search(LOAN_WORD_RE) >= 0) return undefined;
      rates.add(rateKey(rate));
      tiers++;
      const amount = readMaxAmount(folded, amountContext);
      if (amount && (!most || (amount.currency === most.currency && Number(amount.wan) > Number(most.wan))))
        most = amount;
    }
    if (tiers < 2 || rates.size !== 1) return undefined;
    return most ? { rate: [...rates][0]!, most } : { rate: [...rates][0]! };
  }

  /** A row of one-rate tiers: the offer is the block around its table that names the product. */
  private tiersAround(row: HTMLTableRowElement, offer: LoanOffer): { card: Element; offer: Offer } | null {
    const table = row.closest('table');
    const tiers = table && this.oneRateTiers(table);
    if (!table || !tiers || tiers.rate !== rateKey(offer.rate)) return null;
    let child: Element = table;
    for (
      let p = table.parentElement, n = 0;
      p && n < MAX_NAMING_CLIMB && p !== document.body;
      child = p, p = p.parentElement, n++
    ) {
      const text = this.blockText(p);
      if (text === undefined || this.isList(p, child)) break;
      const names = productNames(readable(text)).length;
      if (!names) continue;
      // A block naming other products too holds more than this one: the heading over the table names it.
      if (names > 1) break;
      const whole = this.judged(p, text).offer;
      return this.accept(p, whole?.kind === 'loan' && rateKey(whole.rate) === tiers.rate ? whole : offer);
    }
    // Products one after another under their headings, with no box of their own ("<h2>昆科贷</h2> … <table>",
    // "<h2>创融通</h2> …"): the table is the product's card, named by the heading over it.
    // (The row's reading stands: it took the same heading's name.)
    const heading = table.caption?.textContent?.trim() || precedingHeading(table, false) || sectionHeading(table);
    if (!heading || productNames(readable(heading)).length !== 1) return null;
    return this.accept(table, offer);
  }

  /**
   * A card naming its product but no rate, beside a note that states one rate for the products around it ("The loan
   * products above carry an interest rate of 16% per annum, except …"): the card is an offer at that rate. A card the
   * note leaves out ("except Back-to-Back Loans") is not.
   */
  private sharedRate(card: Element): Offer | undefined {
    const parent = card.parentElement;
    // (A parent of dozens of children is a list, not a few cards and their note: walking its siblings for every
    // card would cost the square of their number on a page of thousands of paragraphs.)
    if (!parent || childCount(parent, MAX_CARD_CHILDREN) > MAX_CARD_CHILDREN) return undefined;
    const own = this.blockText(card);
    if (own === undefined || readRate(readable(own))) return undefined;
    // The products are cards alike (a section each, a list item each).
    const look = cardLook(card);
    const alike = [...parent.children].filter((s) => s !== card && cardLook(s) === look);
    if (!alike.length) return undefined;
    // (A section's heading or a line of conditions is no product's card: the card names its product, or is titled
    // as its neighbours are that name theirs: "Micro/Small/Medium Enterprises (MSME)" among "Industrial Loan"…)
    const title = cardTitle(card);
    const named = (block: Element) => productNames(readable(cardTitle(block) ?? '')).length > 0;
    if (!productNames(readable(own)).length && !(title && alike.some(named))) return undefined;
    for (const s of notesNear(card, look, (el) => this.blockText(el))) {
      if (this.hooks.isOwn(s)) continue;
      const text = this.blockText(s);
      // (A worked example's rate is one borrower's, not the note's.)
      if (text === undefined || EXAMPLE_START_RE.test(text.trimStart())) continue;
      const shared = sharedRateSentence(readable(text));
      if (!shared) continue;
      const rate = readRate(shared.sentence);
      if (!rate) continue;
      const heading = precedingHeading(card, false);
      const name = readable(title ?? heading ?? '')
        .replace(/\s*\(.*$/, '')
        .replace(/s$/, '')
        .toLowerCase();
      if (name && shared.except.toLowerCase().includes(name)) return undefined;
      const context = { ...this.detectContext(), sharedNote: true, ...(heading ? { heading } : {}) };
      const offer = detectOffer(`${own} ${shared.sentence}`, context);
      if (offer?.kind !== 'loan' || rateKey(offer.rate) !== rateKey(rate)) return undefined;
      this.rateNotes.add(s);
      // The panel quotes the note in the page's own characters (the fold is one for one).
      const note = normalize(text).slice(shared.start, shared.end).trim();
      return { ...offer, evidence: { ...offer.evidence, sharedRate: note } };
    }
    return undefined;
  }

  /**
   * A block that has the rate but not the amount may be one part of a card ("利率 …" in one box, "额度 …" in the
   * next): the parent that adds the amount, with the same rate and not a list, is the card.
   */
  private completeCard(el: Element, offer: Offer): [Element, Offer] {
    if (offer.kind !== 'loan' || offer.maxAmount) return [el, offer];
    let best: [Element, Offer] = [el, offer];
    let child = el;
    for (let p = el.parentElement, n = 0; p && n < 2 && p !== document.body; p = p.parentElement, n++) {
      const text = this.blockText(p);
      if (text === undefined || this.isList(p, child)) break;
      const bigger = this.judged(p, text).offer;
      // The same rate, however often or in whichever words the bigger block states it ("5%" and "5% / 5%").
      if (bigger?.kind !== 'loan' || offer.kind !== 'loan' || rateKey(bigger.rate) !== rateKey(offer.rate)) break;
      if (bigger.maxAmount) return [p, bigger];
      best = [p, bigger];
      child = p;
    }
    return best[1].kind === 'loan' && best[1].maxAmount ? best : [el, this.limitBeside(el, offer)];
  }

  /**
   * A page given over to one loan may set its terms out in panels side by side ("What the loan costs" with the rate,
   * "Amounts and repayment period" with "Largest loan: Up to ksh5M"): the limit in a panel beside the card, one that
   * states no rate and names no product of its own, is the card's. The panel is read together with the card, so
   * that its limit keeps its label and the rate stays the card's.
   */
  private limitBeside(el: Element, offer: LoanOffer): LoanOffer {
    const context = this.detectContext();
    const own = this.blockText(el);
    if (context.pageProduct?.kind !== 'loan' || own === undefined) return offer;
    const pageLoan = context.pageProduct.words.toLowerCase();
    let child = el;
    for (let p = el.parentElement, n = 0; p && n < 2 && p !== document.body; child = p, p = p.parentElement, n++) {
      if (this.blockText(p) !== undefined && this.isList(p, child)) break;
      for (let s = p.firstElementChild; s; s = s.nextElementSibling) {
        if (s === child || this.hooks.isOwn(s)) continue;
        const text = this.blockText(s);
        if (text === undefined) continue;
        const folded = readable(text);
        // (A box of the page's own product's limit alone, "Asset Finance Loan Amount: KES 200,000 - 8,000,000", is
        // this loan's; a longer panel naming the product, its features, tells more than a limit.)
        const names = productNames(folded);
        if (
          readRate(folded) ||
          (names.length && (folded.length > LIMIT_BOX_CHARS || names.some((name) => !name.includes(pageLoan))))
        )
          continue;
        const both = detectOffer(`${own} ${text}`, context);
        if (both?.kind === 'loan' && both.maxAmount && rateKey(both.rate) === rateKey(offer.rate))
          return { ...offer, maxAmount: both.maxAmount, currency: both.currency };
      }
    }
    return offer;
  }

  /**
   * A page given over to one loan often states its limit in a part of its own, far from the rate ("Approval may
   * reach $100,000" in the introduction, "1、额度：单户最高可贷1000万" in a list further down). Once the walk is done
   * (a fuller telling of an offer, with its limit, takes its badge during the walk), the page's one offer, if badged
   * without a limit, takes the highest the page states for its loan. The page is read for it once per start, and
   * only then.
   */
  private limitsFromPage(): void {
    // Only where the page's one loan is its one offer: on a page of several, another's limit may be the one read.
    let offers = 0;
    for (const card of this.offered) if (this.hooks.isCard(card) && ++offers > 1) return;
    if (!offers) return;
    for (const [key, list] of this.byRate) {
      if (!key.startsWith('bare ')) continue;
      for (const b of [...list]) {
        if (!this.hooks.isCard(b.card)) continue;
        const offer = this.withPageLimit(b.offer);
        if (offer === b.offer) continue;
        list.splice(list.indexOf(b), 1);
        this.badgedAtRate(offer, true).push({ card: b.card, offer });
        this.hooks.changed(b.card, offer);
      }
    }
  }

  private withPageLimit(offer: LoanOffer): LoanOffer {
    if (offer.maxAmount) return offer;
    const limit = this.pageLimit(offer);
    if (!limit || limit.currency !== offer.currency) return offer;
    return {
      ...offer,
      maxAmount: limit.wan,
      evidence: { ...offer.evidence, amountText: limit.text, amountOnPage: true },
    };
  }

  private pageLimit(offer: LoanOffer): AmountRead | undefined {
    if (this.pageLimitRead === undefined) this.pageLimitRead = this.readPageLimit(offer) ?? null;
    return this.pageLimitRead ?? undefined;
  }

  /**
   * The highest limit stated on a page given over to one loan, in the blocks that name no other product: each text
   * node with a figure is read in its block (a table cell with its row and column headings). Examples, link lists,
   * hidden blocks and other products' blocks are passed over.
   */
  private readPageLimit(offer: LoanOffer): AmountRead | undefined {
    const context = this.detectContext();
    const body = document.body;
    const loan = this.pageLoan(offer);
    if (loan === undefined || !body) return undefined;
    const pageLoan = loan.name;
    // A loan that only its offer names (no heading names it) is read only where a block, or the heading over it,
    // names it too: the page's other figures may be anyone's.
    const onlyOfferNames = loan.fromOffer;
    const namesLoan = (text: string | undefined) => text !== undefined && loanName(readable(text)).includes(pageLoan);
    const amountContext = context.currency ? { pageCurrency: context.currency } : {};
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const read = new Set<Element>();
    let best: AmountRead | undefined;
    for (let node = walker.nextNode(), n = 0; node && n < PAGE_LIMIT_NODES; node = walker.nextNode(), n++) {
      const text = node as Text;
      if (!/\d/.test(text.data) || this.inSkippedElement(text)) continue;
      let block = text.parentElement;
      while (block && INLINE_TAGS.has(block.tagName) && block.parentElement) block = block.parentElement;
      if (block instanceof HTMLTableCellElement && block.parentElement instanceof HTMLTableRowElement)
        block = block.parentElement;
      if (!block || read.has(block)) continue;
      read.add(block);
      const own = this.blockText(block);
      if (own === undefined || mostlyLinks(block, own)) continue;
      if (EXAMPLE_START_RE.test(own.trimStart()) || underExampleHeading(block)) continue;
      if (this.namesAnotherLoan(block, pageLoan)) continue;
      if (onlyOfferNames && !namesLoan(own)) {
        // (A question over the block that asks the limit asks it of the page's loan: "What's the most I can borrow?")
        const heading = precedingHeading(block, false);
        if (!namesLoan(heading) && !LIMIT_QUESTION_RE.test(heading ?? '')) continue;
      }
      const amount = readMaxAmount(readable(own), amountContext);
      // (A block hidden from the reader, such as a collapsed block of SEO text, states nothing to the borrower.)
      if (!amount || !isShown(block)) continue;
      best = higherLimit(best, amount);
    }
    return best;
  }

  /**
   * The loan a page is given over to: the page context's product, or the one loan its main heading names in English
   * title case ("OCBC Temporary Bridging Loan", "NAB Business Support Loan"), which the context's word list does not
   * know, or else the product its one offer names in its own words (a lender's FAQ page headed "FAQs": "A start up
   * loan carries…", `fromOffer`); never on a comparison or a thread.
   */
  private pageLoan(offer: LoanOffer): { name: string; fromOffer: boolean } | undefined {
    const context = this.detectContext();
    if (context.pageProduct)
      return context.pageProduct.kind === 'loan'
        ? { name: loanName(context.pageProduct.words), fromOffer: false }
        : undefined;
    if (context.comparison || context.forum) return undefined;
    const names = productNames(readable(document.querySelector('h1')?.textContent ?? ''));
    if (names.length)
      return names.length === 1 && !INSURANCE_PRODUCT_RE.test(names[0]!)
        ? { name: loanName(names[0]!), fromOffer: false }
        : undefined;
    return offer.evidence.productFrom === 'block'
      ? { name: loanName(offer.evidence.product), fromOffer: true }
      : undefined;
  }

  /**
   * Whether a block, or a card around it (up to three levels), names a product other than the page's loan: the
   * card's title does ("Big Business Loan (BBL)" over "Amount applied for: 1 Million to 3 Million"). Only the block
   * and the titles are asked: the text of the sections around names kinds and other banks' products in passing.
   */
  private namesAnotherLoan(block: Element, pageLoan: string): boolean {
    const other = (text: string) =>
      productNames(readable(text)).some((found) => {
        const name = loanName(found);
        return !name.includes(pageLoan) && !pageLoan.includes(name);
      });
    const own = this.blockText(block);
    if (own !== undefined && other(own)) return true;
    let el: Element | null = block;
    for (let n = 0; el && n < 4; el = el.parentElement, n++) {
      // A card's title is its first child, a heading or a short line of its own.
      const title = (el.firstElementChild?.textContent ?? '').trim();
      if (title.length <= CARD_TITLE_CHARS && other(title)) return true;
    }
    return false;
  }

  /** The detector's verdict on a block with the page's context alone, once until the page changes (`verdicts`). */
  private judged(el: Element, text: string): { offer: Offer | null; report: boolean } {
    let verdict = this.verdicts.get(el);
    if (!verdict) {
      const offer = detectOffer(text, this.detectContext());
      this.verdicts.set(el, (verdict = { offer, report: !offer && lastRejectedAsReport }));
    }
    return verdict;
  }

  private accept(el: Element, offer: Offer): { card: Element; offer: Offer } | null {
    // The block's whole text, copied once for the three tests below.
    const text = el.textContent ?? '';
    const lead = text.trimStart();
    // Navigation and "related articles" lists are links, not offers; a footnote qualifies an offer, it is not one.
    if (mostlyLinks(el, text) || FOOTNOTE_RE.test(lead) || SUMMARY_START_RE.test(lead) || QUOTED_RE.test(lead))
      return null;
    if (CHARGES_START_RE.test(lead) && !INTEREST_WORD_RE.test(text)) return null;
    // A row of a rate table named for a benchmark ("Commercial Base Rate | 8.22%", "Business Indicator Rate | 8.97%")
    // quotes what loans are priced from, not a loan.
    if (BENCHMARK_ROW_RE.test(lead)) return null;
    // A repayment example ("Representative example: …", a row of a table of monthly repayments) illustrates an
    // offer; the offer itself is the card around it. A row of a table with a "Bank" column quotes one lender of many.
    if (
      EXAMPLE_START_RE.test(lead) ||
      (el instanceof HTMLTableRowElement &&
        (exampleTable(el) || lenderTable(el) || termAcrossProducts(el) || personalTable(el)))
    )
      return null;
    // A grade's row prices the product of the box around its table ("CRR B | 11.00% pa"): that box is the offer.
    const rowTable = el instanceof HTMLTableRowElement ? el.closest('table') : null;
    if (rowTable && gradeRates(rowTable)) return null;
    // The same for any block a heading announces as an example: completeCard and named take a row's table or box.
    if (EXAMPLE_TITLE_RE.test(tableCaption(el) ?? precedingHeading(el, false) ?? '') || underExampleHeading(el))
      return null;
    // And for a section that is a worked example under a heading naming no product ("Loans under €250,000", then
    // "Example: a … facility of €100,000 at a variable rate of 2.95%"): it illustrates the offer of the page.
    if (exampleUnderOwnHeading(el, lead)) return null;
    // One badge per offer: never a second badge on a card, never a card inside a card, whichever was found first.
    // (An offer found from the same text node, a grid's card sharing a rate note, is one already, not yet judged.)
    if (this.hooks.isCard(el) || this.containsCard(el) || this.holdsFound(el)) return null;
    // A block holding a table or list of several rates is not one offer: its rows are.
    const ownTiers = el instanceof HTMLTableElement && offer.kind === 'loan' ? this.oneRateTiers(el) : undefined;
    const tiersCard = offer.kind === 'loan' && ownTiers?.rate === rateKey(offer.rate);
    if (
      ((this.rowsWithRate(el) >= 2 && !measuresOfOneRate(el) && !this.labelledTerms(el)) || isRowTable(el)) &&
      !tiersCard
    )
      return null;
    // Nor is a grid of cards alike, each a box of its own terms quoting a rate of its own ("T1 … Markup 0%", "T2 …
    // Markup 5%", "T3 … Markup 7%"): each card is an offer.
    if (offer.kind === 'loan' && this.gridOfRatedCards(el)) return null;
    // The same for a cover's plans side by side, each a box with its own premium ("标准型方案 基准保费 2000 元",
    // "增强型方案 基准保费 4000 元" under the product's description): each plan is an offer.
    if (offer.kind === 'insurance' && this.pricedPlanCards(el)) return null;
    // Nor is a block holding such a table or list, or a list of priced tiers of a cover: its rows are the offers.
    let tiersLimit = tiersCard ? ownTiers?.most : undefined;
    // (A table of rates by the borrower's grade gives the product its range: asked only once such a table is met.)
    let graded: ReturnType<typeof gradeRates>;
    // (A block naming other products beside the tiers' is more than the tiers' product: asked only once tiers are met.)
    let namesOthers: boolean | undefined;
    for (const tag of ['table', 'ul', 'ol'])
      for (const list of el.getElementsByTagName(tag)) {
        const tiers = list instanceof HTMLTableElement && offer.kind === 'loan' ? this.oneRateTiers(list) : undefined;
        if (
          tiers &&
          offer.kind === 'loan' &&
          tiers.rate === rateKey(offer.rate) &&
          !(namesOthers ??= productNames(readable(text)).length > 1)
        ) {
          tiersLimit ??= tiers.most;
          continue;
        }
        const grades = list instanceof HTMLTableElement && offer.kind === 'loan' ? gradeRates(list) : undefined;
        if (grades && !graded && !(namesOthers ??= productNames(readable(text)).length > 1)) {
          graded = grades;
          continue;
        }
        if (
          (this.rowsWithRate(list) >= 2 && !this.listOfOneProduct(list)) ||
          (offer.kind === 'insurance' && this.premiumTiers(list)) ||
          this.productCards(list)
        )
          return null;
      }
    for (let p = el.parentElement; p; p = p.parentElement) if (this.hooks.isCard(p)) return null;
    // Offers hidden from the reader (a collapsed block of SEO text, a template) get no badge: checked in flushFound.
    // A product's tiers (one rate, a limit each) give it the highest tier's limit when the block's own reading
    // took a lower one from its prose or from one tier.
    if (
      tiersLimit &&
      offer.kind === 'loan' &&
      (!offer.maxAmount || (offer.currency === tiersLimit.currency && Number(tiersLimit.wan) > Number(offer.maxAmount)))
    )
      return { card: el, offer: { ...offer, maxAmount: tiersLimit.wan, currency: tiersLimit.currency } };
    if (graded && offer.kind === 'loan') {
      const rate: RateRead = { basis: 'fixed', low: graded.low, high: graded.high, text: graded.text };
      return { card: el, offer: { ...offer, rate, evidence: { ...offer.evidence, rateText: graded.text } } };
    }
    return { card: el, offer };
  }

  /** The block's text for the detector; a table row's cells are read with their column headings. */
  private blockText(el: Element): string | undefined {
    if (this.texts.has(el)) return this.texts.get(el);
    const text = el instanceof HTMLTableRowElement ? rowText(el) : boundedText(el, MAX_BLOCK_CHARS, this.hooks.isOwn);
    this.texts.set(el, text);
    return text;
  }

  /** Rows (table rows, list items) of a table or list that each quote a rate of their own: tiers or products. */
  private rowsWithRate(el: Element): number {
    const rows =
      el instanceof HTMLTableElement || el instanceof HTMLTableSectionElement
        ? [...el.rows]
        : el instanceof HTMLUListElement || el instanceof HTMLOListElement
          ? [...el.children]
          : [];
    let n = 0;
    for (const r of rows) {
      const text = this.blockText(r);
      if (text !== undefined && statesRate(readable(text))) n++;
      if (n >= 2) break;
    }
    return n;
  }

  /**
   * A block's child's text when it is a box of three parts or more (a title and its terms, not a label and its
   * value): a card of a grid (after mayHoldCards of the block).
   */
  private boxText(c: Element): string | undefined {
    return this.hooks.isOwn(c) || childCount(c, 3) < 3 ? undefined : this.blockText(c);
  }

  /** Whether a block's children are boxes alike (the same tag and class, boxText) of which two or more quote a rate. */
  private gridOfRatedCards(el: Element): boolean {
    if (!mayHoldCards(el)) return false;
    const looks = new Map<string, number>();
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const text = this.boxText(c);
      if (text === undefined || !statesRate(readable(text))) continue;
      const look = cardLook(c);
      const n = (looks.get(look) ?? 0) + 1;
      if (n >= 2) return true;
      looks.set(look, n);
    }
    return false;
  }

  /**
   * Whether a block's children are rows of a rate table laid out in boxes: a grid of rated cards
   * ("Business Maximiser | 7.49% p.a. | Variable", each row an offer) none of which is a list of labelled terms (lists
   * under tier names, "一般客户" over "额度：…300万元 期限：1年 年利率：4.5025%", are one product's tiers: the box around
   * them is weighed whole).
   */
  private rateTableRows(el: Element): boolean {
    if (!this.gridOfRatedCards(el)) return false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (this.labelledTerms(c)) return false;
    return true;
  }

  /**
   * Whether a list's rate lines are one product's terms: the box around the list has a heading naming one product,
   * and no line names a product of its own ("4.43% p.a. partly secured", "2.38% p.a. when fully secured" under
   * "Fixed rate secured business loan" are one offer's rates, by the security offered).
   */
  private termsOfOneProduct(list: Element): boolean {
    if (!(list instanceof HTMLUListElement || list instanceof HTMLOListElement)) return false;
    const box = list.parentElement;
    const heading = box && [...box.children].find((c) => /^H[2-6]$/.test(c.tagName));
    if (!heading || productNames(readable(heading.textContent ?? '')).length !== 1) return false;
    for (const li of list.children) if (productNames(readable(li.textContent ?? '')).length) return false;
    return true;
  }

  /**
   * Whether a list's items are product cards, each under a title of its own naming a different product ("个人创业担保
   * 贷款" and "小微企业创业担保贷款", each with its terms): offers side by side, whichever of them states a rate.
   */
  private productCards(list: Element): boolean {
    if (!(list instanceof HTMLUListElement || list instanceof HTMLOListElement) || childCount(list, 2) < 2)
      return false;
    const titles = new Set<string>();
    for (const li of list.children) {
      const title = li.firstElementChild;
      if (!title || title === li.lastElementChild) return false;
      const text = readable(title.textContent ?? '').trim();
      if (text.length > 40 || !productNames(text).length || !FIGURE_RE.test(readable(li.textContent ?? '')))
        return false;
      titles.add(text);
    }
    return titles.size === list.childElementCount;
  }

  /** Whether a list's several rate lines are one product's: its terms under its name, its measures, its labelled terms. */
  private listOfOneProduct(list: Element): boolean {
    return this.termsOfOneProduct(list) || measuresOfOneRate(list) || this.linesOfOneOffer(list);
  }

  /** Whether a list's lines are one offer's: its labelled terms, its rate's lines under the label, its fine print. */
  private linesOfOneOffer(list: Element): boolean {
    return this.labelledTerms(list) || valueOfRateLabel(list) || finePrint(list);
  }

  /**
   * Whether a list's lines are one product's labelled terms ("借款额度：…", "借款利率：年化不超过3.5%…", "贴息规则：
   * 1年期LPR-150BP以下…"): every line opens with a short label, together they read as a terms sheet, and no line
   * names a product of its own. Two of its lines may quote a rate (the rate and its subsidy) and still be one offer.
   */
  private labelledTerms(list: Element): boolean {
    if (!(list instanceof HTMLUListElement || list instanceof HTMLOListElement)) return false;
    // A list under one labelled term ("利息：" over "线上：年化7%-10.5%", "线下：年化6%-9.5%") is that term's tiers.
    const term = list.parentElement;
    if (
      term instanceof HTMLLIElement &&
      term.parentElement &&
      term.parentElement !== list &&
      this.labelledTerms(term.parentElement)
    )
      return true;
    const text = this.blockText(list);
    if (text === undefined || !isTermsSheet(readable(text))) return false;
    for (const li of list.children) {
      const line = readable(li.textContent ?? '');
      if (!LABELLED_LINE_RE.test(line) || productNames(line).length) return false;
    }
    return true;
  }

  /**
   * Whether a list's lines are offers of their own: two of them state a rate, or two name different products with
   * a premium each (a plan's "基准保费" and "每件增收保费" lines are one offer's terms), or two are priced tiers.
   */
  private listOfOffers(list: Element): boolean {
    if (this.rowsWithRate(list) >= 2) return !this.termsOfOneProduct(list) && !this.labelledTerms(list);
    const rows = list instanceof HTMLTableElement ? [...list.rows] : [...list.children];
    const products = new Set<string>();
    for (const r of rows) {
      const text = this.blockText(r);
      if (text === undefined) continue;
      const folded = readable(text);
      if (!PREMIUM_WORDS_RE.test(folded)) continue;
      for (const p of productNames(folded)) products.add(p);
      if (products.size >= 2) return true;
    }
    return this.premiumTiers(list);
  }

  /**
   * Whether a list holds tiers of one cover priced each on its own ("Micro businesses … £300 – £1,500", "Small
   * businesses … £1,500 – £5,000"): offers side by side, though they name no product. A tier is a card of its own
   * (a name, a price, its cover); "基准保费：2000元" and "每件专利增收保费：200元" are two lines of one plan's terms.
   */
  private premiumTiers(list: Element): boolean {
    if (!(list instanceof HTMLUListElement || list instanceof HTMLOListElement)) return false;
    const premiums = new Set<string>();
    for (const r of list.children) {
      if (childCount(r, 2) < 2) continue;
      const text = this.blockText(r);
      if (text === undefined || !PREMIUM_WORDS_RE.test(text)) continue;
      const offer = this.judged(r, text).offer;
      if (offer?.kind === 'insurance') premiums.add(offer.premium);
      if (premiums.size >= 2) return true;
    }
    return false;
  }

  /** Whether a block's children are boxes alike (tag and class, boxText), two of them priced apart. */
  private pricedPlanCards(el: Element): boolean {
    if (!mayHoldCards(el)) return false;
    const premiums = new Map<string, string>();
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const text = this.boxText(c);
      if (text === undefined || !PREMIUM_WORDS_RE.test(text)) continue;
      const offer = this.judged(c, text).offer;
      if (offer?.kind !== 'insurance') continue;
      const look = cardLook(c);
      const other = premiums.get(look);
      if (other !== undefined && other !== offer.premium) return true;
      premiums.set(look, offer.premium);
    }
    return false;
  }

  /** Whether a parent is a list of offers rather than one offer (cached until the page changes). */
  private isList(parent: Element, from: Element): boolean {
    let byChild = this.lists.get(parent);
    if (!byChild) this.lists.set(parent, (byChild = new WeakMap()));
    let v = byChild.get(from);
    if (v === undefined) byChild.set(from, (v = this.judgeList(parent, from)));
    return v;
  }

  /**
   * With `another`, the list test of a section's box: only the product names it accepts count (a section's own
   * product and kinds of loan do not), and only the parts a reader sees, links to other products naming none.
   */
  private judgeList(parent: Element, from: Element, another?: (name: string) => boolean): boolean {
    if (isRowTable(parent)) return true;
    // A block of one offer has a handful of children; dozens make it a list.
    if (childCount(parent, MAX_CARD_CHILDREN) > MAX_CARD_CHILDREN) return true;
    if (this.rowsWithRate(parent) >= 2) return !this.linesOfOneOffer(parent);
    if (this.rateTableRows(parent)) return true;
    let withFigure = 0;
    let withBoth = 0;
    let namedChildren = 0;
    let childrenWithNames = 0;
    let namedHeadings = 0;
    const named = new Map<string, number>();
    const names = new Set<string>();
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (another ? !this.seenPart(c) : this.hooks.isOwn(c)) continue;
      const text = this.blockText(c);
      if (text === undefined) return true;
      const folded = readable(text);
      const figure = FIGURE_RE.test(folded);
      // A list item's product name opens it; a name further into a line is a term's ("…for refinancing existing
      // business financing", "SMEs that received financing under the Special Relief Facility may apply"), on a list
      // of one scheme's features. So in a table of features, a row headed by its label ("Use of funds | …").
      const line = c.tagName === 'LI' || (c instanceof HTMLTableRowElement && labelledRow(c));
      const lower = line ? folded.trimStart().toLowerCase() : undefined;
      const product = (another ? partNames(c, text, folded) : productNames(folded)).filter(
        (p) => (!lower || lower.indexOf(p) <= LINE_NAME_AT) && (!another || another(p)),
      );
      // "Business loans" over a card and "Business Loan Arrangement Fees" further down name one product.
      for (const p of product) names.add(p.replace(/(?<=[a-z])s$/, ''));
      if (figure) withFigure++;
      if (figure && product.length) withBoth++;
      // Cards of a grid look alike (same tag and class); a card's own title and description do not.
      if (product.length) {
        childrenWithNames++;
        if (HEADING_TAG_RE.test(c.tagName)) namedHeadings++;
        const sig = cardLook(c);
        namedChildren = Math.max(namedChildren, (named.get(sig) ?? 0) + 1);
        named.set(sig, (named.get(sig) ?? 0) + 1);
      }
      // A child that is itself a list of named products with figures (a table, a grid) makes this no single offer.
      if (figure && product.length >= 2 && c !== from) return true;
    }
    // A grid of product cards: several children each naming a product of their own, whatever figures they show.
    return (
      withBoth >= 2 ||
      // (one paragraph naming its product twice, "中银企E贷・银税贷", is one name for this; so is a box under its one
      // title, "Working Capital Loan (Group Loan)", whose text gives the loan another name, "we call it the Basic Loan")
      (withFigure >= 2 && names.size >= 2 && childrenWithNames >= 2 && !titledCard(parent, namedHeadings)) ||
      (withFigure >= 1 && namedChildren >= 2 && names.size >= 2)
    );
  }

  /**
   * Whether `el` is or holds an offer found from the text node being read, not yet judged (flushFound), or one found
   * hidden (a tab not yet chosen): the box around a hidden offer is no offer in view.
   */
  private holdsFound(el: Element): boolean {
    for (const card of this.batch.keys()) if (el.contains(card)) return true;
    for (const card of this.unseen) if (el.contains(card)) return true;
    return false;
  }

  /** Whether a descendant of `el` is a card (every descendant element, in document order, as a TreeWalker would). */
  private containsCard(el: Element): boolean {
    let n: Element | null = el.firstElementChild;
    while (n) {
      if (this.hooks.isCard(n)) return true;
      if (n.firstElementChild) {
        n = n.firstElementChild;
        continue;
      }
      while (!n.nextElementSibling) {
        n = n.parentElement;
        if (!n || n === el) return false;
      }
      n = n.nextElementSibling;
    }
    return false;
  }

  /** A mutation inside an annotated card: read the card again. */
  private refreshEnclosingCard(node: Node): void {
    // (However deep: a section's parts may sit far below it.)
    for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
      if (!this.hooks.isCard(el)) continue;
      const part = figuresPart(el);
      if (part && !part.contains(node) && !node.contains(part)) {
        // What a section gains beyond its figures (a block of related loans loaded after it) may begin another
        // offer: the section lets go, and its figures and the new block are read afresh, each up to where the other
        // begins. Its other parts (who may apply, the fine print, a comment posted below, a clock ticking in a page
        // that is one loan's section) change no figures: the badge stays as it is.
        if (this.mayBeginAnOffer(node)) {
          this.hooks.changed(el, null);
          this.enqueue(part);
        }
        return;
      }
      // The figures changed, or the section lost its part stating them: read again.
      const text = boundedText(part ?? el, MAX_BLOCK_CHARS, this.hooks.isOwn);
      this.hooks.changed(el, text === undefined ? null : detectOffer(text, this.detectContext()));
      return;
    }
  }

  /** Whether a node's text could hold an offer of its own: a figure or a product's name. */
  private mayBeginAnOffer(node: Node): boolean {
    const text = node.nodeType === 1 ? boundedText(node as Element, MAX_SECTION_CHARS) : (node.textContent ?? '');
    // (More text than a section holds is a new page's, not one part's.)
    if (text === undefined) return true;
    const folded = readable(text);
    return FIGURE_RE.test(folded) || productNames(folded).length > 0;
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (this.hooks.isOwn(r.target)) continue;
      if (r.type === 'characterData') {
        if (r.target.parentNode && !this.isInsideOwn(r.target)) this.pending.add(r.target.parentNode);
        continue;
      }
      let any = false;
      for (const n of r.addedNodes) {
        if (this.hooks.isOwn(n)) continue;
        if (n.nodeType === 1 || n.nodeType === 3) {
          this.pending.add(n);
          any = true;
        }
      }
      // Text removed from an annotated card may have taken the offer with it.
      if (!any && r.removedNodes.length && !this.isInsideOwn(r.target)) {
        let own = true;
        for (const n of r.removedNodes) if (!this.hooks.isOwn(n)) own = false;
        if (!own) this.pending.add(r.target);
      }
    }
    if (this.pending.size && !this.pendingScheduled) {
      this.pendingScheduled = true;
      nextTask(() => this.flushMutations());
    }
  }

  private flushMutations(): void {
    this.pendingScheduled = false;
    const nodes = [...this.pending];
    this.pending.clear();
    if (!this.running) return;
    if (nodes.length > HUGE_MUTATION) {
      this.enqueue(document.body);
      return;
    }
    // Drop nodes inside other pending nodes: their ancestor's walk covers them.
    const set = new Set(nodes);
    for (const n of nodes) {
      let inside = false;
      for (let p = n.parentNode; p; p = p.parentNode) {
        if (set.has(p)) {
          inside = true;
          break;
        }
      }
      if (!inside) this.enqueue(n);
    }
  }
}
